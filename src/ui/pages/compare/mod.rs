//! The per-source comparison: the same question asked of every group (source,
//! author, folder, date or article) side by side: how often (normalized per 10,000
//! characters, with a chart and a terms × groups table), in what context, with
//! which distinctive words, with which figures; a timeline; CSV/JSON export.
//!
//! Built to react within a frame, at a thousand articles too:
//! - the distinctive words of every grouping are computed at build time
//!   ([`crate::corpus::keyness`]); the groups of every grouping are made once;
//! - the corpus is searched once per query, whatever the grouping: a regrouping only
//!   re-adds per-article numbers ([`group_matches`]);
//! - every part is its own component with props compared by identity or by small values, so
//!   a new query leaves the keyword lists and the timeline alone and a regrouping leaves the
//!   terms' counts alone; figure sentences are normalized once per article;
//! - the page holds a bounded number of nodes: 12 groups at first (more on request, groups
//!   with the query first), so grouping a thousand articles by article builds a dozen columns,
//!   not a thousand; a column's first 8 figures; timeline dots that would overlap merged.

mod charts;
mod column;
mod data;
mod export;
mod keywords;
mod passages;
mod timeline;
mod variants;

use self::charts::{RateChart, TermTable};
use self::column::GroupColumn;
use self::data::{groups_in, label, Found, Ptr, QuerySearch};
use self::export::Export;
use self::keywords::{keyness_method, word_link};
use self::passages::{group_shares, shared_list, shared_section};
use self::timeline::Timeline;
use self::variants::variants_section;
use crate::corpus::{embedded, search_index};
use crate::ui::components::also_written::{offer_line, use_offer};
use crate::ui::components::grouping_bar::grouping_bar;
use crate::ui::components::stop_words::StopWordList;
use crate::ui::components::view_switch::{has_copies, Setting, ViewSwitch};
use crate::ui::i18n::Msg;
use crate::ui::live_query::use_view_query;
use crate::ui::progressive::{use_kept, use_progressive};
use crate::ui::route::Route;
use crate::ui::router::go;
use crate::ui::state::use_lang;
use crate::ui::view_state::{navigate, ViewQuery};
use explorer_core::compare::columns::{group_matches, lone_term_counts, shown_present};
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::keyness::SharedWord;
use explorer_core::compare::rates::{per_10k, term_rates};
use explorer_core::compare::terms::table_terms;
use explorer_core::search::Query;
use std::rc::Rc;
use yew::prelude::*;

/// How many groups the page shows at first, and how many more each "show more" adds.
const SHOWN_STEP: usize = 12;

/// The comparison page.
#[function_component(ComparePage)]
pub fn compare_page() -> Html {
    let lang = use_lang();
    let view = use_view_query();
    let by = view.group_by(crate::corpus::default_grouping());
    let q = view.text().to_string();
    let has_query = view.has_query();
    let extra = view.terms.clone();
    let (raw, stop, collapse) = (view.raw, view.stop, view.collapse);
    // Collapsed, the groups leave copies out: every count below follows.
    let all_groups = groups_in(by, collapse);

    // Query-dependent, grouping-independent: one search, and each table term's counts per article.
    let search = use_memo(q.clone(), |q| QuerySearch::new(q));
    let terms = table_terms(&search.query, &extra);
    let counts = {
        // A lone query term's counts come with the search; other terms need a scan each.
        let lone = extra.trim().is_empty().then(|| search.clone());
        use_memo(terms.clone(), move |terms| {
            let n = embedded().articles.len();
            if let Some(counts) = lone.and_then(|s| lone_term_counts(&s.query, &s.results, n)) {
                return vec![counts];
            }
            if terms.is_empty() {
                return Vec::new(); // no index needed (the page's first render comes sooner)
            }
            let index = search_index();
            terms
                .iter()
                .map(|t| index.occurrences(&Query::parse(t), 0))
                .collect::<Vec<_>>()
        })
    };
    // Per grouping: sums of those per-article numbers.
    let table = {
        let counts = counts.clone();
        use_memo((terms, by, collapse), move |(terms, by, collapse)| {
            term_rates(terms, groups_in(*by, *collapse), |t, a| {
                counts[t].get(a).copied().unwrap_or(0) as u32
            })
        })
    };
    let matches = {
        let search = search.clone();
        use_memo((q.clone(), by, collapse), move |(_, by, collapse)| {
            group_matches(groups_in(*by, *collapse), &search.hits)
        })
    };
    // The groups on the page: a bounded number, more on request.
    let limit_state = use_state(|| (by, SHOWN_STEP));
    let limit = if limit_state.0 == by { limit_state.1 } else { SHOWN_STEP };
    let shown: Rc<Vec<usize>> = {
        let matches = matches.clone();
        use_memo(
            (q.clone(), by, limit, has_query, collapse),
            move |(_, by, limit, has_query, c)| {
                shown_present(groups_in(*by, *c), *limit, has_query.then_some(&matches[..]))
            },
        )
    };
    // The shared passages: the table of the groups on the page, the list with the query's first.
    let shares = use_memo((by, collapse, shown.clone()), |(by, c, shown)| {
        group_shares(*by, *c, shown)
    });
    let passages = {
        let search = search.clone();
        use_memo((q.clone(), by, collapse), move |(_, by, c)| {
            shared_list(*by, *c, &search.results)
        })
    };
    // Other spellings of the query, offered as one link (the core decides).
    let also = use_offer(&view);
    // What a clicked word links to: this view with the word as the query.
    let base = use_memo(view.with_text(""), |base| base.clone());

    let push = Callback::from(move |next: ViewQuery| navigate(&Route::Compare, &next, false));
    let set_by = {
        let (push, view, limit_state) = (push.clone(), view.clone(), limit_state.clone());
        Callback::from(move |g: GroupBy| {
            // Another grouping starts with the first groups again.
            if limit_state.1 != SHOWN_STEP {
                limit_state.set((g, SHOWN_STEP));
            }
            push.emit(ViewQuery {
                by: Some(g),
                ..view.clone()
            })
        })
    };
    let toggle_scale = {
        let (push, view) = (push.clone(), view.clone());
        Callback::from(move |_| {
            push.emit(ViewQuery {
                raw: !raw,
                ..view.clone()
            })
        })
    };
    let on_terms = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let terms = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            let next = ViewQuery { terms, ..view.clone() };
            // Always with a `?`, even when the query is empty (`#/compare?`), as before.
            go(&format!("#{}?{}", Route::Compare.to_path(), next.to_query()), true);
        })
    };
    // A new grouping renders its first column at once, then a column per frame (columns not
    // rendered yet hold their place, empty), then the sections below them: a phone's first
    // render is many short tasks, not one long one, and nothing shown moves. A new query
    // updates the columns the same way, one per frame, each showing the previous query's
    // findings until its turn: a keystroke never lays out a dozen columns of Chinese text in
    // one frame. The columns are marked busy meanwhile.
    let revealed = use_progressive(shown.len() + 1, (by, q.clone(), collapse));
    let settled = revealed > shown.len();
    // What each group's column was last rendered with, for this grouping.
    let kept = use_kept::<(GroupBy, bool), Found>((by, collapse));
    let mut kept = kept.borrow_mut();
    let below = kept.settled(settled);
    let present = all_groups.iter().filter(|g| !g.articles.is_empty()).count();
    let hidden = present - shown.len();
    let show_more = {
        let limit_state = limit_state.clone();
        Callback::from(move |_: MouseEvent| limit_state.set((by, limit + SHOWN_STEP)))
    };
    let columns: Html = shown
        .iter()
        .enumerate()
        .map(|(i, &gi)| {
            let found = kept.part(gi, i < revealed, || {
                has_query.then(|| (matches[gi], Ptr(search.clone())))
            });
            match found {
                Some(found) => {
                    html! { <GroupColumn key={gi} {by} {collapse} index={gi} {found} base={Ptr(base.clone())} {stop} /> }
                }
                None => html! { <div key={gi} class="group-column pending"></div> },
            }
        })
        .collect();
    drop(kept);
    // The keyword tables show without a query, for a grouping with keywords.
    let keyword_tables = !has_query && crate::corpus::keyness(by).is_some();
    let shared: &[SharedWord] = if has_query {
        &[]
    } else {
        crate::corpus::keyness(by).map_or(&[], |k| &k.shared)
    };
    html! {
        <section class="compare-page" aria-labelledby="compare-heading">
            <h1 id="compare-heading">{ lang.t(Msg::ViewCompare) }</h1>
            <div class="compare-controls">
                { grouping_bar(lang, by, set_by) }
                <label class="terms-input">
                    <span>{ lang.t(Msg::CompareTerms) }</span>
                    <input type="text" value={extra} onchange={on_terms} placeholder={embedded().site.compare_terms.join(", ")} lang={crate::corpus::text_lang()} />
                </label>
                if keyword_tables { <ViewSwitch setting={Setting::StopWords} route={Route::Compare} query={view.clone()} /> }
                <ViewSwitch setting={Setting::Collapse} route={Route::Compare} query={view.clone()} />
            </div>
            if collapse && has_copies() {
                <p class="muted collapsed-note">{ lang.t(Msg::CollapsedNote(crate::corpus::hidden_copies().iter().filter(|&&h| h).count())) }</p>
            }
            { offer_line(lang, also.as_ref().as_ref(), &Route::Compare, &view) }
            <div class="group-columns" aria-busy={(!settled).then_some("true")}>{ columns }</div>
            if keyword_tables { { keyness_method(lang) } <StopWordList /> }
            if below {
                if hidden > 0 {
                    <p class="muted groups-shown">
                        { lang.t(Msg::GroupsShown { shown: shown.len(), total: present, matching_first: has_query }) }
                    </p>
                    <button type="button" class="show-more" onclick={show_more}>{ lang.t(Msg::ShowMoreGroups(hidden.min(SHOWN_STEP))) }</button>
                }
                if has_query {
                    <RateChart groups={shown.iter().map(|&gi| label(lang, &all_groups[gi])).collect::<Vec<_>>()}
                        values={shown.iter().map(|&gi| {
                            let (hits, chars) = (matches[gi].hits, all_groups[gi].char_count);
                            if raw { f64::from(hits) } else { per_10k(hits, chars) }
                        }).collect::<Vec<_>>()}
                        {raw} on_toggle={toggle_scale} />
                }
                if !table.terms.is_empty() {
                    <TermTable table={Ptr(table.clone())} {by} shown={shown.clone()} />
                }
                if !has_query && !shared.is_empty() {
                    <section class="shared-words">
                        <h2>{ lang.t(Msg::SharedWords) }</h2>
                        <p lang={crate::corpus::text_lang()}>{ for shared.iter().take(40).map(|w| html! { <>{ word_link(&w.word, &base) }{ " " }</> }) }</p>
                    </section>
                }
                <Timeline {by} {collapse} shown={shown.clone()} />
                { shared_section(lang, (by, collapse), (&shares, shown.len()), &passages, &view) }
                { variants_section(lang, by, collapse, &shown, &base) }
                <Export table={Ptr(table.clone())} {by} {collapse} query={AttrValue::from(q)} />
            }
        </section>
    }
}
