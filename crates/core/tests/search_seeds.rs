//! Queries over the real seeds, with hit counts checked by hand (grep and an independent
//! Python implementation of the normalization rules over the ingested texts).
#![cfg(feature = "ingest")]

use explorer_core::ingest::ingest_dir;
use explorer_core::model::Corpus;
use explorer_core::search::{
    concordance, kwic, snippets, sort_concordance, sort_results, ConcordanceOrder, Query, ResultOrder, SearchIndex,
};
use std::path::Path;
use std::sync::OnceLock;

fn seeds() -> &'static (Corpus, SearchIndex) {
    static SEEDS: OnceLock<(Corpus, SearchIndex)> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let corpus = ingest_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("seeds readable");
        let index = SearchIndex::new(&corpus);
        (corpus, index)
    })
}

/// Text hits per seed file (000 … 004), in corpus order; articles that do not match count 0.
fn hits_per_file(q: &str) -> Vec<usize> {
    let (corpus, index) = seeds();
    let results = index.search(&Query::parse(q));
    let mut per_file = vec![0; corpus.articles.len()];
    for r in &results {
        per_file[r.doc] = r.hits.len();
    }
    per_file
}

/// The matching articles' file numbers (000 … 004), sorted.
fn matching_files(q: &str) -> Vec<&'static str> {
    let (corpus, index) = seeds();
    let mut files: Vec<&str> = index
        .search(&Query::parse(q))
        .iter()
        .map(|r| &corpus.articles[r.doc].file[..3])
        .collect();
    files.sort();
    files
}

/// The texts of all hits of `q` in seed `file` (e.g. "001").
fn hit_texts(q: &str, file: &str) -> Vec<&'static str> {
    let (corpus, index) = seeds();
    let results = index.search(&Query::parse(q));
    let r = results.iter().find(|r| corpus.articles[r.doc].file.starts_with(file));
    let text = &corpus
        .articles
        .iter()
        .find(|a| a.file.starts_with(file))
        .expect("seed")
        .text;
    r.map(|r| r.hits.iter().map(|h| &text[h.range.clone()]).collect())
        .unwrap_or_default()
}

#[test]
fn nvidia_occurs_27_times_in_four_articles() {
    assert_eq!(hits_per_file("英伟达"), [0, 4, 2, 4, 17]);
}

#[test]
fn open_source_occurs_61_times() {
    assert_eq!(hits_per_file("开源"), [22, 15, 6, 16, 2]);
}

#[test]
fn distillation_occurs_30_times() {
    assert_eq!(hits_per_file("蒸馏"), [11, 2, 1, 1, 15]);
}

#[test]
fn national_fortune_occurs_in_two_articles_and_one_title() {
    assert_eq!(hits_per_file("国运"), [2, 0, 0, 0, 6]);
    let (_, index) = seeds();
    let results = index.search(&Query::parse("国运"));
    let with_title: Vec<usize> = results
        .iter()
        .filter(|r| !r.title_hits.is_empty())
        .map(|r| r.doc)
        .collect();
    assert_eq!(with_title, [4]);
}

#[test]
fn a_traditional_query_finds_the_simplified_text() {
    assert_eq!(hits_per_file("國運"), hits_per_file("国运"));
    assert_eq!(hits_per_file("開源"), hits_per_file("开源"));
    assert_eq!(hits_per_file("蒸餾"), hits_per_file("蒸馏"));
}

#[test]
fn deepseek_in_any_case_or_width_is_one_word() {
    let expected = [47, 39, 26, 20, 50];
    assert_eq!(hits_per_file("DeepSeek"), expected);
    assert_eq!(hits_per_file("deepseek"), expected);
    assert_eq!(hits_per_file("Deepseek"), expected);
    assert_eq!(hits_per_file("ＤｅｅｐＳｅｅｋ"), expected);
}

#[test]
fn deepseek_hits_keep_the_original_spelling() {
    let hits = hit_texts("deepseek", "004");
    assert_eq!(hits.iter().filter(|h| **h == "Deepseek").count(), 38);
    assert_eq!(hits.iter().filter(|h| **h == "DeepSeek").count(), 12);
}

#[test]
fn seventeen_percent_occurs_three_times() {
    assert_eq!(hits_per_file("17%"), [0, 1, 0, 0, 2]);
}

#[test]
fn a_query_without_the_pdf_space_finds_the_spaced_text() {
    assert_eq!(hit_texts("暴跌17%", "001"), ["暴跌 17%"]);
}

#[test]
fn the_spaced_and_unspaced_title_of_001_are_one_phrase() {
    assert_eq!(
        hit_texts("DeepSeek引发的AI发展路径", "001"),
        ["DeepSeek引发的AI发展路径", "DeepSeek 引发的 AI 发展路径"]
    );
}

#[test]
fn the_issue_number_matches_with_and_without_pdf_spaces() {
    assert_eq!(hit_texts("2025年第3期", "001"), ["2025年第3期", "2025 年第 3 期"]);
}

#[test]
fn ai_does_not_match_inside_openai() {
    assert_eq!(hits_per_file("AI"), [16, 39, 18, 17, 1]);
    assert_eq!(hits_per_file("OpenAI"), [13, 4, 2, 1, 0]);
}

#[test]
fn open_ai_with_a_space_is_another_spelling() {
    assert_eq!(hits_per_file("\"Open AI\""), [0, 1, 0, 0, 0]);
    assert_eq!(hits_per_file("OpenAI | \"Open AI\""), [13, 5, 2, 1, 0]);
}

#[test]
fn curly_quotes_are_found_by_straight_ones() {
    assert_eq!(hit_texts("的\"iPhone\"时刻", "000"), ["的“iPhone”时刻"]);
}

#[test]
fn all_words_must_occur() {
    assert_eq!(matching_files("国运 蒸馏"), ["000", "004"]);
}

#[test]
fn any_alternative_may_occur() {
    assert_eq!(matching_files("国运 | 深度求索"), ["000", "002", "004"]);
}

#[test]
fn excluded_words_remove_articles() {
    assert_eq!(matching_files("开源 -英伟达"), ["000"]);
}

#[test]
fn source_filter_matches_key_and_names() {
    assert_eq!(matching_files("source:qq"), ["000", "002", "003"]);
    assert_eq!(matching_files("source:腾讯"), ["000", "002", "003"]);
    assert_eq!(matching_files("source:\"china digital\""), ["004"]);
    assert_eq!(matching_files("-source:qq"), ["001", "004"]);
}

#[test]
fn author_filter_matches_the_author() {
    assert_eq!(matching_files("author:李国杰"), ["001"]);
}

#[test]
fn title_filter_looks_only_at_titles() {
    assert_eq!(matching_files("title:国运"), ["004"]);
    assert_eq!(matching_files("title:iphone 蒸馏"), ["000"]);
}

#[test]
fn every_hit_is_a_char_boundary_range_inside_the_text() {
    let (corpus, index) = seeds();
    for q in ["的", "DeepSeek", "\"", "AI", "17%", "（AI）", "，"] {
        for r in index.search(&Query::parse(q)) {
            let text = &corpus.articles[r.doc].text;
            for h in &r.hits {
                assert!(h.range.start < h.range.end && h.range.end <= text.len());
                assert!(text.is_char_boundary(h.range.start) && text.is_char_boundary(h.range.end));
            }
        }
    }
}

#[test]
fn a_hit_text_normalizes_to_the_query() {
    let (corpus, index) = seeds();
    for q in ["（ai）", "“", "deepseek引发的ai发展路径"] {
        let query = Query::parse(q);
        for r in index.search(&query) {
            for h in &r.hits {
                let hit = &corpus.articles[r.doc].text[h.range.clone()];
                assert_eq!(
                    explorer_core::search::normalize_term(hit),
                    query.terms()[0].pattern,
                    "{hit}"
                );
            }
        }
    }
}

#[test]
fn relevance_puts_the_nvidia_article_first() {
    let (corpus, index) = seeds();
    let results = index.search(&Query::parse("英伟达"));
    assert!(corpus.articles[results[0].doc].file.starts_with("004"));
}

#[test]
fn sorting_by_date_puts_the_undated_article_last() {
    let (corpus, index) = seeds();
    let mut results = index.search(&Query::parse("DeepSeek"));
    sort_results(&mut results, index, ResultOrder::Date, false);
    let files: Vec<&str> = results.iter().map(|r| &corpus.articles[r.doc].file[..3]).collect();
    assert_eq!(files, ["003", "004", "000", "002", "001"]);
}

#[test]
fn sorting_by_hits_puts_the_most_hits_first() {
    let (_, index) = seeds();
    let mut results = index.search(&Query::parse("开源"));
    sort_results(&mut results, index, ResultOrder::Hits, false);
    let counts: Vec<usize> = results.iter().map(|r| r.hit_count()).collect();
    assert_eq!(counts, [22, 16, 15, 6, 2]);
}

#[test]
fn kwic_shows_the_context_of_a_hit() {
    let (corpus, index) = seeds();
    let results = index.search(&Query::parse("暴跌"));
    let r = results
        .iter()
        .find(|r| corpus.articles[r.doc].file.starts_with("001"))
        .expect("001 matches");
    let text = &corpus.articles[r.doc].text;
    let k = kwic(text, r.hits[0].range.clone(), 6);
    assert_eq!(
        (k.left_str(text), k.hit_str(text), k.right_str(text)),
        ("达的股价单日", "暴跌", " 17%，市")
    );
}

#[test]
fn snippets_show_up_to_three_stretches_with_their_hits() {
    let (corpus, index) = seeds();
    let results = index.search(&Query::parse("国运 蒸馏"));
    let r = &results[0];
    let text = &corpus.articles[r.doc].text;
    let s = snippets(text, &r.hits, 20, 3);
    assert_eq!(s.len(), 3);
    for snip in &s {
        assert!(!snip.hits.is_empty());
        assert!(!text[snip.range.clone()].contains('\n'));
    }
}

#[test]
fn the_concordance_lists_every_hit_and_sorts_by_right_context() {
    let (corpus, index) = seeds();
    let results = index.search(&Query::parse("国运"));
    let mut lines = concordance(&results, corpus, 5);
    assert_eq!(lines.len(), 8);
    sort_concordance(&mut lines, corpus, ConcordanceOrder::Right);
    let rights: Vec<&str> = lines
        .iter()
        .map(|l| l.kwic.right_str(&corpus.articles[l.doc].text))
        .collect();
    let mut sorted = rights.clone();
    sorted.sort_by_key(|r| explorer_core::search::normalize_term(r));
    assert_eq!(rights, sorted);
    // Folded, ” is the full-width ＂ (U+FF02), after every Chinese character.
    assert_eq!(rights.last(), Some(&"”、中美争"));
}

#[test]
fn the_comparison_counts_per_source() {
    let (_, index) = seeds();
    let q = Query::parse("英伟达");
    let tally = index.tally_by_source(&index.occurrences(&q, 0));
    let rows: Vec<(&str, usize, usize)> = tally
        .iter()
        .map(|t| (t.source_key.as_str(), t.docs, t.occurrences))
        .collect();
    assert_eq!(rows, [("qq", 3, 6), ("科技导报", 1, 4), ("cdt", 1, 17)]);
}
