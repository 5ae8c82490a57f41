//! The build-time figure scanner: [`extract`] finds, in Arabic or Chinese numerals:
//! - percentages: `17%`, `90%以上`, `3%到5%` (one figure with a range), `百分之五`;
//! - money: a number with a currency, `5890亿美元`, `不到50美元`, `数百万美元`;
//! - multiples: `222倍`, `8.7倍`;
//! - fractions: `1/50`, `十分之一`, `三分之一`;
//! - counts: a number with a unit (`52家`, `一万块`, `7天`, `100多个`, `3个月`), or a number
//!   with a magnitude and no unit (`五万`, `两千多`, `超过1亿`, `上万亿`).
//!
//! Deliberately not figures, because they are not claims about quantities:
//! - dates and years: `2025年`, `1月27日`, `20日`, `90年代`, `2025.2.12` (a four-digit number before
//!   年 is a year; any number before 月, 日 or 号 is a date);
//! - ordinals (`第3期`) and identifiers (`R1`, `o1`, `H800`, `GPT-4`, `360集团`): a number right
//!   after a Latin letter or digit, or a bare number with no unit;
//! - `一` alone before a unit (`一个`, `一家`, `一年`): that is the indefinite article;
//! - bare magnitude characters (`千家万户`, `百行千业`, `千年`, `万一`, `千万`), which are idioms;
//!   they count only after 上, 数 or 几 (`上百家`, `数十亿美元`, `几十万`), and those vague
//!   amounts have no [`Figure::value`];
//! - `十分` not followed by 之 (the adverb "very").
//!
//! Known gaps: an amount whose currency is only implied (`降至80万` after `300万美元`) is a plain
//! count; magnitudes used as adjectives (`百亿参数`) are skipped with the idioms.

use super::numerals::{ascii_digit, chinese_digit, chinese_value, is_digit, magnitude, ratio, Number};
use super::sentence::sentence_ranges;
use super::units::{COUNT_UNITS, CURRENCIES, PREFIXES, RANGE_JOINERS, SUFFIXES};
use crate::model::{Figure, FigureKind, Qualifier};
use crate::script::is_han;

/// Every figure in `text`, in text order, with byte ranges into `text`.
pub fn extract(text: &str) -> Vec<Figure> {
    let scanner = Scanner::new(text);
    let sentences = sentence_ranges(text);
    let mut figures = Vec::new();
    let mut i = 0;
    while i < scanner.chars.len() {
        match scanner.figure_at(i) {
            Some((found, end)) => {
                let start_byte = scanner.byte(i);
                let end_byte = scanner.byte(end);
                let k = sentences.partition_point(|s| s.end <= start_byte);
                let sentence = sentences
                    .get(k)
                    .filter(|s| s.start <= start_byte)
                    .cloned()
                    .unwrap_or(start_byte..end_byte);
                figures.push(Figure {
                    kind: found.kind,
                    range: start_byte..end_byte,
                    sentence,
                    value: found.value,
                    upper: found.upper,
                    qualifier: found.qualifier,
                    unit: found.unit,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    figures
}

/// What [`Scanner::figure_at`] found, before byte offsets are attached.
struct Found {
    kind: FigureKind,
    value: Option<f64>,
    upper: Option<f64>,
    qualifier: Qualifier,
    unit: String,
}

struct Scanner {
    chars: Vec<char>,
    bytes: Vec<usize>,
}

impl Scanner {
    fn new(text: &str) -> Self {
        let (bytes, chars): (Vec<usize>, Vec<char>) = text.char_indices().unzip();
        let mut bytes = bytes;
        bytes.push(text.len());
        Scanner { chars, bytes }
    }

    fn byte(&self, i: usize) -> usize {
        self.bytes[i]
    }

    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn starts_with(&self, i: usize, s: &str) -> bool {
        s.chars().enumerate().all(|(k, c)| self.at(i + k) == Some(c))
    }

    fn starts_with_any<'s>(&self, i: usize, list: &[&'s str]) -> Option<&'s str> {
        list.iter().copied().find(|s| self.starts_with(i, s))
    }

    /// The figure starting at character `i` (prefix qualifier included) and the index past it.
    fn figure_at(&self, i: usize) -> Option<(Found, usize)> {
        let (prefix, start) = PREFIXES
            .iter()
            .find(|(p, _)| self.starts_with(i, p))
            .map_or((Qualifier::Exact, i), |(p, q)| (*q, i + p.chars().count()));
        if start == i && !self.may_start_number(i) {
            return None;
        }
        let (mut found, end) = self.percent_words(start).or_else(|| self.quantity(start))?;
        let (suffix, end) = self.suffix(end);
        found.qualifier = [prefix, found.qualifier, suffix]
            .into_iter()
            .find(|q| *q != Qualifier::Exact)
            .unwrap_or(Qualifier::Exact);
        Some((found, end))
    }

    fn suffix(&self, i: usize) -> (Qualifier, usize) {
        SUFFIXES
            .iter()
            .find(|(s, _)| self.starts_with(i, s))
            .map_or((Qualifier::Exact, i), |(s, q)| (*q, i + s.chars().count()))
    }

    /// Whether a number may begin at `i` without a prefix: not in the middle of a number or
    /// an identifier, not an ordinal.
    fn may_start_number(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|p| self.at(p)) else {
            return true;
        };
        if prev == '第' || is_digit(prev) || chinese_digit(prev).is_some() || magnitude(prev).is_some() {
            return false;
        }
        // Arabic digits right after a Latin letter belong to a name (R1, H800, GPT-4, v2.5);
        // Chinese numerals there do not (OpenAI十分之一).
        let before_prev = i.checked_sub(2).and_then(|p| self.at(p));
        let identifier = prev.is_ascii_alphanumeric()
            || matches!(prev, '.' | '/' | '_')
            || (prev == '-' && before_prev.is_some_and(|c| c.is_ascii_alphanumeric()));
        !(identifier && self.at(i).is_some_and(is_digit))
    }

    /// `百分之五` and `千分之三`.
    fn percent_words(&self, i: usize) -> Option<(Found, usize)> {
        let (kind, scale, unit) = if self.starts_with(i, "百分之") {
            (FigureKind::Percent, 1.0, "%")
        } else if self.starts_with(i, "千分之") {
            (FigureKind::Fraction, 0.001, "")
        } else {
            return None;
        };
        let n = self.number(i + 3)?;
        Some((
            Found {
                kind,
                value: n.value.map(|v| v * scale),
                upper: None,
                qualifier: n.qualifier,
                unit: unit.into(),
            },
            n.end,
        ))
    }

    /// A number with its unit, a fraction, or a range of two numbers.
    fn quantity(&self, i: usize) -> Option<(Found, usize)> {
        let first = self.number(i)?;
        if let Some(fraction) = self.fraction(&first) {
            return Some(fraction);
        }
        let first_unit = self.unit(first.end, &first);
        self.range(&first, first_unit.as_ref()).or_else(|| {
            let unit = first_unit?;
            let end = unit.end;
            Some((
                Found {
                    kind: unit.kind,
                    value: first.value,
                    upper: None,
                    qualifier: first.qualifier,
                    unit: unit.text,
                },
                end,
            ))
        })
    }

    /// `3%到5%`, `3到5%`, `3-5万`: the first number (with its unit, if it has one) followed by a
    /// joiner and a second number whose unit is the same.
    fn range(&self, first: &Number, first_unit: Option<&Unit>) -> Option<(Found, usize)> {
        let joiner_at = first_unit.map_or(first.end, |u| u.end);
        let after = joiner_at + 1;
        let joined = self.at(joiner_at).is_some_and(|c| RANGE_JOINERS.contains(&c))
            && self
                .at(after)
                .is_some_and(|c| is_digit(c) || chinese_digit(c).is_some());
        if !joined || first.year_like {
            return None;
        }
        let second = self.number(after)?;
        let unit = self.unit(second.end, &second)?;
        if first_unit.is_some_and(|u| u.kind != unit.kind || u.text != unit.text) {
            return None;
        }
        // A bare first number takes the second's magnitude: 3到5万 is 3万 to 5万.
        let value = if first_unit.is_none() && !first.has_magnitude {
            first.value.map(|v| v * second.factor)
        } else {
            first.value
        };
        let end = unit.end;
        Some((
            Found {
                kind: unit.kind,
                value,
                upper: second.value,
                qualifier: first.qualifier,
                unit: unit.text,
            },
            end,
        ))
    }

    /// `1/50` or `三分之一`, the denominator being `n`.
    fn fraction(&self, n: &Number) -> Option<(Found, usize)> {
        if self.at(n.end) == Some('/') {
            let denominator = self.number(n.end + 1)?;
            let plain = |x: &Number| !x.has_magnitude && x.qualifier == Qualifier::Exact;
            let next = self.at(denominator.end);
            if !plain(n) || !plain(&denominator) || next.is_some_and(|c| c == '/' || c.is_ascii_alphanumeric()) {
                return None;
            }
            let value = ratio(n.value, denominator.value);
            return Some((fraction_found(value), denominator.end));
        }
        if self.starts_with(n.end, "分之") {
            let numerator = self.number(n.end + 2)?;
            let value = ratio(numerator.value, n.value);
            return Some((fraction_found(value), numerator.end));
        }
        None
    }

    /// The unit after a number ending at `i`, if the number with it is a figure.
    fn unit(&self, i: usize, n: &Number) -> Option<Unit> {
        let c = self.at(i);
        let unit = |kind, text: &str| Unit {
            kind,
            text: text.into(),
            end: i + text.chars().count(),
        };
        if matches!(c, Some('%' | '％')) {
            return Some(unit(FigureKind::Percent, "%"));
        }
        if self.starts_with(i, "个百分点") {
            return Some(unit(FigureKind::Percent, "个百分点"));
        }
        if c == Some('倍') {
            return Some(unit(FigureKind::Multiple, "倍"));
        }
        if let Some(currency) = self.starts_with_any(i, CURRENCIES) {
            return Some(unit(FigureKind::Money, currency));
        }
        if matches!(c, Some('月' | '日' | '号')) || self.starts_with(i, "年代") {
            return None;
        }
        if let Some(count) = self.starts_with_any(i, COUNT_UNITS) {
            let year = count == "年" && n.year_like;
            return (!year && !n.lone_one).then(|| unit(FigureKind::Count, count));
        }
        (n.has_magnitude && !n.year_like).then(|| unit(FigureKind::Count, ""))
    }

    /// A number at `i`: Arabic digits with optional decimals and magnitudes (`5890亿`, `224.6亿`),
    /// Chinese numerals (`两千`, `十`, `一万`), or a vague one (`上百`, `数十`, `几百`), with an
    /// optional 多 or 余.
    fn number(&self, i: usize) -> Option<Number> {
        let c = self.at(i)?;
        let mut n = if is_digit(c) {
            self.arabic(i)?
        } else if matches!(c, '上' | '数' | '几') && self.at(i + 1).and_then(magnitude).is_some() {
            let mut n = self.chinese(i + 1, true)?;
            if c == '上' {
                n.qualifier = Qualifier::AtLeast;
            } else {
                n.value = None;
                n.qualifier = Qualifier::About;
            }
            n
        } else if chinese_digit(c).is_some() || c == '十' {
            self.chinese(i, false)?
        } else {
            return None;
        };
        if matches!(self.at(n.end), Some('多' | '余')) {
            let after = n.end + 1;
            let next = self.at(after);
            let unit_follows = next.is_some_and(|c| magnitude(c).is_some() || c == '倍' || c == '%')
                || self.starts_with_any(after, COUNT_UNITS).is_some()
                || self.starts_with_any(after, CURRENCIES).is_some();
            let ends_here = n.has_magnitude && next.is_none_or(|c| !is_han(c) || c == '的');
            if unit_follows || ends_here {
                n.end = after;
                n.qualifier = Qualifier::AtLeast;
                // `100多万`: a magnitude after 多 still applies.
                let mut factor = 1.0;
                while let Some(m) = self.at(n.end).and_then(magnitude) {
                    factor *= m;
                    n.end += 1;
                }
                if factor > 1.0 {
                    n.value = n.value.map(|v| v * factor);
                    n.factor *= factor;
                    n.has_magnitude = true;
                }
            }
        }
        Some(n)
    }

    fn arabic(&self, i: usize) -> Option<Number> {
        let mut digits = String::new();
        let mut k = i;
        while let Some(c) = self.at(k) {
            if let Some(d) = ascii_digit(c) {
                digits.push(d);
                k += 1;
            } else if c == '.' && self.at(k + 1).is_some_and(is_digit) && !digits.contains('.') {
                digits.push('.');
                k += 1;
            } else if c == ',' && (1..=3).all(|o| self.at(k + o).is_some_and(is_digit)) {
                k += 1;
            } else {
                break;
            }
        }
        let base: f64 = digits.parse().ok()?;
        let mut factor = 1.0;
        while let Some(m) = self.at(k).and_then(magnitude) {
            factor *= m;
            k += 1;
        }
        Some(Number {
            value: Some(base * factor),
            factor,
            has_magnitude: factor > 1.0,
            lone_one: false,
            year_like: digits.len() == 4 && !digits.contains('.') && factor == 1.0,
            qualifier: Qualifier::Exact,
            end: k,
        })
    }

    /// A run of Chinese numerals at `i`. A run starting with a bare magnitude (`千家万户`,
    /// `万一`) is no number unless `after_prefix` (上百, 数十, 几万); 十 may start one (`十年`).
    fn chinese(&self, i: usize, after_prefix: bool) -> Option<Number> {
        let mut k = i;
        while self
            .at(k)
            .is_some_and(|c| chinese_digit(c).is_some() || magnitude(c).is_some())
        {
            k += 1;
        }
        let run = &self.chars[i..k];
        let first = *run.first()?;
        if !after_prefix && magnitude(first).is_some() && first != '十' {
            return None;
        }
        // `十分` is the adverb "very", unless a fraction (`十分之一`) or minutes (`十分钟`) follow.
        if run == ['十'] && self.at(k) == Some('分') && !matches!(self.at(k + 1), Some('之' | '钟')) {
            return None;
        }
        let value = chinese_value(run);
        let positional = run.len() >= 2 && run.iter().all(|&c| chinese_digit(c).is_some());
        // The magnitudes after the last digit (五万 → 10⁴, 十万 → 10⁴, 十 → 1).
        let factor: f64 = run[1..].iter().rev().map_while(|&c| magnitude(c)).product();
        Some(Number {
            value: Some(value),
            factor,
            has_magnitude: value >= 100.0 && !positional,
            lone_one: run == ['一'],
            year_like: positional && run.len() == 4,
            qualifier: Qualifier::Exact,
            end: k,
        })
    }
}

struct Unit {
    kind: FigureKind,
    text: String,
    /// Character index just past the unit.
    end: usize,
}

fn fraction_found(value: Option<f64>) -> Found {
    Found {
        kind: FigureKind::Fraction,
        value,
        upper: None,
        qualifier: Qualifier::Exact,
        unit: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (matched text, kind, value, upper, qualifier, unit)
    type Seen = (String, FigureKind, Option<f64>, Option<f64>, Qualifier, String);

    /// The figures of `text` as [`Seen`] tuples.
    fn found(text: &str) -> Vec<Seen> {
        extract(text)
            .into_iter()
            .map(|f| (text[f.range].to_string(), f.kind, f.value, f.upper, f.qualifier, f.unit))
            .collect()
    }

    /// The only figure of `text` as (matched text, value).
    fn only(text: &str) -> (String, Option<f64>) {
        let all = found(text);
        assert_eq!(all.len(), 1, "{all:?}");
        (all[0].0.clone(), all[0].2)
    }

    fn texts(text: &str) -> Vec<String> {
        found(text).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn a_percentage_is_a_percent_figure() {
        let f = &found("股价单日暴跌 17%，")[0];
        assert_eq!(
            (f.0.as_str(), f.1, f.2, f.5.as_str()),
            ("17%", FigureKind::Percent, Some(17.0), "%")
        );
    }

    #[test]
    fn a_percentage_range_is_one_figure_with_both_ends() {
        let f = &found("成本的3%到5%，")[0];
        assert_eq!((f.0.as_str(), f.2, f.3), ("3%到5%", Some(3.0), Some(5.0)));
    }

    #[test]
    fn a_range_with_a_bare_first_number_takes_the_unit_of_the_second() {
        let f = &found("占3到5%的份额")[0];
        assert_eq!(
            (f.0.as_str(), f.1, f.2, f.3),
            ("3到5%", FigureKind::Percent, Some(3.0), Some(5.0))
        );
    }

    #[test]
    fn a_range_with_a_bare_first_number_takes_the_magnitude_of_the_second() {
        let f = &found("约3-5万人")[0];
        assert_eq!((f.2, f.3), (Some(30_000.0), Some(50_000.0)));
    }

    #[test]
    fn yi_shang_after_a_percentage_means_at_least() {
        let f = &found("性能上却能实现90%以上对标")[0];
        assert_eq!((f.0.as_str(), f.4), ("90%以上", Qualifier::AtLeast));
    }

    #[test]
    fn percent_written_in_words_is_a_percentage() {
        assert_eq!(only("增长了百分之五。"), ("百分之五".into(), Some(5.0)));
    }

    #[test]
    fn full_width_digits_and_percent_sign_are_read() {
        assert_eq!(only("下跌１７％"), ("１７％".into(), Some(17.0)));
    }

    #[test]
    fn an_amount_with_a_magnitude_and_currency_is_money() {
        let f = &found("市值缩水5890亿美元，")[0];
        assert_eq!(
            (f.0.as_str(), f.1, f.2, f.5.as_str()),
            ("5890亿美元", FigureKind::Money, Some(5.89e11), "美元")
        );
    }

    #[test]
    fn decimal_amounts_keep_their_decimals() {
        assert_eq!(only("达到 224.6亿美元"), ("224.6亿美元".into(), Some(2.246e10)));
    }

    #[test]
    fn bu_dao_before_money_means_at_most() {
        let f = &found("以不到50美元的云计算费用")[0];
        assert_eq!((f.0.as_str(), f.2, f.4), ("不到50美元", Some(50.0), Qualifier::AtMost));
    }

    #[test]
    fn vague_money_has_no_value() {
        let f = &found("降低至数百万美元")[0];
        assert_eq!(
            (f.0.as_str(), f.1, f.2, f.4),
            ("数百万美元", FigureKind::Money, None, Qualifier::About)
        );
    }

    #[test]
    fn bei_makes_a_multiple() {
        let f = &found("市值十年增长222倍的超高增长")[1];
        assert_eq!((f.0.as_str(), f.1, f.2), ("222倍", FigureKind::Multiple, Some(222.0)));
    }

    #[test]
    fn a_slash_fraction_is_a_ratio() {
        let f = &found("成本仅为后者的 1/50。")[0];
        assert_eq!((f.0.as_str(), f.1, f.2), ("1/50", FigureKind::Fraction, Some(0.02)));
    }

    #[test]
    fn a_chinese_fraction_after_a_latin_name_is_read() {
        assert_eq!(only("训练成本仅有OpenAI十分之一，"), ("十分之一".into(), Some(0.1)));
    }

    #[test]
    fn san_fen_zhi_yi_is_a_third() {
        let (text, value) = only("占三分之一");
        assert_eq!(text, "三分之一");
        assert!((value.unwrap() - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn a_chinese_number_with_a_magnitude_is_a_count_without_unit() {
        let f = &found("三个版本分别是五万、一万和两千多，")[1];
        assert_eq!(
            (f.0.as_str(), f.1, f.2, f.5.as_str()),
            ("五万", FigureKind::Count, Some(50_000.0), "")
        );
    }

    #[test]
    fn duo_after_a_chinese_number_means_at_least() {
        let f = &found("一万和两千多，越传越少")[1];
        assert_eq!((f.0.as_str(), f.2, f.4), ("两千多", Some(2_000.0), Qualifier::AtLeast));
    }

    #[test]
    fn a_count_keeps_its_unit() {
        let f = &found("就囤了一万块GPU")[0];
        assert_eq!((f.0.as_str(), f.2, f.5.as_str()), ("一万块", Some(10_000.0), "块"));
    }

    #[test]
    fn arabic_counts_with_a_unit_are_counts() {
        assert_eq!(texts("中国共有52家人工智能领域的独角兽企业"), ["52家"]);
    }

    #[test]
    fn yu_between_number_and_unit_means_at_least() {
        let f = &found("已获全球50余家芯片厂商支持")[0];
        assert_eq!((f.0.as_str(), f.2, f.4), ("50余家", Some(50.0), Qualifier::AtLeast));
    }

    #[test]
    fn shang_before_a_bare_magnitude_is_at_least_that_much() {
        let f = &found("每分钟上百万次高频提问")[0];
        assert_eq!((f.0.as_str(), f.2, f.4), ("上百万次", Some(1e6), Qualifier::AtLeast));
    }

    #[test]
    fn shang_wan_yi_is_a_trillion() {
        assert_eq!(only("市值上万亿的龙头企业"), ("上万亿".into(), Some(1e12)));
    }

    #[test]
    fn durations_are_counts() {
        assert_eq!(
            texts("7天之内，2周时间，十分钟，3个月"),
            ["7天", "2周", "十分钟", "3个月"]
        );
    }

    #[test]
    fn years_are_not_figures() {
        assert!(found("于2023年7月创立，2025年初，二〇二五年").is_empty());
    }

    #[test]
    fn dates_are_not_figures() {
        assert!(found("1月27日，20日，2025.2.12，90年代").is_empty());
    }

    #[test]
    fn ordinals_are_not_figures() {
        assert!(found("2025年第3期，第2天，第一颗").is_empty());
    }

    #[test]
    fn model_and_chip_names_are_not_figures() {
        assert!(found("DeepSeek-R1、o1、H800、GPT-4、FP16、360集团").is_empty());
    }

    #[test]
    fn yi_alone_before_a_unit_is_the_indefinite_article() {
        assert!(found("一个巨大的市场，一家公司，早一年").is_empty());
    }

    #[test]
    fn bare_magnitude_idioms_are_not_figures() {
        assert!(found("进入百行千业和千家万户，千年艺术，万一，千层浪").is_empty());
    }

    #[test]
    fn shi_fen_as_very_is_not_a_figure() {
        assert!(found("这一评价十分中肯").is_empty());
    }

    #[test]
    fn a_plain_number_without_unit_is_not_a_figure() {
        assert!(found("注册资金1000，编号 42").is_empty());
    }

    #[test]
    fn the_sentence_runs_from_the_previous_stop_to_the_next() {
        let text = "第一句。股价暴跌 17%，市值缩水。第三句";
        let f = &extract(text)[0];
        assert_eq!(&text[f.sentence.clone()], "股价暴跌 17%，市值缩水。");
    }

    #[test]
    fn a_sentence_keeps_its_closing_quote() {
        let text = "他说：“成本降了90%。”随后";
        let f = &extract(text)[0];
        assert_eq!(&text[f.sentence.clone()], "他说：“成本降了90%。”");
    }

    #[test]
    fn a_line_break_ends_a_sentence() {
        let text = "标题 17%\n\n正文";
        let f = &extract(text)[0];
        assert_eq!(&text[f.sentence.clone()], "标题 17%");
    }
}
