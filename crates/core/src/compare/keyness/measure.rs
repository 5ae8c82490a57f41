//! The measures of keyness (see [`super`] for the formulas) and the keyword types the
//! page shows. Query time: the page recomputes G² and log ratio from stored counts.

use serde::{Deserialize, Serialize};

/// Count used in place of zero in the log ratio.
pub const ZERO_CORRECTION: f64 = 0.5;

/// The two-sided 99 % point of the standard normal distribution: the conservative log ratio
/// is the bound of the log ratio's 99 % confidence interval nearest zero.
pub const Z_99: f64 = 2.575_829;

/// One word's keyness for one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, miniserde::Serialize)]
pub struct Keyword {
    /// The word, as in [`crate::model::Corpus::vocabulary`].
    pub word: String,
    /// How often the group's articles use it.
    pub in_group: u32,
    /// How often the other articles use it.
    pub in_rest: u32,
    /// In how many of the group's articles it occurs.
    pub articles: u32,
    /// Log-likelihood G² (significance).
    pub g2: f64,
    /// Log ratio (effect size): positive when the group uses the word more.
    pub log_ratio: f64,
    /// Conservative log ratio ([`conservative_log_ratio`]): the end of the log ratio's 99 %
    /// confidence interval nearest zero, 0 when the interval spans 0. What ranks the keywords.
    pub conservative: f64,
    /// True only when no article outside the group uses the word.
    pub only_in_group: bool,
    /// Whether the word is a stop word ([`crate::model::Corpus::stop_words`]): a function word,
    /// which the page lists only when asked to ([`shown_keywords`]).
    pub stop: bool,
}

/// The keywords of one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, miniserde::Serialize)]
pub struct GroupKeywords {
    /// The group's key ([`crate::compare::groups::Group::key`]).
    pub key: String,
    /// Total words in the group's articles.
    pub words_in_group: u64,
    /// Total words in all other articles.
    pub words_in_rest: u64,
    /// Words the group uses markedly more, largest conservative log ratio first: the top
    /// words that are not stop words, and the stop words ranking among them.
    pub positive: Vec<Keyword>,
    /// Words the group uses markedly less, most negative conservative log ratio first (chosen
    /// as [`GroupKeywords::positive`]).
    pub negative: Vec<Keyword>,
}

/// The keywords of `list` that a table shows: every one when stop words are shown
/// (`show_stop`), else those that are not stop words. In their order.
pub fn shown_keywords(list: &[Keyword], show_stop: bool) -> Vec<&Keyword> {
    list.iter().filter(|k| show_stop || !k.stop).collect()
}

/// A word every group uses (never a stop word: every group uses those, so they say nothing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, miniserde::Serialize)]
pub struct SharedWord {
    /// The word.
    pub word: String,
    /// Its count in all groups together.
    pub total: u32,
    /// Its count in each group, in the order of the groups.
    pub per_group: Vec<u32>,
}

/// Keywords of every group, and the words all groups share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, miniserde::Serialize)]
pub struct Keyness {
    /// One entry per group, in the order of the groups.
    pub groups: Vec<GroupKeywords>,
    /// Words that occur in every group, most frequent first (ties by word); no stop words.
    pub shared: Vec<SharedWord>,
}

/// Log-likelihood G² of a count `a` out of `c` words against `b` out of `d` (see the module).
/// 0 when both counts or both totals are 0.
pub fn log_likelihood(a: f64, b: f64, c: f64, d: f64) -> f64 {
    if c + d <= 0.0 {
        return 0.0;
    }
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let term = |o: f64, e: f64| if o > 0.0 && e > 0.0 { o * (o / e).ln() } else { 0.0 };
    2.0 * (term(a, e1) + term(b, e2))
}

/// Log ratio: `log2((a/c) / (b/d))`, zero counts replaced by [`ZERO_CORRECTION`].
/// 0 when a total is 0 (no comparison possible).
pub fn log_ratio(a: f64, b: f64, c: f64, d: f64) -> f64 {
    if c <= 0.0 || d <= 0.0 {
        return 0.0;
    }
    let fix = |x: f64| if x == 0.0 { ZERO_CORRECTION } else { x };
    ((fix(a) / c) / (fix(b) / d)).log2()
}

/// Conservative log ratio (as CQPweb's): the log ratio's 99 % confidence interval is
/// `log_ratio ± Z_99 · √(1/a + 1/b) / ln 2` (zero counts replaced by [`ZERO_CORRECTION`], as in
/// the log ratio); this is its end nearest zero, or 0 when the interval spans 0. Low counts
/// widen the interval, so a word seen 3 times here and never elsewhere ranks below one seen
/// 9 times here and twice elsewhere. 0 when a total is 0.
pub fn conservative_log_ratio(a: f64, b: f64, c: f64, d: f64) -> f64 {
    let lr = log_ratio(a, b, c, d);
    if lr == 0.0 {
        return 0.0;
    }
    let fix = |x: f64| if x == 0.0 { ZERO_CORRECTION } else { x };
    let half = Z_99 * (1.0 / fix(a) + 1.0 / fix(b)).sqrt() / std::f64::consts::LN_2;
    if lr > 0.0 {
        (lr - half).max(0.0)
    } else {
        (lr + half).min(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::test_support::close;

    fn keyword(word: &str, stop: bool) -> Keyword {
        Keyword {
            word: word.into(),
            in_group: 1,
            in_rest: 0,
            articles: 1,
            g2: 0.0,
            log_ratio: 0.0,
            conservative: 0.0,
            only_in_group: true,
            stop,
        }
    }

    #[test]
    fn stop_words_are_shown_only_when_asked_for() {
        let list = [
            keyword("的", true),
            keyword("芯片", false),
            keyword("我们", true),
            keyword("开源", false),
        ];
        let words = |show| -> Vec<&str> { shown_keywords(&list, show).iter().map(|k| k.word.as_str()).collect() };
        assert_eq!(words(false), ["芯片", "开源"]);
        assert_eq!(words(true), ["的", "芯片", "我们", "开源"]);
    }

    #[test]
    fn g2_matches_the_hand_computed_value() {
        // a=10, b=5, c=1000, d=2000: E1 = 1000·15/3000 = 5, E2 = 2000·15/3000 = 10;
        // G² = 2·(10·ln(10/5) + 5·ln(5/10)) = 2·(10 − 5)·ln 2 = 10·0.693147 = 6.931472.
        assert!(close(log_likelihood(10.0, 5.0, 1000.0, 2000.0), 6.931472));
    }

    #[test]
    fn g2_treats_zero_times_log_zero_as_zero() {
        // a=4, b=0, c=100, d=300: E1 = 100·4/400 = 1; G² = 2·(4·ln 4 + 0) = 8·1.386294 = 11.090355.
        assert!(close(log_likelihood(4.0, 0.0, 100.0, 300.0), 11.090355));
    }

    #[test]
    fn g2_of_a_word_missing_from_the_group() {
        // a=0, b=12, c=100, d=300: E2 = 300·12/400 = 9; G² = 2·12·ln(12/9) = 24·0.287682 = 6.904367.
        assert!(close(log_likelihood(0.0, 12.0, 100.0, 300.0), 6.904367));
    }

    #[test]
    fn g2_is_zero_when_the_relative_frequencies_are_equal() {
        // a/c = 2/100 = b/d = 6/300: E1 = 100·8/400 = 2 = a, E2 = 6 = b, both logs are 0.
        assert!(close(log_likelihood(2.0, 6.0, 100.0, 300.0), 0.0));
    }

    #[test]
    fn log_ratio_matches_the_hand_computed_value() {
        // (10/1000) / (5/2000) = 0.01 / 0.0025 = 4; log2 4 = 2.
        assert!(close(log_ratio(10.0, 5.0, 1000.0, 2000.0), 2.0));
    }

    #[test]
    fn log_ratio_replaces_a_zero_rest_count_by_one_half() {
        // (4/100) / (0.5/300) = 0.04 / 0.0016667 = 24; log2 24 = 4.584963.
        assert!(close(log_ratio(4.0, 0.0, 100.0, 300.0), 4.584963));
    }

    #[test]
    fn log_ratio_is_negative_for_a_word_the_group_lacks() {
        // (0.5/100) / (12/300) = 0.005 / 0.04 = 0.125; log2 0.125 = −3.
        assert!(close(log_ratio(0.0, 12.0, 100.0, 300.0), -3.0));
    }

    #[test]
    fn conservative_log_ratio_is_the_lower_end_of_the_99_percent_interval() {
        // a=100, b=25, c=1000, d=1000: LR = log2 4 = 2; √(1/100 + 1/25) = √0.05 = 0.223607;
        // half width = 2.575829·0.223607/0.693147 = 0.830953; 2 − 0.830953 = 1.169047.
        assert!(close(conservative_log_ratio(100.0, 25.0, 1000.0, 1000.0), 1.169047));
    }

    #[test]
    fn conservative_log_ratio_of_a_negative_ratio_moves_up_toward_zero() {
        // a=25, b=100, c=d=1000: LR = −2; the same half width 0.830953: −2 + 0.830953 = −1.169047.
        assert!(close(conservative_log_ratio(25.0, 100.0, 1000.0, 1000.0), -1.169047));
    }

    #[test]
    fn conservative_log_ratio_is_zero_when_the_interval_spans_zero() {
        // a=10, b=5, c=1000, d=2000: LR = 2; √(1/10 + 1/5) = √0.3 = 0.547723;
        // half width = 2.575829·0.547723/0.693147 = 2.035411 > 2: the interval spans 0.
        assert_eq!(conservative_log_ratio(10.0, 5.0, 1000.0, 2000.0), 0.0);
    }

    #[test]
    fn conservative_log_ratio_ranks_nine_against_two_above_three_against_none() {
        // c=1000, d=4000. 3 vs 0: LR = log2((3/1000)/(0.5/4000)) = log2 24 = 4.584963;
        // √(1/3 + 1/0.5) = 1.527525; half = 2.575829·1.527525/0.693147 = 5.676491: spans 0, so 0.
        // 9 vs 2: LR = log2((9/1000)/(2/4000)) = log2 18 = 4.169925; √(1/9 + 1/2) = 0.781736;
        // half = 2.575829·0.781736/0.693147 = 2.905037; 4.169925 − 2.905037 = 1.264888.
        // The plain log ratio ranks them the other way round.
        assert_eq!(conservative_log_ratio(3.0, 0.0, 1000.0, 4000.0), 0.0);
        assert!(close(conservative_log_ratio(9.0, 2.0, 1000.0, 4000.0), 1.264888));
        assert!(log_ratio(3.0, 0.0, 1000.0, 4000.0) > log_ratio(9.0, 2.0, 1000.0, 4000.0));
    }
}
