//! What the comparison's parts share: the groups of each grouping and the build-time
//! keywords, made once; figure sentences normalized once per article; the query's one search;
//! props compared by identity.

use crate::corpus::{embedded, search_index};
use crate::ui::i18n::Lang;
use explorer_core::compare::columns::{hits_per_article, GroupMatch};
use explorer_core::compare::figures::normalized_figure_sentences;
use explorer_core::compare::groups::{group_articles, Group, GroupBy};
use explorer_core::compare::keyness::{grouping_slot, GroupKeywords, GROUPINGS};
use explorer_core::compare::usefulness::{usefulness_of_groups, NotUseful};
use explorer_core::search::{Query, SearchResult};
use std::ops::Deref;
use std::rc::Rc;
use std::sync::OnceLock;

/// The groups of grouping `by`, made once.
pub(super) fn groups(by: GroupBy) -> &'static [Group] {
    static GROUPS: [OnceLock<Vec<Group>>; GROUPINGS] = [const { OnceLock::new() }; GROUPINGS];
    GROUPS[grouping_slot(by)].get_or_init(|| group_articles(&embedded().articles, by))
}

/// Why grouping `by` says nothing about the corpus, if it does not (then the build stored no
/// keywords for it).
pub(super) fn not_useful(by: GroupBy) -> Option<NotUseful> {
    usefulness_of_groups(groups(by), embedded().articles.len(), by)
}

/// The build-time keywords of group `index` of grouping `by` (none if the grouping has none,
/// or if the build's groups were somehow different).
pub(super) fn group_keywords(by: GroupBy, index: usize) -> Option<&'static GroupKeywords> {
    let k = crate::corpus::keyness(by)?.groups.get(index)?;
    (groups(by).get(index)?.key == k.key).then_some(k)
}

/// Article `a`'s figure sentences, normalized once (for matching query terms).
pub(super) fn figure_sentences(a: usize) -> Option<&'static [String]> {
    static SENTENCES: OnceLock<Vec<OnceLock<Vec<String>>>> = OnceLock::new();
    let articles = &embedded().articles;
    let kept = SENTENCES.get_or_init(|| articles.iter().map(|_| OnceLock::new()).collect());
    Some(kept.get(a)?.get_or_init(|| normalized_figure_sentences(&articles[a])))
}

/// Shared data compared by identity: a prop holding it changes only when it was recomputed.
pub(super) struct Ptr<T>(pub(super) Rc<T>);

impl<T> Clone for Ptr<T> {
    fn clone(&self) -> Self {
        Ptr(self.0.clone())
    }
}

impl<T> PartialEq for Ptr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Ptr<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// One search of the whole corpus for the query, whatever the grouping.
pub(super) struct QuerySearch {
    pub(super) query: Query,
    /// The matching articles, best first (none without a query).
    pub(super) results: Vec<SearchResult>,
    /// Per article, its hits if it matches.
    pub(super) hits: Vec<Option<u32>>,
}

impl QuerySearch {
    pub(super) fn new(q: &str) -> Self {
        let query = Query::parse(q);
        let results = if q.trim().is_empty() {
            Vec::new()
        } else {
            search_index().search(&query)
        };
        let hits = hits_per_article(&results, embedded().articles.len());
        QuerySearch { query, results, hits }
    }
}

/// A group's name in `lang`.
pub(super) fn label(lang: Lang, g: &'static Group) -> &'static str {
    match lang {
        Lang::Zh => &g.label,
        Lang::En => &g.label_en,
    }
}

/// With a query: its matches in a group, and the search.
pub(super) type Found = Option<(GroupMatch, Ptr<QuerySearch>)>;
