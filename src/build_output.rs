//! The build's output folder (build.rs's `OUT_DIR/corpus`), embedded in the wasm: the
//! serialized corpus and what goes with it, or a chunked corpus's entry. Read by
//! [`crate::corpus`] and [`crate::delivery`], which so need not import each other both ways.

use include_dir::{include_dir, Dir};

/// The build's output folder holding the serialized corpus, or the chunked corpus's entry
/// (see build.rs).
pub(crate) static CORPUS_DIR: Dir<'_> = include_dir!("$OUT_DIR/corpus");
