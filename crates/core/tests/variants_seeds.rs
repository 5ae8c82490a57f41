//! The spelling variants the page gets on the real seeds (`embed::page_variants`, read back
//! with `variants_table::decode`), and the offer a query for one of them gets.

use explorer_core::also_written::also_written;
use explorer_core::ingest::ingest_dir;
use explorer_core::model::Corpus;
use explorer_core::search::SearchIndex;
use explorer_core::variants_table::{decode, SpellingSet};
use std::path::Path;

fn seeds() -> Corpus {
    ingest_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("the seeds are readable")
}

fn sets(corpus: &Corpus) -> Vec<SpellingSet> {
    decode(&explorer_core::embed::page_variants(corpus))
}

#[test]
fn the_page_gets_the_seeds_variants_counted_as_written() {
    let corpus = seeds();
    let found = sets(&corpus);
    let totals: Vec<Vec<(&str, u32)>> = found
        .iter()
        .map(|s| s.iter().map(|p| (p.text.as_str(), p.total())).collect())
        .collect();
    assert_eq!(
        totals,
        [
            vec![("DeepSeek", 143), ("Deepseek", 39), ("Deeepseek", 1), ("Deeseek", 1)],
            vec![("ChatGPT", 13), ("chatgpt", 2)],
            vec![("高性能", 6), ("高效能", 2)],
            vec![("梁文锋", 4), ("梁文峰", 3)],
        ]
    );
    // 梁文锋 and 梁文峰 are written in different articles.
    let liang = &found[3];
    let ids = |k: usize| -> Vec<(&str, u32)> {
        liang[k]
            .articles
            .iter()
            .map(|&(a, n)| (corpus.articles[a as usize].id.as_str(), n))
            .collect()
    };
    assert!(ids(0).iter().all(|a| !ids(1).contains(a)), "{:?} {:?}", ids(0), ids(1));
    let bytes = explorer_core::embed::page_variants(&corpus).len();
    assert!(bytes < 1024, "{bytes} bytes");
}

#[test]
fn a_query_for_liang_wenfeng_is_offered_the_other_spelling() {
    let corpus = seeds();
    let index = SearchIndex::new(&corpus);
    let offer = also_written("梁文锋", &sets(&corpus), &index, &[]).expect("an offer");
    assert_eq!(offer.others, ["梁文峰"]);
    assert_eq!(offer.query, "梁文锋 OR 梁文峰");
    assert_eq!(offer.more_hits, 3);
    let offer = also_written("DeepSeek", &sets(&corpus), &index, &[]).expect("an offer");
    assert_eq!(offer.others, ["Deeepseek", "Deeseek"]);
    assert_eq!(offer.more_hits, 2);
}
