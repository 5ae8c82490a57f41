//! The comparable stream of an article: its text folded as the search folds it (NFKC, case,
//! traditional to simplified, quotes), with whitespace and punctuation dropped, so that
//! spacing and punctuation differences never break a match; and a map back to the displayed
//! text's bytes.

use crate::search::{Folded, Folder};

/// One article's comparable characters and where each came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Stream {
    /// The folded letters, digits and Han characters, in text order.
    pub(crate) chars: Vec<char>,
    /// For each of `chars`: the byte range in the displayed text of the character it came from.
    pub(crate) src: Vec<(u32, u32)>,
}

impl Stream {
    /// Folds a displayed text into its comparable stream.
    pub(crate) fn new(text: &str) -> Stream {
        let folder = Folder::new();
        let mut s = Stream::default();
        for (i, c) in text.char_indices() {
            let span = (i as u32, (i + c.len_utf8()) as u32);
            let mut push = |o: char| {
                if o.is_alphanumeric() {
                    s.chars.push(o);
                    s.src.push(span);
                }
            };
            match folder.fold(c) {
                Folded::Same => push(c),
                Folded::One(o) => push(o),
                Folded::Many(m) => m.chars().for_each(push),
            }
        }
        s
    }

    /// The number of comparable characters.
    pub(crate) fn len(&self) -> usize {
        self.chars.len()
    }

    /// The displayed text's byte range of stream positions `start..end` (non-empty).
    pub(crate) fn bytes(&self, start: usize, end: usize) -> (u32, u32) {
        (self.src[start].0, self.src[end - 1].1)
    }
}

/// What a comparable character weighs towards the minimum passage length, in thirds of a Han
/// character: a Han (or other non-ASCII) character 3, a Latin letter or digit 1 (about three
/// letters of an English word carry what one Chinese character does).
pub(crate) fn weight(c: char) -> u32 {
    if c.is_ascii() {
        1
    } else {
        3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_space_case_and_traditional_characters_fold_away() {
        let a = Stream::new("開源，Deep Seek「模型」");
        let b = Stream::new("开源 deepseek“模型”。");
        assert_eq!(a.chars, b.chars);
        assert_eq!(a.chars.iter().collect::<String>(), "开源deepseek模型");
        assert_eq!(a.bytes(0, 2), (0, 6));
        assert_eq!(a.bytes(2, 4), (9, 11));
        assert_eq!(weight('开') + weight('d'), 4);
    }
}
