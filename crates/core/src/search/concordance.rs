//! Concordance: every hit across the corpus in its context, sortable by what precedes or
//! follows it.

use super::fold::{Folded, Folder};
use super::hit::SearchResult;
use super::snippet::{kwic, Kwic};
use crate::model::{Article, Corpus};
use crate::sorting::{reorder, sort_by};
use serde::{Deserialize, Serialize};
use strum::{EnumCount, EnumString, IntoStaticStr, VariantArray};

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
#[derive(EnumString, IntoStaticStr, VariantArray, EnumCount)]
#[strum(serialize_all = "lowercase")]
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
    /// All orders, in the order the page offers them: their declaration order.
    pub const ALL: [ConcordanceOrder; ConcordanceOrder::COUNT] =
        *Self::VARIANTS.first_chunk().expect("one per variant");

    /// The order's name in URLs: the variant's name in lower case (derived).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The order named in a URL; unknown names give `None`.
    pub fn parse(s: &str) -> Option<ConcordanceOrder> {
        s.parse().ok()
    }
}

/// Every text hit of `results` with `context_chars` characters each side, in the order of
/// `results` and then of the text.
pub fn concordance<T: DocTexts + ?Sized>(
    results: &[SearchResult],
    texts: &T,
    context_chars: usize,
) -> Vec<ConcordanceLine> {
    let mut lines = Vec::with_capacity(results.iter().map(|r| r.hits.len()).sum());
    for r in results {
        let text = texts.doc_text(r.doc);
        lines.extend(r.hits.iter().map(|h| ConcordanceLine {
            doc: r.doc,
            term: h.term,
            kwic: kwic(text, h.range.clone(), context_chars),
        }));
    }
    lines
}

/// Sorts concordance lines. Contexts are compared character by character after folding
/// (case, width, traditional/simplified), by code point; ties keep corpus order.
pub fn sort_concordance<T: DocTexts + ?Sized>(lines: &mut [ConcordanceLine], texts: &T, order: ConcordanceOrder) {
    if order == ConcordanceOrder::Position {
        lines.sort_by_key(|l| (l.doc, l.kwic.hit.start));
        return;
    }
    // One key per line: the three parts folded, in the order's priority, each ended by U+0000
    // (below every character, so a shorter part sorts first, as in a tuple of strings), in
    // UTF-8: comparing UTF-8 bytes (one `memcmp`) orders like comparing the characters. All
    // keys share one buffer, and their first 8 bytes, packed into a number, settle most
    // comparisons.
    let mut out = KeyWriter {
        keys: Vec::with_capacity(lines.len() * 64),
        buf: [0; 96],
        len: 0,
        folder: Folder::new(),
    };
    let mut spans: Vec<Span> = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        let text = texts.doc_text(l.doc);
        let parts = [l.kwic.left_str(text), l.kwic.hit_str(text), l.kwic.right_str(text)];
        out.line(i, parts, order, &mut spans);
    }
    let keys = out.keys;
    let key = |s: &Span| &keys[s.start as usize..s.end as usize];
    // By key first; lines with equal keys (common: a phrase quoted in many articles) then
    // go in corpus order, compared by position only.
    spans.sort_unstable_by(|a, b| a.prefix.cmp(&b.prefix).then_with(|| key(a).cmp(key(b))));
    let mut group: Vec<(usize, usize, u32)> = Vec::new();
    let mut from = 0;
    while from < spans.len() {
        let first = &spans[from];
        let to = from
            + 1
            + spans[from + 1..]
                .iter()
                .take_while(|s| s.prefix == first.prefix && key(s) == key(first))
                .count();
        if to - from > 1 {
            group.clear();
            group.extend(spans[from..to].iter().map(|s| {
                let l = &lines[s.line as usize];
                (l.doc, l.kwic.hit.start, s.line)
            }));
            sort_by(&mut group, Ord::cmp);
            for (s, &(_, _, line)) in spans[from..to].iter_mut().zip(&group) {
                s.line = line; // the keys are equal: only the lines change places
            }
        }
        from = to;
    }
    reorder(lines, spans.into_iter().map(|s| s.line as usize).collect());
}

/// A line's sort key: its first bytes as a number, where the rest lies in the shared buffer,
/// and the line's index.
struct Span {
    prefix: u64,
    start: u32,
    end: u32,
    line: u32,
}

/// Writes keys: folded characters in UTF-8, gathered in a small buffer and appended to
/// `keys` a buffer at a time.
struct KeyWriter {
    keys: Vec<u8>,
    buf: [u8; 96],
    len: usize,
    folder: Folder,
}

impl KeyWriter {
    /// Writes the key of line `line` from its parts (left context, hit, right context) and
    /// records where it is.
    fn line(&mut self, line: usize, [left, hit, right]: [&str; 3], order: ConcordanceOrder, spans: &mut Vec<Span>) {
        let start = self.keys.len();
        if order == ConcordanceOrder::Left {
            self.folded_rev(left);
            self.char('\0');
            self.folded(hit);
            self.char('\0');
            self.folded(right);
        } else {
            self.folded(hit);
            self.char('\0');
            self.folded(right);
            self.char('\0');
            self.folded_rev(left);
        }
        self.flush();
        let key = &self.keys[start..];
        let mut head = [0u8; 8];
        let first = &key[..key.len().min(8)];
        head[..first.len()].copy_from_slice(first);
        spans.push(Span {
            // Zeros past a key's end never order it after a key it is a prefix of.
            prefix: u64::from_be_bytes(head),
            start: start as u32,
            end: self.keys.len() as u32,
            line: line as u32,
        });
    }

    /// Appends a character in UTF-8.
    #[inline(always)]
    fn char(&mut self, c: char) {
        if self.len + 4 > self.buf.len() {
            self.flush();
        }
        // All four bytes are written (one store each), and the length moves on by the
        // character's length.
        let (bytes, len) = utf8(c);
        let [a, b, c, d] = bytes.to_le_bytes();
        let at = self.len;
        self.buf[at] = a;
        self.buf[at + 1] = b;
        self.buf[at + 2] = c;
        self.buf[at + 3] = d;
        self.len = at + len;
    }

    /// Appends a character, folded.
    #[inline(always)]
    fn fold(&mut self, c: char) {
        match self.folder.fold(c) {
            Folded::Same => self.char(c),
            Folded::One(f) => self.char(f),
            Folded::Many(s) => s.chars().for_each(|f| self.char(f)),
        }
    }

    /// Appends the characters of `s`, folded.
    fn folded(&mut self, s: &str) {
        let bytes = s.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let (c, len) = decode(bytes, at);
            self.fold(c);
            at += len;
        }
    }

    /// Appends the characters of `s` from last to first, folded.
    fn folded_rev(&mut self, s: &str) {
        let bytes = s.as_bytes();
        let mut end = bytes.len();
        while end > 0 {
            let mut at = end - 1;
            while bytes[at] & 0xC0 == 0x80 {
                at -= 1;
            }
            self.fold(decode(bytes, at).0);
            end = at;
        }
    }

    fn flush(&mut self) {
        self.keys.extend_from_slice(&self.buf[..self.len]);
        self.len = 0;
    }
}

/// A character's UTF-8 bytes, the first in the lowest byte, and how many there are.
#[inline(always)]
fn utf8(c: char) -> (u32, usize) {
    let cp = c as u32;
    let tail = |shift: u32| 0x80 | ((cp >> shift) & 0x3F);
    match cp {
        0..=0x7F => (cp, 1),
        0x80..=0x7FF => (0xC0 | (cp >> 6) | tail(0) << 8, 2),
        0x800..=0xFFFF => (0xE0 | (cp >> 12) | tail(6) << 8 | tail(0) << 16, 3),
        _ => (0xF0 | (cp >> 18) | tail(12) << 8 | tail(6) << 16 | tail(0) << 24, 4),
    }
}

/// The character starting at byte `at` of UTF-8 text, and its length in bytes.
#[inline(always)]
fn decode(bytes: &[u8], at: usize) -> (char, usize) {
    let b = bytes[at];
    if b < 0x80 {
        return (char::from(b), 1);
    }
    let (len, mut cp) = match b {
        0xC0..=0xDF => (2, u32::from(b & 0x1F)),
        0xE0..=0xEF => (3, u32::from(b & 0x0F)),
        _ => (4, u32::from(b & 0x07)),
    };
    for &next in &bytes[at + 1..at + len] {
        cp = (cp << 6) | u32::from(next & 0x3F);
    }
    (char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER), len)
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
    fn utf8_writes_the_bytes_of_every_character() {
        for c in (0..=0x10FFFF)
            .step_by(7)
            .chain([0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF])
        {
            let Some(c) = char::from_u32(c) else { continue };
            let (bytes, len) = utf8(c);
            assert_eq!(
                &bytes.to_le_bytes()[..len],
                c.encode_utf8(&mut [0; 4]).as_bytes(),
                "{c:?}"
            );
            assert_eq!(decode(c.encode_utf8(&mut [0; 4]).as_bytes(), 0), (c, len));
        }
    }

    #[test]
    fn orders_round_trip_through_urls() {
        for o in ConcordanceOrder::ALL {
            assert_eq!(ConcordanceOrder::parse(o.as_str()), Some(o));
        }
    }
}
