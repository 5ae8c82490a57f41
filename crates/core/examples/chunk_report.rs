//! Cuts a seeds folder into the chunked layout and prints what it costs: the time of each
//! step, the entry's size, the chunks' and shards' sizes, the index against the text, and
//! what a few queries fetch and how long searching the fetched part takes.
//! Run: `cargo run -p explorer-core --features ingest --release --example chunk_report -- <seeds dir> [out dir]`
//! (with an out dir, it also writes the files and `entry.postcard` there; with
//! `CHUNK_REPORT_PARTS=1` it also times the split's parts one by one).

use explorer_core::delivery::{
    build_shards_with, decode_chunk, decode_shard, need, query_keys, split, ArticleData, Need, PartIndex, SplitOptions,
};
use explorer_core::model::Article;
use explorer_core::search::{Query, SearchIndex};
use std::collections::BTreeMap;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let folder = args.next().unwrap_or_else(|| "seeds".into());
    let out = args.next();
    let t = Instant::now();
    let corpus = match explorer_core::ingest::ingest_dir(std::path::Path::new(&folder)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let ingest = t.elapsed();
    let t = Instant::now();
    let embedded = explorer_core::embed::embed(corpus);
    let embed = t.elapsed();
    let t = Instant::now();
    let layout = split(&embedded, &ArticleData::default(), &SplitOptions::default());
    let split_time = t.elapsed();
    println!("ingest {ingest:.2?}, embed {embed:.2?}, split {split_time:.2?}");
    if std::env::var_os("CHUNK_REPORT_PARTS").is_some() {
        // The split's parts one after the other, the gram index on one thread then on two.
        let t = Instant::now();
        let index = SearchIndex::new(&embedded.corpus);
        let indexing = t.elapsed();
        let t = Instant::now();
        drop(build_shards_with(&index, 1));
        let one = t.elapsed();
        let t = Instant::now();
        drop(build_shards_with(&index, 2));
        println!(
            "  search index {indexing:.2?}; gram shards on 1 thread {one:.2?}, on 2 {:.2?}",
            t.elapsed()
        );
    }

    let e = &layout.entry;
    let corpus = &embedded.corpus;
    let text: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    let entry = postcard::to_allocvec(e).expect("the entry serializes");
    let manifest_file = layout
        .files
        .iter()
        .find(|f| f.name == e.manifest.name)
        .expect("the manifest is a file");
    let m = explorer_core::delivery::decode_manifest(&e.manifest, &manifest_file.bytes).expect("the manifest decodes");
    let chunks: Vec<usize> = m.chunks.iter().map(|c| c.file.bytes as usize).collect();
    let shards: Vec<usize> = m.shards.iter().map(|s| s.bytes as usize).collect();
    let index: usize = shards.iter().sum();
    println!(
        "{} articles, {} chars, {text} B of text; entry {} B ({} first rows); manifest {} B; {} files",
        e.articles,
        e.total_chars,
        entry.len(),
        e.first_rows.len(),
        e.manifest.bytes,
        layout.files.len()
    );
    println!("chunks: {}", spread(&chunks));
    println!("shards: {}", spread(&shards));
    println!(
        "index {index} B = {:.1} % of the text, {:.0} B per article; head {} B; keyness {} files, {} B",
        100.0 * index as f64 / text.max(1) as f64,
        index as f64 / f64::from(e.articles.max(1)),
        m.head.bytes,
        m.keyness.len(),
        m.keyness.iter().map(|(_, f)| f.bytes as usize).sum::<usize>()
    );

    let files: BTreeMap<&str, &[u8]> = layout
        .files
        .iter()
        .map(|f| (f.name.as_str(), f.bytes.as_slice()))
        .collect();
    let whole = SearchIndex::new(corpus);
    for q in ["英伟达", "的", "开源 蒸馏", "DeepSeek", "\"算力霸权\"", "量子纠缠"] {
        let query = Query::parse(q);
        let t = Instant::now();
        let mut fetched: BTreeMap<usize, _> = BTreeMap::new();
        for key in query_keys(&query) {
            let i = m.shard_of(&key);
            let f = &m.shards[i];
            fetched
                .entry(i)
                .or_insert_with(|| decode_shard(f, files[f.name.as_str()]).expect("a shard decodes"));
        }
        let shard_bytes: u32 = fetched.keys().map(|&i| m.shards[i].bytes).sum();
        let needed = match need(&query, |k| fetched[&m.shard_of(k)].postings(k), e.articles) {
            Need::All => (0..e.articles).collect(),
            Need::Articles(list) => list,
        };
        let plan = t.elapsed();
        let mut wanted: Vec<usize> = needed.iter().map(|&a| m.chunk_of(a)).collect();
        wanted.dedup();
        let t = Instant::now();
        let decoded: BTreeMap<usize, Vec<Article>> = wanted
            .iter()
            .map(|&c| {
                (
                    c,
                    decode_chunk(&m.chunks[c].file, files[m.chunks[c].file.name.as_str()])
                        .expect("decodes")
                        .articles,
                )
            })
            .collect();
        let decode = t.elapsed();
        let chunk_bytes: u32 = wanted.iter().map(|&c| m.chunks[c].file.bytes).sum();
        // As a page would: one index per fetched chunk, made once, then searched.
        let t = Instant::now();
        let mut part = PartIndex::new(e.articles as usize, e.avg_chars);
        for (&c, articles) in &decoded {
            part.add_chunk(m.chunks[c].first, articles);
        }
        let indexing = t.elapsed();
        let t = Instant::now();
        let results = part.search(&query);
        let search = t.elapsed();
        let t = Instant::now();
        let embedded_results = whole.search(&query);
        let embedded_search = t.elapsed();
        assert_eq!(results, embedded_results, "{q}: the engines agree");
        println!(
            "{q:?}: {} results; {} shards {shard_bytes} B (plan {plan:.2?}); {} articles in {} chunks {chunk_bytes} B \
             (decode {decode:.2?}, index {indexing:.2?}); search {search:.2?} (embedded engine {embedded_search:.2?})",
            results.len(),
            fetched.len(),
            needed.len(),
            wanted.len(),
        );
    }

    if let Some(out) = out {
        let out = std::path::Path::new(&out);
        std::fs::create_dir_all(out).expect("create the out dir");
        for f in &layout.files {
            std::fs::write(out.join(&f.name), &f.bytes).expect("write a file");
        }
        std::fs::write(out.join("entry.postcard"), &entry).expect("write the entry");
        println!(
            "wrote {} files and entry.postcard to {}",
            layout.files.len(),
            out.display()
        );
    }
}

fn spread(sizes: &[usize]) -> String {
    let mut v = sizes.to_vec();
    v.sort_unstable();
    let total: usize = v.iter().sum();
    let at = |p: usize| v.get((v.len().saturating_sub(1)) * p / 100).copied().unwrap_or(0);
    format!(
        "{} files, {total} B; min {}, median {}, p95 {}, max {}",
        v.len(),
        at(0),
        at(50),
        at(95),
        at(100)
    )
}
