//! A corpus too large to embed, delivered as static files beside the app.
//!
//! # Layout
//!
//! - The *entry* ([`Entry`]), embedded in the page: the corpus's size, the list's first
//!   screenful ([`ListRow`]s), and the manifest's name, SHA-256 and length ([`FileRef`]): the
//!   same few KB whatever the corpus's size.
//! - The *manifest* ([`Manifest`]): every other file's name, SHA-256 and length.
//! - The *head* ([`Head`]): the [`crate::model::Corpus`] without its articles (notes,
//!   vocabulary, stop words, site), and the shared passages' clusters.
//! - *Chunks*: the articles in corpus order, a few hundred KB of postcard each ([`ChunkRef`]),
//!   with their part of the shared-passage table ([`Chunk`]).
//! - *Words*: the word tools' cut of each chunk's articles, one file per chunk
//!   ([`Manifest::words`]), fetched only when a view counts words.
//! - *Gram shards* ([`GramShard`]): for every single character and every pair of adjacent
//!   characters of each article's normalized searchable strings, the articles holding it;
//!   sharded by a fixed hash of the key ([`shard_of`]).
//! - *Keyness*: one grouping's keywords per file, as the embedded build stores them.
//!
//! Every file is named after its hash (`chunk-0123456789abcdef.bin`), so it can be cached
//! forever, and is verified when it arrives ([`verify`], done by every `decode_*`).
//!
//! # Exactness
//!
//! A query takes the keys of its positive terms ([`query_keys`]), fetches the shards holding
//! them, and from their postings learns which articles it needs ([`need`]): every article
//! holding some positive term (a superset of them: the n-grams narrow, the engine decides), or
//! every article when a match may hold no positive term. It fetches the chunks holding those
//! and runs the embedded engine over them with the whole corpus's article count and average
//! length ([`search_part`]): the results are exactly [`crate::search::SearchIndex::search`]'s
//! over the whole corpus, scores bit for bit.
//!
//! # Modules
//!
//! `error` ([`DeliveryError`]), `grams` (keys, the shard hash, [`GramShard`]), `shards`
//! (building the shards), `entry` (the entry and the decoders), `plan` (what a query needs),
//! `part` (the engine over part of the corpus), `split` (feature `ingest`: a corpus into files).

/// The largest corpus the build embeds in the wasm, in bytes of its serialized form; a larger
/// one is written as chunks. 1,000 generated articles (9.1 MB of text) serialize to about
/// 11 MB and make a 4.9 MB gzip bundle with a first list paint near 1 s on a 2-core machine
/// (README, Measurements): past about 16 MB the embedded bundle would pass 7 MB and its first
/// paint 1.5 s, while a chunked corpus paints its first screen from a few hundred KB whatever
/// its size.
pub const EMBED_LIMIT_BYTES: usize = 16 << 20;

mod entry;
mod error;
mod grams;
mod part;
mod plan;
mod shards;
#[cfg(feature = "ingest")]
mod split;

pub use entry::{
    assemble, decode_chunk, decode_head, decode_keyness, decode_manifest, decode_shard, decode_words, join_words,
    verify, Chunk, ChunkRef, Entry, FileRef, Head, ListRow, Manifest,
};
pub use error::DeliveryError;
pub use grams::{shard_of, term_keys, GramShard};
pub use part::{search_part, PartIndex};
pub use plan::{chunks_by_candidates, need, query_keys, Need};
pub use shards::{build_shards, build_shards_with, shard_count_for, MIN_SHARDS, SHARD_TARGET_BYTES};
#[cfg(feature = "ingest")]
pub use split::{split, ArticleData, CorpusFile, Layout, SplitOptions};
