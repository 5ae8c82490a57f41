//! Groups of articles to compare: by source, by author, or one per article.

use crate::model::{Article, DateStamp};
use crate::sorting::sort_by_key;
use serde::{Deserialize, Serialize};
use strum::{EnumCount, EnumString, IntoStaticStr, VariantArray};

/// How articles are put into groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[derive(EnumString, IntoStaticStr, VariantArray, EnumCount)]
#[strum(serialize_all = "lowercase")]
pub enum GroupBy {
    /// One group per platform ([`crate::model::Source::key`]).
    #[default]
    Source,
    /// One group per author; articles without one form the group [`UNKNOWN_KEY`].
    Author,
    /// Every article is its own group.
    Article,
}

impl GroupBy {
    /// All ways of grouping, in the order the page offers them: their declaration order.
    pub const ALL: [GroupBy; GroupBy::COUNT] = *Self::VARIANTS.first_chunk().expect("one per variant");

    /// The name in URLs: the variant's name in lower case (derived).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The way of grouping named in a URL; unknown names give `None`.
    pub fn parse(s: &str) -> Option<GroupBy> {
        s.parse().ok()
    }
}

/// The key of the group of articles whose source or author nobody knows.
pub const UNKNOWN_KEY: &str = "unknown";

/// Some articles compared as one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Stable key: the source key, the author's name (or [`UNKNOWN_KEY`]), or the article id.
    pub key: String,
    /// The name to show, Chinese first: the source's Chinese name, the author, or the title.
    pub label: String,
    /// The English name: the source's English name; the author or title again otherwise.
    pub label_en: String,
    /// Positions of the group's articles in the article slice, in that slice's order.
    pub articles: Vec<usize>,
    /// Total length of the articles' texts, in characters.
    pub char_count: usize,
    /// The earliest dated article's date, if any article is dated.
    pub earliest: Option<DateStamp>,
    /// The latest dated article's date, if any article is dated.
    pub latest: Option<DateStamp>,
    /// How many of the articles have no date.
    pub undated: usize,
}

/// The articles grouped `by` source, author or article. Groups with more articles come first,
/// ties in order of first appearance; the unknown source or author comes last. With
/// [`GroupBy::Article`] the groups keep the slice's order.
pub fn group_articles(articles: &[Article], by: GroupBy) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for (i, article) in articles.iter().enumerate() {
        let (key, label, label_en) = identity(article, by);
        let pos = match by {
            GroupBy::Article => None,
            _ => groups.iter().position(|g| g.key == key),
        };
        let group = match pos {
            Some(p) => &mut groups[p],
            None => {
                groups.push(Group {
                    key,
                    label,
                    label_en,
                    articles: Vec::new(),
                    char_count: 0,
                    earliest: None,
                    latest: None,
                    undated: 0,
                });
                groups.last_mut().expect("just pushed")
            }
        };
        add(group, i, article);
    }
    if by != GroupBy::Article {
        // Stable: ties keep their order of first appearance.
        sort_by_key(&mut groups, |g| {
            (g.key == UNKNOWN_KEY, std::cmp::Reverse(g.articles.len()))
        });
    }
    groups
}

fn identity(article: &Article, by: GroupBy) -> (String, String, String) {
    match by {
        GroupBy::Source => (
            article.source.key.clone(),
            article.source.zh.clone(),
            article.source.en.clone(),
        ),
        GroupBy::Author => match &article.author {
            Some(name) => (name.clone(), name.clone(), name.clone()),
            None => (UNKNOWN_KEY.into(), "作者不详".into(), "Unknown author".into()),
        },
        GroupBy::Article => (article.id.clone(), article.title.clone(), article.title.clone()),
    }
}

fn add(group: &mut Group, index: usize, article: &Article) {
    group.articles.push(index);
    group.char_count += article.char_count;
    match &article.date {
        None => group.undated += 1,
        Some(date) => {
            if group
                .earliest
                .as_ref()
                .is_none_or(|e| date.epoch_seconds < e.epoch_seconds)
            {
                group.earliest = Some(date.clone());
            }
            if group
                .latest
                .as_ref()
                .is_none_or(|l| date.epoch_seconds > l.epoch_seconds)
            {
                group.latest = Some(date.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::test_support::article;

    #[test]
    fn source_groups_are_ordered_by_size_with_unknown_last() {
        let v = [
            article("a", "cdt", None, 10, None),
            article("b", "unknown", None, 10, None),
            article("c", "qq", None, 10, None),
            article("d", "qq", None, 10, None),
        ];
        let keys: Vec<String> = group_articles(&v, GroupBy::Source).into_iter().map(|g| g.key).collect();
        assert_eq!(keys, ["qq", "cdt", "unknown"]);
    }

    #[test]
    fn a_group_lists_its_articles_and_adds_up_their_characters() {
        let v = [
            article("a", "qq", None, 10, None),
            article("b", "cdt", None, 7, None),
            article("c", "qq", None, 5, None),
        ];
        let qq = &group_articles(&v, GroupBy::Source)[0];
        assert_eq!((qq.articles.clone(), qq.char_count), (vec![0, 2], 15));
    }

    #[test]
    fn date_span_is_the_earliest_and_latest_date_and_counts_undated_articles() {
        let v = [
            article("a", "qq", None, 1, Some(300)),
            article("b", "qq", None, 1, None),
            article("c", "qq", None, 1, Some(100)),
            article("d", "qq", None, 1, Some(200)),
        ];
        let g = &group_articles(&v, GroupBy::Source)[0];
        let span = (
            g.earliest.as_ref().map(|d| d.epoch_seconds),
            g.latest.as_ref().map(|d| d.epoch_seconds),
        );
        assert_eq!((span, g.undated), ((Some(100), Some(300)), 1));
    }

    #[test]
    fn an_all_undated_group_has_no_date_span() {
        let g = &group_articles(&[article("a", "qq", None, 1, None)], GroupBy::Source)[0];
        assert_eq!((g.earliest.is_none(), g.latest.is_none(), g.undated), (true, true, 1));
    }

    #[test]
    fn articles_without_an_author_form_the_unknown_author_group() {
        let v = [
            article("a", "qq", None, 1, None),
            article("b", "qq", Some("李国杰"), 1, None),
        ];
        let groups = group_articles(&v, GroupBy::Author);
        let last = groups.last().unwrap();
        assert_eq!(
            (last.key.as_str(), last.label_en.as_str()),
            (UNKNOWN_KEY, "Unknown author")
        );
    }

    #[test]
    fn grouping_by_article_keeps_the_order_and_uses_titles() {
        let v = [article("b", "qq", None, 1, None), article("a", "qq", None, 9, None)];
        let groups = group_articles(&v, GroupBy::Article);
        let shown: Vec<(&str, &str)> = groups.iter().map(|g| (g.key.as_str(), g.label.as_str())).collect();
        assert_eq!(shown, [("b", "title b"), ("a", "title a")]);
    }

    #[test]
    fn group_by_names_round_trip_through_urls() {
        for g in GroupBy::ALL {
            assert_eq!(GroupBy::parse(g.as_str()), Some(g));
        }
    }
}
