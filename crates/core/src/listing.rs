//! The article list's order: sort keys, the rule that undated articles go last, and which
//! articles the list shows in which order, with or without a query.

use crate::model::Article;
use crate::search::{sort_results, Query, ResultOrder, SearchIndex, SearchResult};
use crate::sorting::sort_by;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use strum::{EnumCount, EnumString, IntoStaticStr, VariantArray};

/// What the article list is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[derive(EnumString, IntoStaticStr, VariantArray, EnumCount)]
#[strum(serialize_all = "lowercase")]
pub enum SortKey {
    /// Newest first; undated articles last.
    #[default]
    Date,
    /// Longest first.
    Length,
    /// A to Z in title order: numbers as numbers, Chinese by pinyin ([`Article::title_rank`],
    /// computed at build time; articles of equal rank by title code point).
    Title,
}

impl SortKey {
    /// All keys, in the order the page offers them: their declaration order.
    pub const ALL: [SortKey; SortKey::COUNT] = *Self::VARIANTS.first_chunk().expect("one per variant");

    /// The key's name in URLs: the variant's name in lower case (derived).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The key named in a URL; unknown names give `None`.
    pub fn parse(s: &str) -> Option<SortKey> {
        s.parse().ok()
    }
}

/// Positions of `articles` in list order for `key`, ascending if `ascending`.
/// Undated articles always come last; ties keep file order, so the order is stable.
pub fn sorted(articles: &[Article], key: SortKey, ascending: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    sort_by(&mut order, |&a, &b| {
        let (x, y) = (&articles[a], &articles[b]);
        let by_key = match key {
            SortKey::Date => match (&x.date, &y.date) {
                (Some(dx), Some(dy)) => direction(dx.epoch_seconds.cmp(&dy.epoch_seconds), !ascending),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
            SortKey::Length => direction(x.char_count.cmp(&y.char_count), !ascending),
            SortKey::Title => direction(
                x.title_rank.cmp(&y.title_rank).then_with(|| x.title.cmp(&y.title)),
                !ascending,
            ),
        };
        by_key.then(a.cmp(&b))
    });
    order
}

/// The list's order when the URL names none: [`SortKey::Date`] when more than half of the
/// articles are dated, else [`SortKey::Title`] (in a mostly undated corpus the date orders
/// nothing). An empty corpus sorts by title.
pub fn default_sort(articles: &[Article]) -> SortKey {
    let dated = articles.iter().filter(|a| a.date.is_some()).count();
    if dated * 2 > articles.len() {
        SortKey::Date
    } else {
        SortKey::Title
    }
}

/// How the article list is sorted: by a list key without a query, by a result order with one
/// (a list key with a query orders the matching articles as the list would).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListSort {
    /// Date, length or title.
    Browse(SortKey),
    /// Relevance, date, hits or length (with a query).
    Results(ResultOrder),
}

impl ListSort {
    /// The choices offered with or without a query.
    pub fn choices(has_query: bool) -> Vec<ListSort> {
        if has_query {
            ResultOrder::ALL.into_iter().map(ListSort::Results).collect()
        } else {
            SortKey::ALL.into_iter().map(ListSort::Browse).collect()
        }
    }

    /// The default direction: titles A to Z, everything else biggest/newest first.
    pub fn default_ascending(self) -> bool {
        matches!(self, ListSort::Browse(SortKey::Title))
    }
}

/// What the list shows for `query`, in order: without a query, every article in list order
/// (by the list key of `sort`, else [`default_sort`]), with no hits; with one, the matching
/// articles, by `sort`. `index` (over `articles`) is called only when there is a query, so
/// browsing never needs the search index.
pub fn list_results<'a>(
    articles: &[Article],
    query: &Query,
    sort: ListSort,
    ascending: bool,
    index: impl FnOnce() -> &'a SearchIndex,
) -> Vec<SearchResult> {
    if query.is_empty() {
        let key = match sort {
            ListSort::Browse(key) => key,
            ListSort::Results(_) => default_sort(articles),
        };
        let unmatched = |doc| SearchResult {
            doc,
            score: 0.0,
            hits: vec![],
            title_hits: vec![],
            term_hits: vec![],
        };
        return sorted(articles, key, ascending).into_iter().map(unmatched).collect();
    }
    let index = index();
    let mut results = index.search(query);
    match sort {
        ListSort::Results(order) => sort_results(&mut results, index, order, ascending),
        ListSort::Browse(key) => {
            let mut by_doc: Vec<Option<SearchResult>> = vec![None; articles.len()];
            for r in results.drain(..) {
                let doc = r.doc;
                by_doc[doc] = Some(r);
            }
            let order = sorted(articles, key, ascending);
            results = order.into_iter().filter_map(|i| by_doc[i].take()).collect();
        }
    }
    results
}

/// The default direction for a key: newest first, longest first, A to Z.
pub fn default_ascending(key: SortKey) -> bool {
    key == SortKey::Title
}

fn direction(o: Ordering, descending: bool) -> Ordering {
    if descending {
        o.reverse()
    } else {
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::date;

    fn article(title: &str, chars: usize, epoch: Option<i64>) -> Article {
        Article {
            title: title.into(),
            date: epoch.map(date),
            char_count: chars,
            ..crate::test_support::article(title)
        }
    }

    #[test]
    fn undated_articles_sort_last_in_both_directions() {
        let v = [
            article("a", 1, None),
            article("b", 2, Some(10)),
            article("c", 3, Some(20)),
        ];
        assert_eq!(sorted(&v, SortKey::Date, false), [2, 1, 0]);
        assert_eq!(sorted(&v, SortKey::Date, true), [1, 2, 0]);
    }

    #[test]
    fn length_and_title() {
        let v = [article("乙", 5, None), article("甲", 9, None), article("A", 1, None)];
        assert_eq!(sorted(&v, SortKey::Length, false), [1, 0, 2]);
        assert_eq!(sorted(&v, SortKey::Title, true), [2, 0, 1]);
    }

    fn with_text(title: &str, text: &str, epoch: Option<i64>) -> Article {
        Article {
            text: text.into(),
            char_count: text.chars().count(),
            blocks: vec![crate::model::Block {
                kind: crate::model::BlockKind::Paragraph,
                range: 0..text.len(),
                link: None,
            }],
            ..article(title, 0, epoch)
        }
    }

    #[test]
    fn browsing_lists_every_article_in_list_order_without_the_index() {
        let v = [
            article("a", 1, Some(5)),
            article("b", 2, Some(9)),
            article("c", 3, None),
        ];
        let docs = |sort, asc| -> Vec<usize> {
            list_results(&v, &Query::parse(" "), sort, asc, || unreachable!("no query, no index"))
                .into_iter()
                .map(|r| r.doc)
                .collect()
        };
        assert_eq!(docs(ListSort::Browse(SortKey::Length), false), [2, 1, 0]);
        // A result order without a query falls back to the default key (date, newest first).
        assert_eq!(docs(ListSort::Results(ResultOrder::Hits), false), [1, 0, 2]);
    }

    #[test]
    fn a_query_lists_the_matches_by_result_order_or_in_list_order() {
        let v = [
            with_text("a", "开源 开源 开源", Some(30)),
            with_text("b", "闭源", Some(20)),
            with_text("c", "开源", Some(10)),
        ];
        let index = SearchIndex::from_docs(v.iter().map(Into::into));
        let query = Query::parse("开源");
        let docs = |sort, asc| -> Vec<usize> {
            list_results(&v, &query, sort, asc, || &index)
                .into_iter()
                .map(|r| r.doc)
                .collect()
        };
        assert_eq!(docs(ListSort::Results(ResultOrder::Hits), false), [0, 2]);
        assert_eq!(docs(ListSort::Results(ResultOrder::Hits), true), [2, 0]);
        assert_eq!(docs(ListSort::Browse(SortKey::Date), true), [2, 0]);
        let results = list_results(&v, &query, ListSort::Browse(SortKey::Title), true, || &index);
        assert_eq!(
            results.iter().map(|r| r.hits.len()).collect::<Vec<_>>(),
            [3, 1],
            "hits come along"
        );
    }

    #[test]
    fn list_sorts_offer_result_orders_only_with_a_query() {
        assert!(ListSort::choices(false)
            .iter()
            .all(|s| matches!(s, ListSort::Browse(_))));
        assert!(ListSort::choices(true)
            .iter()
            .all(|s| matches!(s, ListSort::Results(_))));
        assert!(ListSort::Browse(SortKey::Title).default_ascending());
        assert!(!ListSort::Results(ResultOrder::Relevance).default_ascending());
    }

    #[test]
    fn titles_sort_by_their_build_time_rank_then_by_code_point() {
        let mut v = [
            article("第 10 期", 1, None),
            article("第 2 期", 1, None),
            article("安", 1, None),
        ];
        assert_eq!(sorted(&v, SortKey::Title, true), [2, 0, 1], "unranked: by code point");
        v[0].title_rank = 2;
        v[1].title_rank = 1;
        v[2].title_rank = 0;
        assert_eq!(sorted(&v, SortKey::Title, true), [2, 1, 0]);
        v[2].title_rank = 3;
        assert_eq!(sorted(&v, SortKey::Title, true), [1, 0, 2]);
        assert_eq!(sorted(&v, SortKey::Title, false), [2, 0, 1]);
    }

    #[test]
    fn the_default_order_is_the_date_only_when_most_articles_are_dated() {
        let dated = |n: usize, of: usize| -> Vec<Article> {
            (0..of).map(|i| article("t", 1, (i < n).then_some(i as i64))).collect()
        };
        assert_eq!(default_sort(&dated(2, 3)), SortKey::Date);
        assert_eq!(default_sort(&dated(3, 3)), SortKey::Date);
        assert_eq!(default_sort(&dated(2, 4)), SortKey::Title, "half is not most");
        assert_eq!(default_sort(&dated(0, 415)), SortKey::Title);
        assert_eq!(default_sort(&[]), SortKey::Title);
        // Browsing a mostly undated corpus with a result order falls back to the title.
        let v = [article("b", 1, None), article("a", 1, None), article("c", 1, Some(3))];
        let docs: Vec<usize> = list_results(
            &v,
            &Query::parse(""),
            ListSort::Results(ResultOrder::Hits),
            true,
            || unreachable!("no query, no index"),
        )
        .into_iter()
        .map(|r| r.doc)
        .collect();
        assert_eq!(docs, [1, 0, 2]);
    }

    #[test]
    fn keys_round_trip_through_urls() {
        for k in SortKey::ALL {
            assert_eq!(SortKey::parse(k.as_str()), Some(k));
        }
        assert_eq!(SortKey::parse("<script>"), None);
    }
}
