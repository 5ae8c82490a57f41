//! What the comparison's parts share: the groups of each grouping and the build-time
//! keywords, made once; figure sentences normalized once per article; the query's one search;
//! props compared by identity.

use crate::corpus::embedded;
pub(super) use crate::ui::groups::{groups, groups_in, label, not_useful};
pub(super) use crate::ui::ptr::Ptr;
pub(super) use crate::ui::query_search::QuerySearch;
use explorer_core::compare::columns::GroupMatch;
use explorer_core::compare::figures::normalized_figure_sentences;
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::keyness::GroupKeywords;
use std::sync::OnceLock;

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

/// With a query: its matches in a group, and the search.
pub(super) type Found = Option<(GroupMatch, Ptr<QuerySearch>)>;
