//! Measures the shared-passage detection on a folder: time, seeds, candidate pairs, passages
//! aligned, clusters, copies, variant sets, and the bytes of the result (postcard, gzip).
//! With `--show`, also prints every cluster's text and members, copies and variants.
//! Run: `cargo run -q --release -p explorer-core --features ingest --example passages_bench -- seeds [--show]`

use explorer_core::passages::{detect_with, Options};
use std::io::Write as _;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let folder = args.next().unwrap_or_else(|| "seeds".into());
    let show = args.any(|a| a == "--show");
    let start = Instant::now();
    let corpus = explorer_core::ingest::ingest_dir(std::path::Path::new(&folder)).expect("the folder is readable");
    println!(
        "{folder}: {} articles, {} chars; ingest {:.2} s",
        corpus.articles.len(),
        corpus.total_chars(),
        start.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    let (passages, stats) = detect_with(&corpus, &Options::default());
    let secs = start.elapsed().as_secs_f64();
    let bytes = postcard::to_allocvec(&passages).expect("serializes");
    let gzip = gzip_len(&bytes);
    let members: usize = passages.clusters.iter().map(|c| c.members.len()).sum();
    println!(
        "detect {secs:.3} s: {} seeds, {} candidate pairs, {} passages aligned, {} clusters ({members} members, largest {}), {} copies, {} variant sets; {} bytes postcard, {gzip} gzip",
        stats.seeds,
        stats.candidate_pairs,
        stats.aligned,
        passages.clusters.len(),
        passages.clusters.iter().map(|c| c.members.len()).max().unwrap_or(0),
        passages.copies.len(),
        passages.variants.len(),
        bytes.len(),
    );
    compare_section(&corpus, &passages.clusters);
    if show {
        for c in &passages.clusters {
            println!("cluster: similarity {} ‰, {} chars", c.similarity, c.chars);
            for m in &c.members {
                let a = &corpus.articles[m.article as usize];
                println!(
                    "  {} {}..{}: {}",
                    a.id,
                    m.start,
                    m.end,
                    &a.text[m.start as usize..m.end as usize]
                );
            }
        }
        for c in &passages.copies {
            println!(
                "copy: {} of {} (original {:?}), {} ‰",
                c.copy, c.of, c.original, c.share
            );
        }
        for v in &passages.variants {
            println!("variants: {:?}", v.spellings);
        }
    }
}

/// Times the comparison's shared-passages section as the page computes it: grouped by
/// source, the 12 largest groups, for a few queries (best of three runs each).
fn compare_section(corpus: &explorer_core::model::Corpus, clusters: &[explorer_core::model::PassageCluster]) {
    use explorer_core::compare::groups::{group_articles, GroupBy};
    use explorer_core::compare::shared::PassageGroups;
    let groups = group_articles(&corpus.articles, GroupBy::Source);
    let mut shown: Vec<usize> = (0..groups.len()).collect();
    shown.sort_by_key(|&g| std::cmp::Reverse(groups[g].articles.len()));
    shown.truncate(12);
    let best = |f: &mut dyn FnMut()| {
        (0..3)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1000.0
            })
            .fold(f64::INFINITY, f64::min)
    };
    let mut places = None;
    let made = best(&mut || places = Some(PassageGroups::new(clusters, &groups, corpus.articles.len())));
    let places = places.expect("made");
    let table = best(&mut || {
        std::hint::black_box(places.table(&corpus.articles, &groups, &shown));
    });
    println!(
        "comparison by source, 12 groups: the grouping's places {made:.1} ms (once per grouping), table {table:.1} ms"
    );
    let index = explorer_core::search::SearchIndex::new(corpus);
    for q in ["", "开源", "的"] {
        let results = if q.is_empty() {
            Vec::new()
        } else {
            index.search(&explorer_core::search::Query::parse(q))
        };
        let list = best(&mut || {
            std::hint::black_box(places.list(clusters, &results, 20));
        });
        println!(
            "  passage list for {q:?} ({} matching articles): {list:.1} ms",
            results.len()
        );
    }
}

/// The gzip size of some bytes (the system's `gzip -9`; 0 if it is missing).
fn gzip_len(bytes: &[u8]) -> usize {
    let child = std::process::Command::new("gzip")
        .arg("-9c")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else { return 0 };
    // Written from a thread: gzip fills its output pipe before it has read all its input.
    let writer = child.stdin.take().map(|mut stdin| {
        let bytes = bytes.to_vec();
        std::thread::spawn(move || stdin.write_all(&bytes))
    });
    let out = child.wait_with_output().map_or(0, |o| o.stdout.len());
    if let Some(w) = writer {
        let _ = w.join();
    }
    out
}
