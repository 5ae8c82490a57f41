//! Search speed over the 5 seeds and over a synthetic corpus of 1,000 articles (about 10 MB)
//! made from the seeds' paragraphs. Run:
//! `cargo bench -p explorer-core --features ingest --bench search -- --warm-up-time 1 --measurement-time 3`

use criterion::{criterion_group, criterion_main, Criterion};
use explorer_core::ingest::ingest_dir;
use explorer_core::model::Corpus;
use explorer_core::search::synthetic::synthetic_corpus;
use explorer_core::search::{concordance, snippets, sort_concordance, ConcordanceOrder, Query, SearchIndex};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

const QUERIES: [(&str, &str); 7] = [
    ("one_word", "英伟达"),
    ("latin_word", "DeepSeek"),
    ("two_words", "开源 蒸馏"),
    ("or_not", "国运 | 蒸馏 -英伟达"),
    ("phrase", "\"标志性 事件\""),
    ("absent", "量子计算机"),
    ("one_common_char", "的"),
];

fn seeds() -> Corpus {
    ingest_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("the seeds folder is readable")
}

fn bench_corpus(c: &mut Criterion, name: &str, corpus: &Corpus) {
    let bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    let started = Instant::now();
    let index = SearchIndex::new(corpus);
    println!(
        "{name}: {} articles, {:.1} MB of text, index built in {:.1} ms",
        corpus.articles.len(),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64() * 1e3
    );
    let mut group = c.benchmark_group(name);
    for (label, q) in QUERIES {
        let query = Query::parse(q);
        let hits: usize = index.search(&query).iter().map(|r| r.hits.len()).sum();
        println!(
            "{name}/{label} {q:?}: {} articles, {hits} hits",
            index.search(&query).len()
        );
        group.bench_function(label, |b| b.iter(|| index.search(black_box(&query))));
    }
    group.bench_function("parse_and_search", |b| {
        b.iter(|| index.search(&Query::parse(black_box("DeepSeek 开源 -蒸馏"))))
    });
    let query = Query::parse("英伟达");
    let results = index.search(&query);
    group.bench_function("snippets_top_20", |b| {
        b.iter(|| {
            results
                .iter()
                .take(20)
                .map(|r| snippets(&corpus.articles[r.doc].text, &r.hits, 30, 3).len())
                .sum::<usize>()
        })
    });
    group.bench_function("concordance_sorted_left", |b| {
        b.iter(|| {
            let mut lines = concordance(&results, corpus, 10);
            sort_concordance(&mut lines, corpus, ConcordanceOrder::Left);
            lines.len()
        })
    });
    group.finish();
}

fn search(c: &mut Criterion) {
    let seeds = seeds();
    bench_corpus(c, "seeds", &seeds);
    let synthetic = synthetic_corpus(&seeds, 1000, 10_000);
    bench_corpus(c, "synthetic_1000", &synthetic);
}

criterion_group!(benches, search);
criterion_main!(benches);
