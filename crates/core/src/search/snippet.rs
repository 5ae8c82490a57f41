//! Keyword in context and result-list snippets, as byte ranges into the article text.
//!
//! Context is counted in characters and never crosses a line break, so it stays inside the
//! hit's block (blocks are separated by blank lines).

use super::hit::Hit;
use crate::sorting::sort_by_key;
use std::ops::Range;

/// A hit with the text to its left and right, as byte ranges into the article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kwic {
    /// The context before the hit.
    pub left: Range<usize>,
    /// The hit.
    pub hit: Range<usize>,
    /// The context after the hit.
    pub right: Range<usize>,
    /// The left context was cut short (the block goes on before it): show an ellipsis.
    pub cut_left: bool,
    /// The right context was cut short (the block goes on after it): show an ellipsis.
    pub cut_right: bool,
}

impl Kwic {
    /// The left context's text.
    pub fn left_str<'t>(&self, text: &'t str) -> &'t str {
        &text[self.left.clone()]
    }

    /// The hit's text.
    pub fn hit_str<'t>(&self, text: &'t str) -> &'t str {
        &text[self.hit.clone()]
    }

    /// The right context's text.
    pub fn right_str<'t>(&self, text: &'t str) -> &'t str {
        &text[self.right.clone()]
    }
}

/// The hit `hit` (a byte range of `text`) with up to `context_chars` characters each side,
/// stopping at line breaks. A range off char boundaries or past the end is pulled inward.
pub fn kwic(text: &str, hit: Range<usize>, context_chars: usize) -> Kwic {
    let end = floor_boundary(text, hit.end);
    let start = ceil_boundary(text, hit.start).min(end);
    // Counted over the bytes: a character starts at every byte that is not a continuation
    // byte (0b10xx_xxxx), and a line feed byte is always the character '\n'.
    let bytes = text.as_bytes();
    let mut left = start;
    for _ in 0..context_chars {
        let Some(mut prev) = left.checked_sub(1) else { break };
        while bytes[prev] & 0xC0 == 0x80 {
            prev -= 1;
        }
        if bytes[prev] == b'\n' {
            break;
        }
        left = prev;
    }
    let mut right = end;
    for _ in 0..context_chars {
        if right == bytes.len() || bytes[right] == b'\n' {
            break;
        }
        right += 1;
        while right < bytes.len() && bytes[right] & 0xC0 == 0x80 {
            right += 1;
        }
    }
    Kwic {
        left: left..start,
        hit: start..end,
        right: end..right,
        cut_left: left > 0 && bytes[left - 1] != b'\n',
        cut_right: right < bytes.len() && bytes[right] != b'\n',
    }
}

fn ceil_boundary(text: &str, pos: usize) -> usize {
    let mut p = pos.min(text.len());
    while !text.is_char_boundary(p) {
        p += 1;
    }
    p
}

fn floor_boundary(text: &str, pos: usize) -> usize {
    let mut p = pos.min(text.len());
    while !text.is_char_boundary(p) {
        p -= 1;
    }
    p
}

/// A stretch of an article's text to show in the result list, with the hits inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// Byte range of the snippet in the article text.
    pub range: Range<usize>,
    /// The hits that lie inside the snippet (ranges into the article text).
    pub hits: Vec<Hit>,
    /// The block goes on before the snippet: show an ellipsis.
    pub cut_start: bool,
    /// The block goes on after the snippet: show an ellipsis.
    pub cut_end: bool,
}

/// Up to `max` snippets of `text`, in text order, each a hit with `context_chars` characters
/// each side (within its block). Preferred are the stretches with the most different terms,
/// then the most hits, then the earliest; snippets do not overlap. `hits` must be sorted
/// (as in [`super::SearchResult::hits`]). No hits, no snippets.
pub fn snippets(text: &str, hits: &[Hit], context_chars: usize, max: usize) -> Vec<Snippet> {
    // One candidate per hit: the hit in its context. Windows start in hit order.
    let windows: Vec<Kwic> = hits
        .iter()
        .map(|h| kwic(text, h.range.clone(), context_chars))
        .collect();
    let score = |k: &Kwic| {
        let inside = inside(hits, k.left.start..k.right.end);
        let mut terms: Vec<usize> = inside.iter().map(|h| h.term).collect();
        terms.sort_unstable();
        terms.dedup();
        (terms.len(), inside.len())
    };
    let mut best: Vec<((usize, usize), usize)> = windows.iter().enumerate().map(|(i, k)| (score(k), i)).collect();
    sort_by_key(&mut best, |&((terms, count), i)| {
        (std::cmp::Reverse(terms), std::cmp::Reverse(count), i)
    });
    let mut chosen: Vec<usize> = Vec::new();
    for (_, i) in best {
        if chosen.len() == max {
            break;
        }
        let k = &windows[i];
        let overlaps = chosen.iter().any(|&c| {
            let c = &windows[c];
            k.left.start < c.right.end && c.left.start < k.right.end
        });
        if !overlaps {
            chosen.push(i);
        }
    }
    chosen.sort_unstable();
    chosen
        .into_iter()
        .map(|i| {
            let k = &windows[i];
            let range = k.left.start..k.right.end;
            Snippet {
                hits: inside(hits, range.clone()).to_vec(),
                range,
                cut_start: k.cut_left,
                cut_end: k.cut_right,
            }
        })
        .collect()
}

/// The hits lying wholly inside `range`.
fn inside(hits: &[Hit], range: Range<usize>) -> &[Hit] {
    let from = hits.partition_point(|h| h.range.start < range.start);
    let to = from + hits[from..].partition_point(|h| h.range.end <= range.end);
    &hits[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(text: &str, what: &str, term: usize) -> Hit {
        let start = text.find(what).unwrap();
        Hit {
            range: start..start + what.len(),
            term,
        }
    }

    #[test]
    fn kwic_takes_n_characters_each_side() {
        let text = "芯片巨头公司英伟达的股价单日暴跌";
        let k = kwic(text, hit(text, "英伟达", 0).range, 3);
        assert_eq!(
            (k.left_str(text), k.hit_str(text), k.right_str(text)),
            ("头公司", "英伟达", "的股价")
        );
        assert!(k.cut_left && k.cut_right);
    }

    #[test]
    fn kwic_stops_at_the_block_boundary() {
        let text = "上一段。\n\n英伟达的股价\n\n下一段";
        let k = kwic(text, hit(text, "英伟达", 0).range, 10);
        assert_eq!((k.left_str(text), k.right_str(text)), ("", "的股价"));
        assert!(!k.cut_left && !k.cut_right);
    }

    #[test]
    fn kwic_at_the_ends_of_the_text_is_not_cut() {
        let text = "英伟达";
        let k = kwic(text, 0..9, 5);
        assert_eq!(
            (k.left, k.right.clone(), k.cut_left, k.cut_right),
            (0..0, 9..9, false, false)
        );
    }

    #[test]
    fn kwic_pulls_a_range_off_char_boundaries_inward() {
        let text = "英伟达";
        let k = kwic(text, 1..8, 1);
        assert_eq!(k.hit_str(text), "伟");
        assert_eq!(k.left_str(text), "英");
    }

    #[test]
    fn kwic_of_a_range_past_the_end_is_empty_at_the_end() {
        let k = kwic("ab", 5..9, 1);
        assert_eq!((k.hit, k.left), (2..2, 1..2));
    }

    #[test]
    fn snippets_prefer_stretches_with_more_terms() {
        let text = "开源甲乙丙丁戊己庚辛壬癸开源甲乙丙丁戊己庚辛壬癸开源蒸馏";
        let hits = vec![
            Hit { range: 0..6, term: 0 },
            Hit { range: 36..42, term: 0 },
            Hit { range: 72..78, term: 0 },
            Hit { range: 78..84, term: 1 },
        ];
        let s = snippets(text, &hits, 2, 1);
        assert_eq!(s.len(), 1);
        assert_eq!(&text[s[0].range.clone()], "壬癸开源蒸馏");
        assert_eq!(s[0].hits.len(), 2);
    }

    #[test]
    fn snippets_do_not_overlap_and_come_in_text_order() {
        let text = "开源甲乙丙丁戊己庚辛壬癸开源甲乙丙丁戊己庚辛壬癸开源";
        let hits: Vec<Hit> = [0, 36, 72]
            .map(|s| Hit {
                range: s..s + 6,
                term: 0,
            })
            .to_vec();
        let s = snippets(text, &hits, 3, 3);
        let starts: Vec<usize> = s.iter().map(|s| s.range.start).collect();
        assert_eq!(starts, [0, 27, 63]);
    }

    #[test]
    fn no_hits_no_snippets() {
        assert!(snippets("正文", &[], 10, 3).is_empty());
    }
}
