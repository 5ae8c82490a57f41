//! Recurring word sequences (AntConc's Clusters, Voyant's Phrases): every run of 2 to 5
//! consecutive words with its count and the number of articles it is in; with a query, only
//! the runs that hold one of its hits at the asked place.
//!
//! A cluster never spans a break ([`super::corpus_tokens::Token::after_break`]: punctuation,
//! a number, a block's start): `开源，生态` is no cluster, `开源 生态` across a space is one. With
//! `skip` (the stop words), a cluster that starts or ends with a skipped word is left out
//! (`的 开源`, `开源 的`), as AntConc does with its stop list; one with a skipped word inside
//! (`开源 的 模型`) stays. In a query's clusters the node's own token is never left out.

use super::collocates::node_span;
use super::corpus_tokens::{CorpusTokens, Token};
use super::fx::FxHashMap;
use std::cmp::Ordering;
use std::ops::Range;

/// The longest cluster the page offers.
pub const MAX_SIZE: u8 = 5;

/// What the reader asked of the clusters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClusterOptions {
    /// Words per cluster, 2 to [`MAX_SIZE`] (clamped there); 2 by default.
    pub size: u8,
    /// Only clusters occurring at least this often; 2 by default.
    pub min_count: u64,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions { size: 2, min_count: 2 }
    }
}

/// Where the query's hit must be in its clusters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NodeAt {
    /// The cluster's first word (the term on the left).
    Left,
    /// The cluster's last word (the term on the right).
    Right,
    /// Any of its words.
    #[default]
    Anywhere,
}

/// One recurring sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// Its words, in order: indices into [`CorpusTokens::vocabulary`].
    pub words: Vec<u32>,
    /// How often it occurs in the group.
    pub count: u64,
    /// In how many of the group's articles.
    pub articles: u32,
}

/// The clusters of the articles `group`, most frequent first, then by their words' text.
pub fn clusters(
    words: &CorpusTokens,
    group: &[usize],
    opts: &ClusterOptions,
    skip: &dyn Fn(u32) -> bool,
) -> Vec<Cluster> {
    count(words, group, opts, |_, tokens, at, n| {
        !skip(tokens[at].word) && !skip(tokens[at + n - 1].word)
    })
}

/// The clusters that hold a hit of the query (`hits`: (article index, byte ranges in its
/// text)) at `node_at`: a token overlapping a hit is the node.
pub fn query_clusters(
    words: &CorpusTokens,
    group: &[usize],
    hits: &[(usize, Vec<Range<usize>>)],
    opts: &ClusterOptions,
    node_at: NodeAt,
    skip: &dyn Fn(u32) -> bool,
) -> Vec<Cluster> {
    // Per article, which tokens are the node; only the group's articles with hits have any.
    let mut nodes: Vec<Vec<bool>> = vec![Vec::new(); words.articles.len()];
    let mut in_group = vec![false; words.articles.len()];
    for &a in group {
        if let Some(slot) = in_group.get_mut(a) {
            *slot = true;
        }
    }
    for (i, ranges) in hits.iter().filter(|(h, _)| in_group.get(*h) == Some(&true)) {
        let Some(a) = words.articles.get(*i) else { continue };
        let node = &mut nodes[*i];
        node.resize(a.tokens.len(), false);
        for span in ranges.iter().filter_map(|r| node_span(&a.tokens, r)) {
            node[span].fill(true);
        }
    }
    let group: Vec<usize> = group
        .iter()
        .copied()
        .filter(|&a| nodes.get(a).is_some_and(|n| !n.is_empty()))
        .collect();
    let group = &group[..];
    count(words, group, opts, |article, tokens, at, n| {
        let node = &nodes[article];
        let (first, last) = (at, at + n - 1);
        let placed = match node_at {
            NodeAt::Left => node[first],
            NodeAt::Right => node[last],
            NodeAt::Anywhere => node[first..=last].iter().any(|&b| b),
        };
        let kept = |t: usize| node[t] || !skip(tokens[t].word);
        placed && kept(first) && kept(last)
    })
}

/// A cluster as text: its words joined without space, except a space between two Latin words
/// (`开源模型`, `gpt 4o`, `开源ai`).
pub fn phrase(words: &CorpusTokens, cluster: &Cluster) -> String {
    let mut out = String::new();
    let mut previous_latin = false;
    for &w in &cluster.words {
        let word = words.word(w);
        let latin = !word.chars().any(crate::script::is_han);
        if previous_latin && latin {
            out.push(' ');
        }
        out.push_str(word);
        previous_latin = latin;
    }
    out
}

/// A cluster's words as a table key: unused places hold `u32::MAX`.
type Key = [u32; MAX_SIZE as usize];

/// Counts every unbroken run of `opts.size` tokens of the group's articles that `keep`
/// (article, its tokens, the run's start, its length) accepts.
fn count(
    words: &CorpusTokens,
    group: &[usize],
    opts: &ClusterOptions,
    keep: impl Fn(usize, &[Token], usize, usize) -> bool,
) -> Vec<Cluster> {
    let n = usize::from(opts.size.clamp(2, MAX_SIZE));
    // (count, articles, the last article counted + 1).
    let mut table: FxHashMap<Key, (u64, u32, usize)> = FxHashMap::default();
    for &article in group {
        let Some(tokens) = words.articles.get(article).map(|a| a.tokens.as_slice()) else {
            continue;
        };
        let mut run = 0; // unbroken tokens ending at `end`
        for end in 0..tokens.len() {
            run = if tokens[end].after_break { 1 } else { run + 1 };
            if run < n {
                continue;
            }
            let at = end + 1 - n;
            if !keep(article, tokens, at, n) {
                continue;
            }
            let mut key = [u32::MAX; MAX_SIZE as usize];
            for (k, t) in key.iter_mut().zip(&tokens[at..=end]) {
                *k = t.word;
            }
            let entry = table.entry(key).or_insert((0, 0, 0));
            entry.0 += 1;
            if entry.2 != article + 1 {
                entry.1 += 1;
                entry.2 = article + 1;
            }
        }
    }
    let mut found: Vec<Cluster> = table
        .into_iter()
        .filter(|(_, (c, _, _))| *c >= opts.min_count)
        .map(|(key, (count, articles, _))| Cluster {
            words: key[..n].to_vec(),
            count,
            articles,
        })
        .collect();
    rank(words, &mut found);
    found
}

/// Puts clusters in the order the views show them: most frequent first, then by their words'
/// text.
pub(super) fn rank(words: &CorpusTokens, found: &mut [Cluster]) {
    let text_order = |a: &Cluster, b: &Cluster| -> Ordering {
        let pairs = a.words.iter().zip(&b.words);
        pairs
            .map(|(&x, &y)| words.text_cmp(x, y))
            .find(|o| o.is_ne())
            .unwrap_or(a.words.len().cmp(&b.words.len()))
    };
    crate::sorting::sort_by(found, |a, b| b.count.cmp(&a.count).then_with(|| text_order(a, b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::test_support::corpus;

    fn texts(c: &CorpusTokens, found: &[Cluster]) -> Vec<(String, u64, u32)> {
        found.iter().map(|k| (phrase(c, k), k.count, k.articles)).collect()
    }

    fn owned(rows: &[(&str, u64, u32)]) -> Vec<(String, u64, u32)> {
        rows.iter().map(|&(p, c, a)| (p.to_string(), c, a)).collect()
    }

    fn opts(size: u8) -> ClusterOptions {
        ClusterOptions { size, min_count: 2 }
    }

    #[test]
    fn clusters_are_counted_across_articles_and_never_cross_a_break() {
        let (_, c) = corpus(&[&["开源|模型|，|开源|模型"], &["开源|模型|生态", "模型|生态"]]);
        let found = clusters(&c, &[0, 1], &opts(2), &|_| false);
        assert_eq!(texts(&c, &found), owned(&[("开源模型", 3, 2), ("模型生态", 2, 1)]));
        // 模型，开源 is no cluster, nor 生态 | 模型 across the paragraphs.
        let all = clusters(&c, &[0, 1], &ClusterOptions { size: 2, min_count: 1 }, &|_| false);
        assert_eq!(all.len(), 2);
    }

    #[test]
    fn longer_clusters_and_skipped_ends() {
        let (_, c) = corpus(&[&["开源|的|模型|的"], &["开源|的|模型|的"]]);
        let skip = |w: u32| c.word(w) == "的";
        let three = clusters(&c, &[0, 1], &opts(3), &skip);
        assert_eq!(texts(&c, &three), owned(&[("开源的模型", 2, 2)]));
        assert!(clusters(&c, &[0, 1], &opts(2), &skip).is_empty());
        assert_eq!(clusters(&c, &[0, 1], &opts(2), &|_| false).len(), 3);
    }

    #[test]
    fn latin_words_are_spaced_in_the_phrase() {
        let (_, c) = corpus(&[&["DeepSeek| |R1|开源"], &["DeepSeek| |R1|开源"]]);
        let found = clusters(&c, &[0, 1], &opts(3), &|_| false);
        assert_eq!(texts(&c, &found), owned(&[("deepseek r1开源", 2, 2)]));
    }

    #[test]
    fn query_clusters_hold_the_node_where_asked() {
        let (articles, c) = corpus(&[&["甲|开源|乙|甲|开源|乙|的|开源"]]);
        let ranges: Vec<Range<usize>> = articles[0]
            .text
            .match_indices("开源")
            .map(|(i, s)| i..i + s.len())
            .collect();
        let hits = vec![(0, ranges)];
        let skip = |w: u32| c.word(w) == "的";
        let one = ClusterOptions { size: 2, min_count: 1 };
        let at = |node_at| texts(&c, &query_clusters(&c, &[0], &hits, &one, node_at, &skip));
        assert_eq!(at(NodeAt::Left), owned(&[("开源乙", 2, 1)]));
        // 的开源 starts with a skipped word that is not the node.
        assert_eq!(at(NodeAt::Right), owned(&[("甲开源", 2, 1)]));
        assert_eq!(at(NodeAt::Anywhere), owned(&[("开源乙", 2, 1), ("甲开源", 2, 1)]));
    }
}
