//! Which script a character belongs to: the one home of the character-class rules the
//! ingest, the figure scanner and the search share. A leaf: it uses nothing of the crate.
//!
//! Two different questions, two functions:
//! - `is_han`: a Han (Chinese) character, the ideographs only (the CJK Unified Ideographs,
//!   extensions A to G, and the compatibility ideographs). The ingest joins stray spaces
//!   between two of them, the word segmentation keeps single ones as words, the figure
//!   scanner reads `多` before one as part of the text, not of a number;
//! - [`is_cjk`]: wider, every Chinese, Japanese and Korean character or symbol (kana,
//!   Hangul, CJK punctuation and full-width forms included): the search needs no space
//!   around one of them.
//!
//! And `is_cjk_punct` (feature `ingest`), CJK and full-width punctuation, around which the ingest drops spaces.

/// Whether `c` is a Han (Chinese) character: U+3400–4DBF, U+4E00–9FFF, U+F900–FAFF and
/// U+20000–3134F.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Chinese, Japanese and Korean characters and symbols: no spaces are needed around them.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}' | '\u{3000}'..='\u{9FFF}' | '\u{A960}'..='\u{A97F}' | '\u{AC00}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF66}'..='\u{FFDC}' | '\u{20000}'..='\u{3FFFF}')
}

#[cfg(feature = "ingest")]
/// Whether `c` is CJK or full-width punctuation (，。（）《》、 and the like).
pub(crate) fn is_cjk_punct(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFE30..=0xFE4F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20
        | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_is_the_ideographs_only() {
        assert!(is_han('国') && is_han('㐀') && is_han('\u{20000}') && is_han('\u{3134F}'));
        assert!(!is_han('。') && !is_han('あ') && !is_han('한') && !is_han('a') && !is_han('\u{31350}'));
    }

    #[test]
    fn cjk_is_wider_than_han() {
        assert!(is_cjk('国') && is_cjk('あ') && is_cjk('한') && is_cjk('。'));
        assert!(!is_cjk('a') && !is_cjk('é'));
    }

    #[test]
    #[cfg(feature = "ingest")]
    fn cjk_punctuation_is_not_han() {
        assert!(is_cjk_punct('，') && is_cjk_punct('《') && is_cjk_punct('（'));
        assert!(!is_cjk_punct('国') && !is_cjk_punct(','));
    }
}
