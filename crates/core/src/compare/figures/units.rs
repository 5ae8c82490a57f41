//! The words figures are written with: qualifiers before and after the number, currencies,
//! counted units and range joiners (build time, for the figure scanner).

use crate::model::Qualifier;

/// Qualifiers written before the number, longest first.
pub(super) const PREFIXES: &[(&str, Qualifier)] = &[
    ("不到", Qualifier::AtMost),
    ("不足", Qualifier::AtMost),
    ("将近", Qualifier::AtMost),
    ("超过", Qualifier::AtLeast),
    ("大约", Qualifier::About),
    ("近", Qualifier::AtMost),
    ("约", Qualifier::About),
    ("逾", Qualifier::AtLeast),
];

/// Qualifiers written after the unit.
pub(super) const SUFFIXES: &[(&str, Qualifier)] = &[
    ("以上", Qualifier::AtLeast),
    ("以下", Qualifier::AtMost),
    ("左右", Qualifier::About),
];

/// Currencies, longest first; a number before one is [`crate::model::FigureKind::Money`].
pub(super) const CURRENCIES: &[&str] = &["美元", "美金", "人民币", "欧元", "日元", "英镑", "港元", "港币", "元"];

/// Units of counted things and durations, longest first.
pub(super) const COUNT_UNITS: &[&str] = &[
    "个月", "小时", "分钟", "公里", "个", "家", "块", "名", "人", "次", "项", "款", "台", "张", "颗", "篇", "条", "种",
    "件", "座", "部", "份", "天", "周", "年", "岁", "秒", "枚", "卡",
];

/// Joins the two ends of a range (`3%到5%`).
pub(super) const RANGE_JOINERS: &[char] = &['到', '至', '-', '–', '—', '~', '～'];
