//! The real seeds, ingested: every article's exact metadata, known sentences
//! present, and no markup, share buttons or image URLs in any text.
#![cfg(not(target_arch = "wasm32"))]

use explorer_core::ingest::ingest_dir;
use explorer_core::model::{Article, Corpus, Format};
use std::path::Path;

fn corpus() -> Corpus {
    ingest_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")).expect("the seeds folder is readable")
}

fn article<'a>(corpus: &'a Corpus, id: &str) -> &'a Article {
    corpus.article(id).unwrap_or_else(|| panic!("no article {id}"))
}

/// (id, format, title, ISO date, source key, source zh, source en, author, URL)
type Expected = (
    &'static str,
    Format,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

const EXPECTED: [Expected; 5] = [
    (
        "000_823bd0b36655b433",
        Format::Markdown,
        "周鸿祎谈DeepSeek：开启AI产业的“iPhone”时刻",
        Some("2025-02-08T21:14:46+08:00"),
        "qq",
        "腾讯新闻",
        "Tencent News",
        Some("邹永勤"),
        Some("https://new.qq.com/rain/a/20250208A08FNH00"),
    ),
    (
        "001_8a01f4ea65b6cdb0",
        Format::PlainText,
        "DeepSeek 引发的 AI发展路径思考（转载）",
        None,
        "科技导报",
        "科技导报",
        "Science & Technology Review",
        Some("李国杰"),
        None,
    ),
    (
        "002_3e4ee82098be42bd",
        Format::Markdown,
        "我们问专家怎么看DeepSeek？专家：等我问问DeepSeek",
        Some("2025-02-08T20:06:09+08:00"),
        "qq",
        "腾讯新闻",
        "Tencent News",
        Some("吴嘉雯"),
        Some("https://new.qq.com/rain/a/20250208A07Y6400"),
    ),
    (
        "003_79e769dd937d9181",
        Format::Markdown,
        "DeepSeek彰显开放精神：人工智能的“共享单车时刻”",
        Some("2025-02-14T02:00:14+08:00"),
        "qq",
        "腾讯新闻",
        "Tencent News",
        Some("刘天栋"),
        Some("https://new.qq.com/rain/a/20250214A00GXS00"),
    ),
    (
        "004_f2c8ec8c15103647",
        Format::Html,
        "关胖本胖｜DeepSeek和国运有啥关系？",
        Some("2025-02-12T20:11:11+08:00"),
        "cdt",
        "中国数字时代",
        "China Digital Times",
        Some("关不羽"),
        Some("https://chinadigitaltimes.net/chinese/715803.html"),
    ),
];

#[test]
fn every_seed_is_listed_with_its_exact_metadata() {
    let corpus = corpus();
    assert_eq!(corpus.articles.len(), EXPECTED.len());
    for (id, format, title, date, key, zh, en, author, url) in EXPECTED {
        let a = article(&corpus, id);
        assert_eq!(a.format, format, "{id} format");
        assert_eq!(a.title, title, "{id} title");
        assert_eq!(a.date.as_ref().map(|d| d.iso.as_str()), date, "{id} date");
        assert_eq!(
            (a.source.key.as_str(), a.source.zh.as_str(), a.source.en.as_str()),
            (key, zh, en),
            "{id} source"
        );
        assert_eq!(a.author.as_deref(), author, "{id} author");
        assert_eq!(a.url.as_deref(), url, "{id} url");
        assert!(a.problems.is_empty(), "{id} has problems: {:?}", a.problems);
    }
    assert!(corpus.warnings().is_empty(), "{:?}", corpus.warnings());
}

#[test]
fn dates_show_their_time_zone_and_undated_says_so() {
    let corpus = corpus();
    assert_eq!(
        article(&corpus, "000_823bd0b36655b433").date.as_ref().unwrap().display,
        "2025-02-08 21:14 UTC+8"
    );
    assert_eq!(
        article(&corpus, "004_f2c8ec8c15103647")
            .date
            .as_ref()
            .unwrap()
            .epoch_seconds,
        1_739_362_271
    );
    assert!(article(&corpus, "001_8a01f4ea65b6cdb0").date.is_none());
}

#[test]
fn known_sentences_are_in_the_text() {
    let corpus = corpus();
    let cases = [
        (
            "000_823bd0b36655b433",
            "记者 邹永勤 春节前后全球最热门的话题非DeepSeek莫属。",
        ),
        (
            "000_823bd0b36655b433",
            "周鸿祎：今年春节期间，DeepSeek凭借极低的训练推理成本和超高性能",
        ),
        (
            "001_8a01f4ea65b6cdb0",
            "芯片巨头公司英伟达的股价单日暴跌 17%，市值缩水5890亿美元",
        ),
        // PDF-extraction spaces inside Chinese are gone: "标志性 事件", "（ AI）".
        (
            "001_8a01f4ea65b6cdb0",
            "DeepSeek的横空出世是人工智能（AI）发展史上新的标志性事件。",
        ),
        (
            "002_3e4ee82098be42bd",
            "更关键是训练成本仅有OpenAI十分之一，性能上却能实现90%以上对标",
        ),
        (
            "003_79e769dd937d9181",
            "其性能堪比行业巨头 OpenAI 的最新产品，但成本仅为后者的 1/50。",
        ),
        ("004_f2c8ec8c15103647", "DeepSeek横空出世，成功破圈。"),
        (
            "004_f2c8ec8c15103647",
            "至于所谓“股价大跌”，英伟达经历了市值十年增长222倍的超高增长，区区17%的跌幅不痛不痒。",
        ),
    ];
    for (id, sentence) in cases {
        assert!(article(&corpus, id).text.contains(sentence), "{id} lacks {sentence}");
    }
}

#[test]
fn no_markup_chrome_or_image_urls_in_any_text() {
    let corpus = corpus();
    let forbidden = [
        "<",
        ">",
        "&amp;",
        "&nbsp;",
        "**",
        "![",
        "](",
        "[qq]",
        "http",
        "gtimg",
        "addtoany",
        "WhatsApp",
        "Email",
        "Copy Link",
        "Reddit",
        "档案卡",
        "版权说明",
        "a2a_",
        "---",
    ];
    for a in &corpus.articles {
        for f in forbidden {
            assert!(!a.text.contains(f), "{} text contains {f:?}", a.id);
            assert!(
                !a.title.contains('<') && !a.summary.contains('<'),
                "{} metadata has markup",
                a.id
            );
        }
    }
}

#[test]
fn headings_are_recognised_in_every_format() {
    let corpus = corpus();
    let heading = |id: &str, text: &str| {
        let a = article(&corpus, id);
        a.blocks
            .iter()
            .any(|b| matches!(b.kind, explorer_core::model::BlockKind::Heading(_)) && a.block_text(b) == text)
    };
    assert!(heading("000_823bd0b36655b433", "DeepSeek崛起的真正意义"));
    assert!(heading("001_8a01f4ea65b6cdb0", "五、“开源”为什么有这么大的威力"));
    assert!(heading("003_79e769dd937d9181", "开源如何打破 “算力霸权”"));
    assert!(heading("004_f2c8ec8c15103647", "Deepseek不是“英伟达终结者”"));
}

#[test]
fn block_ranges_tile_the_text() {
    for a in &corpus().articles {
        let joined: Vec<&str> = a.blocks.iter().map(|b| a.block_text(b)).collect();
        assert_eq!(joined.join("\n\n"), a.text, "{}", a.id);
        assert_eq!(a.char_count, a.text.chars().count());
    }
}

#[test]
fn the_page_embeds_exactly_what_the_ingest_reads_less_the_word_counts() {
    let prepared = explorer_core::embed::embed(corpus());
    assert_eq!(explorer::corpus::embedded(), &prepared.corpus);
    for (by, compact) in &prepared.keyness {
        assert_eq!(
            explorer::corpus::keyness(*by),
            Some(&compact.expand(&prepared.corpus)),
            "{by:?}"
        );
    }
    // A grouping that says nothing about the seeds (no subfolders) has no keywords.
    use explorer_core::compare::groups::GroupBy;
    assert_eq!(explorer::corpus::keyness(GroupBy::Folder), None);
    assert!(explorer::corpus::keyness(GroupBy::Source).is_some());
}

#[test]
fn the_page_s_default_keyword_lists_of_every_grouping_hold_no_stop_word() {
    use explorer_core::compare::groups::GroupBy;
    use explorer_core::compare::keyness::shown_keywords;
    let page = explorer::corpus::embedded();
    // The page has the corpus's stop words, all of them, and only those.
    assert_eq!(page.stop_words, corpus().stop_words);
    assert!(page.stop_words.len() > 100 && page.is_stop_word("的") && !page.is_stop_word("开源"));
    let mut hidden = 0;
    for by in GroupBy::ALL {
        let Some(k) = explorer::corpus::keyness(by) else {
            continue;
        };
        for g in &k.groups {
            for list in [&g.positive, &g.negative] {
                let shown = shown_keywords(list, false);
                assert!(
                    shown.iter().all(|w| !w.stop && !page.is_stop_word(&w.word)),
                    "{by:?} {}",
                    g.key
                );
                assert!(
                    list.iter().all(|w| w.stop == page.is_stop_word(&w.word)),
                    "{by:?} {}",
                    g.key
                );
                hidden += list.len() - shown.len();
            }
        }
    }
    // With the switch on, the function words that rank among the top words show too.
    assert!(hidden > 0);
}

#[test]
fn the_outlet_s_name_stays_one_word_in_the_page_s_keywords() {
    use explorer_core::compare::groups::GroupBy;
    let k = explorer::corpus::keyness(GroupBy::Outlet).expect("the seeds have outlets");
    let words: Vec<&str> = k
        .groups
        .iter()
        .flat_map(|g| &g.positive)
        .map(|w| w.word.as_str())
        .collect();
    assert!(words.contains(&"经济观察网"), "{words:?}");
    assert!(!words.contains(&"观察") && !words.contains(&"网"), "{words:?}");
}

#[test]
fn the_seeds_open_by_date_and_compare_by_source() {
    use explorer_core::compare::groups::GroupBy;
    use explorer_core::listing::SortKey;
    assert_eq!(explorer::corpus::default_sort(), SortKey::Date);
    assert_eq!(explorer::corpus::default_grouping(), GroupBy::Source);
}
