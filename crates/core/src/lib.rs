//! The explorer's pure core: everything that can be decided without a browser.
//!
//! From the bottom up (each module uses only those above it):
//! - `script`: which script a character belongs to (Han, CJK), shared by the ingest,
//!   the figure scanner and the search.
//! - [`model`]: the article and corpus types the build embeds and the page reads
//!   (figures included).
//! - [`site`]: what the page calls itself and suggests (from the curator's `explorer.toml`).
//! - [`sorting`]: one shared sort for the page's short lists; moving items into a computed order.
//! - [`shared_text`]: what the page shows of an article's shared passages (marks, the line
//!   above the text, a block cut at the marks with the hits inside); [`shared_table`]: the
//!   same decided at build time as the flat table the page reads; [`collapse`]: which
//!   articles collapsing copies hides, so that each story counts once.
//! - [`sources`]: human names for the platforms an article copy came from.
//! - [`listing`]: the article list's orders.
//! - [`variants_table`]: the spelling variants the page shows, each spelling's counts per
//!   article, as a flat table decided at build time.
//! - [`search`]: the query language, matching, the index, ranking, snippets, concordance.
//! - [`also_written`]: a query that is one spelling of a variant set is offered the others.
//! - [`decimal`]: numbers with fixed decimals, as `{:.N}` writes them, without float formatting code.
//! - [`compare`]: per-source comparison statistics (groups, keywords, figures, term rates,
//!   columns, export); uses the search, never the reverse.
//! - [`words`]: the corpus tools (word list, collocates, dispersion, clusters) over every
//!   article's words in order, read back from the build's cut of the texts.
//! - [`delivery`]: a corpus too large to embed, as static files beside the app (entry, chunks,
//!   a sharded n-gram index) and the exact search over the part a query needs; cutting a
//!   corpus into those files is build time only (feature `ingest`).
//! - [`pack`]: the embedded corpus's bytes written so that gzip compresses them better
//!   (frequent characters as one byte); packing is build time only (feature `ingest`).
//! - [`embed`] (feature `ingest`, build time only): what the build embeds in the page.
//! - [`ingest`] (feature `ingest`, build time only): turns a folder of seeds in any
//!   supported format into a [`model::Corpus`], with one warning per problem.
//! - [`passages`] (feature `ingest`, build time only): shared passages, copies and spelling
//!   variants across articles ([`model::Passages`]); uses the search's character fold.
//!
//! The page depends on this crate without the `ingest` feature, so parsers, dictionaries
//! and the build-time computations (the figure scanner, the keyword computation) never
//! reach the browser.
//!
//! ```
//! use explorer_core::sources::platform_for_domain;
//! let cdt = platform_for_domain("chinadigitaltimes.net").unwrap();
//! assert_eq!(cdt.en, "China Digital Times");
//! ```
#![deny(missing_docs)]

pub mod also_written;
pub mod collapse;
pub mod compare;
pub mod decimal;
pub mod delivery;
pub mod listing;
pub mod model;
pub mod pack;
mod script;
pub mod search;
pub mod shared_table;
pub mod shared_text;
pub mod site;
pub mod sorting;
pub mod sources;
#[cfg(test)]
mod test_support;
pub mod variants_table;
pub mod words;

#[cfg(feature = "ingest")]
pub mod embed;
#[cfg(feature = "ingest")]
pub mod ingest;
#[cfg(feature = "ingest")]
pub mod passages;
