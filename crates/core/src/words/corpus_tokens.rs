//! Every article's words in text order, with where each stands: what the word list,
//! collocates, clusters and dispersion read. Built in the page from the texts and the build's
//! cut ([`super::tokens`]), so it needs no segmenter.
//!
//! Each jieba token is sliced from [`Article::text`] by its char length and read as words by
//! [`normalise_parts`]. A token that is no word (punctuation, symbols, numbers, whitespace) gives
//! no [`Token`]; a token of two words (`GPT-4o`) gives two, each with its own sub-range
//! (`GPT`, `4o`). Stop words are tokens like any other: the views skip them as they choose.
//!
//! [`Token::after_break`] says that something interrupts the text before the token: the start of
//! a block (a paragraph, heading, list item), or a token that is no word and not whitespace
//! (punctuation, a symbol, a number) since the previous word. Whitespace is no break: `open
//! source` and a line break inside a paragraph keep their words together. The two words of one
//! token (`GPT-4o`) are never apart.

use super::fx::FxHashMap;
use super::normalise::{is_plain_han_word, normalise_parts};
use super::tokens::TokensError;
use crate::model::Article;

/// One word of an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// The word: its index in [`CorpusTokens::vocabulary`].
    pub word: u32,
    /// Where it starts in [`Article::text`] (bytes).
    pub start: u32,
    /// Where it ends in [`Article::text`] (bytes, exclusive).
    pub end: u32,
    /// The block it is in: an index into [`Article::blocks`].
    pub block: u32,
    /// Whether a block start or punctuation lies between this token and the previous one (see
    /// the module documentation); true for an article's first token.
    pub after_break: bool,
}

/// One article's words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleTokens {
    /// The words in text order.
    pub tokens: Vec<Token>,
    /// How often each word occurs: (word, count), sorted by word.
    pub counts: Vec<(u32, u32)>,
    /// The article's length in characters ([`Article::char_count`]), for rates.
    pub chars: u64,
}

/// Every article's words, numbered in one vocabulary.
#[derive(Debug, Clone, Default)]
pub struct CorpusTokens {
    /// Every word once, in the order the articles first use them.
    pub vocabulary: Vec<String>,
    /// One entry per article, in corpus order.
    pub articles: Vec<ArticleTokens>,
    ids: FxHashMap<String, u32>,
    /// Each word's place when the vocabulary is sorted by text: what the views' "by word"
    /// orders compare, so no sort compares strings.
    text_places: Vec<u32>,
}

/// Builds a [`CorpusTokens`] an article at a time, so the page can spread the work over
/// frames (at a thousand articles the whole build is a long task).
#[derive(Debug, Default)]
pub struct CorpusTokensBuilder {
    corpus: CorpusTokens,
}

impl CorpusTokensBuilder {
    /// How many articles are in so far: the next [`CorpusTokensBuilder::push`] is that one.
    pub fn len(&self) -> usize {
        self.corpus.articles.len()
    }

    /// Whether no article is in yet.
    pub fn is_empty(&self) -> bool {
        self.corpus.articles.is_empty()
    }

    /// Cuts the next article's text by its token lengths (as [`super::tokens::decode`] reads
    /// them) and numbers its words. Fails if the lengths do not fit the text.
    pub fn push(&mut self, article: &Article, lengths: &[u32]) -> Result<(), TokensError> {
        let index = self.len();
        let tokens = self
            .corpus
            .cut(article, lengths)
            .map_err(|what| TokensError::new(format!("article {index} ({}): {what}", article.file)))?;
        self.corpus.articles.push(tokens);
        Ok(())
    }

    /// The finished corpus, its vocabulary placed in text order.
    pub fn finish(self) -> CorpusTokens {
        let mut corpus = self.corpus;
        let mut order: Vec<u32> = (0..corpus.vocabulary.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| corpus.vocabulary[a as usize].cmp(&corpus.vocabulary[b as usize]));
        corpus.text_places = vec![0; order.len()];
        for (place, id) in (0u32..).zip(order) {
            corpus.text_places[id as usize] = place;
        }
        corpus
    }
}

impl CorpusTokens {
    /// Cuts every article's text by its token lengths (`cut_lengths[i]` for `articles[i]`, as
    /// [`super::tokens::decode`] reads them) and numbers the words. Fails if the lengths do not
    /// match the texts (a token file from another corpus).
    pub fn build(articles: &[Article], cut_lengths: &[Vec<u32>]) -> Result<CorpusTokens, TokensError> {
        if articles.len() != cut_lengths.len() {
            return Err(TokensError::new(format!(
                "it has {} articles, the corpus {}",
                cut_lengths.len(),
                articles.len()
            )));
        }
        let mut builder = CorpusTokensBuilder::default();
        for (article, lengths) in articles.iter().zip(cut_lengths) {
            builder.push(article, lengths)?;
        }
        Ok(builder.finish())
    }

    fn cut(&mut self, article: &Article, lengths: &[u32]) -> Result<ArticleTokens, String> {
        let text = article.text.as_str();
        let mut blocks = BlockCursor::new(article);
        let mut tokens = Vec::with_capacity(lengths.len() / 2);
        let mut at = 0usize;
        let mut pending_break = true;
        let mut last_block = u32::MAX;
        for &len in lengths {
            let start = at;
            let mut chars = text[start..].char_indices();
            at = match chars.nth(len.saturating_sub(1) as usize) {
                Some((i, c)) if len > 0 => start + i + c.len_utf8(),
                _ => {
                    return Err(format!(
                        "a token of {len} characters runs past the text's end at byte {start}"
                    ))
                }
            };
            let piece = &text[start..at];
            let block = blocks.at(start);
            if block != last_block {
                pending_break = true;
                last_block = block;
            }
            let token = |word: u32, range: std::ops::Range<usize>, after_break: bool| Token {
                word,
                start: range.start as u32,
                end: range.end as u32,
                block,
                after_break,
            };
            if is_plain_han_word(piece) {
                tokens.push(token(self.intern_str(piece), start..at, pending_break));
                pending_break = false;
                continue;
            }
            let parts = normalise_parts(piece);
            if parts.is_empty() {
                pending_break |= !piece.chars().all(char::is_whitespace);
            }
            for (range, word) in parts {
                tokens.push(token(
                    self.intern(word),
                    start + range.start..start + range.end,
                    pending_break,
                ));
                pending_break = false;
            }
        }
        if at != text.len() {
            return Err(format!("the tokens cover {at} of the text's {} bytes", text.len()));
        }
        let mut counts: Vec<(u32, u32)> = Vec::new();
        let mut ids: Vec<u32> = tokens.iter().map(|t| t.word).collect();
        ids.sort_unstable();
        for id in ids {
            match counts.last_mut() {
                Some((w, n)) if *w == id => *n += 1,
                _ => counts.push((id, 1)),
            }
        }
        Ok(ArticleTokens {
            tokens,
            counts,
            chars: article.char_count as u64,
        })
    }

    fn intern_str(&mut self, word: &str) -> u32 {
        match self.ids.get(word) {
            Some(&id) => id,
            None => self.intern(word.to_string()),
        }
    }

    fn intern(&mut self, word: String) -> u32 {
        if let Some(&id) = self.ids.get(&word) {
            return id;
        }
        let id = u32::try_from(self.vocabulary.len()).expect("fewer than 4 billion distinct words");
        self.vocabulary.push(word.clone());
        self.ids.insert(word, id);
        id
    }

    /// The word with this id ("" for an id not in the vocabulary).
    pub fn word(&self, id: u32) -> &str {
        self.vocabulary.get(id as usize).map_or("", String::as_str)
    }

    /// How words `a` and `b` (ids) compare as text, as their strings would.
    pub fn text_cmp(&self, a: u32, b: u32) -> std::cmp::Ordering {
        let place = |w: u32| self.text_places.get(w as usize).copied().unwrap_or(u32::MAX);
        place(a).cmp(&place(b))
    }

    /// The id of a word as [`super::normalise::normalise`] writes it (Latin in lower case).
    pub fn word_id(&self, word: &str) -> Option<u32> {
        self.ids.get(word).copied()
    }

    /// Every word's count over these articles (indices into [`CorpusTokens::articles`]):
    /// (word, count), sorted by word, words with count 0 left out.
    pub fn group_counts(&self, articles: &[usize]) -> Vec<(u32, u64)> {
        let mut dense = vec![0u64; self.vocabulary.len()];
        for a in articles.iter().filter_map(|&i| self.articles.get(i)) {
            for &(w, n) in &a.counts {
                dense[w as usize] += u64::from(n);
            }
        }
        (0..).zip(dense).filter(|&(_, n)| n > 0).collect()
    }

    /// How many tokens (word occurrences, stop words included) these articles have together.
    pub fn total_tokens(&self, articles: &[usize]) -> u64 {
        articles
            .iter()
            .filter_map(|&i| self.articles.get(i))
            .map(|a| a.tokens.len() as u64)
            .sum()
    }

    /// The articles' length in characters together.
    pub fn total_chars(&self, articles: &[usize]) -> u64 {
        articles
            .iter()
            .filter_map(|&i| self.articles.get(i))
            .map(|a| a.chars)
            .sum()
    }
}

/// The block a byte offset is in, for offsets that only grow: the last non-empty block
/// starting at or before it (0 if none does).
struct BlockCursor<'a> {
    blocks: &'a [crate::model::Block],
    current: usize,
}

impl<'a> BlockCursor<'a> {
    fn new(article: &'a Article) -> Self {
        BlockCursor {
            blocks: &article.blocks,
            current: 0,
        }
    }

    fn at(&mut self, offset: usize) -> u32 {
        let mut next = self.current + 1;
        while let Some(b) = self.blocks.get(next) {
            if b.range.start > offset {
                break;
            }
            if !b.range.is_empty() {
                self.current = next;
            }
            next += 1;
        }
        self.current as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::test_support::article;

    #[test]
    fn tokens_are_words_with_ranges_blocks_and_breaks() {
        // Blocks "开源，生态 DeepSeek-R1" and "开源"; cut as jieba would.
        let a = article(&["开源，生态 DeepSeek-R1", "开源"]);
        let cut = vec![2, 1, 2, 1, 11, 2, 2];
        let c = CorpusTokens::build(std::slice::from_ref(&a), &[cut]).unwrap();
        let words: Vec<&str> = c.articles[0].tokens.iter().map(|t| c.word(t.word)).collect();
        assert_eq!(words, ["开源", "生态", "deepseek", "r1", "开源"]);
        let t = &c.articles[0].tokens;
        assert_eq!(&a.text[t[2].start as usize..t[2].end as usize], "DeepSeek");
        assert_eq!(&a.text[t[3].start as usize..t[3].end as usize], "R1");
        let breaks: Vec<bool> = t.iter().map(|t| t.after_break).collect();
        assert_eq!(breaks, [true, true, false, false, true]);
        let blocks: Vec<u32> = t.iter().map(|t| t.block).collect();
        assert_eq!(blocks, [0, 0, 0, 0, 1]);
        assert_eq!(c.articles[0].counts, [(0, 2), (1, 1), (2, 1), (3, 1)]);
        assert_eq!(c.word_id("开源"), Some(0));
        assert_eq!(c.word_id("DeepSeek"), None);
        assert_eq!(c.group_counts(&[0]), [(0, 2), (1, 1), (2, 1), (3, 1)]);
        assert_eq!(c.total_tokens(&[0]), 5);
    }

    #[test]
    fn lengths_that_do_not_fit_the_text_are_an_error() {
        let a = article(&["开源"]);
        let long = CorpusTokens::build(std::slice::from_ref(&a), &[vec![3]]).unwrap_err();
        assert!(long.message.contains("runs past"), "{long}");
        let short = CorpusTokens::build(std::slice::from_ref(&a), &[vec![1]]).unwrap_err();
        assert!(short.message.contains("cover 3 of"), "{short}");
        assert!(CorpusTokens::build(std::slice::from_ref(&a), &[]).is_err());
    }
}
