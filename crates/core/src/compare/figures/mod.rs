//! Numeric claims ("figures") in an article's text, each with its sentence.
//!
//! - `scan` (feature `ingest`, build time only): [`extract`] finds the figures of a text
//!   (what counts as one, and what deliberately does not, is listed there); the ingest
//!   stores them on every article ([`crate::model::Article::figures`]), with
//!   `sentence` ([`sentence_ranges`]) for their sentences, `numerals` for reading numbers and
//!   `units` for the words around them;
//! - [`filter`](self#functions): which stored figures a query, a needle or a predicate keeps
//!   (run in the page).
//!
//! The figure types themselves ([`Figure`], [`FigureKind`], [`Qualifier`]) belong to the
//! model and are re-exported here.

mod filter;
#[cfg(feature = "ingest")]
mod numerals;
#[cfg(feature = "ingest")]
mod scan;
#[cfg(feature = "ingest")]
mod sentence;
#[cfg(feature = "ingest")]
mod units;

pub use crate::model::{Figure, FigureKind, Qualifier};
pub use filter::{
    figure_terms, figures_for_query, figures_for_terms, figures_matching, figures_mentioning,
    normalized_figure_sentences,
};
#[cfg(feature = "ingest")]
pub use scan::extract;
#[cfg(feature = "ingest")]
pub use sentence::sentence_ranges;
