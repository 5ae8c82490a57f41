//! The stop-word list (build time only): the words that carry grammar rather than content,
//! which the word statistics count but mark ([`crate::model::Corpus::stop_words`]) so the page
//! can leave them out of its keyword lists by default and show them on request.
//!
//! Where it comes from:
//! - Chinese: stopwords-iso's `zh` list (794 entries), as the `stop-words` crate ships it. Not
//!   NLTK's Chinese list, which also counts content words (安全, 问题, 重要, 使用) as stop words;
//! - English: NLTK's list (179 entries), from the same crate (an older release, see
//!   `Cargo.toml`). Not stopwords-iso's `en`: that one (1,298 entries) also holds country codes
//!   and web words (`ai`, `us`, `open`, `new`, `web`, `research`, `information`, `system`),
//!   and `ai` alone occurs 94 times in the seeds: it names what their story is about;
//! - [`EXTRA_STOP_WORDS`]: the function words of our earlier hand-written list that
//!   stopwords-iso lacks and that the seeds use (需要, 没有, 这种, ...).
//!
//! Entries that cannot be a counted word (punctuation, full-width digits, `aren't`, `co.`: the
//! segmenter cuts Latin words at anything not a letter or digit) are left out. Chinese
//! numerals are not stop words here: they are numbers, which are not counted at all
//! ([`super::segment`]).

use rustc_hash::FxHashSet;

/// Function words of our earlier hand-written list that stopwords-iso's Chinese list lacks,
/// kept because the seeds use them (需要 18 times, 这种 16, 出 14, 没有 11, 正在 10): modal
/// and light verbs, negation, adverbs of time and degree, demonstratives, directional and
/// position words. The ten entries of that list the seeds never use (太, 那种, 那是, 也是,
/// 都是, 之前, 以后, 以前, 以下, 号) were left out.
pub const EXTRA_STOP_WORDS: &[&str] = &[
    "应", "应该", "可能", "能够", "需要", "进行", // modal and light verbs
    "没", "没有", // negation
    "已经", "正在", "正", "一直", "其实", "一定", "非常", // adverbs of time and degree
    "这种", "这一", "这是", // demonstratives
    "之后", "之间", "里", "先", "前", "出", // direction and position
];

/// The stop words, as a set for the segmenter's look-ups: see the module for the sources.
pub fn stop_word_set() -> FxHashSet<&'static str> {
    let zh = stop_words::get("zh");
    let en = stop_words_nltk::get("en");
    zh.iter()
        .chain(en)
        .chain(EXTRA_STOP_WORDS)
        .copied()
        .filter(|w| !w.is_empty() && w.chars().all(char::is_alphanumeric))
        .filter(|w| !w.chars().all(|c| c.is_numeric()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_holds_chinese_and_english_function_words() {
        let set = stop_word_set();
        for w in ["的", "了", "是", "我们", "因为", "the", "and", "没有", "已经"] {
            assert!(set.contains(w), "{w}");
        }
    }

    #[test]
    fn words_that_name_what_a_story_is_about_are_not_stop_words() {
        let set = stop_word_set();
        for w in ["ai", "open", "us", "research", "开源", "模型", "芯片"] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn entries_no_counted_word_can_be_are_left_out() {
        let set = stop_word_set();
        for w in ["，", "。", "０", "aren't", "co."] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn the_extra_words_are_missing_from_stopwords_iso() {
        let iso = stop_words::get("zh");
        for w in EXTRA_STOP_WORDS {
            assert!(!iso.contains(w), "{w} is in stopwords-iso already");
        }
    }
}
