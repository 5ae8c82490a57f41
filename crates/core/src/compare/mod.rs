//! Comparing sources: pure statistics over the embedded corpus, run in the page.
//!
//! - [`groups`]: articles grouped by source, author, folder, date or article, with lengths and
//!   date spans;
//! - [`usefulness`]: which groupings say something about a corpus (and why not), the default one;
//! - [`columns`]: a query's matches, context lines and figures per group; which groups to show;
//! - [`keyness`]: words a group uses markedly more or less than the rest (G² and log ratio),
//!   computed at build time for every way of grouping (the computation behind feature
//!   `ingest`; the page only reads the stored form);
//! - [`figures`]: numeric claims with their sentences (the scanner behind feature `ingest`,
//!   run at build time, stored on articles; the page filters them by query);
//! - [`rates`]: hits of terms per group, raw and per 10,000 characters;
//! - [`shared`]: how much of each group's text other groups hold, and the shared passages;
//! - [`variants`]: how often each group writes each spelling of the corpus's variant sets;
//! - [`export`]: those tables as CSV (with BOM) and JSON.

pub mod columns;
pub mod export;
pub mod figures;
pub mod groups;
pub mod keyness;
pub mod rates;
pub mod shared;
pub mod terms;
pub mod timeline;
pub mod usefulness;
pub mod variants;

#[cfg(test)]
mod test_support;
