//! What the build embeds in the page: the corpus as the page reads it, and the comparison's
//! keywords for every useful way of grouping (a grouping that says nothing, see
//! [`crate::compare::usefulness`], has no keywords: the page shows why instead).
//!
//! The page never counts words; it reads the keywords computed here. So the embedded corpus
//! carries no per-article word counts, and its vocabulary holds only the words those keywords
//! name (sorted, each once), which the compact keywords point into. On the seeds that is 17 KB
//! gzip less for every visitor to download. Its stop words stay, all of them (only the
//! corpus's own, a few hundred): the page marks the keywords that are stop words with them and
//! lists them.
//!
//! The shared passages the page marks ([`page_passages`]) are embedded beside the corpus: its
//! clusters and copies only. The spelling variants travel apart ([`page_variants`]): they are
//! found on the whole corpus, whose word counts find the Han ones.

use crate::compare::groups::{group_articles, GroupBy};
use crate::compare::keyness::{keyness, CompactKeyness, Keyness, KeynessOptions};
use crate::compare::usefulness::usefulness_of_groups;
use crate::model::{Corpus, Passages};

/// The build's output for the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Embedded {
    /// The corpus without word counts, its vocabulary cut to the words the keywords name.
    pub corpus: Corpus,
    /// The keywords of every useful grouping, as positions in [`Embedded::corpus`]'s vocabulary.
    pub keyness: Vec<(GroupBy, CompactKeyness)>,
}

/// The keywords of every useful grouping of `corpus` (computed from its word counts), and the
/// corpus as the page needs it.
pub fn embed(mut corpus: Corpus) -> Embedded {
    let full: Vec<(GroupBy, Keyness)> = GroupBy::ALL
        .into_iter()
        .filter_map(|by| {
            let groups = group_articles(&corpus.articles, by);
            let useful = usefulness_of_groups(&groups, corpus.articles.len(), by).is_none();
            useful.then(|| (by, keyness(&corpus, &groups, &KeynessOptions::default())))
        })
        .collect();
    let mut words: Vec<String> = full
        .iter()
        .flat_map(|(_, k)| {
            let keywords = k.groups.iter().flat_map(|g| g.positive.iter().chain(&g.negative));
            keywords
                .map(|w| w.word.clone())
                .chain(k.shared.iter().map(|w| w.word.clone()))
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    corpus.vocabulary = words;
    for article in &mut corpus.articles {
        article.word_counts = Vec::new();
    }
    let keyness = full
        .iter()
        .map(|(by, k)| {
            let compact = CompactKeyness::new(k, &corpus).expect("the vocabulary holds every keyword");
            (*by, compact)
        })
        .collect();
    Embedded { corpus, keyness }
}

/// What the page reads of the corpus's shared passages ([`crate::passages::detect`]): the
/// clusters and copies, without the spelling variants ([`page_variants`] carries those).
pub fn page_passages(corpus: &Corpus) -> Passages {
    Passages {
        variants: Vec::new(),
        ..crate::passages::detect(corpus)
    }
}

/// The spelling variants the page shows, as [`crate::variants_table`] writes them: found on the
/// whole `corpus` (before [`embed`] drops its word counts, which find the Han spellings), each
/// spelling counted per article (the same articles in the same order as the embedded corpus).
pub fn page_variants(corpus: &Corpus) -> Vec<u8> {
    crate::variants_table::encode(&crate::passages::spelling_variants(corpus), corpus)
}
