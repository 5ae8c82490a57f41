//! Keywords: which words a group of articles uses markedly more, or less, than the rest of
//! the corpus.
//!
//! For a word, with `a` its count in the group, `b` its count in the rest, `c` and `d` the
//! total word counts of the group and the rest:
//! - significance is the log-likelihood G² (Rayson & Garside 2000, the two-cell form):
//!   `E1 = c·(a+b)/(c+d)`, `E2 = d·(a+b)/(c+d)`, `G² = 2·(a·ln(a/E1) + b·ln(b/E2))`, with
//!   `0·ln 0 = 0`. A word is key only if `G² ≥ 6.63` (p < 0.01, one degree of freedom);
//! - the effect size is the log ratio (Hardie 2014): the binary log of the
//!   ratio of relative frequencies, `log2((a/c) / (b/d))`, where a zero count is replaced by
//!   [`ZERO_CORRECTION`] (0.5) so that a word only one side uses gets a finite, comparable
//!   value. +1 means twice as frequent in the group, −1 half as frequent;
//! - the ranking is by the conservative log ratio (CQPweb's): the end nearest zero of the log
//!   ratio's 99 % confidence interval `log_ratio ± 2.576·√(1/a + 1/b) / ln 2`, or 0 when the
//!   interval spans 0 ([`conservative_log_ratio`]), so words seen a few times rank below words
//!   seen often, even when their plain log ratio is higher.
//!
//! Stop words (function words, [`crate::model::Corpus::stop_words`]) are counted like any word,
//! so they are in the totals `c` and `d`, and marked ([`Keyword::stop`]): a group's list holds
//! its top words that are not stop words and the stop words that rank among them, which the
//! page shows only on request ([`shown_keywords`]). The words every group shares leave them out.
//!
//! "The rest" is every article of the corpus outside the group, so keywords of groups that
//! split the corpus (as [`super::groups::group_articles`] does) compare each group with all others.
//!
//! - `measure`: the measures ([`log_likelihood`], [`log_ratio`], [`conservative_log_ratio`]), the keyword types
//!   ([`Keyness`], [`GroupKeywords`], [`Keyword`], [`SharedWord`]) and which rows a table shows
//!   ([`shown_keywords`]), used in the page;
//! - `compact`: [`CompactKeyness`], the stored form, and where it is stored
//!   ([`keyness_file`], [`grouping_slot`]);
//! - `compute` (feature `ingest`, build time only): `keyness` itself, with its options.

mod compact;
#[cfg(feature = "ingest")]
mod compute;
mod measure;

pub use compact::{grouping_slot, keyness_file, CompactKeyness, GROUPINGS};
#[cfg(feature = "ingest")]
pub use compute::{keyness, KeynessOptions, CRITICAL_G2_P01};
pub use measure::{
    conservative_log_ratio, log_likelihood, log_ratio, shown_keywords, GroupKeywords, Keyness, Keyword, SharedWord,
    ZERO_CORRECTION, Z_99,
};
