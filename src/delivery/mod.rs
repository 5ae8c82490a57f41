//! Loading a chunked corpus (`cfg(explorer_chunked)`): the entry embedded in the wasm, the
//! files it names fetched from `corpus/` beside the page (relative URLs: any sub-path, any
//! static host), each checked against its hash, then assembled into the corpus the app shows.
//! The word tools' files wait until a view needs them ([`words`]).

mod arrive;
pub mod early;
pub mod fetch;
pub mod loader;
mod state;
pub mod words;

use explorer_core::delivery::Entry;
use std::sync::OnceLock;

/// The chunked corpus's entry, which build.rs embeds: the site, the first screenful of the
/// list and every file's name, size and hash.
pub fn entry() -> &'static Entry {
    static ENTRY: OnceLock<Entry> = OnceLock::new();
    ENTRY.get_or_init(|| {
        let file = crate::build_output::CORPUS_DIR
            .get_file("entry.postcard")
            .expect("build.rs writes entry.postcard for a chunked corpus");
        postcard::from_bytes(file.contents()).expect("build.rs serialized this entry with the same types")
    })
}
