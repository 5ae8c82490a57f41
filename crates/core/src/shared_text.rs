//! What the page shows of an article's shared passages ([`crate::model::Passages`]): the
//! stretches of its text to mark and where else each is found ([`marks`]), the line above the
//! text ([`summary`]), and one block of text cut into pieces at those marks with the search's
//! hits inside them ([`pieces`]). The page only renders these.

use crate::model::{PassageMember, Passages};
use std::ops::Range;

/// One stretch of an article's text held by other articles too (overlapping passages merged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Byte range in the article's text, on char boundaries.
    pub range: Range<usize>,
    /// Where the other articles hold it: one place per article (its first), by article.
    pub elsewhere: Vec<PassageMember>,
}

/// The stretches of `article`'s text that other articles hold, in text order, not overlapping.
pub fn marks(passages: &Passages, article: u32) -> Vec<Mark> {
    let mut out: Vec<Mark> = Vec::new();
    for (cluster, own) in passages.of_article(article) {
        let others = passages.clusters[cluster]
            .members
            .iter()
            .filter(|m| m.article != article);
        let range = own.start as usize..own.end as usize;
        match out.last_mut() {
            Some(last) if range.start < last.range.end => {
                last.range.end = last.range.end.max(range.end);
                last.elsewhere.extend(others);
            }
            _ => out.push(Mark {
                range,
                elsewhere: others.copied().collect(),
            }),
        }
        let last = out.last_mut().expect("a mark was just pushed or grown");
        crate::sorting::sort_by_key(&mut last.elsewhere, |m| (m.article, m.start));
        last.elsewhere.dedup_by_key(|m| m.article);
    }
    out
}

/// The line above an article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// How many passages it shares.
    pub passages: usize,
    /// How much of its text they cover, in percent of its characters (at least 1).
    pub percent: u32,
    /// The articles it shares them with, most shared text first, each at its first place
    /// shared with this article (where a link opens it).
    pub with: Vec<PassageMember>,
    /// The article it is a copy of (mostly found in), if it is one.
    pub copy_of: Option<u32>,
}

/// The line above `article`'s text (`text`, its displayed text); `None` when it shares nothing.
pub fn summary(passages: &Passages, article: u32, text: &str) -> Option<Summary> {
    let marks = marks(passages, article);
    let with: Vec<PassageMember> = passages
        .shared_with(article)
        .iter()
        .filter_map(|s| marks.iter().flat_map(|m| &m.elsewhere).find(|m| m.article == s.article))
        .copied()
        .collect();
    if with.is_empty() {
        return None;
    }
    let mut clusters: Vec<usize> = passages.of_article(article).iter().map(|&(c, _)| c).collect();
    crate::sorting::sort_by(&mut clusters, Ord::cmp);
    clusters.dedup();
    let shared: usize = marks
        .iter()
        .filter_map(|m| text.get(m.range.clone()))
        .map(|s| s.chars().count())
        .sum();
    let total = text.chars().count().max(1);
    let percent = ((shared * 100 + total / 2) / total).clamp(1, 100) as u32;
    Some(Summary {
        passages: clusters.len(),
        percent,
        with,
        copy_of: passages.copy_of(article).map(|c| c.of),
    })
}

/// A piece of one block of text: inside one mark or outside every mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Byte range, relative to the block's start.
    pub range: Range<usize>,
    /// The mark it lies in (index into [`marks`]'s result), if any.
    pub mark: Option<usize>,
    /// Whether the mark starts here (the place a link opens the reader at).
    pub mark_starts: bool,
    /// Whether the mark ends here (where the note on the other articles goes).
    pub mark_ends: bool,
    /// The search's hits in it, relative to the piece's start, each with its number when the
    /// hit starts in this piece (a hit cut by a mark's edge is numbered once).
    pub hits: Vec<(Range<usize>, Option<usize>)>,
}

/// Cuts the block at `block` (a byte range of the text) at the edges of `marks`, and places
/// the search's `hits` (sorted byte ranges of the text, numbered by position) inside the
/// pieces. A hit belongs to the block it starts in and is cut at the block's end, as the
/// reader has always shown them.
pub fn pieces(block: &Range<usize>, marks: &[Mark], hits: &[Range<usize>]) -> Vec<Piece> {
    let mut cuts = vec![block.start, block.end];
    for m in marks {
        cuts.extend([m.range.start, m.range.end].into_iter().filter(|c| block.contains(c)));
    }
    crate::sorting::sort_by(&mut cuts, Ord::cmp);
    cuts.dedup();
    let own_hits: Vec<(usize, Range<usize>)> = hits
        .iter()
        .enumerate()
        .filter(|(_, h)| block.contains(&h.start))
        .map(|(n, h)| (n, h.start..h.end.min(block.end)))
        .collect();
    cuts.windows(2)
        .map(|w| {
            let range = w[0]..w[1];
            let mark = marks
                .iter()
                .position(|m| m.range.start <= range.start && range.end <= m.range.end);
            let hits = own_hits
                .iter()
                .filter(|(_, h)| h.start < range.end && range.start < h.end)
                .map(|(n, h)| {
                    let cut = h.start.max(range.start) - range.start..h.end.min(range.end) - range.start;
                    (cut, range.contains(&h.start).then_some(*n))
                })
                .collect();
            Piece {
                mark,
                mark_starts: mark.is_some_and(|m| marks[m].range.start == range.start),
                mark_ends: mark.is_some_and(|m| marks[m].range.end == range.end),
                hits,
                range: range.start - block.start..range.end - block.start,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CopyOf, PassageCluster};

    fn member(article: u32, start: u32, end: u32) -> PassageMember {
        PassageMember { article, start, end }
    }

    fn sample() -> Passages {
        Passages {
            clusters: vec![
                PassageCluster {
                    members: vec![member(0, 10, 20), member(1, 0, 10), member(2, 5, 15)],
                    similarity: 950,
                    chars: 10,
                },
                PassageCluster {
                    members: vec![member(0, 15, 30), member(2, 40, 55)],
                    similarity: 1000,
                    chars: 15,
                },
                PassageCluster {
                    members: vec![member(0, 40, 50), member(1, 20, 30)],
                    similarity: 1000,
                    chars: 10,
                },
            ],
            copies: vec![CopyOf {
                copy: 1,
                of: 0,
                original: Some(0),
                share: 900,
            }],
            variants: vec![],
        }
    }

    #[test]
    fn overlapping_passages_are_one_mark_naming_each_other_article_once() {
        let m = marks(&sample(), 0);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].range, 10..30);
        assert_eq!(m[0].elsewhere, [member(1, 0, 10), member(2, 5, 15)]);
        assert_eq!(m[1].range, 40..50);
        assert_eq!(m[1].elsewhere, [member(1, 20, 30)]);
    }

    #[test]
    fn the_summary_counts_passages_and_the_share_of_characters() {
        let text = "a".repeat(100);
        let s = summary(&sample(), 0, &text).unwrap();
        assert_eq!((s.passages, s.percent, s.copy_of), (3, 30, None));
        assert_eq!(s.with, [member(1, 0, 10), member(2, 5, 15)]);
        assert_eq!(summary(&sample(), 1, &text).unwrap().copy_of, Some(0));
        assert_eq!(summary(&sample(), 3, &text), None);
    }

    #[test]
    fn a_block_is_cut_at_the_marks_and_a_cut_hit_is_numbered_once() {
        let m = marks(&sample(), 0);
        let p = pieces(&(5..45), &m, &[0..2, 8..12, 28..32, 44..48]);
        let ranges: Vec<_> = p.iter().map(|p| (p.range.clone(), p.mark)).collect();
        assert_eq!(
            ranges,
            [(0..5, None), (5..25, Some(0)), (25..35, None), (35..40, Some(1))]
        );
        assert_eq!(p[0].hits, [(3..5, Some(1))]);
        assert_eq!(p[1].hits, [(0..2, None), (18..20, Some(2))]);
        assert_eq!(p[2].hits, [(0..2, None)]);
        assert_eq!(p[3].hits, [(4..5, Some(3))]);
        assert!(p[1].mark_starts && p[1].mark_ends);
        assert!(p[3].mark_starts && !p[3].mark_ends);
    }
}
