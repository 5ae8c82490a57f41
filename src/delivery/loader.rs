//! Fetches every file of the chunked corpus, a few at a time, reporting progress after each;
//! assembles the corpus once all are in. A failed or corrupt file stops the loading with its
//! error; what arrived is kept, and [`retry`] fetches only what is missing. A query typed
//! meanwhile jumps the queue ([`prioritize`]): its index shards, then the chunks of the
//! articles they say may match; until its first screen is found ([`hold`]) nothing else
//! starts, so the query's files do not wait behind (or share the line with) the rest.
//! The word tools' files are not part of the loading: [`super::words`] queues them here when a
//! view first needs them, with a progress and an error of their own.

use super::arrive::{store, take_corpus, OnDone};
use super::entry;
use super::fetch::{fetch_file, FetchError};
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::keyness::CompactKeyness;
use explorer_core::delivery::{Chunk, FileRef, GramShard, Manifest, PartIndex};
use explorer_core::model::{Article, Corpus};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

/// How many requests are in flight at once.
const PARALLEL: usize = 4;

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

#[derive(Default)]
pub(super) struct State {
    /// The head's and the keyword files' bytes, verified on arrival and decoded only once
    /// everything is in (they serve nothing before), so the page stays free for typing.
    pub(super) head: Option<Vec<u8>>,
    pub(super) keyness: Vec<Option<Vec<u8>>>,
    pub(super) chunks: Vec<Option<Chunk>>,
    /// The words files' bytes, checked on arrival ([`decode_words`]), decoded when all are in.
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
    static STATE: RefCell<State> = RefCell::default();
}

/// The manifest, once it has arrived (the first file fetched).
pub fn manifest() -> Option<&'static Manifest> {
    MANIFEST.get()
}

pub(super) static MANIFEST: OnceLock<Manifest> = OnceLock::new();

/// Starts loading: `on_progress` hears after every file (and on an error), `on_done` gets the
/// assembled corpus, the keywords of every useful grouping and the shared-passage table once
/// all files are in.
pub fn start(
    on_progress: impl Fn(Progress) + 'static,
    on_done: impl FnOnce(Corpus, Vec<(GroupBy, CompactKeyness)>, Vec<u8>) + 'static,
) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.on_progress = Some(Rc::new(on_progress));
        s.on_done = Some(Box::new(on_done));
        s.progress.files = 1;
        s.progress.bytes = u64::from(entry().manifest.bytes);
    });
    retry();
}

/// Queues every file not yet in and fetches them (after an error, or to begin: the manifest
/// first, then the rest).
pub fn retry() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.progress.error = None;
        let mut queue: Vec<Job> = match manifest() {
            None => vec![Job::Manifest],
            Some(m) => (0..m.chunks.len())
                .map(Job::Chunk)
                .chain(std::iter::once(Job::Head))
                .chain((0..m.keyness.len()).map(Job::Keyness))
                .collect(),
        };
        queue.retain(|&j| !s.is_in(j) && !s.in_flight.contains(&j));
        queue.reverse(); // popped from the end: the chunks in order (an early query searches them), then the rest
        s.queue = queue;
    });
    spawn_workers();
}

/// Starts workers until [`PARALLEL`] are running; each is counted from its start here, so a
/// call while some are running never exceeds that.
pub(super) fn spawn_workers() {
    let new = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let new = PARALLEL.saturating_sub(s.running);
        s.running += new;
        new
    });
    for _ in 0..new {
        wasm_bindgen_futures::spawn_local(work());
    }
}

/// Fetches `jobs` (what the query typed now needs, the first of them first) before anything
/// else, skipping what is in or on its way; they replace what an earlier query asked for.
pub fn prioritize(jobs: &[Job]) {
    let go = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let wanted: Vec<Job> = jobs
            .iter()
            .copied()
            .filter(|&j| !s.is_in(j) && !s.in_flight.contains(&j))
            .rev()
            .collect();
        s.urgent = wanted;
        !s.urgent.is_empty() && s.progress.error.is_none()
    });
    if go {
        spawn_workers();
    }
}

/// While `held`, only the files [`prioritize`]d start: a query typed while loading waits for
/// its first screen without the other files in the way. Releasing resumes the rest.
pub fn hold(held: bool) {
    let resume = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let resume = s.held && !held;
        s.held = held;
        resume && s.progress.error.is_none()
    });
    if resume {
        spawn_workers();
    }
}

/// Runs `f` over the loader's state (for [`super::words`]).
pub(super) fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

/// Runs `f` over what has arrived: a shard's postings by shard number, an article by number.
pub fn with_loaded<R>(
    f: impl for<'s> FnOnce(&'s dyn Fn(usize) -> Option<&'s GramShard>, &'s dyn Fn(u32) -> Option<&'s Article>) -> R,
) -> R {
    STATE.with(|s| {
        let s = s.borrow();
        let shard = |i: usize| s.shards.get(i)?.as_ref();
        let article = |n: u32| {
            let m = manifest()?;
            let c = m.chunk_of(n);
            let chunk = s.chunks.get(c)?.as_ref()?;
            chunk.articles.get((n - m.chunks[c].first) as usize)
        };
        f(&shard, &article)
    })
}

/// Adds to `part` every chunk that has arrived and `part` does not hold yet.
pub fn add_arrived(part: &mut PartIndex) {
    let Some(m) = manifest() else { return };
    STATE.with(|s| {
        let s = s.borrow();
        for (c, chunk) in s.chunks.iter().enumerate() {
            if let Some(chunk) = chunk {
                if !part.contains(m.chunks[c].first) {
                    part.add_chunk(m.chunks[c].first, &chunk.articles);
                }
            }
        }
    });
}

impl State {
    /// The next file to fetch: the words files a view waits for, what a query needs; the rest
    /// unless a query holds them. Nothing of a kind whose loading has stopped on an error.
    fn next_job(&mut self) -> Option<Job> {
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

/// One worker (counted in `running` by [`spawn_workers`]): takes jobs until none is left or
/// an error stops the loading.
async fn work() {
    loop {
        let job = STATE.with(|s| {
            let mut s = s.borrow_mut();
            let job = s.next_job();
            s.in_flight.extend(job);
            job
        });
        let Some(job) = job else { break };
        let file = file_of(job);
        let result = fetch_file(file)
            .await
            .and_then(|bytes| STATE.with(|s| store(&mut s.borrow_mut(), job, file, &bytes)));
        let notify = STATE.with(|s| {
            let mut s = s.borrow_mut();
            s.in_flight.retain(|&j| j != job);
            if let Job::Words(_) = job {
                let p = &mut s.words_progress;
                match result {
                    Ok(articles) => {
                        p.files_done += 1;
                        p.bytes_done += u64::from(file.bytes);
                        p.articles_done += articles;
                    }
                    Err(e) => p.error = Some(e),
                }
                return (s.on_words.clone(), s.words_progress.clone());
            }
            match result {
                Ok(_) if matches!(job, Job::Shard(_)) => s.progress.shards_done += 1,
                Ok(articles) => {
                    s.progress.files_done += 1;
                    s.progress.bytes_done += u64::from(file.bytes);
                    s.progress.articles_done += articles;
                }
                Err(e) => s.progress.error = Some(e),
            }
            (s.on_progress.clone(), s.progress.clone())
        });
        let manifest_arrived = job == Job::Manifest && notify.1.error.is_none();
        if let (Some(on_progress), progress) = notify {
            on_progress(progress);
        }
        if manifest_arrived {
            // Now the other files are known: queue them, and workers for the free slots.
            retry();
        }
    }
    let finished = STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.running -= 1;
        let complete = s.running == 0 && s.progress.error.is_none() && s.progress.files_done == s.progress.files;
        if !complete {
            return None;
        }
        match take_corpus(&mut s) {
            Ok(finished) => finished.map(Ok),
            Err(e) => {
                s.progress.error = Some(e);
                Some(Err((s.on_progress.clone(), s.progress.clone())))
            }
        }
    });
    match finished {
        Some(Ok((on_done, corpus, keyness, shares))) => on_done(corpus, keyness, shares),
        Some(Err((Some(on_progress), progress))) => on_progress(progress),
        _ => {}
    }
}
