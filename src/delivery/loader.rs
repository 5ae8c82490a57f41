//! Fetches every file of the chunked corpus, a few at a time, reporting progress after each;
//! assembles the corpus once all are in. A failed or corrupt file stops the loading with its
//! error; what arrived is kept, and [`retry`] fetches only what is missing. A query typed
//! meanwhile jumps the queue ([`prioritize`]): its index shards, then the chunks of the
//! articles they say may match; until its first screen is found ([`hold`]) nothing else
//! starts, so the query's files do not wait behind (or share the line with) the rest.
//! The word tools' files are not part of the loading: [`super::words`] queues them here when a
//! view first needs them, with a progress and an error of their own.

use super::arrive::{store, take_corpus};
use super::entry;
use super::fetch::fetch_file;
use super::state::{file_of, STATE};
pub use super::state::{manifest, Job, Progress};
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::keyness::CompactKeyness;
use explorer_core::delivery::{GramShard, PartIndex};
use explorer_core::model::{Article, Corpus};
use std::rc::Rc;

/// How many requests are in flight at once.
const PARALLEL: usize = 4;

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
