//! What a query needs from a chunked corpus: which n-gram keys to look up, then which
//! articles to fetch so that searching only them gives exactly the whole corpus's results.
//!
//! The rule: an article can match only if it satisfies every clause. A clause without a
//! negated term holds only where one of its positive terms occurs, so if the query has such a
//! clause, every match holds a positive term; and BM25 counts, for each positive term, every
//! article holding it. So the articles holding any positive term suffice (those holding none
//! neither match nor count), and the n-gram index gives a superset of them. If every clause
//! has a negated term (or there is none), an article holding no positive term may match: all
//! articles are needed.

use super::grams::term_keys;
use crate::search::Query;

/// The n-gram keys of every positive term's normalized pattern, sorted, each once: the keys
/// whose postings [`need`] asks for.
pub fn query_keys(query: &Query) -> Vec<String> {
    let mut keys: Vec<String> = query
        .positive_terms()
        .flat_map(|(_, t)| term_keys(&t.pattern))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The articles a query has to search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    /// Every article.
    All,
    /// These articles (ascending corpus numbers); none if nothing can match.
    Articles(Vec<u32>),
}

/// What `query` needs, given each key's postings (`None` for a key no article holds) in a
/// corpus of `total` articles. A term's candidates are the articles holding all its keys (all
/// articles for a term without keys); the need is the union of every positive term's
/// candidates, or [`Need::All`] when an article without a positive term may match (see the
/// module documentation) or every article is a candidate.
pub fn need(query: &Query, postings: impl Fn(&str) -> Option<Vec<u32>>, total: u32) -> Need {
    let clauses = query.clauses();
    let terms = query.terms();
    if clauses.iter().all(|c| c.iter().any(|&t| terms[t].negated)) {
        return Need::All;
    }
    let mut union: Vec<u32> = Vec::new();
    for (_, term) in query.positive_terms() {
        let keys = term_keys(&term.pattern);
        if keys.is_empty() {
            return Need::All;
        }
        let mut lists: Vec<Vec<u32>> = Vec::with_capacity(keys.len());
        for key in &keys {
            match postings(key) {
                Some(list) => lists.push(list),
                None => {
                    lists.clear();
                    break;
                }
            }
        }
        lists.sort_unstable_by_key(Vec::len);
        let mut lists = lists.into_iter();
        let Some(mut candidates) = lists.next() else { continue };
        for list in lists {
            candidates = intersect(&candidates, &list);
        }
        union = merge(&union, &candidates);
    }
    if union.len() as u64 >= u64::from(total) && total > 0 {
        return Need::All;
    }
    Need::Articles(union)
}

/// Which chunks to fetch for the `missing` candidates (ascending articles whose chunk has not
/// arrived; `chunk_of` ascends with the article, as chunks hold consecutive articles): the chunk
/// holding the most of them first (ties: the lower chunk first), and only as many chunks as
/// hold `enough` candidates (`usize::MAX`: all of them). A query's first screen of results
/// then waits for the fewest files.
pub fn chunks_by_candidates(missing: &[u32], chunk_of: impl Fn(u32) -> usize, enough: usize) -> Vec<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &n in missing {
        let chunk = chunk_of(n);
        match counts.last_mut() {
            Some((c, k)) if *c == chunk => *k += 1,
            _ => counts.push((chunk, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut held = 0usize;
    counts
        .into_iter()
        .take_while(|&(_, k)| {
            let more = held < enough;
            held += k;
            more
        })
        .map(|(chunk, _)| chunk)
        .collect()
}

/// The numbers in both ascending lists.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// The numbers in either ascending list, ascending, each once.
fn merge(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let take_a = j >= b.len() || (i < a.len() && a[i] <= b[j]);
        let v = if take_a { a[i] } else { b[j] };
        if take_a {
            i += 1;
            if j < b.len() && b[j] == v {
                j += 1;
            }
        } else {
            j += 1;
        }
        out.push(v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn postings() -> HashMap<&'static str, Vec<u32>> {
        HashMap::from([
            ("英伟", vec![1, 3, 5]),
            ("伟达", vec![1, 5, 7]),
            ("开源", vec![2, 3]),
            ("的", vec![0, 1, 2, 3, 4, 5, 6, 7]),
            ("qq", vec![4]),
        ])
    }

    fn need_of(q: &str) -> Need {
        let p = postings();
        need(&Query::parse(q), |k| p.get(k).cloned(), 8)
    }

    #[test]
    fn keys_come_from_positive_terms_only() {
        assert_eq!(
            query_keys(&Query::parse("英伟达 -开源 source:qq")),
            ["qq", "伟达", "英伟"]
        );
        assert!(query_keys(&Query::parse("-开源")).is_empty());
    }

    #[test]
    fn a_term_needs_the_articles_holding_all_its_keys() {
        assert_eq!(need_of("英伟达"), Need::Articles(vec![1, 5]));
    }

    #[test]
    fn terms_of_every_clause_are_needed() {
        assert_eq!(need_of("英伟达 开源"), Need::Articles(vec![1, 2, 3, 5]));
        assert_eq!(need_of("英伟达 | source:qq"), Need::Articles(vec![1, 4, 5]));
    }

    #[test]
    fn a_missing_key_leaves_a_term_without_candidates() {
        assert_eq!(need_of("蒸馏"), Need::Articles(vec![]));
        assert_eq!(need_of("英伟达 蒸馏"), Need::Articles(vec![1, 5]));
    }

    #[test]
    fn an_empty_query_needs_everything() {
        assert_eq!(need_of(""), Need::All);
    }

    #[test]
    fn a_query_whose_every_clause_has_a_negation_needs_everything() {
        assert_eq!(need_of("-开源"), Need::All);
        assert_eq!(need_of("英伟达 | -开源"), Need::All);
        // One clause without a negation bounds the matches.
        assert_eq!(need_of("英伟达 -开源"), Need::Articles(vec![1, 5]));
        assert_eq!(need_of("开源 英伟达 | -开源"), Need::Articles(vec![1, 2, 3, 5]));
    }

    #[test]
    fn a_term_in_every_article_needs_everything() {
        assert_eq!(need_of("的"), Need::All);
    }

    #[test]
    fn the_densest_chunk_comes_first() {
        // Chunks of 4 articles: 0..4 in chunk 0, 4..8 in 1, 8..12 in 2.
        let chunk_of = |n: u32| (n / 4) as usize;
        assert_eq!(
            chunks_by_candidates(&[1, 5, 6, 7, 9, 10], chunk_of, usize::MAX),
            [1, 2, 0]
        );
        assert_eq!(chunks_by_candidates(&[1, 9], chunk_of, usize::MAX), [0, 2]);
        assert!(chunks_by_candidates(&[], chunk_of, usize::MAX).is_empty());
    }

    #[test]
    fn only_enough_chunks_for_a_first_screen() {
        let chunk_of = |n: u32| (n / 4) as usize;
        let missing = [1, 5, 6, 7, 9, 10];
        assert_eq!(chunks_by_candidates(&missing, chunk_of, 1), [1]);
        assert_eq!(chunks_by_candidates(&missing, chunk_of, 3), [1]);
        assert_eq!(chunks_by_candidates(&missing, chunk_of, 4), [1, 2]);
        assert_eq!(chunks_by_candidates(&missing, chunk_of, 6), [1, 2, 0]);
        assert!(chunks_by_candidates(&missing, chunk_of, 0).is_empty());
    }

    #[test]
    fn lists_intersect_and_merge() {
        assert_eq!(intersect(&[1, 3, 5, 9], &[3, 4, 9]), [3, 9]);
        assert_eq!(merge(&[1, 3, 5], &[2, 3, 9]), [1, 2, 3, 5, 9]);
        assert_eq!(merge(&[], &[2]), [2]);
    }
}
