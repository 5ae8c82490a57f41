//! Property tests: 100,000 generated queries over the real seeds (random Unicode, operator
//! soup, seed fragments, very long strings). None may panic; every hit must be a sorted,
//! non-overlapping, non-empty byte range on char boundaries inside its text.
#![cfg(feature = "ingest")]

use explorer_core::ingest::ingest_dir;
use explorer_core::model::Corpus;
use explorer_core::search::{kwic, normalize_term, snippets, Field, Hit, Query, SearchIndex, SearchResult};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

struct Seeds {
    corpus: Corpus,
    index: SearchIndex,
    /// (article, byte offset) of every character of every text, for drawing fragments.
    positions: Vec<(usize, usize)>,
}

fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let corpus = ingest_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("seeds readable");
        let index = SearchIndex::new(&corpus);
        let positions = corpus
            .articles
            .iter()
            .enumerate()
            .flat_map(|(a, art)| art.text.char_indices().map(move |(i, _)| (a, i)))
            .collect();
        Seeds {
            corpus,
            index,
            positions,
        }
    })
}

/// `len` characters of seed text starting at the `start`-th character of the corpus (wrapping);
/// returns the article and the byte range.
fn fragment(start: usize, len: usize) -> (usize, Range<usize>) {
    let s = seeds();
    let (doc, from) = s.positions[start % s.positions.len()];
    let text = &s.corpus.articles[doc].text;
    let to = text[from..]
        .char_indices()
        .nth(len)
        .map_or(text.len(), |(i, _)| from + i);
    (doc, from..to)
}

fn fragment_text(start: usize, len: usize) -> String {
    let (doc, r) = fragment(start, len);
    seeds().corpus.articles[doc].text[r].to_string()
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        max_global_rejects: 1_000_000,
        ..Config::default()
    }
}

fn check_ranges(hits: &[Hit], text: &str, query: &Query) {
    let mut prev_end = 0;
    for h in hits {
        let r = &h.range;
        assert!(r.start < r.end, "empty hit {r:?}");
        assert!(r.end <= text.len(), "hit {r:?} past the end ({})", text.len());
        assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "hit {r:?} off char boundaries"
        );
        assert!(r.start >= prev_end, "hits overlap or are unsorted at {r:?}");
        assert!(query.terms()[h.term].is_positive(), "hit for a negated term");
        prev_end = r.end;
    }
}

/// Runs `q` and checks every result; returns the matching articles.
fn check(q: &str) -> Vec<usize> {
    check_query(&Query::parse(q)).iter().map(|r| r.doc).collect()
}

/// Runs `query` and checks every result; returns the results (each article once).
fn check_query(query: &Query) -> Vec<SearchResult> {
    let s = seeds();
    let results = s.index.search(query);
    let mut docs = Vec::new();
    for r in &results {
        let article = &s.corpus.articles[r.doc];
        assert!(r.score.is_finite());
        assert_eq!(r.term_hits.len(), query.terms().len());
        check_ranges(&r.hits, &article.text, query);
        check_ranges(&r.title_hits, &article.title, query);
        for h in r.hits.iter().take(3) {
            let k = kwic(&article.text, h.range.clone(), 12);
            assert_eq!(k.hit, h.range);
            let _ = (k.left_str(&article.text), k.right_str(&article.text));
        }
        for snip in snippets(&article.text, &r.hits, 15, 3) {
            let inside = &article.text[snip.range.clone()];
            assert!(!inside.contains('\n'));
            assert!(snip
                .hits
                .iter()
                .all(|h| snip.range.start <= h.range.start && h.range.end <= snip.range.end));
        }
        docs.push(r.doc);
    }
    docs.sort_unstable();
    let before = docs.len();
    docs.dedup();
    assert_eq!(before, docs.len(), "an article listed twice");
    results
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "|",
            "｜",
            " OR ",
            "OR",
            "or",
            "-",
            "－",
            "--",
            "\"",
            "＂",
            "“",
            "”",
            "「",
            "」",
            "'",
            ":",
            "：",
            "title:",
            "source:",
            "author:",
            "作者:",
            "标题：",
            "来源:",
            "foo:",
            "http://",
            " ",
            "  ",
            "\n\n",
            "\t",
            "\u{3000}",
            "\u{200B}",
            "\u{FEFF}",
            "\u{0301}",
            "ＤｅｅｐＳｅｅｋ",
            "DeepSeek",
            "開源",
            "國運",
            "蒸餾",
            "㈱",
            "…",
            "ﬁ",
            "17%",
            "AI",
            "ai",
            "Open AI",
            "İ",
            "ẞ",
            "Σ",
        ])
        .prop_map(str::to_string),
        (any::<usize>(), 1usize..8).prop_map(|(s, l)| fragment_text(s, l)),
        "[a-zA-Z0-9%.]{1,6}",
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(config(40_000))]
    #[test]
    fn random_unicode_queries_are_safe(chars in prop::collection::vec(any::<char>(), 0..24)) {
        check(&chars.into_iter().collect::<String>());
    }
}

proptest! {
    #![proptest_config(config(30_000))]
    #[test]
    fn operator_soup_queries_are_safe(parts in prop::collection::vec(piece(), 0..10)) {
        check(&parts.concat());
    }
}

proptest! {
    #![proptest_config(config(25_000))]
    #[test]
    fn seed_fragments_are_found_in_their_article(start in any::<usize>(), len in 1usize..12) {
        let (doc, range) = fragment(start, len);
        let text = &seeds().corpus.articles[doc].text;
        let frag = &text[range.clone()];
        // As a phrase, so operators in it are literal; quotes would end the phrase.
        let quote = normalize_term("\"");
        let quoted = frag.chars().any(|c| normalize_term(&c.to_string()) == quote);
        let pattern = normalize_term(frag);
        let mid_word = text[..range.start].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric())
            && frag.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
        prop_assume!(!quoted && !pattern.is_empty() && !frag.contains('\n') && !mid_word);
        let q = format!("\"{frag}\"");
        let query = Query::parse(&q);
        prop_assert_eq!(query.terms().len(), 1);
        prop_assert_eq!(query.terms()[0].field, Field::Any);
        let results = check_query(&query);
        prop_assert!(results.iter().any(|r| r.doc == doc), "{:?} not found in its article {}", frag, doc);
        for r in &results {
            for h in &r.hits {
                let hit = &seeds().corpus.articles[r.doc].text[h.range.clone()];
                prop_assert!(normalize_term(hit).contains(&pattern), "hit {:?} for {:?}", hit, pattern);
            }
        }
    }
}

proptest! {
    #![proptest_config(config(5_000))]
    #[test]
    fn very_long_queries_are_safe(p in piece(), times in 50usize..1500, sep in prop::sample::select(vec!["", " ", "|", " -"])) {
        let q = vec![p.as_str(); times].join(sep);
        check(&q);
    }
}
