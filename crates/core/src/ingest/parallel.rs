//! The ingest's per-file work on several threads, with results in input order.
//!
//! Reading, parsing and segmenting one seed file needs nothing from any other file, so
//! those steps run on every core; whatever is built from all files together (unique ids,
//! the vocabulary, the title order) is built afterwards, in file order, from the results
//! this module hands back in input order. So the corpus is the same on any number of
//! threads, byte for byte.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The environment variable that sets how many threads the ingest uses (`1` forces one, to
/// measure or to rule the threads out); unset, empty or not a positive number, every core.
pub const THREADS_VAR: &str = "EXPLORER_INGEST_THREADS";

/// How many threads the ingest uses by default: [`THREADS_VAR`] if it is set to a positive
/// number, else every available core.
pub fn default_threads() -> usize {
    std::env::var(THREADS_VAR)
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// `f` applied to every item of `items` on `threads` threads (at least one; one runs on the
/// calling thread), the results in the order of `items`.
///
/// Items are handed out one at a time to whichever thread is free, so a few large files do
/// not leave the other threads idle. A panic in `f` is passed on to the caller.
pub fn map_ordered<'a, T, R, F>(items: &'a [T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&'a T) -> R + Sync,
{
    let (results, _) = map_with_state(items, threads, || (), |(), item| f(item));
    results.into_iter().map(|(_, r)| r).collect()
}

/// [`map_ordered`] where each thread keeps a state of its own (made by `init`, handed to `f`
/// with every item it maps): the results in the order of `items`, each with the index of
/// the state that made it, and the states. Which thread maps which item varies from run to
/// run, so a caller must only use the states in a way that does not depend on it (a table
/// of words each thread has met, merged in sorted order afterwards).
pub fn map_with_state<'a, T, S, R, I, F>(items: &'a [T], threads: usize, init: I, f: F) -> (Vec<(usize, R)>, Vec<S>)
where
    T: Sync,
    S: Send,
    R: Send,
    I: Fn() -> S + Sync,
    F: Fn(&mut S, &'a T) -> R + Sync,
{
    let threads = threads.clamp(1, items.len().max(1));
    let next = AtomicUsize::new(0);
    let work = |state_index: usize| {
        let mut state = init();
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            done.push((i, f(&mut state, item)));
        }
        (state_index, state, done)
    };
    let parts = if threads == 1 {
        vec![work(0)]
    } else {
        std::thread::scope(|s| {
            let work = &work;
            let helpers: Vec<_> = (1..threads).map(|t| s.spawn(move || work(t))).collect();
            let mut parts = vec![work(0)];
            for helper in helpers {
                match helper.join() {
                    Ok(part) => parts.push(part),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            parts
        })
    };
    let mut slots: Vec<Option<(usize, R)>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    let mut states = Vec::with_capacity(parts.len());
    for (state_index, state, done) in parts {
        debug_assert_eq!(state_index, states.len());
        states.push(state);
        for (i, r) in done {
            slots[i] = Some((state_index, r));
        }
    }
    let results = slots
        .into_iter()
        .map(|r| r.expect("every item is mapped exactly once"))
        .collect();
    (results, states)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_input_order_on_any_number_of_threads() {
        let items: Vec<u64> = (0..1000).collect();
        let one = map_ordered(&items, 1, |&x| x * x);
        for threads in [2, 3, 8, 5000] {
            assert_eq!(map_ordered(&items, threads, |&x| x * x), one);
        }
        assert_eq!(one[999], 999 * 999);
    }

    #[test]
    fn no_items_and_zero_threads_are_fine() {
        assert!(map_ordered(&[] as &[u8], 4, |&x| x).is_empty());
        assert_eq!(map_ordered(&[1, 2], 0, |&x| x + 1), [2, 3]);
    }

    #[test]
    #[should_panic(expected = "bad item")]
    fn a_panic_reaches_the_caller() {
        map_ordered(&[1, 2, 3, 4], 2, |&x| assert!(x != 3, "bad item"));
    }

    #[test]
    fn each_result_names_the_state_that_made_it() {
        let items: Vec<u32> = (1..=500).collect();
        let (results, states) = map_with_state(&items, 3, Vec::new, |seen: &mut Vec<u32>, &x| {
            seen.push(x);
            x
        });
        assert!(!states.is_empty() && states.len() <= 3);
        for (i, &(state, x)) in results.iter().enumerate() {
            assert_eq!(x, items[i]);
            assert!(states[state].contains(&x));
        }
        assert_eq!(states.iter().map(Vec::len).sum::<usize>(), items.len());
    }

    #[test]
    fn there_is_at_least_one_thread() {
        assert!(default_threads() >= 1);
    }
}
