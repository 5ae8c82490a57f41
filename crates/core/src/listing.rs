//! The article list's order: sort keys and the rule that undated articles go last.

use crate::model::Article;
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
    /// Alphabetical (by code point, so Chinese titles group by character).
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
            SortKey::Title => direction(x.title.cmp(&y.title), !ascending),
        };
        by_key.then(a.cmp(&b))
    });
    order
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

    #[test]
    fn keys_round_trip_through_urls() {
        for k in SortKey::ALL {
            assert_eq!(SortKey::parse(k.as_str()), Some(k));
        }
        assert_eq!(SortKey::parse("<script>"), None);
    }
}
