//! Relevance (BM25 over term occurrences, title hits boosted) and result orders.
//!
//! For each positive plain term `t` of the query, an article scores
//! `idf(t) × (tf × (K1 + 1) / (tf + K1 × (1 − B + B × len / avg_len)) + TITLE_WEIGHT × [t in title])`,
//! where `tf` is the number of occurrences in the text, `len` the text's length in characters,
//! and `idf(t) = ln(1 + (N − n + 0.5) / (n + 0.5))` with `n` of the `N` articles containing `t`.
//! A `title:` term adds `idf × TITLE_WEIGHT`. The score only orders results; its scale means nothing.

use super::index::{SearchIndex, SearchResult};
use serde::{Deserialize, Serialize};
use strum::{EnumCount, EnumString, IntoStaticStr, VariantArray};

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

/// What search results are sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[derive(EnumString, IntoStaticStr, VariantArray, EnumCount)]
#[strum(serialize_all = "lowercase")]
pub enum ResultOrder {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest first; undated articles last in both directions.
    Date,
    /// Most highlighted hits first.
    Hits,
    /// Longest first.
    Length,
}

impl ResultOrder {
    /// All orders, in the order the page offers them: their declaration order.
    pub const ALL: [ResultOrder; ResultOrder::COUNT] = *Self::VARIANTS.first_chunk().expect("one per variant");

    /// The order's name in URLs: the variant's name in lower case (derived).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The order named in a URL; unknown names give `None`.
    pub fn parse(s: &str) -> Option<ResultOrder> {
        s.parse().ok()
    }
}

/// Sorts results by `order`, descending (best, newest, most, longest first) unless
/// `ascending`. Undated articles go last either way; ties keep corpus order.
pub fn sort_results(results: &mut [SearchResult], index: &SearchIndex, order: ResultOrder, ascending: bool) {
    // Each result's place as a small key (undated last, the value in order, the article,
    // then the position, which keeps equal results in their order, as a stable sort would);
    // the keys are sorted, then every result is moved once.
    if results.len() < 2 {
        return;
    }
    let dir = |k: u64| if ascending { k } else { !k };
    let mut keys: Vec<(bool, u64, usize, usize)> = results
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (undated, value) = match order {
                ResultOrder::Relevance => (false, dir(u64::from(total_order_key(r.score)))),
                ResultOrder::Hits => (false, dir(r.hits.len() as u64)),
                ResultOrder::Length => (false, dir(index.chars(r.doc) as u64)),
                ResultOrder::Date => match index.date(r.doc) {
                    Some(d) => (false, dir(d as u64 ^ (1 << 63))),
                    None => (true, 0),
                },
            };
            (undated, value, r.doc, i)
        })
        .collect();
    keys.sort_unstable();
    reorder(results, keys.into_iter().map(|(_, _, _, i)| i).collect());
}

/// Puts `items[source[k]]` at place `k` for every `k` (`source` is a permutation of the
/// places), one cycle of the permutation at a time: each item is swapped into its place once.
pub(crate) fn reorder<T>(items: &mut [T], mut source: Vec<usize>) {
    // A place is marked done by pointing at itself.
    for start in 0..source.len() {
        let mut at = start;
        loop {
            let from = source[at];
            source[at] = at;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// A number that orders like [`f32::total_cmp`] orders the floats.
fn total_order_key(x: f32) -> u32 {
    let bits = x.to_bits();
    if bits >> 31 == 1 {
        !bits
    } else {
        bits | 1 << 31
    }
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

    use super::super::{Query, SearchDoc};

    /// Three articles: (text, date); searched for 开源.
    fn sorted(order: ResultOrder, ascending: bool) -> Vec<usize> {
        let docs = [
            ("开源开源开源，很长很长很长很长", Some(20)),
            ("开源", None),
            ("开源开源", Some(10)),
        ];
        let index = SearchIndex::from_docs(docs.map(|(text, date)| SearchDoc {
            title: "",
            text,
            author: None,
            source: ["", "", ""],
            date,
        }));
        let mut results = index.search(&Query::parse("开源"));
        sort_results(&mut results, &index, order, ascending);
        results.iter().map(|r| r.doc).collect()
    }

    #[test]
    fn date_order_puts_the_newest_first_and_the_undated_last() {
        assert_eq!(sorted(ResultOrder::Date, false), [0, 2, 1]);
    }

    #[test]
    fn ascending_date_order_still_puts_the_undated_last() {
        assert_eq!(sorted(ResultOrder::Date, true), [2, 0, 1]);
    }

    #[test]
    fn hits_order_puts_the_most_hits_first() {
        assert_eq!(sorted(ResultOrder::Hits, false), [0, 2, 1]);
    }

    #[test]
    fn length_order_puts_the_longest_first() {
        assert_eq!(sorted(ResultOrder::Length, false), [0, 2, 1]);
    }

    #[test]
    fn ascending_length_order_puts_the_shortest_first() {
        assert_eq!(sorted(ResultOrder::Length, true), [1, 2, 0]);
    }

    #[test]
    fn relevance_order_puts_the_densest_short_text_first() {
        assert_eq!(sorted(ResultOrder::Relevance, false)[0], 2);
    }

    #[test]
    fn total_order_keys_order_like_total_cmp() {
        let floats = [
            f32::NEG_INFINITY,
            -1e30,
            -1.5,
            -f32::MIN_POSITIVE,
            -0.0,
            0.0,
            f32::MIN_POSITIVE,
            1.0,
            2.5,
            f32::INFINITY,
            f32::NAN,
            -f32::NAN,
        ];
        for a in floats {
            for b in floats {
                assert_eq!(total_order_key(a).cmp(&total_order_key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }

    #[test]
    fn reorder_puts_each_item_in_its_place() {
        let source = vec![3, 0, 4, 1, 2, 5, 7, 6];
        let mut items: Vec<char> = "abcdefgh".chars().collect();
        reorder(&mut items, source.clone());
        let expected: Vec<char> = source.iter().map(|&i| "abcdefgh".as_bytes()[i] as char).collect();
        assert_eq!(items, expected);
    }

    #[test]
    fn ties_keep_the_order_they_came_in() {
        // Results for one article (as a caller could make them) tie in every order; each is
        // told apart by a label in `term_hits`.
        let index = SearchIndex::from_docs([SearchDoc {
            title: "",
            text: "开源",
            author: None,
            source: ["", "", ""],
            date: None,
        }]);
        let labelled = |label: usize| SearchResult {
            doc: 0,
            score: 1.0,
            hits: Vec::new(),
            title_hits: Vec::new(),
            term_hits: vec![label],
        };
        for order in ResultOrder::ALL {
            for ascending in [false, true] {
                let mut results: Vec<SearchResult> = [2, 0, 1].map(labelled).into();
                sort_results(&mut results, &index, order, ascending);
                let labels: Vec<usize> = results.iter().map(|r| r.term_hits[0]).collect();
                assert_eq!(labels, [2, 0, 1], "{order:?} {ascending}");
            }
        }
    }

    #[test]
    fn orders_round_trip_through_urls() {
        for o in ResultOrder::ALL {
            assert_eq!(ResultOrder::parse(o.as_str()), Some(o));
        }
        assert_eq!(ResultOrder::parse("nope"), None);
    }
}
