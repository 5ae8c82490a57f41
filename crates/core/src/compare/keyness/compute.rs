//! The keyword computation (build time, feature `ingest`): build.rs runs it once per
//! grouping over the ingested corpus and stores the result compact
//! ([`super::CompactKeyness`]); the page never runs it.

use super::measure::{conservative_log_ratio, log_likelihood, log_ratio, GroupKeywords, Keyness, Keyword, SharedWord};
use crate::compare::groups::Group;
use crate::model::Corpus;
use serde::{Deserialize, Serialize};

/// G² at p < 0.01 with one degree of freedom.
pub const CRITICAL_G2_P01: f64 = 6.63;

/// What [`keyness`] keeps.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct KeynessOptions {
    /// How many keywords that are not stop words to keep per group and direction (with the
    /// stop words ranking above the last of them).
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
    let stop: Vec<bool> = corpus.vocabulary.iter().map(|w| corpus.is_stop_word(w)).collect();
    let totals = Totals {
        all: &all,
        by_count: &by_count,
        stop: &stop,
        corpus: corpus_total,
    };

    let groups_out = groups
        .iter()
        .zip(&per_group)
        .map(|(group, counts)| keywords_of(corpus, group, counts, &totals, options))
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
            .filter(|&w| presence[w] == per_group.len() && !stop[w])
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

/// What every group's keywords are computed against: per vocabulary word its corpus count
/// (`all`) and whether it is a stop word (`stop`); the words by count, most frequent first
/// (`by_count`); the corpus's word total.
struct Totals<'a> {
    all: &'a [u32],
    by_count: &'a [u32],
    stop: &'a [bool],
    corpus: u64,
}

fn keywords_of(
    corpus: &Corpus,
    group: &Group,
    counts: &GroupCounts,
    totals: &Totals,
    options: &KeynessOptions,
) -> GroupKeywords {
    let Totals {
        all, by_count, stop, ..
    } = *totals;
    let c = counts.total;
    let d = totals.corpus.saturating_sub(c);
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
                conservative: conservative_log_ratio(af, bf, cf, df),
                only_in_group: b == 0,
                stop: stop[w as usize],
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
    positive.sort_by(by_strength);
    negative.sort_by(by_strength);
    keep_top(&mut positive, options.top);
    keep_top(&mut negative, options.top);
    GroupKeywords {
        key: group.key.clone(),
        words_in_group: c,
        words_in_rest: d,
        positive,
        negative,
    }
}

/// Cuts `ranked` after its `top`-th word that is not a stop word: the stop words ranking
/// above it stay (the page shows them on request), those below it go.
fn keep_top(ranked: &mut Vec<Keyword>, top: usize) {
    if top == 0 {
        ranked.clear();
        return;
    }
    let mut content = 0;
    let end = ranked
        .iter()
        .position(|k| {
            content += usize::from(!k.stop);
            content == top
        })
        .map_or(ranked.len(), |last| last + 1);
    ranked.truncate(end);
}

/// The keyword order: largest conservative log ratio (in size) first, then largest G², then
/// by word, so the order is total and the same at every build.
fn by_strength(x: &Keyword, y: &Keyword) -> std::cmp::Ordering {
    y.conservative
        .abs()
        .total_cmp(&x.conservative.abs())
        .then_with(|| y.g2.total_cmp(&x.g2))
        .then_with(|| x.word.cmp(&y.word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::groups::{group_articles, GroupBy};
    use crate::compare::test_support::{article, close, with_words};
    use crate::compare::test_support::{keyness_by_source, keyness_corpus as corpus};

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
        // Conservative: √(1/8 + 1/0.5) = 1.457738; half width 2.575829·1.457738/0.693147 =
        // 5.417152; 5.584963 − 5.417152 = 0.167810.
        let k = keyness_by_source();
        let cdt = &k.groups[1];
        let top = &cdt.positive[0];
        assert_eq!(
            (top.word.as_str(), top.in_group, top.in_rest, top.articles),
            ("国运", 8, 0, 1)
        );
        assert!(close(top.g2, 22.180710) && close(top.log_ratio, 5.584963) && top.only_in_group);
        assert!(close(top.conservative, 0.167810));
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
    fn keywords_are_flagged_as_stop_words_from_the_corpus_list() {
        // 国运 and 模型 stop words here: the same counts, so the same figures, 国运 now flagged;
        // 模型, which both groups use, is left out of the shared words.
        let mut c = corpus();
        c.stop_words = vec!["国运".into(), "模型".into()];
        let k = keyness(
            &c,
            &group_articles(&c.articles, GroupBy::Source),
            &KeynessOptions::default(),
        );
        let top = &k.groups[1].positive[0];
        assert_eq!((top.word.as_str(), top.stop), ("国运", true));
        assert!(close(top.g2, 22.180710));
        assert!(k
            .groups
            .iter()
            .flat_map(|g| &g.positive)
            .all(|w| w.stop == (w.word == "国运")));
        assert!(k.shared.iter().all(|w| w.word != "模型"), "{:?}", k.shared);
        assert!(!keyness_by_source().groups[1].positive[0].stop);
    }

    #[test]
    fn the_top_counts_only_words_that_are_not_stop_words() {
        let ranked = |stops: &[bool]| -> Vec<Keyword> {
            let k = keyness_by_source().groups[1].positive[0].clone();
            (0..stops.len())
                .map(|i| Keyword {
                    word: format!("w{i}"),
                    stop: stops[i],
                    ..k.clone()
                })
                .collect()
        };
        let kept = |stops: &[bool], top: usize| -> Vec<String> {
            let mut list = ranked(stops);
            keep_top(&mut list, top);
            list.into_iter().map(|k| k.word).collect()
        };
        // Stop words above the second content word stay; the one below it goes.
        assert_eq!(
            kept(&[true, false, true, false, true, false], 2),
            ["w0", "w1", "w2", "w3"]
        );
        assert_eq!(kept(&[true, false, true], 5), ["w0", "w1", "w2"]);
        assert!(kept(&[true, false], 0).is_empty());
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
                conservative: conservative_log_ratio(args.0, args.1, args.2, args.3),
                only_in_group: b == 0,
                stop: c.is_stop_word(&c.vocabulary[w]),
            };
            if lr > 0.0 {
                pos.push(k)
            } else {
                neg.push(k)
            }
        }
        pos.sort_by(by_strength);
        neg.sort_by(by_strength);
        keep_top(&mut pos, options.top);
        keep_top(&mut neg, options.top);
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
        // Some frequent words, and some rarer ones, are stop words.
        let mut stop_words: Vec<String> = [3, 7, 11, 40, 41, 42, 43, 44, 45].map(|w| format!("w{w}")).to_vec();
        stop_words.sort();
        let c = Corpus {
            articles,
            vocabulary,
            stop_words,
            ..Corpus::default()
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
                // One group (all in one folder, all undated) has nothing to compare.
                assert!(listed > 0 || groups.len() < 2, "{by:?}: some keywords");
            }
        }
    }
}
