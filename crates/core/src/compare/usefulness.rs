//! Which groupings say something about a corpus, and why the others do not: a corpus without
//! source metadata grouped by source is one group of every article; one without subfolders
//! grouped by folder is one group. The page offers every grouping but marks these, and the
//! build stores keywords only for the useful ones.

use crate::compare::groups::{group_articles, Group, GroupBy, UNKNOWN_KEY};
use crate::model::Article;

/// Why a grouping says nothing about a corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotUseful {
    /// More than half of the articles have no source, outlet, author or date (the grouping's
    /// unknown group): `unknown` of `total`.
    MostUnknown {
        /// How many articles fall in the unknown group.
        unknown: usize,
        /// How many articles there are.
        total: usize,
    },
    /// Every article falls in one group (no subfolders, one source, all on one day…): there is
    /// nothing to compare.
    OneGroup,
}

/// Whether grouping `by` says something about `articles`: `None` if it does, else why not.
///
/// [`GroupBy::Article`] is always useful (each article is its own group, by definition).
/// Otherwise, in this order: [`NotUseful::MostUnknown`] when more than half of the articles
/// are in the unknown group ([`UNKNOWN_KEY`]: no source, author or date), then
/// [`NotUseful::OneGroup`] when there is at most one group.
pub fn usefulness(articles: &[Article], by: GroupBy) -> Option<NotUseful> {
    usefulness_of_groups(&group_articles(articles, by), articles.len(), by)
}

/// [`usefulness`] of groups already made by [`group_articles`] over `total` articles.
pub fn usefulness_of_groups(groups: &[Group], total: usize, by: GroupBy) -> Option<NotUseful> {
    if by == GroupBy::Article {
        return None;
    }
    let unknown = match by {
        GroupBy::Source | GroupBy::Outlet | GroupBy::Author | GroupBy::Date => groups
            .iter()
            .filter(|g| g.key == UNKNOWN_KEY)
            .map(|g| g.articles.len())
            .sum(),
        GroupBy::Folder | GroupBy::Article => 0,
    };
    if unknown * 2 > total {
        return Some(NotUseful::MostUnknown { unknown, total });
    }
    (groups.len() <= 1).then_some(NotUseful::OneGroup)
}

/// Every grouping, in the page's order ([`GroupBy::ALL`]), with why it is not useful (if so).
pub fn useful_groupings(articles: &[Article]) -> Vec<(GroupBy, Option<NotUseful>)> {
    GroupBy::ALL
        .into_iter()
        .map(|by| (by, usefulness(articles, by)))
        .collect()
}

/// The grouping the comparison opens with when the URL names none: the first useful one of
/// source, outlet, author, folder, date, article (so [`GroupBy::Article`] if no other is).
pub fn default_grouping(articles: &[Article]) -> GroupBy {
    GroupBy::ALL
        .into_iter()
        .find(|&by| usefulness(articles, by).is_none())
        .unwrap_or(GroupBy::Article)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::test_support::article;

    fn in_file(id: &str, source: &str, file: &str, epoch: Option<i64>) -> Article {
        Article {
            file: file.into(),
            ..article(id, source, None, 1, epoch)
        }
    }

    #[test]
    fn a_corpus_without_sources_is_not_compared_by_source() {
        let mut v: Vec<Article> = (0..9)
            .map(|i| in_file(&i.to_string(), "unknown", &format!("f{}/{i}.txt", i % 3), None))
            .collect();
        v[0].source.key = "qq".into();
        assert_eq!(
            usefulness(&v, GroupBy::Source),
            Some(NotUseful::MostUnknown { unknown: 8, total: 9 })
        );
        assert_eq!(
            usefulness(&v, GroupBy::Author),
            Some(NotUseful::MostUnknown { unknown: 9, total: 9 })
        );
        assert_eq!(usefulness(&v, GroupBy::Folder), None);
        assert_eq!(
            usefulness(&v, GroupBy::Date),
            Some(NotUseful::MostUnknown { unknown: 9, total: 9 })
        );
        assert_eq!(usefulness(&v, GroupBy::Article), None);
        assert_eq!(default_grouping(&v), GroupBy::Folder);
    }

    #[test]
    fn one_group_says_nothing_and_half_unknown_is_still_useful() {
        let v = [in_file("a", "qq", "a.txt", Some(1)), in_file("b", "cdt", "b.txt", None)];
        assert_eq!(usefulness(&v, GroupBy::Folder), Some(NotUseful::OneGroup));
        assert_eq!(usefulness(&v, GroupBy::Source), None);
        assert_eq!(usefulness(&v, GroupBy::Date), None, "one of two undated is not most");
        let same = [in_file("a", "qq", "a.txt", None), in_file("b", "qq", "b.txt", None)];
        assert_eq!(usefulness(&same, GroupBy::Source), Some(NotUseful::OneGroup));
    }

    #[test]
    fn the_default_is_the_first_useful_grouping_and_article_at_worst() {
        let v = [in_file("a", "qq", "a.txt", None), in_file("b", "cdt", "b.txt", None)];
        assert_eq!(default_grouping(&v), GroupBy::Source);
        let one = [in_file("a", "unknown", "a.txt", None)];
        assert_eq!(default_grouping(&one), GroupBy::Article);
        assert_eq!(default_grouping(&[]), GroupBy::Article);
        let all = useful_groupings(&v);
        assert_eq!(all.iter().map(|(by, _)| *by).collect::<Vec<_>>(), GroupBy::ALL);
    }
}
