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
//! - not: punctuation, symbols, whitespace, [`STOP_WORDS`] (Chinese function words,
//!   pronouns, Chinese numerals and a few English ones), and pure numbers
//!   (`2025`, `17`, `99.5`): numbers are dates and quantities, which say little about
//!   an outlet's vocabulary and which [`crate::compare::figures`] extracts with their
//!   sentences instead. Identifiers that mix letters and digits (`r1`, `h800`, `fp8`)
//!   are kept: they name models and chips.

use crate::words::normalise::{fold_width, normalise};
use jieba_rs::Jieba;
use std::collections::BTreeSet;

/// Words that carry grammar rather than content: particles, pronouns, conjunctions,
/// prepositions, common adverbs, Chinese numerals, and a few English function words.
pub const STOP_WORDS: &[&str] = &[
    // particles and auxiliaries
    "的",
    "地",
    "得",
    "了",
    "着",
    "过",
    "啊",
    "吗",
    "呢",
    "吧",
    "呀",
    "哦",
    "嘛",
    "么",
    "之",
    "所",
    "者",
    // copula and modal verbs
    "是",
    "有",
    "会",
    "能",
    "可以",
    "要",
    "将",
    "应",
    "应该",
    "可能",
    "能够",
    "需要",
    "进行",
    // conjunctions
    "和",
    "与",
    "及",
    "以及",
    "也",
    "都",
    "而",
    "而且",
    "而是",
    "并",
    "并且",
    "或",
    "或者",
    "等",
    "等等",
    "但",
    "但是",
    "却",
    "又",
    "还",
    "就",
    "才",
    "即",
    "即使",
    "虽然",
    "虽",
    "因为",
    "所以",
    "因此",
    "如果",
    "那么",
    "然后",
    "同时",
    "还是",
    "不仅",
    "而言",
    "甚至",
    "以便",
    "于是",
    "只要",
    "只有",
    // prepositions and postpositions
    "在",
    "为",
    "为了",
    "对",
    "对于",
    "于",
    "以",
    "把",
    "被",
    "从",
    "到",
    "向",
    "给",
    "比",
    "由",
    "跟",
    "同",
    "关于",
    "由于",
    "通过",
    "根据",
    "按照",
    "随着",
    "作为",
    "上",
    "下",
    "中",
    "里",
    "内",
    "之后",
    "之前",
    "之间",
    "以后",
    "以前",
    "以上",
    "以下",
    "其中",
    "当",
    "自",
    "至",
    "像",
    "如",
    "来",
    "去",
    "出",
    "再",
    "先",
    "后",
    "前",
    "多",
    "用",
    // demonstratives and pronouns
    "这",
    "那",
    "此",
    "该",
    "其",
    "这个",
    "那个",
    "这些",
    "那些",
    "这种",
    "那种",
    "这样",
    "那样",
    "这里",
    "那里",
    "这一",
    "这是",
    "那是",
    "我",
    "我们",
    "你",
    "你们",
    "您",
    "他",
    "他们",
    "她",
    "她们",
    "它",
    "它们",
    "自己",
    "大家",
    "什么",
    "怎么",
    "怎样",
    "如何",
    "为什么",
    "哪",
    "哪些",
    "谁",
    "每",
    "各",
    "某",
    "另",
    "另外",
    "其他",
    "其它",
    "一些",
    "一种",
    "一个",
    "一样",
    // adverbs of degree, negation and time
    "不",
    "没",
    "没有",
    "不是",
    "很",
    "更",
    "最",
    "太",
    "非常",
    "已",
    "已经",
    "正",
    "正在",
    "就是",
    "只",
    "只是",
    "也是",
    "都是",
    "还有",
    "一直",
    "其实",
    "一定",
    // Chinese numerals (numbers are figures, not vocabulary)
    "零",
    "〇",
    "一",
    "二",
    "两",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "第",
    "几",
    // date units (years and dates are not vocabulary)
    "年",
    "月",
    "日",
    "号",
    // English function words
    "a",
    "an",
    "the",
    "of",
    "and",
    "or",
    "to",
    "in",
    "on",
    "for",
    "is",
    "are",
    "was",
    "with",
    "by",
    "as",
    "at",
    "it",
    "be",
    "this",
    "that",
];

/// Cuts texts into counted words; holds jieba's dictionary, so make one and reuse it.
pub struct Segmenter {
    jieba: Jieba,
    stop: BTreeSet<&'static str>,
}

impl Segmenter {
    /// Loads jieba's dictionary plus the curator's `extra_words` (the `dictionary` of
    /// `explorer.toml`), which it then keeps whole (a few hundred milliseconds in a debug build).
    pub fn new(extra_words: &[String]) -> Self {
        let mut segmenter = Segmenter {
            jieba: Jieba::new(),
            stop: STOP_WORDS.iter().copied().collect(),
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

    /// The words of `text`, in order, normalised and filtered as the module describes.
    pub fn words(&self, text: &str) -> Vec<String> {
        let folded: String = text.chars().map(fold_width).collect();
        let mut out = Vec::new();
        for token in self.jieba.cut(&folded, true) {
            for word in normalise(token.word) {
                if !self.stop.contains(word.as_str()) {
                    out.push(word);
                }
            }
        }
        out
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
        assert_eq!(words("DeepSeek和Deepseek与deepseek"), ["deepseek"; 3]);
    }

    #[test]
    fn identifiers_split_at_hyphens_and_keep_digits() {
        assert_eq!(words("DeepSeek-R1"), ["deepseek", "r1"]);
    }

    #[test]
    fn punctuation_numbers_and_function_words_are_dropped() {
        assert_eq!(words("英伟达的股价单日暴跌 17%，"), ["英伟达", "股价", "单日", "暴跌"]);
    }

    #[test]
    fn full_width_latin_is_folded_to_ascii() {
        assert_eq!(words("ＡＩ"), ["ai"]);
    }

    #[test]
    fn domain_words_stay_whole() {
        assert_eq!(
            words("深度求索的大模型开源了，蒸馏了；这是国运"),
            ["深度求索", "大模型", "开源", "蒸馏", "国运"]
        );
    }
}
