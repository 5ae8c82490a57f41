//! Normalized text: folded characters, whitespace kept only where it separates words, and a
//! map back to byte offsets in the original.
//!
//! Rules, applied identically to article text and to query terms:
//! - every character is folded ([`super::fold`]): NFKC, lower case, simplified, one form per
//!   punctuation mark (full-width: `,` and `，` are both `，`, `"` and `“` are both `＂`);
//! - a run of whitespace between two word characters (Latin, Greek, Cyrillic letters and
//!   digits) becomes one space; anywhere else (between Chinese characters, next to
//!   punctuation, at either end) it is dropped, so `标志性 事件` reads `标志性事件` and
//!   `Wikipedia 引发` reads `wikipedia引发`;
//! - in article text, a run of whitespace with a blank line in it (a block boundary) becomes
//!   `\n` (`\n\n` if it is exactly that), which no query term contains, so no match spans
//!   two blocks.
//!
//! The map keeps one piece per stretch where every character folds to a character of the same
//! UTF-8 length (most of a Chinese text, whose punctuation is already full-width); every other
//! character or whitespace run is a piece of its own, so a match that starts or ends inside it
//! covers all of it.

use super::fold::{is_word_char, Folded, Folder};
use super::hit::Hit;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A normalized text and the map from its bytes back to the original text's bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NormalizedText {
    text: String,
    pieces: Vec<Piece>,
}

/// Only the first 64 MB of a text are searched (offsets are `u32` with a flag bit, and one
/// character can expand to 18 when normalized; the ingest cuts seeds at 2 MB).
const MAX_SOURCE: usize = 64 << 20;

/// The flag bit in [`Piece::src_end`] marking a byte-aligned piece.
const ALIGNED: u32 = 1 << 31;

/// A stretch of the normalized text and the original bytes it came from (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Piece {
    /// Where the stretch starts in the normalized text; it ends where the next piece starts.
    norm: u32,
    /// Where the original bytes start.
    src: u32,
    /// Where they end, with [`ALIGNED`] set if normalized offset `norm + k` is original
    /// offset `src + k` (every character folded to one of the same UTF-8 length).
    src_end: u32,
}

impl Piece {
    fn aligned(self) -> bool {
        self.src_end & ALIGNED != 0
    }

    fn end(self) -> u32 {
        self.src_end & !ALIGNED
    }
}

impl NormalizedText {
    /// Normalizes an article text (or title): whitespace with a blank line in it becomes `\n`.
    pub fn new(source: &str) -> Self {
        let source = &source[..floor_boundary(source, MAX_SOURCE)];
        let mut out = NormalizedText {
            text: String::with_capacity(source.len()),
            pieces: Vec::new(),
        };
        normalize_with::<true>(source, true, &mut out);
        out
    }

    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original byte range that a normalized byte range (on char boundaries) came from.
    /// Both ends land on char boundaries of the original; a range ending inside a character
    /// that was expanded (`㈱` to `（株）`) covers the whole original character. Offsets past
    /// the end map to the end.
    pub fn source_range(&self, norm: Range<usize>) -> Range<usize> {
        if self.pieces.is_empty() {
            return 0..0;
        }
        let start = self.source_offset(norm.start, false);
        let end = if norm.end > norm.start {
            self.source_offset(norm.end, true)
        } else {
            start
        };
        start..end.max(start)
    }

    /// The original byte ranges of normalized byte ranges sorted by start and by end (as the
    /// occurrences of one term are), like [`NormalizedText::source_range`] but walking the
    /// map once from left to right: much faster for many ranges in a large corpus.
    pub fn source_ranges<'a>(
        &'a self,
        norm: impl IntoIterator<Item = Range<usize>> + 'a,
    ) -> impl Iterator<Item = Range<usize>> + 'a {
        let mut cursor = 0;
        norm.into_iter().map(move |r| {
            if self.pieces.is_empty() {
                return 0..0;
            }
            let (start, next) = self.source_offset_from(r.start, false, cursor);
            cursor = next;
            let end = if r.end > r.start {
                self.source_offset_from(r.end, true, next).0
            } else {
                start
            };
            start..end.max(start)
        })
    }

    /// Appends a [`Hit`] for `term` with the original byte range of each normalized range
    /// `s..s + len`, `s` in `starts` (ascending, as a term's occurrences are): the same ranges
    /// as [`NormalizedText::source_ranges`] gives, in one walk over the map. Ranges that lie
    /// inside one byte-aligned piece (most of them) are shifted by the piece's offset in a
    /// tight loop.
    pub(crate) fn push_hits(&self, starts: &[u32], len: usize, term: usize, hits: &mut Vec<Hit>) {
        let pieces = &self.pieces[..];
        if pieces.is_empty() {
            hits.extend(starts.iter().map(|_| Hit { range: 0..0, term }));
            return;
        }
        // The piece holding the last start, and where the next piece starts.
        let mut i = 0;
        let mut next = pieces.get(1).map_or(u32::MAX, |p| p.norm);
        let mut rest = starts;
        while let Some((&pos, after)) = rest.split_first() {
            if pos >= next {
                i = self.piece_holding(pos, i);
                next = pieces.get(i + 1).map_or(u32::MAX, |p| p.norm);
            }
            let p = pieces[i];
            if p.aligned() && len > 0 {
                // The starts whose whole range lies in this piece.
                let inside = rest
                    .iter()
                    .take_while(|&&s| u64::from(s) + len as u64 <= u64::from(next))
                    .count();
                if inside > 0 {
                    let (norm, src, src_end) = (p.norm, p.src, p.end());
                    hits.extend(rest[..inside].iter().map(|&s| {
                        let start = src.saturating_add(s - norm).min(src_end);
                        let end = src.saturating_add(s + len as u32 - norm).min(src_end);
                        Hit {
                            range: start as usize..end.max(start) as usize,
                            term,
                        }
                    }));
                    rest = &rest[inside..];
                    continue;
                }
            }
            let start = if p.aligned() {
                p.src.saturating_add(pos - p.norm.min(pos)).min(p.end())
            } else {
                p.src
            };
            let end = if len == 0 {
                start
            } else {
                let end = u32::try_from(pos as usize + len).unwrap_or(u32::MAX);
                let probe = end - 1;
                let q = if probe < next {
                    p
                } else {
                    pieces[self.piece_holding(probe, i)]
                };
                if q.aligned() {
                    q.src.saturating_add(end - q.norm.min(end)).min(q.end())
                } else {
                    q.end()
                }
            };
            hits.push(Hit {
                range: start as usize..end.max(start) as usize,
                term,
            });
            rest = after;
        }
    }

    /// The last piece starting at or before `probe`, looking from piece `from` on.
    fn piece_holding(&self, probe: u32, from: usize) -> usize {
        let mut i = from.min(self.pieces.len() - 1);
        // Walk a few pieces forward (the next range is usually near), then binary-search.
        for _ in 0..8 {
            match self.pieces.get(i + 1) {
                Some(next) if next.norm <= probe => i += 1,
                _ => return i,
            }
        }
        if self.pieces.get(i + 1).is_some_and(|next| next.norm <= probe) {
            i += self.pieces[i..].partition_point(|p| p.norm <= probe) - 1;
        }
        i
    }

    fn source_offset(&self, pos: usize, is_end: bool) -> usize {
        self.source_offset_from(pos, is_end, 0).0
    }

    /// The original offset for normalized offset `pos`, looking at pieces from `from` on
    /// (`from` must not be past the piece holding `pos`); also returns the piece used.
    fn source_offset_from(&self, pos: usize, is_end: bool, from: usize) -> (usize, usize) {
        let pos = u32::try_from(pos).unwrap_or(u32::MAX);
        // The piece holding the byte at `pos` (a start) or at `pos - 1` (an end).
        let probe = if is_end { pos.saturating_sub(1) } else { pos };
        let i = self.piece_holding(probe, from);
        let p = self.pieces[i];
        let off = if p.aligned() {
            p.src.saturating_add(pos - p.norm.min(pos)).min(p.end())
        } else if is_end {
            p.end()
        } else {
            p.src
        };
        (off as usize, i)
    }

    fn push(&mut self, c: char, src: Range<usize>, aligned: bool) {
        let norm = self.text.len() as u32;
        let (s, e) = (src.start as u32, src.end as u32);
        let extend = match self.pieces.last_mut() {
            Some(last) if aligned && last.aligned() && last.end() == s => {
                last.src_end = e | ALIGNED;
                true
            }
            // More characters from the same expanded original character.
            Some(last) if !aligned && !last.aligned() && last.src == s && last.end() == e => true,
            _ => false,
        };
        if !extend {
            self.pieces.push(Piece {
                norm,
                src: s,
                src_end: if aligned { e | ALIGNED } else { e },
            });
        }
        self.text.push(c);
    }
}

fn floor_boundary(s: &str, pos: usize) -> usize {
    let mut p = pos.min(s.len());
    while !s.is_char_boundary(p) {
        p -= 1;
    }
    p
}

/// Normalizes a query term: no block boundaries, and no leading or trailing space.
pub fn normalize_term(term: &str) -> String {
    let mut out = String::new();
    normalize_with::<true>(term, false, &mut out);
    out
}

/// Where normalized characters go.
trait Sink {
    /// One character, the original byte range it stands for, and whether it is byte-aligned
    /// with it.
    fn put(&mut self, c: char, src: Range<usize>, aligned: bool);
    /// Characters that are their own fold (so byte-aligned), from original offset `at` on.
    fn put_run(&mut self, run: &str, at: usize);
}

impl Sink for NormalizedText {
    fn put(&mut self, c: char, src: Range<usize>, aligned: bool) {
        self.push(c, src, aligned);
    }

    fn put_run(&mut self, run: &str, at: usize) {
        let (s, e) = (at as u32, (at + run.len()) as u32);
        match self.pieces.last_mut() {
            Some(last) if last.aligned() && last.end() == s => last.src_end = e | ALIGNED,
            _ => self.pieces.push(Piece {
                norm: self.text.len() as u32,
                src: s,
                src_end: e | ALIGNED,
            }),
        }
        self.text.push_str(run);
    }
}

impl Sink for String {
    fn put(&mut self, c: char, _: Range<usize>, _: bool) {
        self.push(c);
    }

    fn put_run(&mut self, run: &str, _: usize) {
        self.push_str(run);
    }
}

/// Runs the normalization over `source`, handing each output character to `out` with the
/// original byte range it stands for and whether it is byte-aligned with it. Characters that
/// fold to themselves and are not whitespace (most of a Chinese text) go out in runs, copied
/// as they are: an article is normalized about four times faster than a character at a time.
/// (`RUNS` false: a character at a time, to test the runs against.)
fn normalize_with<const RUNS: bool>(source: &str, blocks: bool, out: &mut impl Sink) {
    let folder = Folder::new();
    let mut state = State::default();
    let mut i = 0;
    while let Some(c) = source[i..].chars().next() {
        let src = i..i + c.len_utf8();
        i = src.end;
        match folder.fold(c) {
            Folded::Same if RUNS && !c.is_whitespace() => {
                state.put(c, src, true, blocks, out);
                let rest = &source[i..];
                let run = rest
                    .char_indices()
                    .find(|&(_, c)| !folder.is_plain(c))
                    .map_or(rest.len(), |(at, _)| at);
                if run > 0 {
                    out.put_run(&rest[..run], i);
                    state.last = rest[..run].chars().next_back();
                    i += run;
                }
            }
            Folded::Same => state.put(c, src, true, blocks, out),
            Folded::One(o) => state.put(o, src, o.len_utf8() == c.len_utf8(), blocks, out),
            Folded::Many(s) => {
                for o in s.chars() {
                    state.put(o, src.clone(), false, blocks, out);
                }
            }
        }
    }
}

#[derive(Default)]
struct State {
    /// The last character emitted.
    last: Option<char>,
    /// Whitespace seen since then: original range and how many line feeds it has.
    space: Option<(Range<usize>, usize)>,
}

impl State {
    fn put(&mut self, c: char, src: Range<usize>, aligned: bool, blocks: bool, out: &mut impl Sink) {
        if c.is_whitespace() {
            let lf = usize::from(c == '\n');
            self.space = Some(match self.space.take() {
                Some((r, n)) => (r.start..src.end, n + lf),
                None => (src, lf),
            });
            return;
        }
        if let (Some((r, lf)), Some(last)) = (self.space.take(), self.last) {
            if blocks && lf >= 2 {
                // Byte-aligned when the separator is exactly a blank line, as between blocks.
                if r.len() == 2 {
                    out.put('\n', r.start..r.start + 1, true);
                    out.put('\n', r.start + 1..r.end, true);
                } else {
                    out.put('\n', r, false);
                }
            } else if is_word_char(last) && is_word_char(c) {
                let single = r.len() == 1;
                out.put(' ', r, single);
            }
        }
        out.put(c, src, aligned);
        self.last = Some(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        NormalizedText::new(s).as_str().to_string()
    }

    #[test]
    fn whitespace_between_chinese_characters_is_dropped() {
        assert_eq!(norm("标志性 事件"), "标志性事件");
    }

    #[test]
    fn whitespace_between_latin_words_becomes_one_space() {
        assert_eq!(norm("Scaling \t Law"), "scaling law");
    }

    #[test]
    fn whitespace_between_latin_and_chinese_is_dropped() {
        assert_eq!(norm("为什么 DeepSeek 会"), "为什么deepseek会");
    }

    #[test]
    fn whitespace_next_to_punctuation_is_dropped() {
        assert_eq!(norm("暴跌 17%，"), "暴跌17％，");
    }

    #[test]
    fn leading_and_trailing_whitespace_is_dropped() {
        assert_eq!(norm("  DeepSeek  "), "deepseek");
    }

    #[test]
    fn a_blank_line_becomes_a_block_separator() {
        assert_eq!(norm("第一段。\n\n第二段"), "第一段。\n\n第二段");
    }

    #[test]
    fn a_longer_blank_stretch_becomes_one_separator() {
        assert_eq!(norm("第一段。\n \n\n第二段"), "第一段。\n第二段");
    }

    #[test]
    fn a_single_line_break_is_ordinary_whitespace() {
        assert_eq!(norm("open\nai"), "open ai");
    }

    #[test]
    fn terms_never_contain_block_separators() {
        assert_eq!(normalize_term(" 第一段\n\n第二段 "), "第一段第二段");
    }

    #[test]
    fn terms_keep_single_spaces_between_words() {
        assert_eq!(normalize_term("Open   AI"), "open ai");
    }

    #[test]
    fn plain_chinese_text_is_one_aligned_piece() {
        let n = NormalizedText::new("英伟达的股价，“大跌”（17％）。\n\n下一段");
        assert_eq!(n.pieces.len(), 1);
        assert_eq!(n.source_range(3..9), 3..9);
    }

    #[test]
    fn a_range_after_a_dropped_space_maps_past_it() {
        let src = "标志性 事件";
        let n = NormalizedText::new(src);
        let r = n.source_range(9..15);
        assert_eq!(&src[r], "事件");
    }

    #[test]
    fn a_range_spanning_a_dropped_space_covers_it() {
        let src = "标志性 事件";
        let n = NormalizedText::new(src);
        assert_eq!(&src[n.source_range(6..12)], "性 事");
    }

    #[test]
    fn a_range_over_full_width_letters_maps_to_whole_characters() {
        let src = "新ＤｅｅｐＳｅｅｋ模型";
        let n = NormalizedText::new(src);
        assert_eq!(n.as_str(), "新deepseek模型");
        assert_eq!(&src[n.source_range(3..11)], "ＤｅｅｐＳｅｅｋ");
    }

    #[test]
    fn a_range_inside_an_expanded_character_covers_the_character() {
        let src = "甲㈱乙";
        let n = NormalizedText::new(src);
        assert_eq!(n.as_str(), "甲（株）乙");
        // Just 株, inside the expansion of ㈱.
        assert_eq!(&src[n.source_range(6..9)], "㈱");
    }

    #[test]
    fn curly_quotes_map_back_to_themselves() {
        let src = "“iPhone”时刻";
        let n = NormalizedText::new(src);
        assert_eq!(n.as_str(), "＂iphone＂时刻");
        assert_eq!(&src[n.source_range(0..12)], "“iPhone”");
    }

    #[test]
    fn ascii_punctuation_maps_back_to_itself() {
        let src = "暴跌17%。";
        let n = NormalizedText::new(src);
        assert_eq!(&src[n.source_range(6..11)], "17%");
    }

    #[test]
    fn runs_give_what_a_character_at_a_time_gives() {
        // 20,000 strings drawn from characters that fold to themselves, that change, expand,
        // vanish or are whitespace, with a fixed-seed generator; plus the real seeds.
        let pool: Vec<char> =
            "国运开源蒸馏的，。“”DeepSeekAI ai \n\n\t\u{3000}\u{a0}㈱ＤＳ①%-/國運\u{200b}\u{feff}é𠀀😀"
                .chars()
                .collect();
        let mut seed = 0x5eed_u64;
        let mut texts: Vec<String> = (0..20_000)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let len = (seed >> 58) as usize;
                (0..len)
                    .map(|k| pool[((seed >> (k % 48)) as usize).wrapping_mul(k + 1) % pool.len()])
                    .collect()
            })
            .collect();
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        texts.extend(
            std::fs::read_dir(seeds)
                .unwrap()
                .filter_map(|f| std::fs::read_to_string(f.ok()?.path()).ok()),
        );
        for text in &texts {
            let mut one_at_a_time = NormalizedText::default();
            normalize_with::<false>(text, true, &mut one_at_a_time);
            assert_eq!(NormalizedText::new(text), one_at_a_time, "{text:?}");
            let mut term = String::new();
            normalize_with::<false>(text, false, &mut term);
            assert_eq!(normalize_term(text), term, "{text:?}");
        }
    }

    #[test]
    fn walking_many_ranges_agrees_with_one_at_a_time() {
        let src = "“DeepSeek” 的 崛起，标志性 事件㈱。\n\nOpen  AI，ＤｅｅｐＳｅｅｋ";
        let n = NormalizedText::new(src);
        let bounds: Vec<usize> = n
            .as_str()
            .char_indices()
            .map(|(i, _)| i)
            .chain([n.as_str().len()])
            .collect();
        let ranges: Vec<Range<usize>> = bounds.windows(2).map(|w| w[0]..w[1]).collect();
        let walked: Vec<Range<usize>> = n.source_ranges(ranges.clone()).collect();
        let single: Vec<Range<usize>> = ranges.into_iter().map(|r| n.source_range(r)).collect();
        assert_eq!(walked, single);
    }

    #[test]
    fn pushed_hits_agree_with_walking_the_ranges() {
        let src = "“DeepSeek” 的 崛起，标志性 事件㈱。\n\nOpen  AI，ＤｅｅｐＳｅｅｋ…的的";
        let n = NormalizedText::new(src);
        let bounds: Vec<u32> = n.as_str().char_indices().map(|(i, _)| i as u32).collect();
        for len in 0..12 {
            for step in 1..4 {
                let starts: Vec<u32> = bounds.iter().copied().step_by(step).collect();
                let mut hits = Vec::new();
                n.push_hits(&starts, len, 7, &mut hits);
                let walked: Vec<Range<usize>> = n
                    .source_ranges(starts.iter().map(|&s| s as usize..s as usize + len))
                    .collect();
                assert_eq!(
                    hits.iter().map(|h| h.range.clone()).collect::<Vec<_>>(),
                    walked,
                    "{len} {step}"
                );
                assert!(hits.iter().all(|h| h.term == 7));
            }
        }
        let mut hits = Vec::new();
        NormalizedText::new("").push_hits(&[0, 0], 3, 0, &mut hits);
        assert_eq!(hits.iter().map(|h| h.range.clone()).collect::<Vec<_>>(), [0..0, 0..0]);
    }

    #[test]
    fn a_range_past_the_end_maps_to_the_end() {
        let src = "英伟达";
        assert_eq!(NormalizedText::new(src).source_range(3..usize::MAX), 3..9);
    }

    #[test]
    fn an_empty_text_maps_to_an_empty_range() {
        assert_eq!(NormalizedText::new("").source_range(0..0), 0..0);
    }
}
