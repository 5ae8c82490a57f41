//! Finding a normalized term in a normalized text.
//!
//! A term matches wherever its normalized form occurs as a substring, with one rule for
//! words of spaced scripts: a term that starts with a letter or digit of Latin, Greek,
//! Cyrillic, … only matches at the start of such a word, so `ai` finds `AI发展` and `(AI)`
//! but not `OpenAI` or `said`, while `wiki` still finds `Wikipedia`. Chinese matches anywhere.
//! Occurrences are counted without overlap, left to right (`哈哈` occurs once in `哈哈哈`).

use super::fold::is_word_char;
use memchr::memmem::{FindIter, Finder};
use serde::{Deserialize, Serialize};

/// Bits in a [`CharFilter`].
const FILTER_BITS: u32 = 4096;

/// Which characters a text may contain: one bit per character hash, so a term with a
/// character whose bit is clear is not in the text and the text need not be scanned.
/// A 10,000-character Chinese article sets about a third of the bits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct CharFilter(Vec<u64>);

impl CharFilter {
    pub(crate) fn new(text: &str) -> CharFilter {
        let mut bits = vec![0u64; (FILTER_BITS / 64) as usize];
        for c in text.chars() {
            let (word, mask) = filter_bit(c);
            bits[word] |= mask;
        }
        CharFilter(bits)
    }
}

fn filter_bit(c: char) -> (usize, u64) {
    let h = (c as u32).wrapping_mul(0x9E37_79B1) >> (32 - FILTER_BITS.trailing_zeros());
    ((h / 64) as usize, 1 << (h % 64))
}

/// A compiled term.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    finder: Finder<'static>,
    /// The term starts with a word character, so it must start a word.
    word_start: bool,
    /// UTF-8 length of the term's first character (where to retry after a rejected match).
    first_len: usize,
    /// A rejected match may hide an overlapping valid one: the term starts a word and has a
    /// border (a proper prefix that is also a suffix, as `a-a`), so search on from just after
    /// the rejected start instead of after its end.
    retry_inside: bool,
    /// The [`CharFilter`] bits of the term's characters.
    bits: Vec<(usize, u64)>,
}

impl Matcher {
    /// Compiles a normalized, non-empty term.
    pub(crate) fn new(pattern: &str) -> Matcher {
        let first = pattern.chars().next();
        let bytes = pattern.as_bytes();
        let has_border = (1..bytes.len()).any(|k| bytes[..k] == bytes[bytes.len() - k..]);
        let word_start = first.is_some_and(is_word_char);
        Matcher {
            retry_inside: word_start && has_border,
            finder: Finder::new(pattern.as_bytes()).into_owned(),
            word_start,
            first_len: first.map_or(1, char::len_utf8),
            bits: pattern.chars().map(filter_bit).collect(),
        }
    }

    /// Whether the term may occur in a text with this filter (if not, it surely does not).
    pub(crate) fn may_occur(&self, filter: &CharFilter) -> bool {
        self.bits
            .iter()
            .all(|&(word, mask)| filter.0.get(word).is_some_and(|w| w & mask != 0))
    }

    /// Byte ranges of every occurrence in `hay`, in order, not overlapping.
    pub(crate) fn find_iter<'h>(&'h self, hay: &'h str) -> Matches<'h> {
        Matches {
            matcher: self,
            hay,
            pos: 0,
            iter: (!self.retry_inside).then(|| self.finder.find_iter(hay.as_bytes())),
        }
    }

    /// Whether the term starts with a word character, so it only matches at the start of a word.
    pub(crate) fn word_start(&self) -> bool {
        self.word_start
    }

    /// Whether a match at `at` starts a word, if the term has to.
    pub(crate) fn starts_word(&self, hay: &str, at: usize) -> bool {
        !self.word_start || !hay[..at].chars().next_back().is_some_and(is_word_char)
    }

    /// Whether the term occurs in `hay`.
    pub(crate) fn is_in(&self, hay: &str) -> bool {
        self.find_iter(hay).next().is_some()
    }

    fn len(&self) -> usize {
        self.finder.needle().len()
    }

    /// The normalized term's bytes.
    pub(crate) fn pattern(&self) -> &[u8] {
        self.finder.needle()
    }

    /// Whether the term occurs at byte `at` of `hay` (and starts a word there, if it must).
    pub(crate) fn matches_at(&self, hay: &str, at: usize) -> bool {
        self.len() > 0
            && hay
                .as_bytes()
                .get(at..)
                .is_some_and(|rest| rest.starts_with(self.pattern()))
            && self.starts_word(hay, at)
    }
}

/// The occurrences of a term in one text, see [`Matcher::find_iter`].
pub(crate) struct Matches<'h> {
    matcher: &'h Matcher,
    hay: &'h str,
    pos: usize,
    /// memchr's own iterator (it keeps its prefilter's state), unless a rejected match could
    /// hide an overlapping one.
    iter: Option<FindIter<'h, 'h>>,
}

impl Iterator for Matches<'_> {
    type Item = std::ops::Range<usize>;

    fn next(&mut self) -> Option<Self::Item> {
        let m = self.matcher;
        if m.len() == 0 {
            return None;
        }
        if let Some(iter) = &mut self.iter {
            let hay = self.hay;
            return iter.find(|&at| m.starts_word(hay, at)).map(|at| at..at + m.len());
        }
        while self.pos <= self.hay.len() {
            let at = self.pos + m.finder.find(self.hay.as_bytes().get(self.pos..)?)?;
            if m.starts_word(self.hay, at) {
                self.pos = at + m.len();
                return Some(at..at + m.len());
            }
            self.pos = at + m.first_len;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(pattern: &str, hay: &str) -> Vec<usize> {
        Matcher::new(pattern).find_iter(hay).map(|r| r.start).collect()
    }

    #[test]
    fn chinese_matches_inside_words() {
        assert_eq!(starts("排序", "快速排序"), [6]);
    }

    #[test]
    fn a_chinese_term_matches_across_word_boundaries() {
        assert_eq!(starts("段简", "一段简短的话"), [3]);
    }

    #[test]
    fn a_single_character_matches() {
        assert_eq!(starts("源", "开源与闭源"), [3, 12]);
    }

    #[test]
    fn a_latin_term_matches_at_the_start_of_a_word() {
        assert_eq!(starts("deep", "deepseek的 deep learning"), [0, 12]);
    }

    #[test]
    fn a_latin_term_does_not_match_inside_a_word() {
        assert_eq!(starts("ai", "openai said ai发展(ai)"), [12, 21]);
    }

    #[test]
    fn a_latin_term_matches_right_after_chinese() {
        assert_eq!(starts("r1", "模型r1和v3"), [6]);
    }

    #[test]
    fn digits_start_numbers_only() {
        assert_eq!(starts("17%", "2017%跌17%"), [8]);
    }

    #[test]
    fn a_rejected_match_does_not_hide_an_overlapping_one() {
        assert_eq!(starts("a-a", "xa-a-a"), [3]);
    }

    #[test]
    fn a_rejected_match_of_a_term_without_border_is_skipped() {
        assert_eq!(starts("ab", "xab ab"), [4]);
    }

    #[test]
    fn occurrences_do_not_overlap() {
        assert_eq!(starts("哈哈", "哈哈哈哈哈"), [0, 6]);
    }

    #[test]
    fn the_filter_passes_terms_whose_characters_occur() {
        let f = CharFilter::new("英伟达的股价");
        assert!(Matcher::new("股价").may_occur(&f) && Matcher::new("达的").may_occur(&f));
    }

    #[test]
    fn the_filter_rejects_a_term_with_a_missing_character() {
        let f = CharFilter::new("英伟达的股价");
        assert!(!Matcher::new("量子").may_occur(&f));
    }

    #[test]
    fn is_in_tells_presence() {
        assert!(Matcher::new("国运").is_in("这是国运级别的"));
        assert!(!Matcher::new("国运").is_in("国 运"));
    }
}
