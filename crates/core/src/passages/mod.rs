//! Shared passages, copies and spelling variants (build time only, feature `ingest`): what
//! the articles repeat of each other, found on the text the search folds.
//!
//! From the bottom up (each uses only those above it):
//! - `normalize`: an article's comparable stream (folded as the search folds, whitespace and
//!   punctuation dropped) and the map back to its displayed text;
//! - `seeds`: winnowed character `K`-grams shared by two articles; the holders of one gram
//!   are paired with its first holder only, so boilerplate makes no N² pairs;
//! - `align`: a pair's seeds chained across small gaps into passages, extended, measured;
//! - `cluster`: passages covering the same text in many articles joined into one cluster;
//! - `copies`: articles mostly found in one other;
//! - `variants`: spellings of one name (张文伟/张文纬, OpenAI/Openai/Opennai).
//!
//! Deterministic: one thread, every collection sorted before use.

mod align;
mod cluster;
mod copies;
mod normalize;
mod seeds;
mod variants;

use crate::model::{Corpus, Passages};

/// The shortest passage reported, in Han characters: about the length of a sentence, longer
/// than a company's full name (a registered company name is often 15 to 20) or a stock phrase.
/// Latin letters and digits count a third each (60 letters, about ten English words);
/// punctuation and spaces do not count.
pub const MIN_PASSAGE: usize = 20;

/// How the detection runs; [`Options::default`] is what the build uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The shortest passage, in Han characters (see [`MIN_PASSAGE`]): what exact matches
    /// cover must weigh at least this much on both sides.
    pub min_passage: usize,
    /// The longest gap, in comparable characters, across which two matches are still one
    /// passage (an inserted or dropped clause or sentence).
    pub max_gap: usize,
    /// The lowest similarity (per mille of both sides covered by exact matches) of a passage.
    pub min_similarity: u16,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_passage: MIN_PASSAGE,
            max_gap: 100,
            min_similarity: 500,
        }
    }
}

/// What the detection did, for benchmarks and build logs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Seeds (shared grams between two articles) found.
    pub seeds: usize,
    /// Pairs of articles with at least one seed: the candidate pairs aligned.
    pub candidate_pairs: usize,
    /// Passages the alignment kept, before clustering.
    pub aligned: usize,
}

/// Finds the corpus's shared passages, copies and spelling variants with the default options.
pub fn detect(corpus: &Corpus) -> Passages {
    detect_with(corpus, &Options::default()).0
}

/// The corpus's spelling variants alone (what [`detect`] reports as [`Passages::variants`]),
/// without looking for shared passages: what the page's variants table is made of
/// ([`crate::embed::page_variants`]).
pub fn spelling_variants(corpus: &Corpus) -> Vec<crate::model::VariantSet> {
    let streams: Vec<normalize::Stream> = corpus
        .articles
        .iter()
        .map(|a| normalize::Stream::new(&a.text))
        .collect();
    variants::variants(corpus, &streams)
}

/// [`detect`] with explicit options, and what it did.
pub fn detect_with(corpus: &Corpus, options: &Options) -> (Passages, Stats) {
    let streams: Vec<normalize::Stream> = corpus
        .articles
        .iter()
        .map(|a| normalize::Stream::new(&a.text))
        .collect();
    let seeds = seeds::seeds(&streams);
    let mut candidate_pairs = 0;
    let mut last = None;
    for s in &seeds {
        if last != Some((s.a, s.b)) {
            candidate_pairs += 1;
            last = Some((s.a, s.b));
        }
    }
    let pairs = align::align(&streams, &seeds, options);
    let clusters = cluster::cluster(&streams, &pairs);
    let copies = copies::copies(&corpus.articles, &streams, &clusters);
    let variants = variants::variants(corpus, &streams);
    let stats = Stats {
        seeds: seeds.len(),
        candidate_pairs,
        aligned: pairs.len(),
    };
    (
        Passages {
            clusters,
            copies,
            variants,
        },
        stats,
    )
}
