//! The word statistics: every article's words counted ([`Segmenter::words`]) into
//! [`Corpus::vocabulary`] and each article's [`crate::model::Article::word_counts`].
//!
//! The articles are cut into words on every core; the vocabulary, which all of them share,
//! is then built in sorted order from what the threads found (see [`count_words_with`]), so
//! the counts and their word indices are the same on any number of threads.

use super::parallel::{default_threads, map_ordered, map_with_state};
use super::segment::Segmenter;
use crate::model::Corpus;
use rustc_hash::FxHashMap;

/// Fills [`Corpus::vocabulary`] and every article's [`crate::model::Article::word_counts`]
/// from the article texts, on every available core ([`count_words_with`]).
pub fn count_words(corpus: &mut Corpus, segmenter: &Segmenter) {
    count_words_with(corpus, segmenter, default_threads());
}

/// [`count_words`] on `threads` threads: the articles are cut into words in parallel, each
/// thread numbering the words it meets in a table of its own; the vocabulary is then every
/// word of those tables once, in sorted order, so it and its indices are the same on any
/// number of threads.
pub fn count_words_with(corpus: &mut Corpus, segmenter: &Segmenter, threads: usize) {
    // Each article's (local word number, count) pairs, and each thread's table of words.
    let (per_article, tables) = map_with_state(&corpus.articles, threads, WordTable::default, |table, a| {
        // Counted first in a small table of the article's own, which stays in the cache; the
        // thread's table, far larger, is then looked up once per distinct word.
        let mut counts = WordTable::default();
        for w in segmenter.words(&a.text) {
            *counts.entry(w).or_insert(0) += 1;
        }
        let pairs = counts
            .into_iter()
            .map(|(w, n)| {
                let next = u32::try_from(table.len()).expect("fewer than 4 billion distinct words");
                (*table.entry(w).or_insert(next), n)
            })
            .collect::<Vec<(u32, u32)>>();
        (pairs, segmenter.cut_lengths(&a.text))
    });
    let (per_article, cut_lengths): (Vec<_>, Vec<_>) = per_article
        .into_iter()
        .map(|(table, (pairs, cuts))| ((table, pairs), cuts))
        .unzip();
    corpus.cut_lengths = cut_lengths;
    let (vocabulary, to_global) = merge_tables(&tables, threads);
    let word_counts = map_ordered(&per_article, threads, |(table, counts)| {
        let global = &to_global[*table];
        let mut pairs: Vec<(u32, u32)> = counts.iter().map(|&(local, n)| (global[local as usize], n)).collect();
        pairs.sort_unstable();
        pairs
    });
    for (article, pairs) in corpus.articles.iter_mut().zip(word_counts) {
        article.word_counts = pairs;
    }
    corpus.vocabulary = vocabulary;
}

/// One thread's words, each with its number in the order the thread met them.
type WordTable = FxHashMap<String, u32>;

/// The vocabulary (every word of `tables` once, in sorted order) and, for each table, its
/// words' indices in it by their number in the table. Each table is sorted on a thread of
/// its own, then all are merged in one pass.
fn merge_tables(tables: &[WordTable], threads: usize) -> (Vec<String>, Vec<Vec<u32>>) {
    let sorted: Vec<Vec<(&str, u32)>> = map_ordered(tables, threads, |table| {
        let mut words: Vec<(&str, u32)> = table.iter().map(|(w, &local)| (w.as_str(), local)).collect();
        words.sort_unstable_by(|a, b| a.0.cmp(b.0));
        words
    });
    let mut to_global: Vec<Vec<u32>> = tables.iter().map(|t| vec![0; t.len()]).collect();
    let mut heads = vec![0; sorted.len()];
    let mut vocabulary = Vec::new();
    while let Some(word) = sorted
        .iter()
        .zip(&heads)
        .filter_map(|(s, &h)| s.get(h).map(|e| e.0))
        .min()
    {
        let id = u32::try_from(vocabulary.len()).expect("fewer than 4 billion distinct words");
        for ((words, head), global) in sorted.iter().zip(&mut heads).zip(&mut to_global) {
            if let Some(&(w, local)) = words.get(*head) {
                if w == word {
                    global[local as usize] = id;
                    *head += 1;
                }
            }
        }
        vocabulary.push(word.to_string());
    }
    (vocabulary, to_global)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn corpus(texts: &[&str]) -> Corpus {
        let articles = texts.iter().enumerate().map(|(i, t)| {
            let mut a = crate::ingest::ingest_file(&format!("{i}.txt"), format!("题\n\n{t}").as_bytes());
            a.word_counts.clear();
            a
        });
        Corpus {
            articles: articles.collect::<Vec<Article>>(),
            ..Corpus::default()
        }
    }

    fn segmenter() -> &'static Segmenter {
        static SEGMENTER: std::sync::OnceLock<Segmenter> = std::sync::OnceLock::new();
        SEGMENTER.get_or_init(|| Segmenter::new(&["英伟达".to_string()]))
    }

    #[test]
    fn words_are_counted_against_a_sorted_vocabulary() {
        let mut c = corpus(&["英伟达 股价 英伟达", "股价 Nvidia", "nvidia"]);
        count_words_with(&mut c, segmenter(), 1);
        assert_eq!(c.vocabulary, ["nvidia", "股价", "英伟达"]);
        let counts: Vec<&[(u32, u32)]> = c.articles.iter().map(|a| a.word_counts.as_slice()).collect();
        assert_eq!(counts, [&[(1, 1), (2, 2)][..], &[(0, 1), (1, 1)], &[(0, 1)]]);
    }

    #[test]
    fn any_number_of_threads_counts_the_same() {
        let texts: Vec<String> = (0..60)
            .map(|i| format!("英伟达 词{i} 股价 word{} 股价", i % 7))
            .collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let mut one = corpus(&texts);
        count_words_with(&mut one, segmenter(), 1);
        for threads in [2, 3, 16] {
            let mut many = corpus(&texts);
            count_words_with(&mut many, segmenter(), threads);
            assert_eq!(many.vocabulary, one.vocabulary, "{threads} threads");
            for (a, b) in many.articles.iter().zip(&one.articles) {
                assert_eq!(a.word_counts, b.word_counts, "{threads} threads");
            }
        }
    }

    #[test]
    fn merging_tables_numbers_each_word_once_in_order() {
        let table = |words: &[&str]| -> WordTable { (0..).zip(words).map(|(i, w)| (w.to_string(), i)).collect() };
        let tables = [table(&["b", "a", "d"]), table(&["d", "c"]), WordTable::default()];
        let (vocabulary, to_global) = merge_tables(&tables, 2);
        assert_eq!(vocabulary, ["a", "b", "c", "d"]);
        assert_eq!(to_global, [vec![1, 0, 3], vec![3, 2], vec![]]);
    }
}
