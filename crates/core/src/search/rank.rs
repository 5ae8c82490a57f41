//! Result orders: relevance (scored by [`super::score`]), date, hits, length.

use super::hit::SearchResult;
use super::index::SearchIndex;
use super::score::relevance_key;
use crate::sorting::sort_keyed;
use serde::{Deserialize, Serialize};
use strum::{EnumCount, EnumString, IntoStaticStr, VariantArray};

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
    sort_keyed(results, |r| {
        let (undated, value) = match order {
            ResultOrder::Relevance => (false, dir(relevance_key(r.score))),
            ResultOrder::Hits => (false, dir(r.hits.len() as u64)),
            ResultOrder::Length => (false, dir(index.chars(r.doc) as u64)),
            ResultOrder::Date => match index.date(r.doc) {
                Some(d) => (false, dir(d as u64 ^ (1 << 63))),
                None => (true, 0),
            },
        };
        (undated, value, r.doc)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

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
