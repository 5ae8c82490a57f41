//! The comparison statistics over the real seeds: word counts from the build-time
//! segmentation, groups, keywords, figures with their sentences, term rates and export.

use explorer_core::compare::export::{rates_csv, to_json, BOM};
use explorer_core::compare::figures::{figures_mentioning, Figure, FigureKind, Qualifier};
use explorer_core::compare::groups::{group_articles, GroupBy};
use explorer_core::compare::keyness::{keyness, KeynessOptions, CRITICAL_G2_P01};
use explorer_core::compare::rates::term_rates;
use explorer_core::compare::usefulness::{default_grouping, useful_groupings, NotUseful};
use explorer_core::model::{Article, Corpus};
use std::sync::OnceLock;

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        explorer_core::ingest::ingest_dir(&seeds).expect("the seeds folder is readable")
    })
}

/// The count of `word` in each article, in file order.
fn counts(word: &str) -> Vec<u32> {
    let c = corpus();
    let index = c
        .word_index(word)
        .unwrap_or_else(|| panic!("{word} is in the vocabulary"));
    c.articles.iter().map(|a| a.word_count(index)).collect()
}

fn article(prefix: &str) -> &'static Article {
    corpus()
        .articles
        .iter()
        .find(|a| a.file.starts_with(prefix))
        .expect("seed exists")
}

fn figure<'a>(a: &'a Article, text: &str) -> &'a Figure {
    a.figures
        .iter()
        .find(|f| f.text(a) == text)
        .unwrap_or_else(|| panic!("{text} is a figure of {}", a.file))
}

// Word counts, checked by hand with `grep -o WORD seeds/FILE | wc -l`, less the occurrences in
// the front matter (title, summary) and, for the HTML seed 004, in the title link and the
// archive card, which are not article text.

#[test]
fn nvidia_is_one_word_counted_in_every_article() {
    assert_eq!(counts("英伟达"), [0, 4, 2, 4, 17]);
}

#[test]
fn large_model_is_one_word() {
    // 002: 17 in the file, one of them in the summary.
    assert_eq!(counts("大模型"), [21, 5, 16, 7, 2]);
}

#[test]
fn open_source_is_one_word() {
    assert_eq!(counts("开源"), [22, 15, 6, 16, 2]);
}

#[test]
fn distillation_is_one_word() {
    assert_eq!(counts("蒸馏"), [11, 2, 1, 1, 15]);
}

#[test]
fn the_outlet_named_in_the_metadata_is_one_word() {
    // 000: the interviewer's label on five questions, and once in the closing line; the corpus's
    // own names join the segmenter's dictionary, so it is not cut into 经济 / 观察 / 网.
    assert_eq!(counts("经济观察网"), [6, 0, 0, 0, 0]);
    let c = corpus();
    let groups = group_articles(&c.articles, GroupBy::Article);
    let k = keyness(c, &groups, &KeynessOptions::default());
    let listed: Vec<&str> = k.groups[0].positive.iter().map(|w| w.word.as_str()).collect();
    assert!(!listed.contains(&"观察") && !listed.contains(&"网"), "{listed:?}");
}

#[test]
fn national_destiny_is_one_word() {
    // 004: 9 in the file, 3 in the title link, the archive card and its heading; the body's six
    // are 国运赌徒 five times and 赌国运 once.
    assert_eq!(counts("国运"), [2, 0, 0, 0, 6]);
}

#[test]
fn artificial_intelligence_is_one_word_except_inside_general_ai() {
    // Substring counts 13, 44, 3, 4, 10 in the article texts, less 通用人工智能 (1, 3, 1, 0, 0),
    // which the segmentation keeps as one word.
    assert_eq!(counts("人工智能"), [12, 41, 2, 4, 10]);
}

#[test]
fn deepseek_is_counted_whatever_its_case() {
    assert_eq!(counts("deepseek"), [47, 39, 26, 20, 50]);
}

#[test]
fn punctuation_and_numbers_are_not_counted() {
    let c = corpus();
    for w in ["，", "。", "2025", "17", "DeepSeek", "五万", "十"] {
        assert_eq!(c.word_index(w), None, "{w}");
    }
}

#[test]
fn function_words_are_counted_and_listed_as_stop_words() {
    let c = corpus();
    for w in ["的", "了", "是", "在", "和", "我们", "需要", "to"] {
        assert!(c.word_index(w).is_some() && c.is_stop_word(w), "{w}");
    }
    assert_eq!(counts("的").iter().sum::<u32>(), 588);
    // The stop words are exactly the vocabulary's words on the list, sorted.
    assert!(c.stop_words.windows(2).all(|w| w[0] < w[1]));
    assert!(c.stop_words.iter().all(|w| c.word_index(w).is_some()));
    for w in ["deepseek", "ai", "开源", "模型", "经济观察网", "安全"] {
        assert!(!c.is_stop_word(w), "{w}");
    }
}

#[test]
fn the_default_keyword_lists_of_every_grouping_hold_no_stop_word() {
    use explorer_core::compare::keyness::shown_keywords;
    let c = corpus();
    let options = KeynessOptions::default();
    for by in GroupBy::ALL {
        let k = keyness(c, &group_articles(&c.articles, by), &options);
        for g in &k.groups {
            for list in [&g.positive, &g.negative] {
                // Each keyword is flagged exactly when it is on the corpus's stop-word list.
                assert!(
                    list.iter().all(|w| w.stop == c.is_stop_word(&w.word)),
                    "{by:?} {}",
                    g.key
                );
                let shown = shown_keywords(list, false);
                assert!(shown.iter().all(|w| !c.is_stop_word(&w.word)), "{by:?} {}", g.key);
                assert!(shown.len() <= options.top, "{by:?} {}", g.key);
                // A full list ends with its last word shown by default: the stop words kept
                // rank above it.
                if shown.len() == options.top {
                    assert!(!list[list.len() - 1].stop, "{by:?} {}", g.key);
                }
            }
        }
        assert!(k.shared.iter().all(|w| !c.is_stop_word(&w.word)), "{by:?}");
    }
}

#[test]
fn the_switch_shows_the_function_words_a_source_uses_markedly_more() {
    // China Digital Times (cdt): 不是, 没有, 而是 rank among its top words.
    use explorer_core::compare::keyness::shown_keywords;
    let k = source_keyness();
    let cdt = k.groups.iter().find(|g| g.key == "cdt").unwrap();
    let all: Vec<&str> = shown_keywords(&cdt.positive, true)
        .iter()
        .map(|w| w.word.as_str())
        .collect();
    assert_eq!(&all[..4], ["chatgpt", "不是", "英伟达", "没有"]);
    let default: Vec<&str> = shown_keywords(&cdt.positive, false)
        .iter()
        .map(|w| w.word.as_str())
        .collect();
    assert_eq!(&default[..4], ["chatgpt", "英伟达", "市场", "蒸馏"]);
}

#[test]
fn the_vocabulary_is_sorted_and_each_word_occurs_once() {
    let v = &corpus().vocabulary;
    assert!(v.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn word_counts_are_sorted_by_index_and_point_into_the_vocabulary() {
    let c = corpus();
    for a in &c.articles {
        assert!(a.word_counts.windows(2).all(|w| w[0].0 < w[1].0), "{}", a.file);
        assert!(a
            .word_counts
            .iter()
            .all(|&(i, n)| (i as usize) < c.vocabulary.len() && n > 0));
    }
}

#[test]
fn every_vocabulary_word_is_used_by_some_article() {
    let c = corpus();
    let used: std::collections::BTreeSet<u32> = c
        .articles
        .iter()
        .flat_map(|a| a.word_counts.iter().map(|&(i, _)| i))
        .collect();
    assert_eq!(used.len(), c.vocabulary.len());
}

#[test]
fn the_corpus_round_trips_through_postcard_with_its_new_fields() {
    let bytes = postcard::to_allocvec(corpus()).unwrap();
    let back: Corpus = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(&back, corpus());
}

#[test]
fn sources_group_three_tencent_articles_and_one_each_of_the_others() {
    let groups = group_articles(&corpus().articles, GroupBy::Source);
    let shape: Vec<(&str, usize)> = groups.iter().map(|g| (g.key.as_str(), g.articles.len())).collect();
    assert_eq!(shape, [("qq", 3), ("科技导报", 1), ("cdt", 1)]);
}

#[test]
fn the_tencent_group_spans_its_dates_and_adds_up_its_lengths() {
    let g = &group_articles(&corpus().articles, GroupBy::Source)[0];
    let span = (
        g.earliest.as_ref().unwrap().iso.as_str(),
        g.latest.as_ref().unwrap().iso.as_str(),
    );
    assert_eq!(span, ("2025-02-08T20:06:09+08:00", "2025-02-14T02:00:14+08:00"));
    assert_eq!((g.char_count, g.undated), (3998 + 2972 + 2517, 0));
}

#[test]
fn each_seed_names_the_outlet_its_text_names() {
    // 000: the interviewer's label 经济观察网; 001: 《科技导报》; 002: 上游新闻记者; 004: the
    // account's name in the title link; 003 names none (only "本报"). From seeds/metadata.csv.
    let outlets: Vec<Option<&str>> = corpus().articles.iter().map(|a| a.outlet.as_deref()).collect();
    assert_eq!(
        outlets,
        [
            Some("经济观察网"),
            Some("科技导报"),
            Some("上游新闻"),
            None,
            Some("关胖本胖（微信公众号）")
        ]
    );
}

#[test]
fn outlets_split_the_tencent_copies_and_the_unknown_comes_last() {
    let groups = group_articles(&corpus().articles, GroupBy::Outlet);
    let keys: Vec<&str> = groups.iter().map(|g| g.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "经济观察网",
            "科技导报",
            "上游新闻",
            "关胖本胖（微信公众号）",
            "unknown"
        ]
    );
    assert!(useful_groupings(&corpus().articles).contains(&(GroupBy::Outlet, None)));
}

#[test]
fn every_seed_has_its_own_author_group() {
    assert_eq!(group_articles(&corpus().articles, GroupBy::Author).len(), 5);
}

fn source_keyness() -> explorer_core::compare::keyness::Keyness {
    let c = corpus();
    keyness(
        c,
        &group_articles(&c.articles, GroupBy::Source),
        &KeynessOptions::default(),
    )
}

#[test]
fn every_keyword_is_significant_and_on_its_side() {
    let k = source_keyness();
    for g in &k.groups {
        assert!(g.positive.iter().all(|w| w.g2 >= CRITICAL_G2_P01 && w.log_ratio > 0.0));
        assert!(g.negative.iter().all(|w| w.g2 >= CRITICAL_G2_P01 && w.log_ratio < 0.0));
    }
}

#[test]
fn only_in_group_is_claimed_exactly_when_no_other_article_uses_the_word() {
    let k = source_keyness();
    let all = k.groups.iter().flat_map(|g| g.positive.iter().chain(&g.negative));
    assert!(all.into_iter().all(|w| w.only_in_group == (w.in_rest == 0)));
}

#[test]
fn china_digital_times_says_chatgpt_markedly_more_often() {
    // cdt: 14 of its 1,416 words; the rest: 1 of 6,098.
    let k = source_keyness();
    let cdt = k.groups.iter().find(|g| g.key == "cdt").unwrap();
    let w = cdt.positive.iter().find(|w| w.word == "chatgpt").unwrap();
    assert_eq!((w.in_group, w.in_rest, w.articles, w.only_in_group), (14, 1, 1, false));
}

#[test]
fn every_source_shares_deepseek() {
    let k = source_keyness();
    let first = &k.shared[0];
    assert_eq!((first.word.as_str(), first.total), ("deepseek", 182));
}

#[test]
fn seventeen_percent_and_the_market_value_loss_share_their_sentence() {
    let a = article("001");
    let (drop, loss) = (figure(a, "17%"), figure(a, "5890亿美元"));
    assert_eq!(
        drop.sentence_text(a),
        "与此同时，芯片巨头公司英伟达的股价单日暴跌 17%，市值缩水5890亿美元，创下美国上市公司单日最大损失纪录。"
    );
    assert_eq!(
        (drop.sentence.clone(), loss.kind, loss.value),
        (loss.sentence.clone(), FigureKind::Money, Some(5.89e11))
    );
}

#[test]
fn the_inference_cost_range_is_one_figure() {
    let a = article("000");
    let f = figure(a, "3%到5%");
    assert_eq!((f.kind, f.value, f.upper), (FigureKind::Percent, Some(3.0), Some(5.0)));
    assert!(f
        .sentence_text(a)
        .starts_with("据了解，DeepSeek-R1的推理成本仅为OpenAI o1成本的3%到5%"));
}

#[test]
fn one_fiftieth_of_the_cost() {
    let a = article("003");
    let f = figure(a, "1/50");
    assert_eq!((f.kind, f.value), (FigureKind::Fraction, Some(0.02)));
    assert!(f.sentence_text(a).ends_with("但成本仅为后者的 1/50。"));
}

#[test]
fn one_tenth_of_openai_training_cost() {
    let a = article("002");
    let f = figure(a, "十分之一");
    assert_eq!((f.kind, f.value), (FigureKind::Fraction, Some(0.1)));
    assert!(f.sentence_text(a).contains("更关键是训练成本仅有OpenAI十分之一"));
}

#[test]
fn nvidia_grew_222_fold() {
    let a = article("004");
    let f = figure(a, "222倍");
    assert_eq!((f.kind, f.value), (FigureKind::Multiple, Some(222.0)));
    assert!(f.sentence_text(a).contains("英伟达经历了市值十年增长222倍的超高增长"));
}

#[test]
fn the_gpu_count_versions_are_figures() {
    let a = article("004");
    let versions: Vec<(Option<f64>, Qualifier)> = ["五万", "一万", "两千多"]
        .iter()
        .map(|t| (figure(a, t).value, figure(a, t).qualifier))
        .collect();
    assert_eq!(
        versions,
        [
            (Some(5e4), Qualifier::Exact),
            (Some(1e4), Qualifier::Exact),
            (Some(2e3), Qualifier::AtLeast)
        ]
    );
}

#[test]
fn no_year_or_date_is_a_figure() {
    for a in &corpus().articles {
        for f in &a.figures {
            let t = f.text(a);
            assert!(
                !t.contains('月') && !t.contains('日') && !t.starts_with("20"),
                "{t} in {}",
                a.file
            );
        }
    }
}

#[test]
fn every_figure_lies_on_char_boundaries_inside_its_sentence() {
    for a in &corpus().articles {
        for f in &a.figures {
            assert!(a.text.is_char_boundary(f.range.start) && a.text.is_char_boundary(f.range.end));
            assert!(
                f.sentence.start <= f.range.start && f.range.end <= f.sentence.end,
                "{}",
                f.text(a)
            );
        }
    }
}

#[test]
fn figures_about_nvidia_in_the_review_are_the_share_drop_and_the_loss() {
    let a = article("001");
    let found: Vec<&str> = figures_mentioning(a, "英伟达").iter().map(|f| f.text(a)).collect();
    assert_eq!(found, ["17%", "5890亿美元"]);
}

#[test]
fn term_rates_count_hits_per_ten_thousand_characters_of_each_source() {
    // 英伟达 in the Tencent articles 000, 002, 003: 0 + 2 + 4 = 6 hits in 9,487 characters.
    let c = corpus();
    let groups = group_articles(&c.articles, GroupBy::Source);
    let terms = ["英伟达".to_string()];
    let table = term_rates(&terms, &groups, |t, a| {
        c.articles[a].text.matches(terms[t].as_str()).count() as u32
    });
    let qq = table.cell(0, 0).unwrap();
    assert_eq!(qq.hits, 6);
    assert!((qq.per_10k - 6.0 * 10_000.0 / 9_487.0).abs() < 1e-9);
}

#[test]
fn exports_name_every_source() {
    let c = corpus();
    let groups = group_articles(&c.articles, GroupBy::Source);
    let table = term_rates(&["开源".to_string()], &groups, |_, a| {
        c.articles[a].text.matches("开源").count() as u32
    });
    let (csv, json) = (rates_csv(&table), to_json(&table));
    assert!(csv.starts_with(BOM) && csv.contains("腾讯新闻 hits") && csv.contains("中国数字时代 hits"));
    assert!(json.contains("\"label_en\":\"China Digital Times\""));
}

#[test]
fn keywords_of_every_grouping_survive_the_compact_form_the_page_embeds() {
    use explorer_core::compare::keyness::CompactKeyness;
    let c = corpus();
    for by in GroupBy::ALL {
        let k = keyness(c, &group_articles(&c.articles, by), &KeynessOptions::default());
        let compact = CompactKeyness::new(&k, c).expect("keywords are words of the vocabulary");
        assert_eq!(compact.expand(c), k, "{by:?}");
    }
}

#[test]
fn json_downloads_are_exactly_what_serde_json_writes() {
    for by in GroupBy::ALL {
        let groups = group_articles(&corpus().articles, by);
        let k = keyness(corpus(), &groups, &KeynessOptions::default());
        assert_eq!(to_json(&k), serde_json::to_string(&k).unwrap(), "keywords by {by:?}");
        let terms = ["英伟达", "开源", "蒸馏", "国运", "的"].map(String::from);
        // Hits per article that give rates with long decimal expansions.
        let table = term_rates(&terms, &groups, |t, a| (t as u32 + 1) * (a as u32 * 7 + 3));
        assert_eq!(
            to_json(&table),
            serde_json::to_string(&table).unwrap(),
            "rates by {by:?}"
        );
    }
}

#[test]
fn the_page_gets_the_same_keywords_without_word_counts_and_with_only_the_words_they_name() {
    let embedded = explorer_core::embed::embed(corpus().clone());
    assert!(embedded.corpus.articles.iter().all(|a| a.word_counts.is_empty()));
    assert!(
        embedded.corpus.vocabulary.len() < corpus().vocabulary.len() / 4,
        "{}",
        embedded.corpus.vocabulary.len()
    );
    assert!(embedded.corpus.vocabulary.windows(2).all(|w| w[0] < w[1]));
    // Keywords only for the useful groupings: the seeds have no subfolders.
    let stored: Vec<GroupBy> = embedded.keyness.iter().map(|(by, _)| *by).collect();
    assert_eq!(
        stored,
        [
            GroupBy::Source,
            GroupBy::Outlet,
            GroupBy::Author,
            GroupBy::Date,
            GroupBy::Article
        ]
    );
    for (by, compact) in &embedded.keyness {
        let groups = group_articles(&corpus().articles, *by);
        let expected = keyness(corpus(), &groups, &KeynessOptions::default());
        assert_eq!(compact.expand(&embedded.corpus), expected, "keywords by {by:?}");
    }
    // Everything else the page reads is untouched.
    for (page, full) in embedded.corpus.articles.iter().zip(&corpus().articles) {
        assert_eq!(
            (&page.text, &page.blocks, &page.figures, &page.title),
            (&full.text, &full.blocks, &full.figures, &full.title)
        );
    }
}

#[test]
fn the_seeds_default_to_the_source_and_say_why_the_folder_says_nothing() {
    let articles = &corpus().articles;
    assert_eq!(default_grouping(articles), GroupBy::Source);
    let why: Vec<(GroupBy, Option<NotUseful>)> = useful_groupings(articles);
    assert_eq!(
        why,
        [
            (GroupBy::Source, None),
            (GroupBy::Outlet, None),
            (GroupBy::Author, None),
            (GroupBy::Folder, Some(NotUseful::OneGroup)),
            (GroupBy::Date, None),
            (GroupBy::Article, None),
        ]
    );
    // The seeds span a week: one group per day, in date order, the undated last.
    let days: Vec<(String, usize)> = group_articles(articles, GroupBy::Date)
        .into_iter()
        .map(|g| (g.key, g.articles.len()))
        .collect();
    let days: Vec<(&str, usize)> = days.iter().map(|(k, n)| (k.as_str(), *n)).collect();
    assert_eq!(
        days,
        [("2025-02-08", 2), ("2025-02-12", 1), ("2025-02-14", 1), ("unknown", 1)]
    );
}
