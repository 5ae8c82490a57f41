//! What one jieba token counts as: zero or more words, the same rule at build time (the word
//! statistics, [`crate::ingest::segment`]) and in the page (the corpus tools, from the token
//! lengths the build stored: [`super::tokens`]).
//!
//! - a token with Han characters that is all letters is one word, lower-cased (`开源`, `A股` →
//!   `a股`; ASCII letters only: other scripts keep their case);
//! - otherwise the token's alphanumeric runs are its words, lower-cased (`GPT-4o` →
//!   `gpt`, `4o`), except pure numbers (`2025`, `99`) and single Latin letters;
//! - punctuation, symbols and whitespace are no word, nor a token of Chinese numerals alone
//!   (`五万`, `两千`: numbers, as digits are).
//!
//! Full-width ASCII is read as ASCII first ([`fold_width`]: `ＡＩ` is `ai`), as the build does to
//! the whole text before cutting it.

use crate::script::is_han;
use std::ops::Range;

/// One jieba token as zero or more words (see the module documentation).
pub fn normalise(token: &str) -> Vec<String> {
    normalise_parts(token).into_iter().map(|(_, word)| word).collect()
}

/// [`normalise`] with the byte range in `token` each word comes from, so that a token of two
/// words (`GPT-4o`) gives two positions in the text.
pub fn normalise_parts(token: &str) -> Vec<(Range<usize>, String)> {
    if !token.is_empty() && token.chars().all(is_chinese_numeral) {
        return Vec::new();
    }
    // ASCII case only: Latin words in Chinese news are ASCII (full-width ones are folded to it
    // first), and the page need not carry Unicode's case tables for this.
    let folded = |s: &str| -> String { s.chars().map(|c| fold_width(c).to_ascii_lowercase()).collect() };
    if token.chars().any(is_han) {
        let word = token.trim();
        if word.chars().all(|c| fold_width(c).is_alphanumeric()) {
            let start = token.len() - token.trim_start().len();
            return vec![(start..start + word.len(), folded(word))];
        }
        // Mixed Han and symbols (rare): keep the alphanumeric runs.
    }
    let mut out = Vec::new();
    let mut run: Option<usize> = None;
    let mut push = |range: Range<usize>| {
        let part = &token[range.clone()];
        let numeric = part.chars().all(|c| fold_width(c).is_numeric());
        let single_latin = part.chars().count() == 1 && !part.chars().any(is_han);
        if !numeric && !single_latin {
            out.push((range, folded(part)));
        }
    };
    for (i, c) in token.char_indices() {
        match (fold_width(c).is_alphanumeric(), run) {
            (true, None) => run = Some(i),
            (false, Some(start)) => {
                push(start..i);
                run = None;
            }
            _ => {}
        }
    }
    if let Some(start) = run {
        push(start..token.len());
    }
    out
}

/// Whether `token` is one word that is itself, unchanged (all Han letters, as most Chinese
/// tokens are): [`normalise`] would return it as it is, so a caller may skip the allocation.
pub fn is_plain_han_word(token: &str) -> bool {
    !token.is_empty()
        && token
            .chars()
            .all(|c| is_han(c) && c.is_alphanumeric() && !c.is_uppercase())
        && !token.chars().all(is_chinese_numeral)
}

/// A character of the Chinese numerals (`〇` to `亿`), which spell numbers as digits do: a
/// token of them alone is a number, no word.
fn is_chinese_numeral(c: char) -> bool {
    "零〇一二两三四五六七八九十百千万亿".contains(c)
}

/// Full-width ASCII (`ＡＩ`, `１７`) to ASCII; anything else unchanged.
pub fn fold_width(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_words_are_themselves() {
        assert_eq!(normalise("开源"), ["开源"]);
        assert!(is_plain_han_word("开源"));
        assert!(!is_plain_han_word("A股") && !is_plain_han_word("，") && !is_plain_han_word(""));
        assert_eq!(normalise("A股"), ["a股"]);
    }

    #[test]
    fn latin_identifiers_split_with_their_ranges() {
        assert_eq!(
            normalise_parts("DeepSeek-R1"),
            [(0..8, "deepseek".to_string()), (9..11, "r1".to_string())]
        );
    }

    #[test]
    fn numbers_single_letters_and_punctuation_are_no_word() {
        for token in ["2025", "99.5", "a", "，", " ", "\n", "%", "-"] {
            assert!(normalise(token).is_empty(), "{token:?}");
        }
    }

    #[test]
    fn full_width_is_read_as_ascii() {
        assert_eq!(normalise("ＡＩ"), ["ai"]);
        assert_eq!(normalise_parts("ＡＩ")[0].0, 0..6);
        assert!(normalise("１７").is_empty());
        assert_eq!(fold_width('Ａ'), 'A');
        assert_eq!(fold_width('国'), '国');
    }

    #[test]
    fn han_with_symbols_keeps_the_alphanumeric_runs() {
        assert_eq!(normalise("开源·生态"), ["开源", "生态"]);
    }
}
