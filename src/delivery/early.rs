//! A query typed while the chunked corpus is still loading: the index shards it needs and the
//! chunks of the articles they say may match are fetched first ([`loader::prioritize`]), the
//! chunks holding the most candidates before the others. It runs on the candidates that have
//! arrived, so results fill in as chunks arrive, and are the embedded engine's own once every
//! candidate is in ([`explorer_core::delivery::search_part`]).
//! Until a first screen of results is found, the loader fetches nothing else ([`loader::hold`]).

use super::entry;
use super::loader::{self, Job};
use explorer_core::delivery::{chunks_by_candidates, need, query_keys, Need, PartIndex};
use explorer_core::search::{Query, SearchResult};
use std::cell::RefCell;

thread_local! {
    /// The index over every chunk that has arrived, each added once, the first time a query
    /// runs after it arrived (nothing is indexed while nobody types).
    static PART: RefCell<Option<PartIndex>> = const { RefCell::new(None) };
}

/// What a query has found so far.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EarlyResults {
    /// The matching articles among those searched, best first (article numbers in `doc`).
    pub results: Vec<SearchResult>,
    /// Articles that may match (all, for a query the index cannot narrow).
    pub candidates: usize,
    /// Of those, the ones searched (their chunk has arrived).
    pub searched: usize,
    /// Whether the index shards have arrived (until then nothing is searched).
    pub indexed: bool,
}

impl EarlyResults {
    /// Whether every candidate was searched: the results are final.
    pub fn is_complete(&self) -> bool {
        self.indexed && self.searched == self.candidates
    }
}

/// Searches what has arrived for `query`, and asks the loader for what it still lacks, holding
/// the other files back until `first_screen` results are found (or all are).
pub fn search(query: &Query, first_screen: usize) -> EarlyResults {
    let e = entry();
    let Some(m) = loader::manifest() else {
        // The manifest comes first; the search runs again then, before the rest starts.
        loader::hold(true);
        return EarlyResults::default();
    };
    let mut shards: Vec<usize> = query_keys(query).iter().map(|k| m.shard_of(k)).collect();
    shards.sort_unstable();
    shards.dedup();
    let (found, wanted) = loader::with_loaded(|shard, article| {
        let missing: Vec<Job> = shards
            .iter()
            .filter(|&&i| shard(i).is_none())
            .map(|&i| Job::Shard(i))
            .collect();
        if !missing.is_empty() {
            return (EarlyResults::default(), missing);
        }
        let postings = |key: &str| shard(m.shard_of(key))?.postings(key);
        let candidates: Vec<u32> = match need(query, postings, e.articles) {
            Need::All => (0..e.articles).collect(),
            Need::Articles(list) => list,
        };
        let searched = candidates.iter().filter(|&&n| article(n).is_some()).count();
        let missing: Vec<u32> = candidates.iter().copied().filter(|&n| article(n).is_none()).collect();
        let results = PART.with(|p| {
            let mut p = p.borrow_mut();
            let part = p.get_or_insert_with(|| PartIndex::new(e.articles as usize, e.avg_chars));
            loader::add_arrived(part);
            part.search(query)
        });
        // Until a first screen is found, only the chunks that may fill it; then all.
        let enough = match first_screen.checked_sub(results.len()) {
            Some(short) if short > 0 => short,
            _ => usize::MAX,
        };
        let chunks: Vec<Job> = chunks_by_candidates(&missing, |n| m.chunk_of(n), enough)
            .into_iter()
            .map(Job::Chunk)
            .collect();
        let results = EarlyResults {
            results,
            candidates: candidates.len(),
            searched,
            indexed: true,
        };
        (results, chunks)
    });
    loader::hold(!found.is_complete() && found.results.len() < first_screen);
    if !wanted.is_empty() {
        loader::prioritize(&wanted);
    }
    found
}
