//! Numeric claims found in an article's text (percentages, money, multiples, counts).

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One numeric claim in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// What kind of quantity it is.
    pub kind: FigureKind,
    /// Byte range of the matched text (qualifiers such as 不到 or 以上 included) in [`Article::text`].
    pub range: Range<usize>,
    /// Byte range of the sentence it occurs in, in [`Article::text`].
    pub sentence: Range<usize>,
    /// The number, in the figure's own unit: percentage points for [`FigureKind::Percent`] (17.0 for
    /// 17%), the amount in the named currency for [`FigureKind::Money`] (5.89e11 for 5890亿美元), the
    /// factor for [`FigureKind::Multiple`], the ratio for [`FigureKind::Fraction`] (0.02 for 1/50),
    /// the number of units for [`FigureKind::Count`]. `None` for vague amounts (`数百万`, `几十万`).
    /// For a range (`3%到5%`), the lower end.
    pub value: Option<f64>,
    /// The upper end of a range (`3%到5%` → 5.0), else `None`.
    pub upper: Option<f64>,
    /// Whether the text states the number as exact, a bound or an approximation.
    pub qualifier: Qualifier,
    /// The unit as written: `%`, `倍`, the currency (`美元`), the counted unit (`家`, `块`, `天`),
    /// or empty for fractions and unit-less counts (`五万`).
    pub unit: String,
}

/// The kinds of quantity a figure can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FigureKind {
    /// A percentage.
    Percent,
    /// An amount of money.
    Money,
    /// A multiple (`222倍`).
    Multiple,
    /// A fraction (`1/50`, `十分之一`).
    Fraction,
    /// A number of things, days, years and the like.
    Count,
}

impl FigureKind {
    /// A short English name for labels.
    pub fn name(self) -> &'static str {
        match self {
            FigureKind::Percent => "percent",
            FigureKind::Money => "money",
            FigureKind::Multiple => "multiple",
            FigureKind::Fraction => "fraction",
            FigureKind::Count => "count",
        }
    }
}

/// How exactly a figure is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Qualifier {
    /// As written, no qualifier.
    #[default]
    Exact,
    /// Roughly (`约`, `左右`, `数百万`, `几十万`).
    About,
    /// At least or more than (`超过`, `以上`, `多`, `余`, `上百`).
    AtLeast,
    /// At most or less than (`不到`, `不足`, `近`, `以下`).
    AtMost,
}
