//! The chunked layout's search equals the embedded engine's, query by query: each corpus is
//! embedded and split, then searched as the page would, through the serialized files only
//! (entry, the shards a query's keys hash to, the chunks holding the articles it needs), and
//! every result is compared field by field, scores bit for bit, with
//! `SearchIndex::new(&corpus).search`.
#![cfg(feature = "ingest")]

use explorer_core::delivery::{
    assemble, decode_chunk, decode_head, decode_keyness, decode_manifest, decode_shard, need, query_keys, search_part,
    split, ArticleData, Entry, GramShard, Layout, Manifest, Need, PartIndex, SplitOptions,
};
use explorer_core::embed::{embed, Embedded};
use explorer_core::ingest::ingest_dir;
use explorer_core::model::{Article, Corpus};
use explorer_core::search::synthetic::synthetic_corpus;
use explorer_core::search::{Query, SearchIndex, SearchResult};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

fn folder(rel: &str) -> Corpus {
    ingest_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).expect("the folder is readable")
}

/// The page's side: the entry decoded from its bytes, the files by name, and what it fetched.
struct Page<'a> {
    entry: Entry,
    manifest: Manifest,
    files: HashMap<&'a str, &'a [u8]>,
    shards: BTreeMap<usize, GramShard>,
    chunks: BTreeMap<usize, Vec<Article>>,
    /// Every chunk fetched by any query so far, indexed once (as a page keeps them).
    kept: PartIndex,
    kept_chunks: BTreeSet<usize>,
}

impl<'a> Page<'a> {
    fn open(layout: &'a Layout) -> Page<'a> {
        let bytes = postcard::to_allocvec(&layout.entry).expect("the entry serializes");
        let entry: Entry = postcard::from_bytes(&bytes).expect("the entry decodes");
        assert_eq!(entry, layout.entry);
        let files: HashMap<&str, &[u8]> = layout
            .files
            .iter()
            .map(|f| (f.name.as_str(), f.bytes.as_slice()))
            .collect();
        let kept = PartIndex::new(entry.articles as usize, entry.avg_chars);
        let manifest_bytes = files[entry.manifest.name.as_str()];
        let manifest = decode_manifest(&entry.manifest, manifest_bytes).expect("the manifest decodes");
        Page {
            entry,
            manifest,
            files,
            shards: BTreeMap::new(),
            chunks: BTreeMap::new(),
            kept,
            kept_chunks: BTreeSet::new(),
        }
    }

    fn file(&self, name: &str) -> &'a [u8] {
        self.files
            .get(name)
            .copied()
            .unwrap_or_else(|| panic!("no file {name}"))
    }

    /// One query, as the page runs it: its results over the articles it needs and over every
    /// chunk fetched so far, and how many shards and chunks it fetched.
    fn search(&mut self, query: &Query) -> (Vec<SearchResult>, Vec<SearchResult>, usize, usize) {
        self.shards.clear();
        self.chunks.clear();
        for key in query_keys(query) {
            let i = self.manifest.shard_of(&key);
            if !self.shards.contains_key(&i) {
                let f = &self.manifest.shards[i];
                let shard = decode_shard(f, self.file(&f.name)).expect("a shard decodes");
                self.shards.insert(i, shard);
            }
        }
        let shards = &self.shards;
        let entry = &self.entry;
        let manifest = &self.manifest;
        let needed = match need(query, |k| shards[&manifest.shard_of(k)].postings(k), entry.articles) {
            Need::All => (0..entry.articles).collect(),
            Need::Articles(list) => list,
        };
        for &a in &needed {
            let c = self.manifest.chunk_of(a);
            if !self.chunks.contains_key(&c) {
                let f = &self.manifest.chunks[c].file;
                let articles = decode_chunk(f, self.file(&f.name)).expect("a chunk decodes").articles;
                assert_eq!(articles.len() as u32, self.manifest.chunks[c].count);
                self.chunks.insert(c, articles);
            }
        }
        let article = |a: u32| {
            let c = self.manifest.chunk_of(a);
            (a, &self.chunks[&c][(a - self.manifest.chunks[c].first) as usize])
        };
        let part: Vec<(u32, &Article)> = needed.iter().map(|&a| article(a)).collect();
        let (total, avg) = (self.entry.articles as usize, self.entry.avg_chars);
        let exact = search_part(query, &part, total, avg);
        // Every chunk fetched so far (more than needed), one index per chunk, gives the same.
        for (&c, list) in &self.chunks {
            if self.kept_chunks.insert(c) {
                self.kept.add_chunk(self.manifest.chunks[c].first, list);
            }
        }
        let wider = self.kept.search(query);
        (exact, wider, self.shards.len(), self.chunks.len())
    }
}

fn assert_same(label: &str, got: &[SearchResult], expected: &[SearchResult]) {
    assert_eq!(got.len(), expected.len(), "{label}: result count");
    for (g, e) in got.iter().zip(expected) {
        assert_eq!(g.doc, e.doc, "{label}: doc");
        assert_eq!(g.score.to_bits(), e.score.to_bits(), "{label}: score of {}", e.doc);
        assert_eq!(g.hits, e.hits, "{label}: hits of {}", e.doc);
        assert_eq!(g.title_hits, e.title_hits, "{label}: title hits of {}", e.doc);
        assert_eq!(g.term_hits, e.term_hits, "{label}: term hits of {}", e.doc);
    }
}

/// Rare and absent terms first, so that the kept chunks are a part of the corpus for a while.
const QUERIES: &[&str] = &[
    "#537",
    "量子纠缠态",
    "zzzqqq",
    "股价",
    "标题:国运",
    "的",
    "英",
    "A",
    "1",
    "%",
    "开源",
    "模型",
    "国运",
    "英伟达",
    "蒸馏",
    "DeepSeek",
    "deepseek",
    "ＤｅｅｐＳｅｅｋ",
    "開源",
    "蒸餾",
    "國運",
    "\"Scaling Law\"",
    "“算力霸权”",
    "\"open ai\"",
    "「开源」",
    "\"标志性 事件\"",
    "标志性事件",
    "英伟达 | 蒸馏",
    "英伟达|蒸馏",
    "英伟达 OR 开源",
    "开源 -蒸馏",
    "开源 -英伟达",
    "-蒸馏",
    "-source:qq",
    "source:qq",
    "source:腾讯",
    "来源:科技导报",
    "title:开源",
    "title:DeepSeek",
    "title:iphone 蒸馏",
    "author:李国杰",
    "author:李",
    "作者:刘",
    "ai",
    "AI",
    "wiki",
    "17%",
    "１７％",
    "r1",
    "GPT-4",
    "(AI)",
    "OpenAI",
    "a-a",
    "哈哈",
    "",
    "   ",
    "title:",
    "-",
    "|",
    "国运 蒸馏",
    "国运 | 深度求索",
    "开源 蒸馏 -DeepSeek",
    "开源 | -蒸馏",
    "英伟达 -开源 | 蒸馏",
    "-开源 -蒸馏",
    "的 的",
    "＃12 ",
];

/// `n` terms of 2 to 6 characters cut from random places of random articles' texts.
fn random_terms(corpus: &Corpus, n: usize) -> Vec<String> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound.max(1) as u64) as usize
    };
    (0..n)
        .filter_map(|_| {
            let a = &corpus.articles.get(next(corpus.articles.len()))?.text;
            let chars: Vec<char> = a.chars().collect();
            let len = 2 + next(5);
            let start = next(chars.len().saturating_sub(len) + 1);
            let term: String = chars.get(start..start + len)?.iter().collect();
            Some(term)
        })
        .collect()
}

fn check(name: &str, corpus: Corpus, opts: &SplitOptions, rare: &[&str]) {
    let embedded: Embedded = embed(corpus);
    let layout = split(&embedded, &ArticleData::default(), opts);
    let mut page = Page::open(&layout);
    let corpus = &embedded.corpus;
    let whole = SearchIndex::new(corpus);
    assert_eq!(page.entry.avg_chars.to_bits(), whole.avg_chars().to_bits());

    // The files give back the corpus and the keywords as embedded.
    let head = decode_head(&page.manifest.head, page.file(&page.manifest.head.name)).expect("the head decodes");
    let chunks = page
        .manifest
        .chunks
        .iter()
        .map(|c| {
            decode_chunk(&c.file, page.file(&c.file.name))
                .expect("a chunk decodes")
                .articles
        })
        .collect();
    assert_eq!(
        &assemble(head.corpus, chunks),
        corpus,
        "{name}: head and chunks are the corpus"
    );
    assert_eq!(page.manifest.keyness.len(), embedded.keyness.len());
    for ((by, f), (by2, k)) in page.manifest.keyness.iter().zip(&embedded.keyness) {
        assert_eq!(by, by2);
        assert_eq!(&decode_keyness(f, page.file(&f.name)).expect("keywords decode"), k);
    }

    let mut queries: Vec<String> = QUERIES.iter().map(|q| q.to_string()).collect();
    queries.extend(random_terms(corpus, 30));
    let (shard_count, chunk_count) = (page.manifest.shards.len(), page.manifest.chunks.len());
    let mut fetched = Vec::new();
    for q in &queries {
        let query = Query::parse(q);
        let expected = whole.search(&query);
        let (exact, wider, shards, chunks) = page.search(&query);
        assert_same(&format!("{name} {q:?}"), &exact, &expected);
        assert_same(&format!("{name} {q:?} (chunks kept)"), &wider, &expected);
        assert!(
            shards < shard_count,
            "{name} {q:?}: fetched {shards} of {shard_count} shards"
        );
        fetched.push((q.clone(), expected.len(), shards, chunks));
    }
    for r in rare {
        let (_, matches, _, chunks) = fetched.iter().find(|f| f.0 == *r).expect("a rare query is asked");
        assert!(
            *chunks < chunk_count,
            "{name} {r:?}: {matches} results, fetched {chunks} of {chunk_count} chunks"
        );
    }
    report(name, &layout, &page.manifest, corpus, &fetched);
}

fn report(name: &str, layout: &Layout, m: &Manifest, corpus: &Corpus, fetched: &[(String, usize, usize, usize)]) {
    let e = &layout.entry;
    let size = |n: &str| layout.files.iter().find(|f| f.name == n).map_or(0, |f| f.bytes.len());
    let spread = |mut v: Vec<usize>| {
        v.sort_unstable();
        let total: usize = v.iter().sum();
        format!(
            "{} files, {total} B (min {}, median {}, max {})",
            v.len(),
            v.first().unwrap_or(&0),
            v.get(v.len() / 2).unwrap_or(&0),
            v.last().unwrap_or(&0)
        )
    };
    let chunk_sizes: Vec<usize> = m.chunks.iter().map(|c| c.file.bytes as usize).collect();
    let shard_sizes: Vec<usize> = m.shards.iter().map(|s| s.bytes as usize).collect();
    let index: usize = shard_sizes.iter().sum();
    let text: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    let entry = postcard::to_allocvec(e).expect("the entry serializes").len();
    println!(
        "== {name}: {} articles, {} chars, {text} B of text",
        e.articles, e.total_chars
    );
    println!(
        "   entry {entry} B; {} files; manifest {} B; head {} B",
        layout.files.len(),
        size(&e.manifest.name),
        size(&m.head.name)
    );
    println!("   chunks: {}", spread(chunk_sizes));
    println!("   shards: {}", spread(shard_sizes));
    println!(
        "   index {index} B = {:.1} % of the text; {:.0} B per article",
        100.0 * index as f64 / text.max(1) as f64,
        index as f64 / f64::from(e.articles.max(1))
    );
    let distinct: BTreeSet<(usize, usize)> = fetched.iter().map(|f| (f.2, f.3)).collect();
    println!("   (shards, chunks) fetched per query: {distinct:?}");
    for (q, n, s, c) in fetched.iter().take(12) {
        println!("   {q:?}: {n} results, {s} shards, {c} chunks");
    }
}

/// Small chunks, so that the seeds and the curated corpus have several.
fn small_chunks(kib: usize) -> SplitOptions {
    SplitOptions {
        chunk_bytes: kib << 10,
        ..SplitOptions::default()
    }
}

#[test]
fn the_seeds_chunked_search_as_embedded() {
    check("seeds", folder("../../seeds"), &small_chunks(16), &["zzzqqq", "股价"]);
}

#[test]
fn the_curated_corpus_chunked_searches_as_embedded() {
    let folder = folder("../../tests/fixtures/curated_corpus");
    check("curated", folder, &small_chunks(1), &["zzzqqq", "股价"]);
}

#[test]
fn a_thousand_articles_chunked_search_as_embedded() {
    let seeds = folder("../../seeds");
    let mut corpus = synthetic_corpus(&seeds, 1000, 3000);
    // The synthetic articles keep their seed's word counts, which index the seeds' vocabulary.
    corpus.vocabulary = seeds.vocabulary.clone();
    corpus.site = seeds.site.clone();
    check(
        "synthetic 1000",
        corpus,
        &SplitOptions::default(),
        &["zzzqqq", "#537", "量子纠缠态"],
    );
}
