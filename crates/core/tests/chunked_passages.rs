//! The chunked layout's shared passages are the embedded build's: each corpus's passages are
//! detected and tabled as build.rs does (`embed::page_passages`, `shared_table::encode`), the
//! corpus is split with them, and the page's side (the chunks' pieces and the head's clusters,
//! through the serialized files only) must give back the embedded table word for word; the
//! comparison's shared-passages figures and downloads then come out the same for every
//! grouping.
#![cfg(feature = "ingest")]

use explorer_core::compare::groups::{group_articles, GroupBy};
use explorer_core::compare::shared::{passage_export, passages_csv, PassageGroups};
use explorer_core::delivery::{assemble, decode_chunk, decode_head, decode_manifest, split, ArticleData, SplitOptions};
use explorer_core::embed::{embed, page_passages};
use explorer_core::ingest::ingest_dir;
use explorer_core::model::Corpus;
use explorer_core::search::synthetic::synthetic_corpus;
use explorer_core::search::{Query, SearchIndex};
use explorer_core::shared_table;
use std::path::Path;

fn folder(rel: &str) -> Corpus {
    ingest_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).expect("the folder is readable")
}

/// Splits `corpus` into chunks of `kib` KiB with its passages, reassembles the corpus and the
/// table from the files as the page does, and checks both against the embedded ones; returns
/// the number of chunks, of clusters, and of clusters whose articles lie in several chunks.
fn check(name: &str, corpus: Corpus, kib: usize) -> (usize, usize, usize) {
    let embedded = embed(corpus);
    let corpus = &embedded.corpus;
    let table = shared_table::encode(&page_passages(corpus), corpus);
    let data = ArticleData {
        cuts: &[],
        shares: &table,
    };
    let opts = SplitOptions {
        chunk_bytes: kib << 10,
        ..SplitOptions::default()
    };
    let layout = split(&embedded, &data, &opts);
    let file = |name: &str| {
        layout
            .files
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.bytes.as_slice())
            .unwrap_or_else(|| panic!("{name}: no file {name}"))
    };
    let m = decode_manifest(&layout.entry.manifest, file(&layout.entry.manifest.name)).expect("the manifest decodes");
    let head = decode_head(&m.head, file(&m.head.name)).expect("the head decodes");
    let chunks: Vec<_> = m
        .chunks
        .iter()
        .map(|c| decode_chunk(&c.file, file(&c.file.name)).expect("a chunk decodes"))
        .collect();
    let pieces: Vec<&[u8]> = chunks.iter().map(|c| c.shares.as_slice()).collect();
    let joined = shared_table::join(&pieces, &head.clusters);
    assert_eq!(
        joined, table,
        "{name}: the pieces and the head's clusters are the embedded table"
    );
    let clusters = shared_table::clusters(&joined);
    assert_eq!(clusters, shared_table::clusters(&table));
    let whole = assemble(head.corpus, chunks.into_iter().map(|c| c.articles).collect());
    assert_eq!(&whole, corpus, "{name}: head and chunks are the corpus");

    // The comparison's section and downloads, as the page computes them, for every grouping
    // and with a query: the same from both.
    let embedded_clusters = shared_table::clusters(&table);
    let results = SearchIndex::new(corpus).search(&Query::parse("开源"));
    for by in [GroupBy::Source, GroupBy::Author, GroupBy::Article] {
        let groups = group_articles(&whole.articles, by);
        assert_eq!(groups, group_articles(&corpus.articles, by));
        let shown: Vec<usize> = (0..groups.len()).collect();
        let from_files = PassageGroups::new(&clusters, &groups, whole.articles.len());
        let from_embedded = PassageGroups::new(&embedded_clusters, &groups, corpus.articles.len());
        assert_eq!(
            from_files.table(&whole.articles, &groups, &shown),
            from_embedded.table(&corpus.articles, &groups, &shown),
            "{name}: the groups × groups table by {by:?}"
        );
        for r in [&[][..], &results] {
            let list = from_files.list(&clusters, r, usize::MAX);
            assert_eq!(list, from_embedded.list(&embedded_clusters, r, usize::MAX));
            let list = list.passages;
            let got = passage_export(&clusters, &whole.articles, &groups, &list);
            let want = passage_export(&embedded_clusters, &corpus.articles, &groups, &list);
            assert_eq!(got, want, "{name}: the passages' export by {by:?}");
            assert_eq!(passages_csv(&got), passages_csv(&want));
        }
    }
    let spanning = clusters
        .iter()
        .filter(|c| {
            c.members
                .iter()
                .any(|p| m.chunk_of(p.article) != m.chunk_of(c.members[0].article))
        })
        .count();
    (m.chunks.len(), clusters.len(), spanning)
}

#[test]
fn the_seeds_chunked_carry_the_embedded_passages() {
    let (chunks, clusters, spanning) = check("seeds", folder("../../seeds"), 16);
    assert!(chunks > 2, "{chunks} chunks");
    assert!(clusters >= 1 && spanning >= 1, "the App Store sentence, in two chunks");
}

#[test]
fn a_generated_corpus_chunked_carries_its_many_passages() {
    let seeds = folder("../../seeds");
    let mut corpus = synthetic_corpus(&seeds, 60, 3000);
    corpus.site = seeds.site.clone();
    let (chunks, clusters, spanning) = check("synthetic 60", corpus, 16);
    assert!(chunks > 2, "{chunks} chunks");
    // Its paragraphs recur across articles, so most clusters span chunks.
    assert!(
        clusters > 10 && spanning > 10,
        "{clusters} clusters, {spanning} across chunks"
    );
}
