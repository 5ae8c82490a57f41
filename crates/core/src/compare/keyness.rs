//! Keywords: which words a group of articles uses markedly more, or less, than the rest of
//! the corpus.
//!
//! For a word, with `a` its count in the group, `b` its count in the rest, `c` and `d` the
//! total word counts of the group and the rest:
//! - significance is the log-likelihood G² (Rayson & Garside 2000, the two-cell form):
//!   `E1 = c·(a+b)/(c+d)`, `E2 = d·(a+b)/(c+d)`, `G² = 2·(a·ln(a/E1) + b·ln(b/E2))`, with
//!   `0·ln 0 = 0`. A word is key only if `G² ≥ 6.63` (p < 0.01, one degree of freedom);
//! - the effect size, used for ranking, is the log ratio (Hardie 2014): the binary log of the
//!   ratio of relative frequencies, `log2((a/c) / (b/d))`, where a zero count is replaced by
//!   [`ZERO_CORRECTION`] (0.5) so that a word only one side uses gets a finite, comparable
//!   value. +1 means twice as frequent in the group, −1 half as frequent.
//!
//! "The rest" is every article of the corpus outside the group, so keywords of groups that
//! split the corpus (as [`super::groups::group_articles`] does) compare each group with all others.

use super::groups::Group;
use crate::model::Corpus;
use serde::{Deserialize, Serialize};

/// G² at p < 0.01 with one degree of freedom.
pub const CRITICAL_G2_P01: f64 = 6.63;

/// Count used in place of zero in the log ratio.
pub const ZERO_CORRECTION: f64 = 0.5;

/// What [`keyness`] keeps.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct KeynessOptions {
    /// How many keywords to keep per group and direction.
    pub top: usize,
    /// The smallest G² that counts as significant.
    pub min_g2: f64,
}

impl Default for KeynessOptions {
    /// The top 15 in each direction at p < 0.01.
    fn default() -> Self {
        KeynessOptions {
            top: 15,
            min_g2: CRITICAL_G2_P01,
        }
    }
}

/// One word's keyness for one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, miniserde::Serialize)]
pub struct Keyword {
    /// The word, as in [`Corpus::vocabulary`].
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
    /// True only when no article outside the group uses the word.
    pub only_in_group: bool,
}

/// The keywords of one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, miniserde::Serialize)]
pub struct GroupKeywords {
    /// The group's key ([`Group::key`]).
    pub key: String,
    /// Total words in the group's articles.
    pub words_in_group: u64,
    /// Total words in all other articles.
    pub words_in_rest: u64,
    /// Words the group uses markedly more, largest log ratio first.
    pub positive: Vec<Keyword>,
    /// Words the group uses markedly less, most negative log ratio first.
    pub negative: Vec<Keyword>,
}

/// A word every group uses.
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
    /// Words that occur in every group, most frequent first (ties by word).
    pub shared: Vec<SharedWord>,
}

/// [`Keyness`] in a compact form for embedding in the page: words as positions in the corpus
/// vocabulary, G² and log ratio left out (recomputed from the counts by
/// [`CompactKeyness::expand`], with the same functions, so they come back the same).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompactKeyness {
    groups: Vec<CompactGroup>,
    /// Shared words: (vocabulary position, count per group).
    shared: Vec<(u32, Vec<u32>)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct CompactGroup {
    key: String,
    words_in_group: u64,
    words_in_rest: u64,
    positive: Vec<CompactKeyword>,
    negative: Vec<CompactKeyword>,
}

/// (vocabulary position, in group, in rest, articles).
type CompactKeyword = (u32, u32, u32, u32);

impl CompactKeyness {
    /// `keyness` of `corpus`, compacted; `None` if it names a word outside the corpus vocabulary.
    pub fn new(keyness: &Keyness, corpus: &Corpus) -> Option<CompactKeyness> {
        let words = |list: &[Keyword]| -> Option<Vec<CompactKeyword>> {
            list.iter()
                .map(|k| Some((corpus.word_index(&k.word)?, k.in_group, k.in_rest, k.articles)))
                .collect()
        };
        let groups = keyness
            .groups
            .iter()
            .map(|g| {
                Some(CompactGroup {
                    key: g.key.clone(),
                    words_in_group: g.words_in_group,
                    words_in_rest: g.words_in_rest,
                    positive: words(&g.positive)?,
                    negative: words(&g.negative)?,
                })
            })
            .collect::<Option<_>>()?;
        let shared = keyness
            .shared
            .iter()
            .map(|w| Some((corpus.word_index(&w.word)?, w.per_group.clone())))
            .collect::<Option<_>>()?;
        Some(CompactKeyness { groups, shared })
    }

    /// The keyness again, with the words of `vocabulary` (the corpus's it was made with).
    /// Positions past the vocabulary give empty words.
    pub fn expand(&self, vocabulary: &[String]) -> Keyness {
        let word = |w: u32| vocabulary.get(w as usize).cloned().unwrap_or_default();
        let keywords = |list: &[CompactKeyword], c: u64, d: u64| -> Vec<Keyword> {
            list.iter()
                .map(|&(w, a, b, articles)| {
                    let (af, bf, cf, df) = (f64::from(a), f64::from(b), c as f64, d as f64);
                    Keyword {
                        word: word(w),
                        in_group: a,
                        in_rest: b,
                        articles,
                        g2: log_likelihood(af, bf, cf, df),
                        log_ratio: log_ratio(af, bf, cf, df),
                        only_in_group: b == 0,
                    }
                })
                .collect()
        };
        Keyness {
            groups: self
                .groups
                .iter()
                .map(|g| GroupKeywords {
                    key: g.key.clone(),
                    words_in_group: g.words_in_group,
                    words_in_rest: g.words_in_rest,
                    positive: keywords(&g.positive, g.words_in_group, g.words_in_rest),
                    negative: keywords(&g.negative, g.words_in_group, g.words_in_rest),
                })
                .collect(),
            shared: self
                .shared
                .iter()
                .map(|(w, per_group)| SharedWord {
                    word: word(*w),
                    total: per_group.iter().sum(),
                    per_group: per_group.clone(),
                })
                .collect(),
        }
    }
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

/// Keywords of each group against the rest of `corpus`, from the articles' word counts.
/// A group that holds every word of the corpus (or none) has no keywords.
///
/// Sparse: a group's cost is its own distinct words plus the corpus's most frequent words it
/// lacks (only those can be significant: for a word the group never uses, G² grows with the
/// word's count in the rest), so keywords of a thousand one-article groups take milliseconds.
pub fn keyness(corpus: &Corpus, groups: &[Group], options: &KeynessOptions) -> Keyness {
    let size = corpus.vocabulary.len();
    let mut all = vec![0u32; size];
    for article in &corpus.articles {
        for &(w, n) in &article.word_counts {
            if let Some(slot) = all.get_mut(w as usize) {
                *slot += n;
            }
        }
    }
    let corpus_total: u64 = all.iter().map(|&n| u64::from(n)).sum();
    // Words by corpus count, most frequent first: the candidates a group lacks.
    let mut by_count: Vec<u32> = (0..size as u32).filter(|&w| all[w as usize] > 0).collect();
    by_count.sort_by(|&x, &y| all[y as usize].cmp(&all[x as usize]).then(x.cmp(&y)));
    let per_group: Vec<GroupCounts> = groups.iter().map(|g| GroupCounts::of(corpus, g, size)).collect();

    let groups_out = groups
        .iter()
        .zip(&per_group)
        .map(|(group, counts)| keywords_of(corpus, group, counts, &all, &by_count, corpus_total, options))
        .collect();

    let mut shared: Vec<SharedWord> = if per_group.is_empty() {
        Vec::new()
    } else {
        // In how many groups each word occurs; shared words occur in all of them.
        let mut presence = vec![0usize; size];
        for g in &per_group {
            for &(w, _, _) in &g.words {
                presence[w as usize] += 1;
            }
        }
        (0..size)
            .filter(|&w| presence[w] == per_group.len())
            .map(|w| {
                let per: Vec<u32> = per_group.iter().map(|g| g.count(w as u32)).collect();
                SharedWord {
                    word: corpus.vocabulary[w].clone(),
                    total: per.iter().sum(),
                    per_group: per,
                }
            })
            .collect()
    };
    shared.sort_by(|x, y| y.total.cmp(&x.total).then_with(|| x.word.cmp(&y.word)));
    Keyness {
        groups: groups_out,
        shared,
    }
}

/// A group's word counts, sparse: (word, count, articles using it), by word; and its total.
struct GroupCounts {
    words: Vec<(u32, u32, u32)>,
    total: u64,
}

impl GroupCounts {
    fn of(corpus: &Corpus, group: &Group, size: usize) -> Self {
        let mut pairs: Vec<(u32, u32)> = group
            .articles
            .iter()
            .filter_map(|&i| corpus.articles.get(i))
            .flat_map(|article| article.word_counts.iter().copied())
            .filter(|&(w, _)| (w as usize) < size)
            .collect();
        pairs.sort_unstable_by_key(|&(w, _)| w);
        let mut words: Vec<(u32, u32, u32)> = Vec::new();
        for (w, n) in pairs {
            match words.last_mut() {
                Some(last) if last.0 == w => {
                    last.1 += n;
                    last.2 += 1;
                }
                _ => words.push((w, n, 1)),
            }
        }
        let total = words.iter().map(|&(_, n, _)| u64::from(n)).sum();
        GroupCounts { words, total }
    }

    /// The group's count of word `w`.
    fn count(&self, w: u32) -> u32 {
        self.words
            .binary_search_by_key(&w, |&(x, _, _)| x)
            .map_or(0, |i| self.words[i].1)
    }
}

fn keywords_of(
    corpus: &Corpus,
    group: &Group,
    counts: &GroupCounts,
    all: &[u32],
    by_count: &[u32],
    corpus_total: u64,
    options: &KeynessOptions,
) -> GroupKeywords {
    let c = counts.total;
    let d = corpus_total.saturating_sub(c);
    let mut positive = Vec::new();
    let mut negative = Vec::new();
    if c > 0 && d > 0 {
        let (cf, df) = (c as f64, d as f64);
        // Considers word `w` (count `a` here, in `articles` articles); returns its G².
        let mut consider = |w: u32, a: u32, articles: u32| {
            let b = all[w as usize].saturating_sub(a);
            if a == 0 && b == 0 {
                return 0.0;
            }
            let (af, bf) = (f64::from(a), f64::from(b));
            let g2 = log_likelihood(af, bf, cf, df);
            if g2 < options.min_g2 {
                return g2;
            }
            let keyword = Keyword {
                word: corpus.vocabulary[w as usize].clone(),
                in_group: a,
                in_rest: b,
                articles,
                g2,
                log_ratio: log_ratio(af, bf, cf, df),
                only_in_group: b == 0,
            };
            if keyword.log_ratio > 0.0 {
                positive.push(keyword);
            } else if keyword.log_ratio < 0.0 {
                negative.push(keyword);
            }
            g2
        };
        for &(w, a, articles) in &counts.words {
            consider(w, a, articles);
        }
        // Words the group never uses, most frequent first: G² = 2·b·ln((c+d)/d) grows with b,
        // so the first one clearly below the threshold (a margin for rounding) ends the search.
        for &w in by_count {
            if counts.count(w) == 0 && consider(w, 0, 0) < options.min_g2 - 1e-9 {
                break;
            }
        }
    }
    let by_strength = |x: &Keyword, y: &Keyword| {
        y.log_ratio
            .abs()
            .total_cmp(&x.log_ratio.abs())
            .then_with(|| y.g2.total_cmp(&x.g2))
            .then_with(|| x.word.cmp(&y.word))
    };
    positive.sort_by(by_strength);
    negative.sort_by(by_strength);
    positive.truncate(options.top);
    negative.truncate(options.top);
    GroupKeywords {
        key: group.key.clone(),
        words_in_group: c,
        words_in_rest: d,
        positive,
        negative,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::groups::{group_articles, GroupBy};
    use crate::compare::test_support::{article, with_words};

    fn close(x: f64, y: f64) -> bool {
        (x - y).abs() < 1e-4
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

    /// Two sources: qq (two articles) and cdt (one), over the vocabulary
    /// [国运, 开源, 模型, 芯片].
    fn corpus() -> Corpus {
        let vocabulary = ["国运", "开源", "模型", "芯片"].map(String::from).to_vec();
        Corpus {
            articles: vec![
                with_words(article("q1", "qq", None, 100, None), &[(1, 6), (2, 20), (3, 4)]),
                with_words(article("q2", "qq", None, 100, None), &[(1, 4), (2, 20), (3, 6)]),
                with_words(article("c1", "cdt", None, 100, None), &[(0, 8), (2, 10), (3, 2)]),
            ],
            notes: vec![],
            vocabulary,
        }
    }

    fn keyness_by_source() -> Keyness {
        let c = corpus();
        keyness(
            &c,
            &group_articles(&c.articles, GroupBy::Source),
            &KeynessOptions::default(),
        )
    }

    #[test]
    fn totals_of_group_and_rest_come_from_the_word_counts() {
        // qq: 6+20+4 + 4+20+6 = 60 words; cdt: 8+10+2 = 20.
        let k = keyness_by_source();
        let qq = &k.groups[0];
        assert_eq!((qq.key.as_str(), qq.words_in_group, qq.words_in_rest), ("qq", 60, 20));
    }

    #[test]
    fn a_word_only_one_group_uses_is_a_positive_keyword_flagged_only_in_group() {
        // cdt vs qq for 国运: a=8, b=0, c=20, d=60. E1 = 20·8/80 = 2; G² = 2·8·ln 4 = 22.180710.
        // Log ratio: (8/20) / (0.5/60) = 0.4 / 0.0083333 = 48; log2 48 = 5.584963.
        let k = keyness_by_source();
        let cdt = &k.groups[1];
        let top = &cdt.positive[0];
        assert_eq!(
            (top.word.as_str(), top.in_group, top.in_rest, top.articles),
            ("国运", 8, 0, 1)
        );
        assert!(close(top.g2, 22.180710) && close(top.log_ratio, 5.584963) && top.only_in_group);
    }

    #[test]
    fn the_other_group_gets_the_same_word_as_a_negative_keyword() {
        // qq vs cdt for 国运: a=0, b=8, c=60, d=20. E2 = 20·8/80 = 2; G² = 2·8·ln 4 = 22.180710.
        // Log ratio: (0.5/60) / (8/20) = 1/48; log2 = −5.584963.
        let k = keyness_by_source();
        let neg = &k.groups[0].negative[0];
        assert_eq!((neg.word.as_str(), neg.only_in_group), ("国运", false));
        assert!(close(neg.g2, 22.180710) && close(neg.log_ratio, -5.584963));
    }

    #[test]
    fn a_one_sided_word_below_the_threshold_is_not_key() {
        // qq vs cdt for 开源: a=10, b=0 — only qq uses it, in both its articles.
        // E1 = 60·10/80 = 7.5; G² = 2·10·ln(10/7.5) = 20·0.287682 = 5.753641 < 6.63: not key.
        let k = keyness_by_source();
        assert!(k.groups[0].positive.iter().all(|w| w.word != "开源"));
    }

    #[test]
    fn insignificant_differences_are_left_out() {
        // 模型: qq 40/60, cdt 10/20. E1 = 60·50/80 = 37.5, E2 = 12.5;
        // G² = 2·(40·ln(40/37.5) + 10·ln(10/12.5)) = 2·(2.581571 − 2.231436) = 0.700271.
        let k = keyness_by_source();
        let listed = k.groups.iter().flat_map(|g| g.positive.iter().chain(&g.negative));
        assert!(listed.into_iter().all(|w| w.word != "模型"));
    }

    #[test]
    fn shared_words_occur_in_every_group_most_frequent_first() {
        // 模型 (50) and 芯片 (12) occur in both groups; 国运 and 开源 in one only.
        let k = keyness_by_source();
        let shared: Vec<(&str, u32, Vec<u32>)> = k
            .shared
            .iter()
            .map(|s| (s.word.as_str(), s.total, s.per_group.clone()))
            .collect();
        assert_eq!(shared, [("模型", 50, vec![40, 10]), ("芯片", 12, vec![10, 2])]);
    }

    #[test]
    fn a_group_holding_the_whole_corpus_has_no_keywords() {
        let c = corpus();
        let mut all = group_articles(&c.articles, GroupBy::Source).remove(0);
        all.articles = vec![0, 1, 2];
        let k = keyness(&c, &[all], &KeynessOptions::default());
        assert!(k.groups[0].positive.is_empty() && k.groups[0].negative.is_empty());
    }

    #[test]
    fn top_limits_the_number_of_keywords() {
        let c = corpus();
        let options = KeynessOptions {
            top: 0,
            ..Default::default()
        };
        let k = keyness(&c, &group_articles(&c.articles, GroupBy::Source), &options);
        assert!(k.groups.iter().all(|g| g.positive.is_empty() && g.negative.is_empty()));
    }
    /// The keywords of one group the simple way, every word of the vocabulary in turn: what
    /// the sparse [`keyness`] must agree with.
    fn dense_reference(c: &Corpus, group: &Group, options: &KeynessOptions) -> (Vec<Keyword>, Vec<Keyword>) {
        let size = c.vocabulary.len();
        let (mut all, mut here, mut seen) = (vec![0u32; size], vec![0u32; size], vec![0u32; size]);
        for (i, a) in c.articles.iter().enumerate() {
            for &(w, n) in &a.word_counts {
                all[w as usize] += n;
                if group.articles.contains(&i) {
                    here[w as usize] += n;
                    seen[w as usize] += 1;
                }
            }
        }
        let total: u64 = all.iter().map(|&n| u64::from(n)).sum();
        let c_: u64 = here.iter().map(|&n| u64::from(n)).sum();
        let d_ = total - c_;
        let (mut pos, mut neg) = (Vec::new(), Vec::new());
        for w in 0..size {
            let (a, b) = (here[w], all[w] - here[w]);
            if a + b == 0 || c_ == 0 || d_ == 0 {
                continue;
            }
            let args = (f64::from(a), f64::from(b), c_ as f64, d_ as f64);
            let g2 = log_likelihood(args.0, args.1, args.2, args.3);
            let lr = log_ratio(args.0, args.1, args.2, args.3);
            if g2 < options.min_g2 || lr == 0.0 {
                continue;
            }
            let k = Keyword {
                word: c.vocabulary[w].clone(),
                in_group: a,
                in_rest: b,
                articles: seen[w],
                g2,
                log_ratio: lr,
                only_in_group: b == 0,
            };
            if lr > 0.0 {
                pos.push(k)
            } else {
                neg.push(k)
            }
        }
        let order = |x: &Keyword, y: &Keyword| {
            y.log_ratio
                .abs()
                .total_cmp(&x.log_ratio.abs())
                .then_with(|| y.g2.total_cmp(&x.g2))
                .then_with(|| x.word.cmp(&y.word))
        };
        pos.sort_by(order);
        neg.sort_by(order);
        pos.truncate(options.top);
        neg.truncate(options.top);
        (pos, neg)
    }

    #[test]
    fn sparse_keyness_agrees_with_the_word_by_word_computation() {
        // 40 articles over 300 words from a fixed pseudo-random generator: word w is likelier
        // in articles of source w % 4, so every grouping has keywords both ways.
        let mut seed: u64 = 7;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let vocabulary: Vec<String> = (0..300).map(|w| format!("w{w}")).collect();
        let sources = ["qq", "cdt", "ifeng", "unknown"];
        let articles = (0..40)
            .map(|i| {
                let source = sources[i % 4];
                let author = ["甲", "乙", "丙"][i % 3];
                let mut counts: Vec<(u32, u32)> = (0..300u32)
                    .filter_map(|w| {
                        let likely = w as usize % 4 == i % 4;
                        let n = next(if likely { 9 } else { 4 }) as u32;
                        (n > 1).then_some((w, n + u32::from(w < 20) * 30))
                    })
                    .collect();
                counts.retain(|&(w, _)| w % 7 != (i as u32) % 7);
                with_words(article(&format!("a{i}"), source, Some(author), 1000, None), &counts)
            })
            .collect();
        let c = Corpus {
            articles,
            notes: vec![],
            vocabulary,
        };
        for by in GroupBy::ALL {
            for options in [
                KeynessOptions::default(),
                KeynessOptions { top: 1000, min_g2: 0.0 },
                KeynessOptions { top: 50, min_g2: 3.84 },
            ] {
                let groups = group_articles(&c.articles, by);
                let k = keyness(&c, &groups, &options);
                for (g, got) in groups.iter().zip(&k.groups) {
                    let (pos, neg) = dense_reference(&c, g, &options);
                    assert_eq!((&got.positive, &got.negative), (&pos, &neg), "{by:?} {}", g.key);
                }
                let listed = k
                    .groups
                    .iter()
                    .map(|g| g.positive.len() + g.negative.len())
                    .sum::<usize>();
                assert!(listed > 0, "{by:?}: some keywords");
            }
        }
    }
    #[test]
    fn compact_keyness_expands_to_the_same_keyness() {
        let c = corpus();
        for by in GroupBy::ALL {
            let k = keyness(&c, &group_articles(&c.articles, by), &KeynessOptions::default());
            let compact = CompactKeyness::new(&k, &c).expect("every word is in the vocabulary");
            assert_eq!(compact.expand(&c.vocabulary), k, "{by:?}");
        }
    }

    #[test]
    fn compact_keyness_needs_the_corpus_words() {
        let c = corpus();
        let mut k = keyness_by_source();
        k.groups[1].positive[0].word = "不在词表".into();
        assert!(CompactKeyness::new(&k, &c).is_none());
    }
}
