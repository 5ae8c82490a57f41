//! Reading numbers as written in Chinese text: Arabic and full-width digits, Chinese
//! numerals and magnitudes (build time, for the figure scanner).

use crate::model::Qualifier;

/// A number as written.
#[derive(Debug, Clone, Copy)]
pub(super) struct Number {
    /// The value with its magnitudes applied; `None` for vague numbers (数百, 几十).
    pub(super) value: Option<f64>,
    /// The product of the magnitudes written after the digits (`5万` → 10⁴), for ranges.
    pub(super) factor: f64,
    /// Whether it is 100 or more written with a magnitude (百, 千, 万, 亿), so a count on its own.
    pub(super) has_magnitude: bool,
    /// Whether it is `一` alone (the indefinite article before a unit).
    pub(super) lone_one: bool,
    /// Whether it could be a year: four digits, no magnitude.
    pub(super) year_like: bool,
    /// A qualifier carried by the number itself (上百, 几十, 多, 余).
    pub(super) qualifier: Qualifier,
    /// Character index just past the number.
    pub(super) end: usize,
}

/// The value of a run of Chinese numerals: 两千 = 2000, 一亿五千万 = 1.5e8, 十 = 10, and, after
/// a prefix, 万亿 = 1e12. A run of plain digits (`二〇二五`) is read digit by digit.
pub(super) fn chinese_value(run: &[char]) -> f64 {
    if run.len() >= 2 && run.iter().all(|&c| chinese_digit(c).is_some()) {
        return run
            .iter()
            .fold(0.0, |acc, &c| acc * 10.0 + chinese_digit(c).unwrap_or(0.0));
    }
    // Completed 亿 groups, the completed 万 part of the current group, the part below 万.
    let (mut total, mut wan, mut section) = (0.0_f64, 0.0_f64, 0.0_f64);
    let mut number: Option<f64> = None;
    for &c in run {
        if let Some(d) = chinese_digit(c) {
            number = Some(d);
            continue;
        }
        match c {
            '万' => {
                let part = section + number.unwrap_or(if section == 0.0 { 1.0 } else { 0.0 });
                wan = (wan + part) * 1e4;
                section = 0.0;
            }
            '亿' => {
                let group = wan + section + number.unwrap_or(0.0);
                total = (total + if group == 0.0 { 1.0 } else { group }) * 1e8;
                wan = 0.0;
                section = 0.0;
            }
            _ => section += number.unwrap_or(1.0) * magnitude(c).unwrap_or(1.0),
        }
        number = None;
    }
    total + wan + section + number.unwrap_or(0.0)
}

pub(super) fn is_digit(c: char) -> bool {
    ascii_digit(c).is_some()
}

/// `0`–`9` and full-width `０`–`９` as ASCII digits.
pub(super) fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    }
}

pub(super) fn chinese_digit(c: char) -> Option<f64> {
    Some(match c {
        '零' | '〇' => 0.0,
        '一' => 1.0,
        '二' | '两' => 2.0,
        '三' => 3.0,
        '四' => 4.0,
        '五' => 5.0,
        '六' => 6.0,
        '七' => 7.0,
        '八' => 8.0,
        '九' => 9.0,
        _ => return None,
    })
}

pub(super) fn magnitude(c: char) -> Option<f64> {
    Some(match c {
        '十' => 10.0,
        '百' => 100.0,
        '千' => 1e3,
        '万' => 1e4,
        '亿' => 1e8,
        _ => return None,
    })
}

/// `numerator / denominator`, if both are known and the denominator is not 0.
pub(super) fn ratio(numerator: Option<f64>, denominator: Option<f64>) -> Option<f64> {
    numerator
        .zip(denominator)
        .filter(|(_, d)| *d != 0.0)
        .map(|(n, d)| n / d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals_compose_like_written_numbers() {
        let values: Vec<f64> = ["一亿五千万", "两千", "十", "二十", "十万", "一千零五"]
            .iter()
            .map(|s| chinese_value(&s.chars().collect::<Vec<_>>()))
            .collect();
        assert_eq!(values, [1.5e8, 2000.0, 10.0, 20.0, 1e5, 1005.0]);
    }
}
