//! The explorer page: the embedded corpus and the yew interface over it.
//!
//! All decisions live in [`explorer_core`]; this crate only shows them.
#![deny(missing_docs)]

mod build_output;
pub mod corpus;
#[cfg(explorer_chunked)]
pub mod delivery;
pub mod ui;
