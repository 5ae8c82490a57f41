//! The file of jieba's cut the build writes for the page ([`FILE`]): for every article, the char
//! lengths of its tokens in text order, covering the whole text (punctuation and whitespace
//! are tokens too). The page cuts each text by them again and reads the words
//! ([`super::corpus_tokens`]) without jieba, whose dictionary is 5 MB.
//!
//! The page embeds the file, so it is small: most tokens are 1 to 4 characters long, and each
//! length is one 4-bit nibble (the high nibble of a byte first):
//! - `1..=14`: a token of that many characters;
//! - `15`: a longer token; its length less 15 follows in 3-bit groups, least significant first,
//!   one nibble each, with the nibble's high bit set on all but the last group;
//! - `0`: the end of an article.
//!
//! Before the nibbles, the number of articles as a LEB128 varint (so that the padding nibble
//! of an odd count is not read as an empty article). Lengths are never 0.

use std::fmt;

/// The name of the file in the build's output (`OUT_DIR/corpus/`).
pub const FILE: &str = "tokens.bin";

/// The longest length one nibble holds; longer ones are escaped.
const DIRECT_MAX: u32 = 14;
/// The nibble that escapes a longer length.
const ESCAPE: u8 = 15;
/// The nibble that ends an article.
const END: u8 = 0;

/// Why [`decode`] or [`super::corpus_tokens::CorpusTokens::build`] could not read the tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokensError {
    /// What is wrong, for the developer who built the page.
    pub message: String,
}

impl TokensError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        TokensError {
            message: message.into(),
        }
    }
}

impl fmt::Display for TokensError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the token file {FILE} is unusable: {}; rebuild the page",
            self.message
        )
    }
}

impl std::error::Error for TokensError {}

/// Nibbles written high first into bytes.
struct NibbleWriter {
    bytes: Vec<u8>,
    high: bool,
}

impl NibbleWriter {
    fn push(&mut self, nibble: u8) {
        if self.high {
            self.bytes.push(nibble << 4);
        } else if let Some(last) = self.bytes.last_mut() {
            *last |= nibble;
        }
        self.high = !self.high;
    }
}

/// Every article's cut lengths (as [`crate::ingest::segment::Segmenter::cut_lengths`] gives
/// them) in the format of the module documentation. A length of 0 is written as 1 (jieba
/// never cuts an empty token).
pub fn encode(per_article_cut_lengths: &[Vec<u32>]) -> Vec<u8> {
    let mut bytes = Vec::new();
    push_varint(&mut bytes, per_article_cut_lengths.len() as u64);
    let mut out = NibbleWriter { bytes, high: true };
    for lengths in per_article_cut_lengths {
        for &len in lengths {
            let len = len.max(1);
            if len <= DIRECT_MAX {
                out.push(len as u8);
            } else {
                out.push(ESCAPE);
                let mut rest = len - (DIRECT_MAX + 1);
                loop {
                    let group = (rest & 7) as u8;
                    rest >>= 3;
                    if rest == 0 {
                        out.push(group);
                        break;
                    }
                    out.push(group | 8);
                }
            }
        }
        out.push(END);
    }
    out.bytes
}

/// Reads [`encode`]'s bytes back: every article's token lengths.
pub fn decode(bytes: &[u8]) -> Result<Vec<Vec<u32>>, TokensError> {
    Decoder::new(bytes)?.collect()
}

/// Reads [`encode`]'s bytes an article at a time (an iterator of each article's token
/// lengths), so the page can spread the reading over frames with the rest of its work.
#[derive(Debug, Clone)]
pub struct Decoder<'a> {
    /// The nibbles' bytes.
    bytes: &'a [u8],
    /// The next nibble.
    at: usize,
    /// The articles not read yet.
    left: usize,
}

impl<'a> Decoder<'a> {
    /// A reader of the file `bytes`; fails if they do not start with an article count that
    /// could fit them.
    pub fn new(bytes: &'a [u8]) -> Result<Self, TokensError> {
        let (count, start) = read_varint(bytes)?;
        let count = usize::try_from(count).map_err(|_| TokensError::new("the article count is too large"))?;
        if count > bytes.len() * 2 {
            return Err(TokensError::new(format!("{count} articles in {} bytes", bytes.len())));
        }
        Ok(Decoder {
            bytes: &bytes[start..],
            at: 0,
            left: count,
        })
    }

    /// How many articles are not read yet.
    pub fn left(&self) -> usize {
        self.left
    }

    fn nibble(&mut self) -> Result<u8, TokensError> {
        let byte = self
            .bytes
            .get(self.at / 2)
            .ok_or_else(|| TokensError::new("the file ends inside an article"))?;
        let nibble = if self.at & 1 == 0 { byte >> 4 } else { byte & 15 };
        self.at += 1;
        Ok(nibble)
    }

    fn article(&mut self) -> Result<Vec<u32>, TokensError> {
        let mut lengths = Vec::new();
        loop {
            match self.nibble()? {
                END => return Ok(lengths),
                ESCAPE => {
                    let mut rest: u32 = 0;
                    let mut shift = 0;
                    loop {
                        let group = self.nibble()?;
                        if shift > 27 {
                            return Err(TokensError::new("a token length does not fit 32 bits"));
                        }
                        rest |= u32::from(group & 7) << shift;
                        shift += 3;
                        if group & 8 == 0 {
                            break;
                        }
                    }
                    lengths.push(rest.saturating_add(DIRECT_MAX + 1));
                }
                n => lengths.push(u32::from(n)),
            }
        }
    }
}

impl Iterator for Decoder<'_> {
    type Item = Result<Vec<u32>, TokensError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let article = self.article();
        if article.is_err() {
            self.left = 0;
        }
        Some(article)
    }
}

fn push_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn read_varint(bytes: &[u8]) -> Result<(u64, usize), TokensError> {
    let mut n = 0u64;
    for (i, &b) in bytes.iter().enumerate().take(10) {
        n |= u64::from(b & 0x7F) << (7 * i);
        if b & 0x80 == 0 {
            return Ok((n, i + 1));
        }
    }
    Err(TokensError::new("no article count at the start"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lengths_are_one_nibble_each() {
        // 1 article; 2, 1, 3 then the end nibble.
        assert_eq!(encode(&[vec![2, 1, 3]]), [1, 0x21, 0x30]);
        assert_eq!(decode(&[1, 0x21, 0x30]).unwrap(), [vec![2, 1, 3]]);
    }

    #[test]
    fn long_lengths_are_escaped() {
        let lengths = vec![vec![14, 15, 22, 23, 100, 5000, 1], vec![], vec![7]];
        let bytes = encode(&lengths);
        assert_eq!(decode(&bytes).unwrap(), lengths);
        // 15 is the escape then a 0 group; 23 is 15 + 8: groups 0 (continued) and 1.
        assert_eq!(encode(&[vec![15, 23]]), [1, 0xF0, 0xF8, 0x10]);
    }

    #[test]
    fn no_articles_and_empty_articles_round_trip() {
        assert_eq!(decode(&encode(&[])).unwrap(), Vec::<Vec<u32>>::new());
        let empty: Vec<Vec<u32>> = vec![vec![], vec![]];
        assert_eq!(decode(&encode(&empty)).unwrap(), empty);
    }

    #[test]
    fn broken_files_are_errors_that_say_so() {
        let err = decode(&[2, 0x21]).unwrap_err();
        assert!(err.to_string().contains("ends inside an article"), "{err}");
        assert!(decode(&[]).is_err());
        assert!(decode(&[0xFF; 3]).is_err());
        let mut reader = Decoder::new(&[2, 0x21, 0x00]).unwrap();
        assert_eq!(reader.left(), 2);
        assert_eq!(reader.next(), Some(Ok(vec![2, 1])));
        assert_eq!(reader.next(), Some(Ok(vec![])));
        assert_eq!(reader.next(), None);
    }
}
