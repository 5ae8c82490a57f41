//! Comparing sources: pure statistics over the embedded corpus, run in the page.
//!
//! - [`groups`]: articles grouped by source, author or article, with lengths and date spans;
//! - [`keyness`]: words a group uses markedly more or less than the rest (G² and log ratio);
//! - [`figures`]: numeric claims with their sentences (extracted at build time, stored on articles);
//! - [`rates`]: hits of terms per group, raw and per 10,000 characters;
//! - [`export`]: those tables as CSV (with BOM) and JSON.

pub mod export;
pub mod figures;
pub mod groups;
pub mod keyness;
pub mod rates;

#[cfg(test)]
mod test_support;
