//! The corpus the build embedded: ingested, serialized and included at compile
//! time, decoded once on first use; and its search index, built once from it.

use explorer_core::model::Corpus;
use explorer_core::search::SearchIndex;
use include_dir::{include_dir, Dir};
use std::sync::OnceLock;

/// The build's output folder holding the serialized corpus (see build.rs).
static CORPUS_DIR: Dir<'_> = include_dir!("$OUT_DIR/corpus");

/// The embedded corpus. Decoding happens once; the build guarantees the bytes are valid.
pub fn embedded() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let file = CORPUS_DIR
            .get_file("corpus.postcard")
            .expect("build.rs writes corpus.postcard");
        postcard::from_bytes(file.contents()).expect("build.rs serialized this corpus with the same types")
    })
}

/// The search index over [`embedded`], built on first use.
pub fn search_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(embedded()))
}
