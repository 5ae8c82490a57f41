//! Word segmentation for the word statistics: each article's text cut into words
//! by jieba (dictionary plus HMM for unknown words), normalised and filtered.
//!
//! What counts as a word:
//! - Chinese words as jieba cuts them, with the curator's words added to its
//!   dictionary (`dictionary` in `explorer.toml`, and `words.txt`) and the corpus's own names
//!   (outlets, authors, sources: [`super::corpus_words`]) so that a story's names stay whole;
//! - Latin words and identifiers case-folded (`Wikipedia`, `WIKIPEDIA` → `wikipedia`;
//!   full-width letters → ASCII), split at `-`, `.`, `/` and the like (`Wikipedia-EN`
//!   → `wikipedia`, `en`); a single Latin letter is not a word;
//! - not: punctuation, symbols, whitespace, and pure numbers, in digits (`2025`, `17`,
//!   `99.5`) or in Chinese numerals (`五万`, `十`, `两千`; so also `万一`, "in case", which is
//!   written with them): numbers are dates and quantities, which say little about an
//!   outlet's vocabulary and which [`crate::compare::figures`] extracts with their sentences
//!   instead. Identifiers that mix letters and digits (`r1`, `h800`, `fp8`) are kept: they
//!   name models and chips.
//!
//! Stop words (function words: [`super::stop_words`]) are words and are counted: the
//! statistics mark them ([`Segmenter::is_stop`], [`crate::model::Corpus::stop_words`]) and the
//! page leaves them out of its lists unless asked to show them.

use crate::words::normalise::{fold_width, normalise};
use jieba_rs::Jieba;
use rustc_hash::FxHashSet;

/// Cuts texts into counted words; holds jieba's dictionary, so make one and reuse it.
pub struct Segmenter {
    jieba: Jieba,
    stop: FxHashSet<&'static str>,
}

impl Segmenter {
    /// Loads jieba's dictionary plus the curator's `extra_words` (the `dictionary` of
    /// `explorer.toml`), which it then keeps whole (a few hundred milliseconds in a debug build).
    pub fn new(extra_words: &[String]) -> Self {
        let mut segmenter = Segmenter {
            jieba: Jieba::new(),
            stop: super::stop_words::stop_word_set(),
        };
        segmenter.add_words(extra_words);
        segmenter
    }

    /// Adds `words` to the dictionary, to be kept whole like the curator's: the corpus's own
    /// names and the word file ([`super::corpus_words`]). Blank words are skipped.
    pub fn add_words(&mut self, words: &[String]) {
        for word in words.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
            self.jieba.add_word(word, Some(EXTRA_WORD_FREQ), None);
        }
    }

    /// The `n` words of `text` that most set it apart from general Chinese: TF-IDF against
    /// jieba's IDF table, only nouns, names and Latin words, no stop words.
    pub fn distinctive(&self, text: &str, n: usize) -> Vec<String> {
        use jieba_rs::{KeywordExtract, TfIdf};
        let kinds = ["n", "nr", "ns", "nt", "nz", "vn", "eng"].map(String::from).to_vec();
        let keywords = TfIdf::default().extract_keywords(&self.jieba, text, n, kinds);
        keywords
            .into_iter()
            .map(|k| k.keyword)
            .filter(|w| !self.stop.contains(w.as_str()))
            .collect()
    }

    /// The char lengths of jieba's tokens of `text`, in order, covering all of it (punctuation
    /// and whitespace are tokens too): the same cut as [`Segmenter::words`], stored by the build
    /// so that the page can cut the text again without jieba ([`crate::words::tokens`]).
    pub fn cut_lengths(&self, text: &str) -> Vec<u32> {
        let folded: String = text.chars().map(fold_width).collect();
        let tokens = self.jieba.cut(&folded, true);
        let lengths = tokens.iter().map(|t| (t.end - t.start) as u32);
        lengths.collect()
    }

    /// The words of `text`, in order, normalised and filtered as the module describes (stop
    /// words included: see [`Segmenter::is_stop`]).
    pub fn words(&self, text: &str) -> Vec<String> {
        let folded: String = text.chars().map(fold_width).collect();
        self.jieba
            .cut(&folded, true)
            .into_iter()
            .flat_map(|t| normalise(t.word))
            .collect()
    }

    /// Whether `word` (as [`Segmenter::words`] gives it) is a stop word ([`super::stop_words`]).
    pub fn is_stop(&self, word: &str) -> bool {
        self.stop.contains(word)
    }
}

/// Frequency given to the curator's words: comparable to common dictionary words, so
/// they win against cutting them apart.
const EXTRA_WORD_FREQ: usize = 20_000;

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        static SEGMENTER: std::sync::OnceLock<Segmenter> = std::sync::OnceLock::new();
        let extra = ["英伟达", "深度求索", "大模型", "开源", "蒸馏", "国运"].map(String::from);
        SEGMENTER.get_or_init(|| Segmenter::new(&extra)).words(text)
    }

    #[test]
    fn latin_words_are_case_folded() {
        assert_eq!(
            words("DeepSeek和Deepseek与deepseek"),
            ["deepseek", "和", "deepseek", "与", "deepseek"]
        );
    }

    #[test]
    fn identifiers_split_at_hyphens_and_keep_digits() {
        assert_eq!(words("DeepSeek-R1"), ["deepseek", "r1"]);
    }

    #[test]
    fn punctuation_and_numbers_are_dropped_and_function_words_kept() {
        assert_eq!(
            words("英伟达的股价单日暴跌 17%，"),
            ["英伟达", "的", "股价", "单日", "暴跌"]
        );
    }

    #[test]
    fn chinese_numerals_are_numbers() {
        assert_eq!(words("五万 芯片"), ["芯片"]);
        assert!(words("十").is_empty() && words("两千").is_empty());
    }

    #[test]
    fn stop_words_are_marked_not_dropped() {
        static SEGMENTER: std::sync::OnceLock<Segmenter> = std::sync::OnceLock::new();
        let s = SEGMENTER.get_or_init(|| Segmenter::new(&[]));
        assert!(s.is_stop("的") && s.is_stop("我们") && s.is_stop("the"));
        assert!(!s.is_stop("芯片") && !s.is_stop("ai"));
    }

    #[test]
    fn full_width_latin_is_folded_to_ascii() {
        assert_eq!(words("ＡＩ"), ["ai"]);
    }

    #[test]
    fn domain_words_stay_whole() {
        assert_eq!(
            words("深度求索的大模型开源了，蒸馏了；这是国运"),
            ["深度求索", "的", "大模型", "开源", "了", "蒸馏", "了", "这是", "国运"]
        );
    }
}
