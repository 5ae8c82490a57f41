//! The corpus tools, per group side by side: a word list (count, rate, articles, Gries's DP),
//! the query's collocates (logDice, MI or log-likelihood), clusters of 2 to 5 words, and a
//! dispersion plot of the query's hits; a column for the whole corpus, then one per group.
//!
//! The page only chooses and shows: every count and statistic comes from
//! [`explorer_core::words`], over the word sequences the build cut ([`crate::corpus::tokens`]).
//! Like the comparison, a new query or grouping renders one column per frame.

mod column;
mod compute;
mod controls;
mod plot;
mod table;

use self::column::ToolColumn;
use self::compute::GroupRef;
use self::controls::tool_controls;
use crate::ui::components::grouping_bar::grouping_bar;
use crate::ui::components::stop_words::StopWordList;
use crate::ui::components::view_switch::{Setting, ViewSwitch};
use crate::ui::groups::groups;
use crate::ui::i18n::{Lang, WordsMsg};
use crate::ui::live_query::use_view_query;
use crate::ui::ptr::Ptr;
use crate::ui::query_search::QuerySearch;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::tool_state::Tool;
use crate::ui::view_state::{navigate, ViewQuery};
use explorer_core::compare::columns::shown_groups;
use explorer_core::compare::groups::GroupBy;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// How many groups get a column beside the whole corpus's.
const SHOWN_GROUPS: usize = 12;

/// The word tools page.
#[function_component(WordsPage)]
pub fn words_page() -> Html {
    let lang = use_lang();
    let reading = use_words_read();
    let view = use_view_query();
    let by = view.group_by(crate::corpus::default_grouping());
    let q = view.text().to_string();
    let tools = view.tools.clone();
    let search = use_memo(q.clone(), |q| QuerySearch::new(q));
    let has_query = view.has_query();
    let shown = {
        let search = search.clone();
        use_memo((q.clone(), by), move |(_, by)| {
            let matches = explorer_core::compare::columns::group_matches(groups(*by), &search.hits);
            shown_groups(groups(*by).len(), SHOWN_GROUPS, has_query.then_some(&matches[..]))
        })
    };
    let groups_shown: Vec<GroupRef> = std::iter::once(GroupRef { by: None, index: 0 })
        .chain(shown.iter().map(|&index| GroupRef { by: Some(by), index }))
        .collect();
    let (show_stop, dir) = (view.stop, view.dir);
    let make: Rc<dyn Fn(GroupRef) -> compute::Computed> = {
        let (tools, search) = (tools.clone(), search.clone());
        Rc::new(move |g| Rc::new(compute::compute(g, &tools, &search, show_stop, dir)))
    };
    // Computed after the frame that shows the change, the columns not reached yet keeping
    // what they showed (the columns are busy meanwhile).
    let (outputs, settled) = compute::use_outputs(
        groups_shown.clone(),
        (by, q.clone(), tools.clone(), show_stop, dir),
        make,
    );
    let push = Callback::from(move |next: ViewQuery| navigate(&Route::Words, &next, false));
    let on_by = {
        let (push, view) = (push.clone(), view.clone());
        Callback::from(move |g: GroupBy| {
            push.emit(ViewQuery {
                by: Some(g),
                ..view.clone()
            })
        })
    };
    let heading = lang.t(WordsMsg::ViewWords);
    if let Some((done, total)) = reading {
        return html! {
            <section class="words-page" aria-labelledby="words-heading" aria-busy="true">
                <h1 id="words-heading">{ heading }</h1>
                <p class="words-reading" role="status">
                    <progress class="load-progress" max={total.max(1).to_string()} value={done.to_string()}></progress>
                    { lang.t(WordsMsg::Reading { done, total }) }
                </p>
            </section>
        };
    }
    let Some(_) = crate::corpus::tokens() else {
        return html! {
            <section class="words-page" aria-labelledby="words-heading">
                <h1 id="words-heading">{ heading }</h1>
                <p class="empty-results">{ lang.t(WordsMsg::Unavailable) }</p>
            </section>
        };
    };
    let needs_query = tools.tool.needs_query() && !has_query;
    let matching = search.results.len();
    let columns = groups_shown
        .iter()
        .zip(outputs)
        .map(|(&group, output)| match output {
            Some(output) => {
                html! { <ToolColumn key={group.key()} {group} output={Ptr(output)} view={view.carried()} /> }
            }
            None => html! { <div key={group.key()} class="group-column pending"></div> },
        })
        .collect::<Html>();
    html! {
        <section class="words-page" aria-labelledby="words-heading">
            <h1 id="words-heading">{ heading }</h1>
            <div class="compare-controls">
                { tool_switch(lang, tools.tool, &view) }
                { grouping_bar(lang, by, on_by) }
                { tool_controls(lang, &view) }
                if tools.tool != Tool::Plot { <ViewSwitch setting={Setting::StopWords} route={Route::Words} query={view.clone()} /> }
            </div>
            if needs_query {
                <p class="empty-results">{ lang.t(WordsMsg::NeedsQuery(tools.tool)) }</p>
            } else {
                if tools.tool == Tool::Plot {
                    { legend(lang, &search) }
                }
                if has_query && matches!(tools.tool, Tool::WordList | Tool::Clusters) {
                    <p class="muted">{ lang.t(WordsMsg::CountsMatching(matching)) }</p>
                }
                <div class="group-columns word-columns" aria-busy={(!settled).then_some("true")}>{ columns }</div>
            }
            { method(lang, tools.tool) }
            if tools.tool != Tool::Plot { <StopWordList /> }
        </section>
    }
}

/// Reads the articles' words ([`crate::corpus::tokens_some`]) a few milliseconds per task
/// while the page is shown; returns (read, all) until they are ready, then `None`.
#[hook]
fn use_words_read() -> Option<(usize, usize)> {
    let progress =
        use_state(|| (!crate::corpus::tokens_ready()).then(|| (0, crate::corpus::embedded().articles.len())));
    {
        let progress = progress.setter();
        use_effect_with((), move |_| {
            let shown = Rc::new(Cell::new(true));
            read_between_frames(progress, shown.clone());
            move || shown.set(false)
        });
    }
    *progress
}

/// One slice of [`use_words_read`]'s reading, then the next in a task of its own while the
/// page is `shown`.
fn read_between_frames(progress: UseStateSetter<Option<(usize, usize)>>, shown: Rc<Cell<bool>>) {
    if !shown.get() {
        return;
    }
    let deadline = js_sys::Date::now() + 8.0;
    let now = crate::corpus::tokens_some(|| js_sys::Date::now() < deadline);
    let more = now.is_some();
    progress.set(now);
    if more {
        gloo::timers::callback::Timeout::new(0, move || read_between_frames(progress, shown)).forget();
    }
}

/// One link per tool, the shown one (`current`) marked; the links keep `view`.
fn tool_switch(lang: Lang, current: Tool, view: &ViewQuery) -> Html {
    html! {
        <nav class="sort-bar tool-switch" aria-label={lang.t(WordsMsg::ToolLabel)}>
            <span class="sort-label">{ lang.t(WordsMsg::ToolLabel) }</span>
            { for Tool::ALL.into_iter().map(|tool| {
                let mut next = view.clone();
                next.tools.tool = tool;
                next.tools.min = None;
                next.sort = None;
                next.dir = None;
                let shown = tool == current;
                html! {
                    <a class={classes!("sort", shown.then_some("active"))} data-tool={tool.as_str()}
                        aria-current={shown.then_some("page")}
                        href={crate::ui::view_state::href(&Route::Words, next.link().as_ref())}>{ lang.t(WordsMsg::ToolName(tool)) }</a>
                }
            }) }
        </nav>
    }
}

/// The plot's legend: each of the query's terms in the colour of its marks.
fn legend(lang: Lang, search: &QuerySearch) -> Html {
    html! {
        <p class="plot-legend">
            <span class="sort-label">{ lang.t(WordsMsg::Legend) }</span>
            { for search.query.terms().iter().enumerate().filter(|(_, t)| !t.negated).map(|(i, t)| html! {
                <span class="legend-item" lang={crate::corpus::text_lang()}>
                    <svg class="legend-swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" class={format!("plot-mark term-{}", i % plot::TERM_COLOURS)} /></svg>
                    { &t.text }
                </span>
            }) }
        </p>
    }
}

/// How the tool counts and ranks, with the formulas (closed under the columns).
fn method(lang: Lang, tool: Tool) -> Html {
    html! {
        <details class="keyness-method">
            <summary>{ lang.t(WordsMsg::Method) }</summary>
            <p>{ lang.t(WordsMsg::MethodWords) }</p>
            if tool == Tool::Collocates { <p>{ lang.t(WordsMsg::MethodCollocates) }</p> }
            if tool == Tool::Clusters { <p>{ lang.t(WordsMsg::MethodClusters) }</p> }
        </details>
    }
}
