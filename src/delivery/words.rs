//! The word tools' data of a chunked corpus: jieba's cut of every article, one file per chunk
//! ([`explorer_core::delivery::Manifest::words`]), not part of the loading. A view that counts
//! words asks for it ([`fetch`]) the first time it is shown; the loader fetches the files
//! through the same workers, checks each against its hash and length, and reports its own
//! progress and error (a failed file stops only these; [`fetch`] again fetches what is
//! missing). Once every file is in, [`cuts`] gives what the embedded build's `tokens.bin` holds.

use super::loader::{self, manifest};
use super::state::{with_state, Job, Progress};
use std::rc::Rc;

/// Fetches every words file not yet in (after an error too: it retries), `on_progress`
/// hearing after each one and at once (it replaces an earlier listener).
pub fn fetch(on_progress: impl Fn(Progress) + 'static) {
    let on_progress: Rc<dyn Fn(Progress)> = Rc::new(on_progress);
    let now = with_state(|s| {
        s.on_words = Some(on_progress.clone());
        s.words_progress.error = None;
        let missing: Vec<Job> = (0..s.words.len())
            .rev()
            .map(Job::Words)
            .filter(|&j| !s.is_in(j))
            .collect();
        s.words_queue = missing;
        s.words_progress.clone()
    });
    on_progress(now);
    loader::spawn_workers();
}

/// Stops telling the last [`fetch`]'s listener (the view is gone); the files keep coming.
pub fn stop_listening() {
    with_state(|s| s.on_words = None);
}

/// Whether every words file is in (true for a corpus whose build wrote none).
pub fn arrived() -> bool {
    manifest().is_some() && with_state(|s| s.words.iter().all(Option::is_some))
}

/// Every article's cut, in corpus order, once every words file is in; `None` before.
pub fn cuts() -> Option<Vec<Vec<u32>>> {
    let m = manifest()?;
    with_state(|s| {
        let pieces: Option<Vec<&[u8]>> = s.words.iter().map(Option::as_deref).collect();
        explorer_core::delivery::join_words(m, &pieces?).ok()
    })
}
