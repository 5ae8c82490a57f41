//! The collocates of the query (AntConc's Collocates, #LancsBox's GraphColl): the words found
//! near its hits, with the statistics of [`super::association`].
//!
//! - The node is each hit: the tokens overlapping its byte range (a query term need not be a
//!   jieba word: `开` finds the token `开源`, `人工智能` may span two tokens). A hit that
//!   overlaps no word (a number, punctuation) is no node.
//! - A window is the `window` tokens on each side of the node's tokens ([`Side`]: or one side
//!   only). Punctuation is no token, so it neither ends a window nor takes a place in it; a
//!   window never crosses a block (a paragraph, heading or list item): what a paragraph says
//!   next is another statement. The tokens of other nodes keep their place in a window but are
//!   not counted; skipped (stop) words keep their place and count in the window's size, but are
//!   not listed.
//! - Windows that overlap (two hits close together) count each token once: O₁₁ is the number
//!   of the collocate's tokens inside any window, W the number of non-node tokens inside any.
//! - R₁ is the number of nodes, C₁ the collocate's count in the group, N the group's tokens.

use super::association::{log_dice, log_likelihood, mutual_information, Counts};
use super::corpus_tokens::{CorpusTokens, Token};
use std::ops::Range;

/// The widest window the page offers, in tokens each side.
pub const MAX_WINDOW: u8 = 10;

/// Which side of the node a window looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Side {
    /// Left and right.
    #[default]
    Both,
    /// Only the words before the node.
    Left,
    /// Only the words after the node.
    Right,
}

/// The statistic collocates are sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Statistic {
    /// logDice, [`super::association::log_dice`].
    #[default]
    LogDice,
    /// Mutual information, [`super::association::mutual_information`].
    MutualInformation,
    /// Log-likelihood, [`super::association::log_likelihood`].
    LogLikelihood,
}

/// What the reader asked of the collocates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CollocateOptions {
    /// Tokens each side, 1 to [`MAX_WINDOW`] (clamped there); 5 by default.
    pub window: u8,
    /// Which side.
    pub side: Side,
    /// What the rows are sorted by, largest first.
    pub statistic: Statistic,
    /// Only collocates found in the windows at least this often (O₁₁).
    pub min_together: u64,
    /// Only collocates occurring in the group at least this often (C₁).
    pub min_total: u64,
}

impl Default for CollocateOptions {
    fn default() -> Self {
        CollocateOptions {
            window: 5,
            side: Side::Both,
            statistic: Statistic::LogDice,
            min_together: 2,
            min_total: 2,
        }
    }
}

/// One collocate with its counts and statistics.
#[derive(Debug, Clone, PartialEq)]
pub struct Collocate {
    /// The word: an index into [`CorpusTokens::vocabulary`].
    pub word: u32,
    /// How often it occurs in the windows (O₁₁).
    pub together: u64,
    /// How often it occurs in the group (C₁).
    pub total: u64,
    /// logDice.
    pub log_dice: f64,
    /// Mutual information (window-corrected).
    pub mi: f64,
    /// Log-likelihood (G²).
    pub log_likelihood: f64,
}

/// The collocates of a query in a group, with the totals the statistics came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Collocates {
    /// The nodes (R₁): hits that overlap a word.
    pub nodes: u64,
    /// The tokens in the windows (W).
    pub window_tokens: u64,
    /// The group's tokens (N).
    pub group_tokens: u64,
    /// The collocates, by the chosen statistic, largest first (then by O₁₁, then by word).
    pub rows: Vec<Collocate>,
}

/// The collocates of the query whose hits are `hits` ((article index, byte ranges in its text))
/// in the articles `group`; hits of other articles are ignored, and words `skip` says to leave
/// out are not listed.
pub fn collocates(
    words: &CorpusTokens,
    group: &[usize],
    hits: &[(usize, Vec<Range<usize>>)],
    opts: &CollocateOptions,
    skip: &dyn Fn(u32) -> bool,
) -> Collocates {
    let mut together = vec![0u64; words.vocabulary.len()];
    let (mut nodes, mut window_tokens) = (0u64, 0u64);
    let mut in_group = vec![false; words.articles.len()];
    for &i in group {
        if let Some(member) = in_group.get_mut(i) {
            *member = true;
        }
    }
    for (article, ranges) in hits.iter().filter(|(a, _)| in_group.get(*a) == Some(&true)) {
        let tokens = &words.articles[*article].tokens;
        let spans: Vec<Range<usize>> = ranges.iter().filter_map(|r| node_span(tokens, r)).collect();
        nodes += spans.len() as u64;
        let mut state = vec![Place::Outside; tokens.len()];
        for span in &spans {
            state[span.clone()].fill(Place::Node);
        }
        for span in &spans {
            for_window(tokens, span.clone(), opts, |t| {
                if state[t] == Place::Outside {
                    state[t] = Place::Window;
                    window_tokens += 1;
                    together[tokens[t].word as usize] += 1;
                }
            });
        }
    }
    let group_tokens = words.total_tokens(group);
    let mut rows: Vec<Collocate> = words
        .group_counts(group)
        .into_iter()
        .filter(|&(w, total)| {
            let o = together[w as usize];
            o > 0 && o >= opts.min_together && total >= opts.min_total && !skip(w)
        })
        .map(|(w, total)| {
            let counts = Counts {
                together: together[w as usize],
                node: nodes,
                collocate: total,
                window: window_tokens,
                total: group_tokens,
            };
            Collocate {
                word: w,
                together: counts.together,
                total,
                log_dice: log_dice(&counts),
                mi: mutual_information(&counts),
                log_likelihood: log_likelihood(&counts),
            }
        })
        .collect();
    let key = |c: &Collocate| match opts.statistic {
        Statistic::LogDice => c.log_dice,
        Statistic::MutualInformation => c.mi,
        Statistic::LogLikelihood => c.log_likelihood,
    };
    crate::sorting::sort_by(&mut rows, |a, b| {
        key(b)
            .total_cmp(&key(a))
            .then(b.together.cmp(&a.together))
            .then_with(|| words.text_cmp(a.word, b.word))
    });
    Collocates {
        nodes,
        window_tokens,
        group_tokens,
        rows,
    }
}

/// Which of `hits` (byte ranges in article `article`'s text) have `collocate` in their window,
/// by index into `hits`: the concordance lines a collocate opens. Other hits' tokens are nodes
/// here too, as in [`collocates`].
pub fn hits_with(
    words: &CorpusTokens,
    article: usize,
    hits: &[Range<usize>],
    collocate: u32,
    opts: &CollocateOptions,
) -> Vec<usize> {
    let Some(tokens) = words.articles.get(article).map(|a| a.tokens.as_slice()) else {
        return Vec::new();
    };
    let spans: Vec<Option<Range<usize>>> = hits.iter().map(|r| node_span(tokens, r)).collect();
    let mut node = vec![false; tokens.len()];
    for span in spans.iter().flatten() {
        node[span.clone()].fill(true);
    }
    let mut found = Vec::new();
    for (k, span) in spans.iter().enumerate() {
        let Some(span) = span else { continue };
        let mut has = false;
        for_window(tokens, span.clone(), opts, |t| {
            has |= !node[t] && tokens[t].word == collocate;
        });
        if has {
            found.push(k);
        }
    }
    found
}

/// Where a token stands for one query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Outside,
    Node,
    Window,
}

/// The tokens overlapping `hit` (byte range), if any.
pub(super) fn node_span(tokens: &[Token], hit: &Range<usize>) -> Option<Range<usize>> {
    let first = tokens.partition_point(|t| (t.end as usize) <= hit.start);
    let last = tokens.partition_point(|t| (t.start as usize) < hit.end);
    (first < last).then_some(first..last)
}

/// Calls `f` with each token index in the window of the node `span` (node tokens of other hits
/// included: the caller leaves them out), never past the node's block.
fn for_window(tokens: &[Token], span: Range<usize>, opts: &CollocateOptions, mut f: impl FnMut(usize)) {
    let width = usize::from(opts.window.clamp(1, MAX_WINDOW));
    if opts.side != Side::Right {
        let block = tokens[span.start].block;
        (0..span.start)
            .rev()
            .take(width)
            .take_while(|&t| tokens[t].block == block)
            .for_each(&mut f);
    }
    if opts.side != Side::Left {
        let block = tokens[span.end - 1].block;
        (span.end..tokens.len())
            .take(width)
            .take_while(|&t| tokens[t].block == block)
            .for_each(&mut f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::test_support::corpus;

    /// The byte ranges of every 开源 in article `a`'s text.
    fn kaiyuan(texts: &[crate::model::Article], a: usize) -> Vec<Range<usize>> {
        texts[a]
            .text
            .match_indices("开源")
            .map(|(i, s)| i..i + s.len())
            .collect()
    }

    fn window_words(blocks: &[&str], opts: &CollocateOptions) -> (Collocates, Vec<(String, u64)>) {
        let (articles, c) = corpus(&[blocks]);
        let hits = vec![(0, kaiyuan(&articles, 0))];
        let found = collocates(&c, &[0], &hits, opts, &|w| c.word(w) == "的");
        let mut rows: Vec<(String, u64)> = found
            .rows
            .iter()
            .map(|r| (c.word(r.word).to_string(), r.together))
            .collect();
        rows.sort();
        (found, rows)
    }

    fn opts(window: u8, side: Side) -> CollocateOptions {
        CollocateOptions {
            window,
            side,
            min_together: 1,
            min_total: 1,
            ..CollocateOptions::default()
        }
    }

    fn owned(rows: &[(&str, u64)]) -> Vec<(String, u64)> {
        rows.iter().map(|&(w, n)| (w.to_string(), n)).collect()
    }

    #[test]
    fn windows_stop_at_the_text_edges() {
        let (found, rows) = window_words(&["甲|乙|开源|丙|丁"], &opts(5, Side::Both));
        assert_eq!((found.nodes, found.window_tokens, found.group_tokens), (1, 4, 5));
        assert_eq!(rows, owned(&[("丁", 1), ("丙", 1), ("乙", 1), ("甲", 1)]));
    }

    #[test]
    fn windows_do_not_cross_a_paragraph() {
        let (found, rows) = window_words(&["甲|开源|，|乙", "丙|丁"], &opts(3, Side::Both));
        // Punctuation takes no place; the next paragraph is out of reach.
        assert_eq!(found.window_tokens, 2);
        assert_eq!(rows, owned(&[("乙", 1), ("甲", 1)]));
        let (_, rows) = window_words(&["甲|乙", "开源|丙"], &opts(3, Side::Left));
        assert!(rows.is_empty(), "{rows:?}");
    }

    #[test]
    fn a_window_counts_its_width_and_side() {
        let (_, rows) = window_words(&["甲|乙|丙|开源|丁|戊"], &opts(2, Side::Left));
        assert_eq!(rows, owned(&[("丙", 1), ("乙", 1)]));
        let (_, rows) = window_words(&["甲|乙|丙|开源|丁|戊"], &opts(1, Side::Right));
        assert_eq!(rows, owned(&[("丁", 1)]));
    }

    #[test]
    fn near_hits_count_a_token_once_and_stop_words_keep_their_place() {
        // Window 2: 甲 is in both hits' windows; the second 开源 takes a place in the first's
        // window; 的 takes a place and counts in W but is not listed.
        let (found, rows) = window_words(&["开源|甲|开源|的|乙"], &opts(2, Side::Both));
        assert_eq!((found.nodes, found.window_tokens), (2, 3));
        assert_eq!(rows, owned(&[("乙", 1), ("甲", 1)]));
    }

    #[test]
    fn statistics_come_from_the_counts() {
        // Two nodes, 甲 beside both: O11 = 2, R1 = 2, C1 = 2: logDice 14.
        let (found, _) = window_words(&["开源|甲|，|乙|乙|乙|开源|甲"], &opts(1, Side::Right));
        let first = &found.rows[0];
        assert_eq!((first.together, first.total), (2, 2));
        assert!((first.log_dice - 14.0).abs() < 1e-9);
        // The comma is no token: N = 7. E11 = W·C1/N = 2·2/7; MI = log2(2 / (4/7)) = log2(3.5).
        assert_eq!((found.window_tokens, found.group_tokens), (2, 7));
        assert!((first.mi - 3.5f64.log2()).abs() < 1e-9);
    }

    #[test]
    fn a_hit_inside_a_token_makes_the_token_the_node() {
        let (articles, c) = corpus(&[&["甲|开源|乙"]]);
        let kai = articles[0].text.find('开').unwrap();
        let hits = [(0, std::iter::once(kai..kai + 3).collect())];
        let found = collocates(&c, &[0], &hits, &opts(1, Side::Both), &|_| false);
        assert_eq!((found.nodes, found.window_tokens), (1, 2));
    }

    #[test]
    fn hits_with_a_collocate_are_the_lines_to_show() {
        let (articles, c) = corpus(&[&["甲|开源|乙|乙|乙|开源|丙", "开源|甲"]]);
        let hits = kaiyuan(&articles, 0);
        let jia = c.word_id("甲").unwrap();
        assert_eq!(hits_with(&c, 0, &hits, jia, &opts(1, Side::Both)), [0, 2]);
        assert_eq!(hits_with(&c, 0, &hits, jia, &opts(1, Side::Left)), [0]);
        assert!(hits_with(&c, 9, &hits, jia, &opts(1, Side::Left)).is_empty());
    }
}
