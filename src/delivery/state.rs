//! The loader's state ([`super::loader`]): the files to fetch and those in flight, what has
//! arrived, the progress and who hears of it.

use super::entry;
use super::fetch::FetchError;
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::keyness::CompactKeyness;
use explorer_core::delivery::{Chunk, FileRef, GramShard, Manifest};
use explorer_core::model::Corpus;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

/// How far the loading is, for the progress bar.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Progress {
    /// Files fetched and decoded.
    pub files_done: usize,
    /// Files in all.
    pub files: usize,
    /// Bytes fetched (as stored, before the host's compression).
    pub bytes_done: u64,
    /// Bytes in all.
    pub bytes: u64,
    /// Articles whose chunk has arrived.
    pub articles_done: usize,
    /// Index shards that have arrived (not counted in `files`: only a query fetches them).
    pub shards_done: usize,
    /// Why the loading stopped, if it did.
    pub error: Option<FetchError>,
}

/// One file to fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// The manifest: every other file's name, hash and length.
    Manifest,
    /// The corpus without its articles.
    Head,
    /// One grouping's keywords ([`explorer_core::delivery::Entry::keyness`]).
    Keyness(usize),
    /// One chunk of articles.
    Chunk(usize),
    /// One shard of the n-gram index (fetched only for a query typed before the end).
    Shard(usize),
    /// The word tools' cut of one chunk's articles (fetched only when a view counts words).
    Words(usize),
}

/// What the loader knows: what to fetch, what is in flight, what has arrived.
#[derive(Default)]
pub(super) struct State {
    /// The head's and the keyword files' bytes, verified on arrival and decoded only once
    /// everything is in (they serve nothing before), so the page stays free for typing.
    pub(super) head: Option<Vec<u8>>,
    pub(super) keyness: Vec<Option<Vec<u8>>>,
    pub(super) chunks: Vec<Option<Chunk>>,
    /// The words files' bytes, checked on arrival ([`explorer_core::delivery::decode_words`]), decoded when all are in.
    pub(super) words: Vec<Option<Vec<u8>>>,
    /// The words files still to fetch (popped from the end), taken before everything else.
    pub(super) words_queue: Vec<Job>,
    /// How far the words files are (`files` and `bytes` count only them), and their error.
    pub(super) words_progress: Progress,
    /// Hears after every words file (and on an error).
    pub(super) on_words: Option<Rc<dyn Fn(Progress)>>,
    pub(super) shards: Vec<Option<GramShard>>,
    pub(super) queue: Vec<Job>,
    /// What the query typed now needs, taken before `queue` (popped from the end).
    pub(super) urgent: Vec<Job>,
    /// Whether only `urgent` jobs start (a query waits for its first screen).
    pub(super) held: bool,
    pub(super) in_flight: Vec<Job>,
    pub(super) running: usize,
    pub(super) progress: Progress,
    pub(super) on_progress: Option<Rc<dyn Fn(Progress)>>,
    pub(super) on_done: Option<OnDone>,
}

thread_local! {
    /// The loader's state.
    pub(super) static STATE: RefCell<State> = RefCell::default();
}

/// The manifest, once it has arrived (the first file fetched).
pub fn manifest() -> Option<&'static Manifest> {
    MANIFEST.get()
}

pub(super) static MANIFEST: OnceLock<Manifest> = OnceLock::new();

/// What the loading ends with: the corpus, the keywords of every useful grouping, and the
/// shared-passage table of every article ([`explorer_core::shared_table`]).
pub(super) type Keywords = Vec<(GroupBy, CompactKeyness)>;
/// Hears the end of the loading.
pub(super) type OnDone = Box<dyn FnOnce(Corpus, Keywords, Vec<u8>)>;
pub(super) type Finished = (OnDone, Corpus, Keywords, Vec<u8>);

/// Runs `f` over the loader's state.
pub(super) fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

impl State {
    /// The next file to fetch: the words files a view waits for, what a query needs; the rest
    /// unless a query holds them. Nothing of a kind whose loading has stopped on an error.
    pub(super) fn next_job(&mut self) -> Option<Job> {
        if self.words_progress.error.is_none() {
            while let Some(job) = self.words_queue.pop() {
                if !self.is_in(job) && !self.in_flight.contains(&job) {
                    return Some(job);
                }
            }
        }
        if self.progress.error.is_some() {
            return None;
        }
        while let Some(job) = self.urgent.pop() {
            if !self.is_in(job) && !self.in_flight.contains(&job) {
                return Some(job);
            }
        }
        // The manifest is never held: a query in the URL is searched before it has arrived.
        if self.held && self.queue.last() != Some(&Job::Manifest) {
            return None;
        }
        while let Some(job) = self.queue.pop() {
            if !self.is_in(job) && !self.in_flight.contains(&job) {
                return Some(job);
            }
        }
        None
    }

    /// Whether a job's file has arrived.
    pub(super) fn is_in(&self, job: Job) -> bool {
        match job {
            Job::Manifest => MANIFEST.get().is_some(),
            Job::Head => self.head.is_some(),
            Job::Keyness(i) => self.keyness.get(i).is_some_and(Option::is_some),
            Job::Chunk(i) => self.chunks.get(i).is_some_and(Option::is_some),
            Job::Shard(i) => self.shards.get(i).is_some_and(Option::is_some),
            Job::Words(i) => self.words.get(i).is_some_and(Option::is_some),
        }
    }
}

/// The file a job fetches (every job but the manifest's comes from the manifest).
pub(super) fn file_of(job: Job) -> &'static FileRef {
    let Some(m) = manifest() else {
        return &entry().manifest;
    };
    match job {
        Job::Manifest => &entry().manifest,
        Job::Head => &m.head,
        Job::Keyness(i) => &m.keyness[i].1,
        Job::Chunk(i) => &m.chunks[i].file,
        Job::Shard(i) => &m.shards[i],
        Job::Words(i) => &m.words[i],
    }
}
