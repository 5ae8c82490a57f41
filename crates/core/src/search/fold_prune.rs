//! The fold table a page needs for one corpus (build time): the full table less the entries
//! no query could tell from a character folding to itself (see [`pruned_fold_table`]).

use super::fold::{full_table_bytes, is_ignorable, Folded, Folder};
use super::fold_encode::encode;
use crate::model::Corpus;
use std::collections::HashSet;

/// [`pruned_fold_table`] for `corpus`: every character of every string it holds counts
/// (texts, titles, authors, sources, outlets, the site's texts…), so no field the page folds
/// is missed, whichever it is.
pub fn corpus_fold_table(corpus: &Corpus) -> Vec<u8> {
    // JSON writes every string as it is (escaping only ASCII controls, quotes and backslashes,
    // which the table does not hold); its keys and punctuation only keep a few entries more.
    let json = serde_json::to_string(corpus).expect("a corpus serializes to JSON");
    pruned_fold_table(json.chars())
}

/// Characters a query may hold whose fold matters even where the corpus lacks them: the
/// query's phrase quote (the parser folds each character to find it) and the folds of its
/// other operators (`|`, `-`, `:`), which it reads before folding. Whitespace too (below):
/// normalization drops it or keeps one space.
const SYNTAX: [char; 6] = ['＂', '｜', '－', '：', '（', '）'];

/// The fold table's bytes for a page showing a corpus made of `corpus_chars` (every character
/// of every text, title and field the page folds): the full table less each entry `c → s`
/// where `s` holds a character that is neither in the folded corpus nor whitespace nor query
/// syntax, unless `c` itself is in the folded corpus. Such a `c` then folds to itself: a query
/// term holding it matches nothing, as it did with the full table, whose `s` the corpus
/// lacks. Every character of the corpus keeps its entry, so the corpus folds as before.
pub fn pruned_fold_table(corpus_chars: impl IntoIterator<Item = char>) -> Vec<u8> {
    let full = Folder::of(full_table_bytes());
    let mut folded: HashSet<char> = HashSet::new();
    for c in corpus_chars.into_iter().collect::<HashSet<char>>() {
        fold_into(full, c, |o| {
            folded.insert(o);
        });
    }
    let needed = |o: char| folded.contains(&o) || o.is_whitespace() || SYNTAX.contains(&o);
    let mut singles = Vec::new();
    let mut multi = Vec::new();
    for (c, fold) in entries(full) {
        if !(folded.contains(&c) || fold.chars().all(needed)) {
            continue;
        }
        let mut chars = fold.chars();
        match (chars.next(), chars.next()) {
            (Some(one), None) => singles.push((c as u32, one as u32)),
            _ => multi.push((c as u32, fold)),
        }
    }
    encode(&singles, &multi)
}

/// Every entry of `folder`'s table in code point order: the characters that fold to
/// something else, except ASCII and the invisible characters (folded in code, not the table).
fn entries(folder: Folder) -> impl Iterator<Item = (char, String)> {
    (0..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|&c| !c.is_ascii() && !is_ignorable(c))
        .filter_map(move |c| match folder.fold(c) {
            Folded::Same => None,
            Folded::One(o) => Some((c, o.to_string())),
            Folded::Many(s) => Some((c, s.to_owned())),
        })
}

fn fold_into(folder: Folder, c: char, mut f: impl FnMut(char)) {
    match folder.fold(c) {
        Folded::Same => f(c),
        Folded::One(o) => f(o),
        Folded::Many(s) => s.chars().for_each(f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn full() -> Folder {
        Folder::of(full_table_bytes())
    }

    fn fold_str(folder: Folder, s: &str) -> String {
        let mut out = String::new();
        s.chars().for_each(|c| fold_into(folder, c, |o| out.push(o)));
        out
    }

    #[test]
    fn the_full_table_reencodes_to_itself() {
        let (mut singles, mut multi) = (Vec::new(), Vec::new());
        for (c, s) in entries(full()) {
            match s.chars().count() {
                1 => singles.push((c as u32, s.chars().next().unwrap() as u32)),
                _ => multi.push((c as u32, s)),
            }
        }
        assert_eq!(encode(&singles, &multi), full_table_bytes());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Any subset of the entries decodes to exactly that subset: with entries missing,
        /// runs break up and deltas change (U+1FEF once decoded to U+0060, not U+FF40).
        #[test]
        fn any_subset_of_the_entries_decodes_to_itself(seed in any::<u64>(), keep_per_mille in 1u64..1000) {
            let all: Vec<(char, String)> = entries(full()).collect();
            let mut state = seed | 1;
            let mut kept = Vec::new();
            let (mut singles, mut multi) = (Vec::new(), Vec::new());
            for (c, s) in &all {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                if state % 1000 < keep_per_mille {
                    kept.push(*c);
                    match s.chars().count() {
                        1 => singles.push((*c as u32, s.chars().next().unwrap() as u32)),
                        _ => multi.push((*c as u32, s.clone())),
                    }
                }
            }
            let subset = Folder::of(&encode(&singles, &multi));
            for (c, s) in &all {
                let expected = if kept.binary_search(c).is_ok() { s.clone() } else { c.to_string() };
                prop_assert_eq!(fold_str(subset, &c.to_string()), expected, "U+{:04X}", *c as u32);
            }
        }
    }

    /// For every character of the full table, on the seeds: the pruned fold is the full fold,
    /// or both hold a character the folded corpus lacks (a query holding it matches nothing).
    #[test]
    fn on_the_seeds_every_fold_is_the_full_one_or_matches_nothing_either_way() {
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let corpus = crate::ingest::ingest_dir(&seeds).expect("the seeds ingest");
        let json = serde_json::to_string(&corpus).unwrap();
        let full = full();
        let mut folded = HashSet::new();
        json.chars().for_each(|c| {
            fold_into(full, c, |o| {
                folded.insert(o);
            })
        });
        let bytes = corpus_fold_table(&corpus);
        let pruned = Folder::of(&bytes);
        let absent = |s: &str| s.chars().any(|o| !folded.contains(&o));
        let (mut same, mut dropped) = (0, 0);
        for (c, s) in entries(full) {
            let p = fold_str(pruned, &c.to_string());
            if p == s {
                same += 1;
            } else {
                assert!(absent(&s) && absent(&p), "U+{:04X}: {s:?} became {p:?}", c as u32);
                dropped += 1;
            }
        }
        for article in &corpus.articles {
            assert_eq!(fold_str(pruned, &article.text), fold_str(full, &article.text));
        }
        // Most kept entries are traditional characters whose simplified form the corpus has.
        assert!(dropped > 2 * same, "{dropped} entries dropped, {same} kept");
        assert!(
            bytes.len() * 2 < full_table_bytes().len(),
            "{} of {} bytes",
            bytes.len(),
            full_table_bytes().len()
        );
    }

    #[test]
    fn a_corpus_folds_as_before_and_absent_folds_are_dropped() {
        let text = "開源國運 DeepSeek ＡＩ①，「」";
        let pruned = Folder::of(&pruned_fold_table(text.chars()));
        assert_eq!(fold_str(pruned, text), fold_str(full(), text));
        // Cyrillic is absent: its capitals stay; the quotes of the query syntax still fold.
        assert_eq!(fold_str(pruned, "Ж“"), "Ж＂");
        assert_eq!(fold_str(full(), "Ж"), "ж");
        // Whatever folds to whitespace keeps its entry.
        assert_eq!(fold_str(pruned, "\u{3000}"), " ");
    }
}
