//! Measures the ingest: how long `ingest_dir` and the word segmentation take on a folder, and
//! how big the embedded corpus is (postcard, as build.rs writes it), with and without the word
//! counts, vocabulary and figures.
//! Run: `cargo run -p explorer-core --features ingest --release --example corpus_stats -- seeds [OUT_DIR]`
//! With OUT_DIR, also writes `full.postcard` and `bare.postcard` (without the word statistics
//! and figures) there, e.g. to compare their compressed sizes.

use explorer_core::ingest::segment::Segmenter;
use explorer_core::ingest::word_counts::count_words;
use explorer_core::model::Corpus;
use std::time::Instant;

fn ms(start: Instant) -> String {
    format!("{:.1} ms", start.elapsed().as_secs_f64() * 1000.0)
}

fn size(corpus: &Corpus) -> usize {
    postcard::to_allocvec(corpus).expect("the corpus serializes").len()
}

fn main() {
    let folder = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let mut corpus = None;
    for run in 1..=3 {
        let start = Instant::now();
        let c = match explorer_core::ingest::ingest_dir(std::path::Path::new(&folder)) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("error: {e}");
                std::process::exit(1);
            }
        };
        println!("ingest_dir run {run}: {}", ms(start));
        corpus = Some(c);
    }
    let corpus = corpus.expect("at least one run");

    let start = Instant::now();
    let dictionary =
        std::fs::read(std::path::Path::new(&folder).join(explorer_core::ingest::site_file::SITE_FILE)).ok();
    let segmenter = Segmenter::new(
        &explorer_core::ingest::site_file::read(dictionary.as_deref())
            .0
            .dictionary,
    );
    println!("of which loading the segmenter's dictionary: {}", ms(start));
    let mut again = corpus.clone();
    let start = Instant::now();
    count_words(&mut again, &segmenter);
    println!("of which segmenting and counting: {}", ms(start));

    let mut without_words = corpus.clone();
    without_words.vocabulary.clear();
    let mut without_figures = corpus.clone();
    let mut without_both = without_words.clone();
    for a in &mut without_words.articles {
        a.word_counts.clear();
    }
    for a in &mut without_figures.articles {
        a.figures.clear();
    }
    for a in &mut without_both.articles {
        a.word_counts.clear();
        a.figures.clear();
    }
    let text: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    let figures: usize = corpus.articles.iter().map(|a| a.figures.len()).sum();
    let pairs: usize = corpus.articles.iter().map(|a| a.word_counts.len()).sum();
    let vocabulary: usize = corpus.vocabulary.iter().map(|w| w.len()).sum();
    println!("articles: {}, article text: {text} bytes", corpus.articles.len());
    println!(
        "words: {} ({} distinct, {vocabulary} bytes of vocabulary text), {pairs} (word, count) pairs, {figures} figures",
        corpus.word_total(),
        corpus.vocabulary.len()
    );
    let all = size(&corpus);
    let none = size(&without_both);
    println!("postcard corpus: {all} bytes");
    println!("  without word counts, vocabulary and figures: {none} bytes");
    println!("  word counts + vocabulary: {} bytes", all - size(&without_words));
    println!("  figures: {} bytes", all - size(&without_figures));
    if let Some(out) = std::env::args().nth(2) {
        let out = std::path::Path::new(&out);
        for (name, c) in [("full.postcard", &corpus), ("bare.postcard", &without_both)] {
            let bytes = postcard::to_allocvec(c).expect("the corpus serializes");
            std::fs::write(out.join(name), bytes).expect("write the measurement file");
        }
    }
}
