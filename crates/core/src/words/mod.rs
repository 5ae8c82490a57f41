//! The corpus tools of a linguist's workbench, per group: word list, collocates, dispersion and
//! clusters, over every article's words in text order ([`corpus_tokens::CorpusTokens`]).
//!
//! The build cuts the texts with jieba and stores the cut ([`tokens`]); the page reads the
//! words back from it ([`normalise`]: the same rule as the build's word statistics), so the
//! page needs no segmenter. Everything here runs in the page (no feature `ingest`).
//!
//! From the bottom up: [`normalise`], [`tokens`], [`corpus_tokens`]; the statistics
//! ([`association`], [`dispersion`]); the views ([`word_list`], [`collocates`], [`clusters`], counted once per corpus in
//! [`cluster_index`]).

pub mod association;
pub mod cluster_index;
pub mod clusters;
pub mod collocates;
pub mod corpus_tokens;
pub mod dispersion;
mod fx;
pub mod normalise;
#[cfg(test)]
mod test_support;
pub mod tokens;
pub mod word_counts;
pub mod word_list;
