//! Groups of articles to compare: by source, outlet, author, folder or date, or one per article.

use crate::model::{Article, DateStamp};
use crate::sorting::{sort_by, sort_by_key};
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
    /// One group per outlet ([`Article::outlet`]: who published it, where the platform is only
    /// a copy); articles without one form the group [`UNKNOWN_KEY`].
    Outlet,
    /// One group per author; articles without one form the group [`UNKNOWN_KEY`].
    Author,
    /// One group per folder of the seeds folder (the part of [`Article::file`] before its last
    /// `/`); files at the top form the group [`TOP_FOLDER_KEY`].
    Folder,
    /// One group per month (`YYYY-MM`) when the dated articles span more than
    /// [`DAY_BUCKETS_UP_TO_DAYS`] days, else per day (`YYYY-MM-DD`), as the article's own
    /// time zone has it; undated articles form the group [`UNKNOWN_KEY`]. Groups are in
    /// date order, the undated last.
    Date,
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

/// The key of the group of articles whose source, outlet, author or date nobody knows.
pub const UNKNOWN_KEY: &str = "unknown";

/// The key of the folder group of the files at the top of the seeds folder (no folder path
/// is `/`).
pub const TOP_FOLDER_KEY: &str = "/";

/// [`GroupBy::Date`] makes a group per day when the dated articles span at most this many
/// days (about two months), else a group per month.
pub const DAY_BUCKETS_UP_TO_DAYS: i64 = 62;

/// Some articles compared as one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Stable key: the source key, the outlet or the author's name (or [`UNKNOWN_KEY`]), the folder path (or
    /// [`TOP_FOLDER_KEY`]), the month or day (or [`UNKNOWN_KEY`]), or the article id.
    pub key: String,
    /// The name to show, Chinese first: the source's Chinese name, the author, the folder, the
    /// month or day, or the title.
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

/// The articles grouped `by` source, author, folder, date or article. Groups with more
/// articles come first, ties in order of first appearance; the unknown source or author comes
/// last. Date groups are in date order, the undated last. With [`GroupBy::Article`] the groups
/// keep the slice's order.
pub fn group_articles(articles: &[Article], by: GroupBy) -> Vec<Group> {
    let by_month = by == GroupBy::Date && spans_months(articles);
    let mut groups: Vec<Group> = Vec::new();
    for (i, article) in articles.iter().enumerate() {
        let (key, label, label_en) = identity(article, by, by_month);
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
    match by {
        GroupBy::Article => {}
        // Month and day keys sort as dates do.
        GroupBy::Date => sort_by(&mut groups, |a, b| {
            (a.key == UNKNOWN_KEY, &a.key).cmp(&(b.key == UNKNOWN_KEY, &b.key))
        }),
        // Stable: ties keep their order of first appearance.
        _ => sort_by_key(&mut groups, |g| {
            (g.key == UNKNOWN_KEY, std::cmp::Reverse(g.articles.len()))
        }),
    }
    groups
}

/// Whether the dated articles span more than [`DAY_BUCKETS_UP_TO_DAYS`] days.
fn spans_months(articles: &[Article]) -> bool {
    let epochs = articles.iter().filter_map(|a| a.date.as_ref().map(|d| d.epoch_seconds));
    let (min, max) = epochs.fold((i64::MAX, i64::MIN), |(lo, hi), e| (lo.min(e), hi.max(e)));
    max > min && max - min > DAY_BUCKETS_UP_TO_DAYS * 86_400
}

/// `groups` without the articles `hidden` marks ([`crate::collapse::hidden`]), their totals
/// recounted. Every group keeps its place, an emptied one with no article, so the build's
/// per-group data (keywords, by position) still lines up.
pub fn without(groups: &[Group], articles: &[Article], hidden: &[bool]) -> Vec<Group> {
    let kept = |&&i: &&usize| !hidden.get(i).copied().unwrap_or(false);
    let groups = groups.iter().map(|g| {
        let mut left = Group {
            articles: Vec::new(),
            char_count: 0,
            earliest: None,
            latest: None,
            undated: 0,
            ..g.clone()
        };
        g.articles
            .iter()
            .filter(kept)
            .for_each(|&i| add(&mut left, i, &articles[i]));
        left
    });
    groups.collect()
}

/// Each of `articles` articles' group in `groups` (its index; `usize::MAX` for an article in
/// none, e.g. a copy a collapsed grouping leaves out): how a per-article figure finds its group.
pub fn group_of_articles(groups: &[Group], articles: usize) -> Vec<usize> {
    let mut of = vec![usize::MAX; articles];
    for (g, group) in groups.iter().enumerate() {
        for &a in &group.articles {
            if let Some(slot) = of.get_mut(a) {
                *slot = g;
            }
        }
    }
    of
}

/// Each of `groups` groups' column among `shown` (indices into the groups; `usize::MAX` for a
/// group not shown): how a per-group figure finds its column in a table of the groups shown.
pub fn columns_of(groups: usize, shown: &[usize]) -> Vec<usize> {
    let mut col = vec![usize::MAX; groups];
    for (k, &g) in shown.iter().enumerate() {
        if let Some(slot) = col.get_mut(g) {
            *slot = k;
        }
    }
    col
}

/// The folder of a seed file: its path before the last `/`, `None` at the top.
pub fn folder_of(file: &str) -> Option<&str> {
    file.rsplit_once('/')
        .map(|(folder, _)| folder)
        .filter(|f| !f.is_empty())
}

fn identity(article: &Article, by: GroupBy, by_month: bool) -> (String, String, String) {
    match by {
        GroupBy::Source => (
            article.source.key.clone(),
            article.source.zh.clone(),
            article.source.en.clone(),
        ),
        GroupBy::Outlet => match &article.outlet {
            Some(name) => (name.clone(), name.clone(), name.clone()),
            None => (UNKNOWN_KEY.into(), "媒体不详".into(), "Unknown outlet".into()),
        },
        GroupBy::Author => match &article.author {
            Some(name) => (name.clone(), name.clone(), name.clone()),
            None => (UNKNOWN_KEY.into(), "作者不详".into(), "Unknown author".into()),
        },
        GroupBy::Folder => match folder_of(&article.file) {
            Some(folder) => (folder.into(), folder.into(), folder.into()),
            None => (TOP_FOLDER_KEY.into(), "顶层".into(), "(top folder)".into()),
        },
        GroupBy::Date => match &article.date {
            Some(date) => {
                let day = date.day();
                let bucket = if by_month { day.get(..7).unwrap_or(day) } else { day };
                (bucket.into(), bucket.into(), bucket.into())
            }
            None => (UNKNOWN_KEY.into(), "日期不详".into(), "Undated".into()),
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

    fn in_file(id: &str, file: &str) -> Article {
        Article {
            file: file.into(),
            ..article(id, "qq", None, 1, None)
        }
    }

    fn on_day(id: &str, day: &str, epoch: i64) -> Article {
        let mut a = article(id, "qq", None, 1, Some(epoch));
        if let Some(d) = a.date.as_mut() {
            d.display = format!("{day} 10:00 UTC+8");
        }
        a
    }

    fn keys(groups: &[Group]) -> Vec<(&str, usize)> {
        groups.iter().map(|g| (g.key.as_str(), g.articles.len())).collect()
    }

    #[test]
    fn folder_groups_are_the_paths_before_the_last_slash_with_the_top_folder_as_one() {
        let v = [
            in_file("a", "top.txt"),
            in_file("b", "2024/春季/一.md"),
            in_file("c", "2024/春季/二.md"),
            in_file("d", "2024/x.md"),
        ];
        let groups = group_articles(&v, GroupBy::Folder);
        assert_eq!(keys(&groups), [("2024/春季", 2), (TOP_FOLDER_KEY, 1), ("2024", 1)]);
        assert_eq!(
            (groups[1].label.as_str(), groups[1].label_en.as_str()),
            ("顶层", "(top folder)")
        );
        assert_eq!(folder_of("a/b.txt"), Some("a"));
        assert_eq!(folder_of("b.txt"), None);
    }

    #[test]
    fn date_groups_are_days_over_two_months_or_less_in_date_order_undated_last() {
        let day = 86_400;
        let v = [
            on_day("a", "2025-02-10", 20 * day),
            article("u", "qq", None, 1, None),
            on_day("b", "2025-01-28", 7 * day),
            on_day("c", "2025-02-10", 20 * day + 60),
        ];
        let groups = group_articles(&v, GroupBy::Date);
        assert_eq!(keys(&groups), [("2025-01-28", 1), ("2025-02-10", 2), (UNKNOWN_KEY, 1)]);
        assert_eq!(groups[2].label_en, "Undated");
    }

    #[test]
    fn date_groups_are_months_when_the_dates_span_more_than_two_months() {
        let day = 86_400;
        let v = [
            on_day("a", "2025-04-02", 90 * day),
            on_day("b", "2025-01-03", day),
            on_day("c", "2025-01-30", 28 * day),
        ];
        let groups = group_articles(&v, GroupBy::Date);
        assert_eq!(keys(&groups), [("2025-01", 2), ("2025-04", 1)]);
    }

    #[test]
    fn without_hidden_articles_a_group_recounts_and_an_emptied_one_keeps_its_place() {
        let v = [
            article("a", "qq", None, 10, Some(100)),
            article("b", "qq", None, 20, Some(300)),
            article("c", "cdt", None, 5, None),
        ];
        let groups = group_articles(&v, GroupBy::Source);
        let left = without(&groups, &v, &[false, true, true]);
        assert_eq!(keys(&left), [("qq", 1), ("cdt", 0)]);
        assert_eq!((left[0].char_count, left[0].undated), (10, 0));
        assert_eq!(left[0].latest.as_ref().map(|d| d.epoch_seconds), Some(100));
        assert_eq!((left[1].char_count, left[1].undated), (0, 0));
        assert_eq!(without(&groups, &v, &[]), groups);
    }

    #[test]
    fn group_by_names_round_trip_through_urls() {
        for g in GroupBy::ALL {
            assert_eq!(GroupBy::parse(g.as_str()), Some(g));
        }
    }

    #[test]
    fn articles_and_shown_groups_find_their_places() {
        let articles: Vec<Article> = [("1", "qq"), ("2", "cdt"), ("3", "qq")]
            .iter()
            .map(|(id, src)| article(id, src, None, 10, None))
            .collect();
        let groups = group_articles(&articles, GroupBy::Source);
        assert_eq!(group_of_articles(&groups, 4), [0, 1, 0, usize::MAX]);
        assert_eq!(columns_of(3, &[2, 0]), [1, usize::MAX, 0]);
    }
}
