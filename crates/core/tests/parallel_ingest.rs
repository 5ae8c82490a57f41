//! The ingest reads, parses and segments files on several threads; its corpus must not
//! depend on how many: the same articles in the same order, the same warnings in the same
//! order, the same vocabulary and word indices, byte for byte as the build embeds it.
//! Checked on the shipped seeds, the curated and the bad fixtures, and a generated folder
//! of a few hundred files (duplicate ids, curator corrections, a broken link, a hidden file).
#![cfg(feature = "ingest")]

use explorer_core::ingest::ingest_dir_with;
use explorer_core::model::Corpus;
use std::fs;
use std::path::{Path, PathBuf};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

fn bytes(corpus: &Corpus) -> Vec<u8> {
    postcard::to_allocvec(corpus).expect("the corpus serializes")
}

/// Ingests `folder` on one thread, then on several, and checks that every corpus is the
/// one-thread corpus.
fn same_on_any_number_of_threads(folder: &Path) -> Corpus {
    let one = ingest_dir_with(folder, 1).expect("the folder is readable");
    let one_bytes = bytes(&one);
    for threads in [2, 3, 8] {
        let many = ingest_dir_with(folder, threads).expect("the folder is readable");
        let files = |c: &Corpus| c.articles.iter().map(|a| a.file.clone()).collect::<Vec<_>>();
        assert_eq!(files(&many), files(&one), "article order on {threads} threads");
        assert_eq!(many.notes, one.notes, "warnings on {threads} threads");
        assert_eq!(many.vocabulary, one.vocabulary, "vocabulary on {threads} threads");
        for (a, b) in many.articles.iter().zip(&one.articles) {
            assert_eq!(a, b, "{} on {threads} threads", a.file);
        }
        assert_eq!(many.site, one.site, "site on {threads} threads");
        assert!(bytes(&many) == one_bytes, "postcard bytes on {threads} threads");
    }
    one
}

#[test]
fn the_seeds_are_the_same_on_any_number_of_threads() {
    let corpus = same_on_any_number_of_threads(&repo("seeds"));
    assert!(!corpus.articles.is_empty() && !corpus.vocabulary.is_empty());
}

#[test]
fn the_curated_corpus_is_the_same_on_any_number_of_threads() {
    let corpus = same_on_any_number_of_threads(&repo("tests/fixtures/curated_corpus"));
    assert!(corpus.articles.len() > 3);
}

#[test]
fn the_bad_seeds_are_the_same_on_any_number_of_threads() {
    let corpus = same_on_any_number_of_threads(&repo("tests/fixtures/bad_seeds"));
    assert!(corpus.articles.iter().any(|a| !a.problems.is_empty()));
}

#[test]
fn a_generated_folder_is_the_same_on_any_number_of_threads() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let seeds = dir.path();
    let words = [
        "英伟达",
        "股价",
        "深度求索",
        "模型",
        "芯片",
        "开源",
        "算力",
        "DeepSeek-R1",
        "H800",
    ];
    let mut metadata = String::from("file,title,date,source,author,url,summary\n");
    for i in 0..300 {
        let body: String = (0..(i % 40 + 5))
            .map(|j| format!("{}{} ", words[(i * 7 + j) % words.len()], (i * j) % 13))
            .collect();
        let (name, text) = match i % 3 {
            0 => (format!("a{i:03}.md"), format!("---\ntitle: 第 {i} 篇\n---\n{body}\n")),
            1 => (format!("sub/a{:03}.txt", i - 1), format!("标题 {i}\n\n{body}\n")),
            _ => (
                format!("b{i:03}.html"),
                format!("<html><head><title>页 {i}</title></head><body><p>{body}</p></body></html>"),
            ),
        };
        let path = seeds.join(&name);
        fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
        fs::write(&path, text).expect("a seed");
        if i % 10 == 0 {
            metadata.push_str(&format!("{name},更正 {i},2025-01-{:02},qq,,,\n", i % 28 + 1));
        }
    }
    // Two files with one id (a000.md, a000.txt): the suffix goes by file order.
    fs::write(seeds.join("a000.txt"), "重名\n\n同一个编号的另一篇。\n").expect("a seed");
    fs::write(seeds.join("metadata.csv"), metadata).expect("the metadata file");
    fs::write(seeds.join(".hidden.md"), "hidden").expect("a hidden file");
    #[cfg(unix)]
    std::os::unix::fs::symlink(seeds.join("nowhere.md"), seeds.join("broken.md")).expect("a link");

    let corpus = same_on_any_number_of_threads(seeds);
    assert_eq!(corpus.articles.len(), 301);
    assert!(corpus.articles.iter().any(|a| a.id == "a000-2"));
    assert!(corpus.notes.len() >= 2, "{:?}", corpus.notes);
}
