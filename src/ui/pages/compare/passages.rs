//! The comparison's "shared passages" section: the groups × groups table of shared text with
//! each group's "only here" share, and the passages with the groups that carry them side by
//! side, each place linking to the reader at it. The figures are the core's
//! ([`explorer_core::compare::shared`]); a plain function, not a component (bytes).

use super::data::{groups_in, label};
use crate::corpus::{embedded, passage_clusters, text_lang};
use crate::ui::components::shared_passages::place_links;
use crate::ui::i18n::{Lang, PassageMsg};
use crate::ui::view_state::ViewQuery;
use explorer_core::compare::groups::{Group, GroupBy};
use explorer_core::compare::keyness::{grouping_slot, GROUPINGS};
use explorer_core::compare::shared::{percent, GroupShares, ListedPassage, PassageGroups, PassageList};
use explorer_core::decimal::fixed;
use explorer_core::search::SearchResult;
use std::sync::OnceLock;
use yew::prelude::*;

/// How many passages the page lists (the download has them all).
const LISTED: usize = 20;
/// How many groups of a passage the list shows, and how many places of each: a passage the
/// whole corpus repeats is one short entry, not hundreds of excerpts.
const GROUPS_SHOWN: usize = 6;
const PLACES_SHOWN: usize = 2;
/// How many characters of a passage the list shows.
const EXCERPT: usize = 120;

/// The passages' places in grouping `by` (without copies when `collapsed`), made once.
pub(super) fn passage_groups(by: GroupBy, collapsed: bool) -> &'static PassageGroups {
    static PLACES: [OnceLock<PassageGroups>; 2 * GROUPINGS] = [const { OnceLock::new() }; 2 * GROUPINGS];
    let slot = 2 * grouping_slot(by) + usize::from(collapsed);
    PLACES[slot]
        .get_or_init(|| PassageGroups::new(passage_clusters(), groups_in(by, collapsed), embedded().articles.len()))
}

/// The groups × groups table of grouping `by` for the groups `shown`.
pub(super) fn group_shares(by: GroupBy, collapsed: bool, shown: &[usize]) -> GroupShares {
    passage_groups(by, collapsed).table(&embedded().articles, groups_in(by, collapsed), shown)
}

/// The passages the section lists for grouping `by`, the query's `results` first.
pub(super) fn shared_list(by: GroupBy, collapsed: bool, results: &[SearchResult]) -> PassageList {
    passage_groups(by, collapsed).list(passage_clusters(), results, LISTED)
}

/// "12.3 %" (English) or "12.3%" (Chinese), and the count behind it.
fn cell(lang: Lang, part: usize, whole: usize) -> Html {
    let space = if lang == Lang::Zh { "" } else { " " };
    html! { <td>{ format!("{}{space}%", fixed(percent(part, whole), 1)) }<span class="raw">{ format!(" ({part})") }</span></td> }
}

/// The section for grouping `by` (without copies when `collapsed`) with the table `t` of the
/// `shown` groups and the `list`, links carrying `view`.
pub(super) fn shared_section(
    lang: Lang,
    (by, collapsed): (GroupBy, bool),
    (t, shown): (&GroupShares, usize),
    list: &PassageList,
    view: &ViewQuery,
) -> Html {
    let all = groups_in(by, collapsed);
    let body = if list.total == 0 {
        html! { <p class="muted">{ lang.t(PassageMsg::NoneShared) }</p> }
    } else {
        let head = t
            .groups
            .iter()
            .map(|&g| html! { <th scope="col" lang={text_lang()}>{ label(lang, &all[g]) }</th> });
        let rows = t.groups.iter().enumerate().map(|(r, &g)| {
            html! { <tr>
                <th scope="row" lang={text_lang()}>{ label(lang, &all[g]) }</th>
                { for t.found[r].iter().map(|&n| cell(lang, n, t.chars[r])) }
                { cell(lang, t.only_here[r], t.chars[r]) }
            </tr> }
        });
        let others = shown - t.groups.len();
        let n = list.total;
        html! { <>
            if !t.groups.is_empty() {
                <div class="table-scroll"><table>
                    <caption>{ lang.t(PassageMsg::Caption) }</caption>
                    <thead><tr>
                        <th scope="col">{ lang.t(PassageMsg::ColGroup) }</th>
                        { for head }
                        <th scope="col">{ lang.t(PassageMsg::ColOnlyHere) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table></div>
            }
            if others > 0 { <p class="muted">{ lang.t(PassageMsg::OthersShareNothing(others)) }</p> }
            <h3>{ lang.t(PassageMsg::ListHeading(n)) }</h3>
            <ol class="passage-list">{ for list.passages.iter().map(|p| passage(lang, all, p, view)) }</ol>
            if n > LISTED { <p class="muted">{ lang.t(PassageMsg::MoreInDownload(n - LISTED)) }</p> }
        </> }
    };
    html! {
        <section class="shared-passages" aria-labelledby="shared-passages-heading">
            <h2 id="shared-passages-heading">{ lang.t(PassageMsg::Heading) }</h2>
            { body }
        </section>
    }
}

/// One listed passage: how alike, then each group's places side by side.
fn passage(lang: Lang, all: &'static [Group], p: &ListedPassage, view: &ViewQuery) -> Html {
    let articles = &embedded().articles;
    let similarity = (u32::from(passage_clusters()[p.cluster].similarity) + 5) / 10;
    let places = p.groups.iter().take(GROUPS_SHOWN).filter_map(|(g, places)| {
        let group = all.get(*g)?;
        Some(html! { <div class="passage-group">
            <p class="passage-group-name" lang={text_lang()}>{ label(lang, group) }</p>
            { for places.iter().take(PLACES_SHOWN).map(|m| {
                let text = articles[m.article as usize].text.get(m.start as usize..m.end as usize).unwrap_or("");
                let mut excerpt: String = text.chars().take(EXCERPT).collect();
                if excerpt.len() < text.len() {
                    excerpt.push('…');
                }
                html! { <p><span class="passage-text" lang={text_lang()}>{ excerpt }</span><br />{ "— " }{ place_links(&[*m], view, lang) }</p> }
            }) }
        </div> })
    });
    let all_places: usize = p.groups.iter().map(|(_, places)| places.len()).sum();
    let shown: usize = p
        .groups
        .iter()
        .take(GROUPS_SHOWN)
        .map(|(_, places)| places.len().min(PLACES_SHOWN))
        .sum();
    html! { <li>
        <p class="muted">
            { lang.t(PassageMsg::Similarity(similarity)) }
            if p.has_query { { " · " }<strong>{ lang.t(PassageMsg::HoldsQuery) }</strong> }
        </p>
        <div class="passage-groups">{ for places }</div>
        if all_places > shown { <p class="muted">{ lang.t(PassageMsg::MorePlaces(all_places - shown)) }</p> }
    </li> }
}
