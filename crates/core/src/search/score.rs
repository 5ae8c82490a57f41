//! Relevance: BM25 over term occurrences, title hits boosted.
//!
//! For each positive plain term `t` of the query, an article scores
//! `idf(t) × (tf × (K1 + 1) / (tf + K1 × (1 − B + B × len / avg_len)) + TITLE_WEIGHT × [t in title])`,
//! where `tf` is the number of occurrences in the text, `len` the text's length in characters,
//! and `idf(t) = ln(1 + (N − n + 0.5) / (n + 0.5))` with `n` of the `N` articles containing `t`.
//! A `title:` term adds `idf × TITLE_WEIGHT`. The score only orders results; its scale means nothing.

use super::hit::SearchResult;
use crate::sorting::{sort_keyed, total_order_key};

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// A term in the title counts as much as a text that is saturated with it.
const TITLE_WEIGHT: f32 = K1 + 1.0;

/// BM25 inverse document frequency of a term found in `with` of `total` articles.
pub(crate) fn idf(total: usize, with: usize) -> f32 {
    let (n, df) = (total as f32, with as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// One term's contribution to an article's score.
pub(crate) fn term_score(idf: f32, tf: usize, in_title: bool, len: usize, avg_len: f32) -> f32 {
    let tf = tf as f32;
    let norm = K1 * (1.0 - B + B * len as f32 / avg_len.max(1.0));
    let text = if tf > 0.0 { tf * (K1 + 1.0) / (tf + norm) } else { 0.0 };
    let title = if in_title { TITLE_WEIGHT } else { 0.0 };
    idf * (text + title)
}

/// A score as a number that orders like the scores (higher is better), for sort keys.
pub(crate) fn relevance_key(score: f32) -> u64 {
    u64::from(total_order_key(score))
}

/// Sorts `results` best first (by [`SearchResult::score`]), ties by article, as
/// [`super::sort_results`] sorts them by relevance.
pub(crate) fn best_first(results: &mut [SearchResult]) {
    sort_keyed(results, |r| (!relevance_key(r.score), r.doc));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rarer_terms_weigh_more() {
        assert!(idf(100, 1) > idf(100, 50));
    }

    #[test]
    fn a_term_in_every_article_still_weighs_something() {
        assert!(idf(5, 5) > 0.0);
    }

    #[test]
    fn more_occurrences_score_higher_but_saturate() {
        let s = |tf| term_score(1.0, tf, false, 1000, 1000.0);
        assert!(s(2) > s(1));
        assert!(s(100) < 2.0 * s(10));
    }

    #[test]
    fn the_same_count_in_a_shorter_text_scores_higher() {
        assert!(term_score(1.0, 3, false, 500, 1000.0) > term_score(1.0, 3, false, 4000, 1000.0));
    }

    #[test]
    fn a_title_hit_outweighs_many_text_hits() {
        assert!(term_score(1.0, 1, true, 1000, 1000.0) > term_score(1.0, 50, false, 1000, 1000.0));
    }
}
