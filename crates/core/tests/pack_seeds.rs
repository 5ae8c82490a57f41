//! The embedded corpus, packed: the seeds' serialized corpus (as build.rs writes it) comes back
//! byte for byte, and its Chinese text takes about two bytes a character instead of three.

#![cfg(feature = "ingest")]

use explorer_core::pack::{pack, unpack};

#[test]
fn the_seeds_corpus_round_trips_and_packs_smaller() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let corpus = explorer_core::ingest::ingest_dir(&seeds).expect("the seeds folder is readable");
    let bytes = postcard::to_allocvec(&explorer_core::embed::embed(corpus).corpus).expect("the corpus serializes");
    let packed = pack(&bytes);
    assert_eq!(unpack(&packed).expect("packed by pack"), bytes);
    // 52 KB of postcard pack to 33 KB (README, "Making room": 1.3 KB less gzip).
    assert!(
        packed.len() * 10 < bytes.len() * 7,
        "{} bytes packed to {}",
        bytes.len(),
        packed.len()
    );
}
