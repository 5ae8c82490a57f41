//! The groups of every grouping of the corpus, made once, and their names: what the comparison
//! and the word tools put side by side.

use crate::corpus::embedded;
use crate::ui::i18n::Lang;
use explorer_core::compare::groups::{group_articles, without, Group, GroupBy};
use explorer_core::compare::keyness::{grouping_slot, GROUPINGS};
use explorer_core::compare::usefulness::{usefulness_of_groups, NotUseful};
use std::sync::OnceLock;

/// The groups of grouping `by`, made once.
pub fn groups(by: GroupBy) -> &'static [Group] {
    static GROUPS: [OnceLock<Vec<Group>>; GROUPINGS] = [const { OnceLock::new() }; GROUPINGS];
    GROUPS[grouping_slot(by)].get_or_init(|| group_articles(&embedded().articles, by))
}

/// The groups of grouping `by`, without the copies collapsing hides when `collapsed`
/// ([`explorer_core::compare::groups::without`]: every group in its place, some maybe empty),
/// made once.
pub fn groups_in(by: GroupBy, collapsed: bool) -> &'static [Group] {
    static LEFT: [OnceLock<Vec<Group>>; GROUPINGS] = [const { OnceLock::new() }; GROUPINGS];
    if !collapsed {
        return groups(by);
    }
    LEFT[grouping_slot(by)].get_or_init(|| without(groups(by), &embedded().articles, crate::corpus::hidden_copies()))
}

/// Why grouping `by` says nothing about the corpus, if it does not (then the build stored no
/// keywords for it).
pub fn not_useful(by: GroupBy) -> Option<NotUseful> {
    usefulness_of_groups(groups(by), embedded().articles.len(), by)
}

/// A group's name in `lang`.
pub fn label(lang: Lang, g: &'static Group) -> &'static str {
    match lang {
        Lang::Zh => &g.label,
        Lang::En => &g.label_en,
    }
}
