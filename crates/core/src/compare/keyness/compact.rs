//! [`CompactKeyness`]: the keywords as build.rs stores them next to the corpus
//! (`keyness-<grouping>.postcard`, one file per [`GroupBy`]) and the page reads them back.

use super::measure::{conservative_log_ratio, log_likelihood, log_ratio, GroupKeywords, Keyness, Keyword, SharedWord};
use crate::compare::groups::GroupBy;
use crate::model::Corpus;
use serde::{Deserialize, Serialize};

/// The file, in the build's corpus folder, holding the keywords of grouping `by`
/// (`keyness-<grouping>.postcard`): written by build.rs for the useful groupings only
/// ([`crate::compare::usefulness`]), read by the page.
pub fn keyness_file(by: GroupBy) -> String {
    format!("keyness-{}.postcard", by.as_str())
}

/// How many groupings have stored keywords: one slot per [`GroupBy`], see [`grouping_slot`].
pub const GROUPINGS: usize = 6;

/// The slot (below [`GROUPINGS`]) of grouping `by`, for a table of one entry per grouping.
pub fn grouping_slot(by: GroupBy) -> usize {
    match by {
        GroupBy::Source => 0,
        GroupBy::Author => 1,
        GroupBy::Folder => 2,
        GroupBy::Date => 3,
        GroupBy::Article => 4,
        GroupBy::Outlet => 5,
    }
}

/// [`Keyness`] in a compact form for embedding in the page: words as positions in the corpus
/// vocabulary, G² and both log ratios left out (recomputed from the counts by
/// [`CompactKeyness::expand`], with the same functions, so they come back the same), and so is
/// the stop-word flag (looked up in [`Corpus::stop_words`], which the page has anyway).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompactKeyness {
    groups: Vec<CompactGroup>,
    /// Shared words: (vocabulary position, count per group).
    shared: Vec<(u32, Vec<u32>)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct CompactGroup {
    key: String,
    words_in_group: u64,
    words_in_rest: u64,
    positive: Vec<CompactKeyword>,
    negative: Vec<CompactKeyword>,
}

/// (vocabulary position, in group, in rest, articles).
type CompactKeyword = (u32, u32, u32, u32);

impl CompactKeyness {
    #[cfg(feature = "ingest")]
    /// `keyness` of `corpus`, compacted (build time, feature `ingest`); `None` if it names a word outside the corpus vocabulary.
    pub fn new(keyness: &Keyness, corpus: &Corpus) -> Option<CompactKeyness> {
        let words = |list: &[Keyword]| -> Option<Vec<CompactKeyword>> {
            list.iter()
                .map(|k| Some((corpus.word_index(&k.word)?, k.in_group, k.in_rest, k.articles)))
                .collect()
        };
        let groups = keyness
            .groups
            .iter()
            .map(|g| {
                Some(CompactGroup {
                    key: g.key.clone(),
                    words_in_group: g.words_in_group,
                    words_in_rest: g.words_in_rest,
                    positive: words(&g.positive)?,
                    negative: words(&g.negative)?,
                })
            })
            .collect::<Option<_>>()?;
        let shared = keyness
            .shared
            .iter()
            .map(|w| Some((corpus.word_index(&w.word)?, w.per_group.clone())))
            .collect::<Option<_>>()?;
        Some(CompactKeyness { groups, shared })
    }

    /// The keyness again, with the words of `corpus`'s vocabulary (the corpus it was made with)
    /// and their stop-word flags. Positions past the vocabulary give empty words.
    pub fn expand(&self, corpus: &Corpus) -> Keyness {
        let word = |w: u32| corpus.word(w).unwrap_or_default().to_string();
        let keywords = |list: &[CompactKeyword], c: u64, d: u64| -> Vec<Keyword> {
            list.iter()
                .map(|&(w, a, b, articles)| {
                    let (af, bf, cf, df) = (f64::from(a), f64::from(b), c as f64, d as f64);
                    let word = word(w);
                    Keyword {
                        stop: corpus.is_stop_word(&word),
                        word,
                        in_group: a,
                        in_rest: b,
                        articles,
                        g2: log_likelihood(af, bf, cf, df),
                        log_ratio: log_ratio(af, bf, cf, df),
                        conservative: conservative_log_ratio(af, bf, cf, df),
                        only_in_group: b == 0,
                    }
                })
                .collect()
        };
        Keyness {
            groups: self
                .groups
                .iter()
                .map(|g| GroupKeywords {
                    key: g.key.clone(),
                    words_in_group: g.words_in_group,
                    words_in_rest: g.words_in_rest,
                    positive: keywords(&g.positive, g.words_in_group, g.words_in_rest),
                    negative: keywords(&g.negative, g.words_in_group, g.words_in_rest),
                })
                .collect(),
            shared: self
                .shared
                .iter()
                .map(|(w, per_group)| SharedWord {
                    word: word(*w),
                    total: per_group.iter().sum(),
                    per_group: per_group.clone(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::compute::keyness;
    use super::super::compute::KeynessOptions;
    use super::*;
    use crate::compare::groups::group_articles;
    use crate::compare::test_support::{keyness_by_source, keyness_corpus as corpus};

    #[test]
    fn slots_are_distinct_and_below_the_count() {
        let mut slots: Vec<usize> = GroupBy::ALL.into_iter().map(grouping_slot).collect();
        slots.sort_unstable();
        slots.dedup();
        assert_eq!(slots.len(), GroupBy::ALL.len());
        assert!(slots.iter().all(|&s| s < GROUPINGS));
    }

    #[test]
    fn compact_keyness_expands_to_the_same_keyness() {
        let c = corpus();
        for by in GroupBy::ALL {
            let k = keyness(&c, &group_articles(&c.articles, by), &KeynessOptions::default());
            let compact = CompactKeyness::new(&k, &c).expect("every word is in the vocabulary");
            assert_eq!(compact.expand(&c), k, "{by:?}");
        }
    }

    #[test]
    fn the_stop_flag_comes_back_from_the_corpus_list() {
        let mut c = corpus();
        c.stop_words = vec!["国运".into()];
        let k = keyness(
            &c,
            &group_articles(&c.articles, GroupBy::Source),
            &KeynessOptions::default(),
        );
        assert!(k.groups[1].positive[0].stop);
        let compact = CompactKeyness::new(&k, &c).expect("every word is in the vocabulary");
        assert_eq!(compact.expand(&c), k);
    }

    #[test]
    fn compact_keyness_needs_the_corpus_words() {
        let c = corpus();
        let mut k = keyness_by_source();
        k.groups[1].positive[0].word = "不在词表".into();
        assert!(CompactKeyness::new(&k, &c).is_none());
    }
}
