//! The title order: natural (numbers as numbers) and, for Chinese titles, by pinyin. Computed
//! at build time into [`Article::title_rank`], so the page ships one number per article and
//! none of the pinyin tables.

use crate::model::Article;
use pinyin::ToPinyin;
use std::cmp::Ordering;

/// Sets every article's [`Article::title_rank`] to its place (0 first) in title order.
///
/// Titles are compared in four levels, each only breaking the ties of the one before:
/// 1. **Letters and numbers**, everything else (spaces, punctuation, symbols) skipped:
///    - a run of digits (ASCII or full-width) is one number and compares by its value
///      (`第 2 期` < `第 10 期` < `第 100 期`, `Part 2` < `Part 10`), before any letter;
///    - a Chinese character stands for the letters of its Hanyu Pinyin without tones (its
///      most common reading: 安 `an` < 北 `bei` < 中 `zhong`), and Latin letters stand for
///      themselves in lower case, so both compare letter by letter in one alphabet
///      (`AI 报告` < `安全` < `北京` < `Beta`);
///    - other letters (without a pinyin) compare by code point, after `z`;
/// 2. **tones**: the tone numbers (1 to 4, 5 for the neutral tone; 0 for a Latin letter) of
///    the characters in order (妈 `ma1` < 马 `ma3`; `Ma` < 妈);
/// 3. **the characters themselves** by code point (so upper case before lower case, and
///    homophones in a fixed order; `02` < `2`);
/// 4. the whole title by code point, then the file name (equal titles keep file order).
pub fn rank_titles(articles: &mut [Article]) {
    let keys: Vec<TitleKey> = articles.iter().map(|a| TitleKey::new(&a.title)).collect();
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&a, &b| {
        keys[a]
            .cmp(&keys[b])
            .then_with(|| articles[a].title.cmp(&articles[b].title))
            .then_with(|| articles[a].file.cmp(&articles[b].file))
            .then(a.cmp(&b))
    });
    for (rank, i) in order.into_iter().enumerate() {
        articles[i].title_rank = u32::try_from(rank).unwrap_or(u32::MAX);
    }
}

/// One unit of the first level: a number (its digits without leading zeros, compared by
/// length first, so by value) sorts before a letter.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    Number { len: usize, digits: String },
    Letter(char),
}

/// A title's sort key: the first three levels of [`rank_titles`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct TitleKey {
    units: Vec<Unit>,
    tones: Vec<u8>,
    chars: Vec<char>,
}

impl TitleKey {
    fn new(title: &str) -> TitleKey {
        let mut key = TitleKey {
            units: Vec::new(),
            tones: Vec::new(),
            chars: Vec::new(),
        };
        let mut digits = String::new();
        for c in title.chars() {
            if let Some(d) = digit(c) {
                digits.push(d);
                key.chars.push(c);
                continue;
            }
            key.flush_number(&mut digits);
            if let Some(p) = c.to_pinyin() {
                key.units.extend(p.plain().chars().map(Unit::Letter));
                key.tones.push(tone(p.with_tone_num_end()));
                key.chars.push(c);
            } else if c.is_alphabetic() {
                key.units.extend(c.to_lowercase().map(Unit::Letter));
                key.tones.push(0);
                key.chars.push(c);
            }
        }
        key.flush_number(&mut digits);
        key
    }

    fn flush_number(&mut self, digits: &mut String) {
        if digits.is_empty() {
            return;
        }
        let value = digits.trim_start_matches('0');
        let value = if value.is_empty() { "0" } else { value };
        self.units.push(Unit::Number {
            len: value.len(),
            digits: value.to_string(),
        });
        digits.clear();
    }
}

/// The ASCII digit a digit character (ASCII or full-width) stands for.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

/// The tone number at the end of a `with_tone_num_end` syllable; 5 (neutral) without one.
fn tone(syllable: &str) -> u8 {
    match syllable.chars().last().and_then(|c| c.to_digit(10)) {
        Some(t @ 1..=4) => t as u8,
        _ => 5,
    }
}

/// Compares two titles in title order (the first three levels, then code point): for tests
/// and for checking a corpus's ranks.
pub fn compare_titles(a: &str, b: &str) -> Ordering {
    TitleKey::new(a).cmp(&TitleKey::new(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranked(titles: &[(&str, &str)]) -> Vec<String> {
        let mut articles: Vec<Article> = titles
            .iter()
            .map(|(file, title)| Article {
                title: (*title).into(),
                file: (*file).into(),
                ..crate::test_support::article(file)
            })
            .collect();
        rank_titles(&mut articles);
        let mut order: Vec<&Article> = articles.iter().collect();
        order.sort_by_key(|a| a.title_rank);
        order.iter().map(|a| format!("{}:{}", a.file, a.title)).collect()
    }

    fn sorted(titles: &[&str]) -> Vec<String> {
        let files: Vec<(String, &str)> = titles.iter().enumerate().map(|(i, t)| (format!("{i}"), *t)).collect();
        let pairs: Vec<(&str, &str)> = files.iter().map(|(f, t)| (f.as_str(), *t)).collect();
        ranked(&pairs)
            .into_iter()
            .map(|s| s.split_once(':').expect("file:title").1.to_string())
            .collect()
    }

    #[test]
    fn numbers_compare_as_numbers() {
        assert_eq!(
            sorted(&["第 100 期", "第 10 期", "第 2 期", "第 1 期"]),
            ["第 1 期", "第 2 期", "第 10 期", "第 100 期"]
        );
        assert_eq!(
            sorted(&["Part 10", "part 2", "Part 1"]),
            ["Part 1", "part 2", "Part 10"]
        );
        assert_eq!(
            sorted(&["第１０期", "第2期"]),
            ["第2期", "第１０期"],
            "full-width digits"
        );
        assert_eq!(
            compare_titles("02", "2"),
            Ordering::Less,
            "same value: the characters decide"
        );
    }

    #[test]
    fn chinese_titles_go_by_pinyin() {
        assert_eq!(sorted(&["中国", "北京", "安全"]), ["安全", "北京", "中国"]);
        // Same letters: the tone decides (妈 ma1, 麻 ma2, 马 ma3, 骂 ma4).
        assert_eq!(sorted(&["骂", "马", "妈", "麻"]), ["妈", "麻", "马", "骂"]);
    }

    #[test]
    fn latin_letters_mix_with_pinyin_case_insensitively_and_numbers_come_first() {
        assert_eq!(
            sorted(&["北京", "beta", "安全", "AI 报告", "2025 年", "Zebra"]),
            ["2025 年", "AI 报告", "安全", "北京", "beta", "Zebra"]
        );
        assert_eq!(compare_titles("Ma", "妈"), Ordering::Less, "a Latin letter has tone 0");
        assert_eq!(compare_titles("Apple", "apple"), Ordering::Less, "upper case first");
    }

    #[test]
    fn punctuation_and_spaces_do_not_count_first() {
        assert_eq!(sorted(&["「中国」", "北京"]), ["北京", "「中国」"]);
        assert_eq!(
            compare_titles("第2期", "第 2 期"),
            Ordering::Greater,
            "only the last level sees spaces"
        );
    }

    #[test]
    fn equal_titles_keep_file_order() {
        assert_eq!(
            ranked(&[("b.txt", "同题"), ("a.txt", "同题"), ("c.txt", "安")]),
            ["c.txt:安", "a.txt:同题", "b.txt:同题"]
        );
    }

    #[test]
    fn ranks_are_a_permutation() {
        let mut articles: Vec<Article> = ["z", "a", "a", "中"]
            .iter()
            .enumerate()
            .map(|(i, t)| Article {
                title: (*t).into(),
                ..crate::test_support::article(&i.to_string())
            })
            .collect();
        rank_titles(&mut articles);
        let mut ranks: Vec<u32> = articles.iter().map(|a| a.title_rank).collect();
        ranks.sort_unstable();
        assert_eq!(ranks, [0, 1, 2, 3]);
    }
}
