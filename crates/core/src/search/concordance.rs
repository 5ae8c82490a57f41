//! Concordance: every hit across the corpus in its context, sortable by what precedes or
//! follows it.

use super::fold::fold_into;
use super::index::SearchResult;
use super::snippet::{kwic, Kwic};
use crate::model::{Article, Corpus};
use serde::{Deserialize, Serialize};

/// Where the article texts are: the hit ranges of a search point into these.
pub trait DocTexts {
    /// The text of the article at position `doc` in the corpus.
    fn doc_text(&self, doc: usize) -> &str;
}

impl DocTexts for Corpus {
    fn doc_text(&self, doc: usize) -> &str {
        &self.articles[doc].text
    }
}

impl DocTexts for [Article] {
    fn doc_text(&self, doc: usize) -> &str {
        &self[doc].text
    }
}

impl DocTexts for [&str] {
    fn doc_text(&self, doc: usize) -> &str {
        self[doc]
    }
}

impl DocTexts for [String] {
    fn doc_text(&self, doc: usize) -> &str {
        &self[doc]
    }
}

/// One line of a concordance: a hit in its context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcordanceLine {
    /// The article's position in the corpus.
    pub doc: usize,
    /// Index into [`super::Query::terms`] of the term found.
    pub term: usize,
    /// The hit and its context, as byte ranges into the article text.
    pub kwic: Kwic,
}

/// How concordance lines are sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConcordanceOrder {
    /// By article (corpus order), then position in the text.
    #[default]
    Position,
    /// By the left context read from the hit outward (the character just before the hit
    /// first), then the hit, then the right context.
    Left,
    /// By the hit, then the right context read from the hit outward, then the left context.
    Right,
}

impl ConcordanceOrder {
    /// All orders, in the order the page offers them.
    pub const ALL: [ConcordanceOrder; 3] = [
        ConcordanceOrder::Position,
        ConcordanceOrder::Left,
        ConcordanceOrder::Right,
    ];

    /// The order's name in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            ConcordanceOrder::Position => "position",
            ConcordanceOrder::Left => "left",
            ConcordanceOrder::Right => "right",
        }
    }

    /// The order named in a URL; unknown names give `None`.
    pub fn parse(s: &str) -> Option<ConcordanceOrder> {
        ConcordanceOrder::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Every text hit of `results` with `context_chars` characters each side, in the order of
/// `results` and then of the text.
pub fn concordance<T: DocTexts + ?Sized>(
    results: &[SearchResult],
    texts: &T,
    context_chars: usize,
) -> Vec<ConcordanceLine> {
    results
        .iter()
        .flat_map(|r| {
            let text = texts.doc_text(r.doc);
            r.hits.iter().map(move |h| ConcordanceLine {
                doc: r.doc,
                term: h.term,
                kwic: kwic(text, h.range.clone(), context_chars),
            })
        })
        .collect()
}

/// Sorts concordance lines. Contexts are compared character by character after folding
/// (case, width, traditional/simplified), by code point; ties keep corpus order.
pub fn sort_concordance<T: DocTexts + ?Sized>(lines: &mut [ConcordanceLine], texts: &T, order: ConcordanceOrder) {
    if order == ConcordanceOrder::Position {
        lines.sort_by_key(|l| (l.doc, l.kwic.hit.start));
        return;
    }
    // One key per line: the three parts folded, in the order's priority, each ended by U+0000
    // (below every character, so a shorter part sorts first, as in a tuple of strings). All
    // keys share one buffer, and the first three characters are packed into a number that
    // settles most comparisons (a long concordance sorts without an allocation per line).
    let mut keys: Vec<char> = Vec::with_capacity(lines.len() * 32);
    let mut spans: Vec<(u64, u32, u32)> = Vec::with_capacity(lines.len());
    for l in lines.iter() {
        let text = texts.doc_text(l.doc);
        let start = keys.len();
        let mut push = |c: char| fold_into(c, |f| keys.push(f));
        let (left, hit, right) = (l.kwic.left_str(text), l.kwic.hit_str(text), l.kwic.right_str(text));
        match order {
            ConcordanceOrder::Left => {
                left.chars().rev().for_each(&mut push);
                push('\0');
                hit.chars().for_each(&mut push);
                push('\0');
                right.chars().for_each(&mut push);
            }
            _ => {
                hit.chars().for_each(&mut push);
                push('\0');
                right.chars().for_each(&mut push);
                push('\0');
                left.chars().rev().for_each(&mut push);
            }
        }
        let key = &keys[start..];
        // 21 bits per character, one more than each code point so a key's end (0) sorts first.
        let prefix = (0..3).fold(0u64, |acc, i| (acc << 21) | key.get(i).map_or(0, |&c| c as u64 + 1));
        spans.push((prefix, start as u32, keys.len() as u32));
    }
    let mut order_of: Vec<u32> = (0..lines.len() as u32).collect();
    order_of.sort_unstable_by(|&a, &b| {
        let (pa, sa, ea) = spans[a as usize];
        let (pb, sb, eb) = spans[b as usize];
        let (la, lb) = (&lines[a as usize], &lines[b as usize]);
        pa.cmp(&pb)
            .then_with(|| keys[sa as usize..ea as usize].cmp(&keys[sb as usize..eb as usize]))
            .then_with(|| (la.doc, la.kwic.hit.start).cmp(&(lb.doc, lb.kwic.hit.start)))
    });
    let sorted: Vec<ConcordanceLine> = order_of.iter().map(|&i| lines[i as usize].clone()).collect();
    for (slot, line) in lines.iter_mut().zip(sorted) {
        *slot = line;
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Query, SearchIndex};
    use super::*;

    const TEXTS: [&str; 2] = ["乙开源。甲开源！", "丙开源？"];

    fn lines(order: ConcordanceOrder) -> Vec<String> {
        let idx = SearchIndex::from_docs(TEXTS.iter().map(|t| super::super::SearchDoc {
            title: "",
            text: t,
            author: None,
            source: ["", "", ""],
            date: None,
        }));
        let results = idx.search(&Query::parse("开源"));
        let mut lines = concordance(&results, &TEXTS[..], 1);
        sort_concordance(&mut lines, &TEXTS[..], order);
        lines
            .iter()
            .map(|l| {
                let t = TEXTS[l.doc];
                format!("{}[{}]{}", l.kwic.left_str(t), l.kwic.hit_str(t), l.kwic.right_str(t))
            })
            .collect()
    }

    #[test]
    fn position_order_follows_the_corpus() {
        assert_eq!(
            lines(ConcordanceOrder::Position),
            ["乙[开源]。", "甲[开源]！", "丙[开源]？"]
        );
    }

    #[test]
    fn left_order_sorts_by_the_preceding_character() {
        // 丙 U+4E19 < 乙 U+4E59 < 甲 U+7532
        assert_eq!(
            lines(ConcordanceOrder::Left),
            ["丙[开源]？", "乙[开源]。", "甲[开源]！"]
        );
    }

    #[test]
    fn right_order_sorts_by_the_following_character() {
        // 。 U+3002 < ！ U+FF01 < ？ U+FF1F
        assert_eq!(
            lines(ConcordanceOrder::Right),
            ["乙[开源]。", "甲[开源]！", "丙[开源]？"]
        );
    }

    #[test]
    fn left_context_is_read_outward_from_the_hit() {
        let texts = ["甲乙开源", "乙甲开源"];
        let hit = |t: &str| t.find("开源").unwrap()..t.len();
        let mut lines: Vec<ConcordanceLine> = texts
            .iter()
            .enumerate()
            .map(|(doc, t)| ConcordanceLine {
                doc,
                term: 0,
                kwic: kwic(t, hit(t), 2),
            })
            .collect();
        sort_concordance(&mut lines, &texts[..], ConcordanceOrder::Left);
        // Read outward: 乙甲 (doc 0) and 甲乙 (doc 1); 乙 (U+4E59) < 甲 (U+7532).
        assert_eq!(lines.iter().map(|l| l.doc).collect::<Vec<_>>(), [0, 1]);
    }

    /// The documents of `texts` (one `开源` hit each, 5 characters of context, lines given in
    /// `docs` order) after sorting by left context.
    fn left_sorted_docs(texts: &[&str], docs: impl Iterator<Item = usize>) -> Vec<usize> {
        let mut lines: Vec<ConcordanceLine> = docs
            .map(|doc| {
                let t = texts[doc];
                ConcordanceLine {
                    doc,
                    term: 0,
                    kwic: kwic(t, t.find("开源").unwrap()..t.len(), 5),
                }
            })
            .collect();
        sort_concordance(&mut lines, texts, ConcordanceOrder::Left);
        lines.iter().map(|l| l.doc).collect()
    }

    #[test]
    fn a_shorter_context_sorts_before_a_longer_one_it_begins() {
        // Left contexts read outward: 甲 (doc 1, at the text's start) and 甲乙 (doc 0); the same
        // first character, then the end of doc 1's context, which sorts first.
        let texts = ["乙甲开源", "甲开源"];
        assert_eq!(left_sorted_docs(&texts, 0..2), [1, 0]);
    }

    #[test]
    fn folded_contexts_tie_and_keep_corpus_order() {
        // Ａ and a fold to the same character, as do 國 and 国: the lines tie and keep their order.
        let texts = ["国Ａ开源", "國a开源", "国Ａ开源"];
        assert_eq!(left_sorted_docs(&texts, (0..3).rev()), [0, 1, 2]);
    }

    #[test]
    fn orders_round_trip_through_urls() {
        for o in ConcordanceOrder::ALL {
            assert_eq!(ConcordanceOrder::parse(o.as_str()), Some(o));
        }
    }
}
