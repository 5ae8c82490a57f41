//! The corpus's recurring runs of one size, counted once: every unbroken run of `size` words
//! that occurs at least twice in the whole corpus gets a number, and each article keeps the
//! numbers of its runs. A group's clusters are then a walk over its articles' numbers, with
//! no table of every run per group: the page counts the whole corpus and a dozen groups side
//! by side, and at a thousand articles one such table takes longer than a frame.
//!
//! A run occurring once in the corpus occurs at most once in any group, so leaving those out
//! changes nothing for a minimum frequency of 2 or more; for a minimum of 1,
//! [`indexed_clusters`] counts directly ([`super::clusters::clusters`]).

use super::clusters::{clusters, rank, Cluster, ClusterOptions, MAX_SIZE};
use super::corpus_tokens::CorpusTokens;
use super::fx::FxHashMap;

/// A run's words as a table key: unused places hold `u32::MAX`.
type Key = [u32; MAX_SIZE as usize];

/// The recurring runs of one size and where each article has them.
#[derive(Debug, Clone, Default)]
pub struct ClusterIndex {
    size: usize,
    /// The words of run `i`: `words[i * size..(i + 1) * size]`.
    words: Vec<u32>,
    /// Per article (corpus order), the numbers of its recurring runs, in text order.
    runs: Vec<Vec<u32>>,
}

impl ClusterIndex {
    /// Numbers every run of `size` words (clamped to 2..=[`MAX_SIZE`]) that never spans a
    /// break and occurs at least twice in `words`.
    pub fn build(words: &CorpusTokens, size: u8) -> ClusterIndex {
        let size = usize::from(size.clamp(2, MAX_SIZE));
        let mut first_seen: FxHashMap<Key, (u32, u32)> = FxHashMap::default();
        let mut ids: Vec<Vec<u32>> = Vec::with_capacity(words.articles.len());
        for article in &words.articles {
            let tokens = &article.tokens;
            let mut found = Vec::with_capacity(tokens.len());
            let mut run = 0;
            for (end, token) in tokens.iter().enumerate() {
                run = if token.after_break { 1 } else { run + 1 };
                if run < size {
                    continue;
                }
                let mut key = [u32::MAX; MAX_SIZE as usize];
                for (k, t) in key.iter_mut().zip(&tokens[end + 1 - size..=end]) {
                    *k = t.word;
                }
                let next = first_seen.len() as u32;
                let entry = first_seen.entry(key).or_insert((next, 0));
                entry.1 += 1;
                found.push(entry.0);
            }
            ids.push(found);
        }
        // Renumber the recurring runs densely, in the order they first occur.
        let mut dense = vec![u32::MAX; first_seen.len()];
        let mut recurring: Vec<(u32, Key)> = first_seen
            .into_iter()
            .filter(|(_, (_, n))| *n >= 2)
            .map(|(key, (id, _))| (id, key))
            .collect();
        recurring.sort_unstable_by_key(|&(id, _)| id);
        let mut run_words = Vec::with_capacity(recurring.len() * size);
        for (next, (id, key)) in (0u32..).zip(recurring) {
            dense[id as usize] = next;
            run_words.extend_from_slice(&key[..size]);
        }
        let runs = ids
            .into_iter()
            .map(|found| {
                found
                    .into_iter()
                    .map(|id| dense[id as usize])
                    .filter(|&d| d != u32::MAX)
                    .collect()
            })
            .collect();
        ClusterIndex {
            size,
            words: run_words,
            runs,
        }
    }

    /// The words per run.
    pub fn size(&self) -> u8 {
        self.size as u8
    }

    /// How many distinct recurring runs there are.
    pub fn len(&self) -> usize {
        self.words.len().checked_div(self.size).unwrap_or(0)
    }

    /// Whether no run recurs.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn run(&self, id: u32) -> &[u32] {
        let at = id as usize * self.size;
        &self.words[at..at + self.size]
    }
}

/// The clusters of the articles `group`, as [`clusters`] finds them (same counts, same
/// order), read from `index` when it holds runs of the asked size and the minimum frequency
/// is 2 or more.
pub fn indexed_clusters(
    words: &CorpusTokens,
    index: &ClusterIndex,
    group: &[usize],
    opts: &ClusterOptions,
    skip: &dyn Fn(u32) -> bool,
) -> Vec<Cluster> {
    if opts.min_count < 2 || index.size() != opts.size.clamp(2, MAX_SIZE) {
        return clusters(words, group, opts, skip);
    }
    let mut count = vec![0u64; index.len()];
    let mut articles = vec![0u32; index.len()];
    let mut last = vec![u32::MAX; index.len()];
    for &article in group {
        let Some(runs) = index.runs.get(article) else {
            continue;
        };
        for &id in runs {
            let i = id as usize;
            count[i] += 1;
            if last[i] != article as u32 {
                last[i] = article as u32;
                articles[i] += 1;
            }
        }
    }
    let mut found: Vec<Cluster> = (0u32..)
        .zip(count)
        .filter(|&(id, n)| {
            let run = index.run(id);
            n >= opts.min_count && !skip(run[0]) && !skip(run[run.len() - 1])
        })
        .map(|(id, n)| Cluster {
            words: index.run(id).to_vec(),
            count: n,
            articles: articles[id as usize],
        })
        .collect();
    rank(words, &mut found);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::test_support::corpus;

    #[test]
    fn indexed_clusters_are_the_direct_count() {
        let (_, c) = corpus(&[
            &["开源|的|模型|，|开源|模型|生态"],
            &["开源|模型|生态", "模型|生态|的|开源|模型"],
            &["甲|乙|开源|模型"],
        ]);
        let skip = |w: u32| c.word(w) == "的";
        for size in 2..=MAX_SIZE {
            let index = ClusterIndex::build(&c, size);
            for min_count in 1..=3 {
                let opts = ClusterOptions { size, min_count };
                for group in [&[0usize, 1, 2][..], &[1, 2], &[0], &[]] {
                    for s in [&skip as &dyn Fn(u32) -> bool, &|_| false] {
                        assert_eq!(
                            indexed_clusters(&c, &index, group, &opts, s),
                            clusters(&c, group, &opts, s),
                            "size {size} min {min_count} group {group:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn only_runs_that_recur_are_numbered() {
        let (_, c) = corpus(&[&["开源|模型|生态"], &["开源|模型|安全"]]);
        let index = ClusterIndex::build(&c, 2);
        assert_eq!(index.len(), 1);
        assert_eq!(index.runs, [vec![0], vec![0]]);
        let index = ClusterIndex::build(&c, 3);
        assert!(index.is_empty());
    }
}
