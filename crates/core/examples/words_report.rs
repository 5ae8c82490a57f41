//! What the corpus tools cost on a seeds folder: the size of the stored cut (`tokens.bin`),
//! the time to read it back into every article's words, and the time of each view over the
//! whole corpus (word list, collocates and clusters of a query, the dispersion plot).
//! Run: `cargo run -p explorer-core --features ingest --release --example words_report -- <seeds dir> [tokens.bin out] [query]`
//! (gzip the written file to see what the page downloads: `gzip -9 -c tokens.bin | wc -c`).

use explorer_core::search::{Query, SearchIndex};
use explorer_core::words::cluster_index::{indexed_clusters, ClusterIndex};
use explorer_core::words::clusters::{clusters, query_clusters, ClusterOptions, NodeAt};
use explorer_core::words::collocates::{collocates, CollocateOptions};
use explorer_core::words::corpus_tokens::CorpusTokens;
use explorer_core::words::dispersion::plot;
use explorer_core::words::tokens::{decode, encode};
use explorer_core::words::word_list::{word_list, WordCounts, WordListOptions};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let folder = args.next().unwrap_or_else(|| "seeds".into());
    let out = args.next();
    let query = args.next().unwrap_or_else(|| "开源".into());
    let threads = explorer_core::ingest::parallel::default_threads();
    let t = Instant::now();
    let (corpus, segmenter) =
        match explorer_core::ingest::ingest_dir_keeping_segmenter(std::path::Path::new(&folder), threads) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("error: {e}");
                std::process::exit(1);
            }
        };
    println!("ingest {:.2?} ({} articles)", t.elapsed(), corpus.articles.len());
    let t = Instant::now();
    let cuts = explorer_core::ingest::cut_lengths(&corpus, &segmenter);
    let bytes = encode(&cuts);
    let tokens: usize = cuts.iter().map(Vec::len).sum();
    println!(
        "cut and encode {:.2?}: {tokens} tokens, {} bytes",
        t.elapsed(),
        bytes.len()
    );
    if let Some(out) = out {
        std::fs::write(&out, &bytes).expect("write the tokens file");
    }
    let t = Instant::now();
    let decoded = decode(&bytes).expect("decodes");
    let decode_time = t.elapsed();
    let t = Instant::now();
    let words = CorpusTokens::build(&corpus.articles, &decoded).expect("fits the texts");
    let build_time = t.elapsed();
    let word_tokens: usize = words.articles.iter().map(|a| a.tokens.len()).sum();
    println!(
        "decode {decode_time:.2?}, build {build_time:.2?}: {word_tokens} words, {} distinct",
        words.vocabulary.len()
    );
    let all: Vec<usize> = (0..corpus.articles.len()).collect();
    let index = SearchIndex::new(&corpus);
    let results = index.search(&Query::parse(&query));
    let ranges: Vec<_> = results
        .iter()
        .map(|r| (r.doc, r.hits.iter().map(|h| h.range.clone()).collect()))
        .collect();
    let hits: Vec<_> = results.iter().map(|r| (r.doc, r.hits.clone())).collect();
    let skip = |_: u32| false;
    let time = |name: &str, f: &dyn Fn() -> usize| {
        let t = Instant::now();
        let n = f();
        println!("{name} {:.2?} ({n} rows)", t.elapsed());
    };
    // The fastest of 5 runs: for the cheap views, on a machine that may be busy.
    let best_of_5 = |name: &str, f: &dyn Fn() -> usize| {
        let mut best = std::time::Duration::MAX;
        let mut n = 0;
        for _ in 0..5 {
            let t = Instant::now();
            n = f();
            best = best.min(t.elapsed());
        }
        println!("{name} {best:.2?} ({n} rows; fastest of 5)");
    };
    time("word list", &|| {
        word_list(&words, &all, &WordListOptions::default(), &skip).len()
    });
    // What the page asks on a keystroke: the list's size and its first screenful (25 rows).
    best_of_5("word list, first 25 rows", &|| {
        WordCounts::new(&words, &all)
            .rows(&WordListOptions::default(), &skip, 25)
            .1
            .len()
    });
    let whole = word_list(&words, &all, &WordListOptions::default(), &skip);
    let (total, first) = WordCounts::new(&words, &all).rows(&WordListOptions::default(), &skip, 25);
    assert_eq!(
        (total, &first[..]),
        (whole.len(), &whole[..25]),
        "a page begins the whole list"
    );
    time("collocates", &|| {
        collocates(&words, &all, &ranges, &CollocateOptions::default(), &skip)
            .rows
            .len()
    });
    time("clusters", &|| {
        clusters(&words, &all, &ClusterOptions::default(), &skip).len()
    });
    let t = Instant::now();
    let index = ClusterIndex::build(&words, 2);
    println!(
        "cluster index {:.2?} ({} recurring runs of 2)",
        t.elapsed(),
        index.len()
    );
    time("indexed clusters", &|| {
        indexed_clusters(&words, &index, &all, &ClusterOptions::default(), &skip).len()
    });
    // The page's view: the whole corpus, then the 12 largest sources, side by side.
    let mut sources: Vec<Vec<usize>> = Vec::new();
    let mut by_source = std::collections::BTreeMap::<&str, Vec<usize>>::new();
    for (i, a) in corpus.articles.iter().enumerate() {
        by_source.entry(a.source.zh.as_str()).or_default().push(i);
    }
    sources.extend(by_source.into_values());
    sources.sort_by_key(|g| std::cmp::Reverse(g.len()));
    sources.truncate(12);
    sources.insert(0, all.clone());
    time("word list view (13 columns)", &|| {
        sources
            .iter()
            .map(|g| word_list(&words, g, &WordListOptions::default(), &skip).len())
            .sum()
    });
    best_of_5("word list view, first 25 rows (13 columns)", &|| {
        sources
            .iter()
            .map(|g| {
                WordCounts::new(&words, g)
                    .rows(&WordListOptions::default(), &skip, 25)
                    .1
                    .len()
            })
            .sum()
    });
    time("clusters view (13 columns)", &|| {
        sources
            .iter()
            .map(|g| indexed_clusters(&words, &index, g, &ClusterOptions::default(), &skip).len())
            .sum()
    });
    time("query clusters", &|| {
        query_clusters(
            &words,
            &all,
            &ranges,
            &ClusterOptions::default(),
            NodeAt::Anywhere,
            &skip,
        )
        .len()
    });
    time("dispersion plot", &|| plot(&corpus.articles, &all, &hits).len());
}
