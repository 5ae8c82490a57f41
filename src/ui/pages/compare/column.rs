//! One group's column: size and dates; with a query, its rate and first lines in context,
//! else its distinctive words; its first figures.

use super::data::{figure_sentences, groups_in, label, Found, Ptr};
use super::keywords::KeywordList;
use crate::corpus::embedded;
use crate::ui::i18n::{Lang, Msg};
use crate::ui::state::use_lang;
use crate::ui::view_state::ViewQuery;
use explorer_core::compare::columns::{group_figures, group_kwic};
use explorer_core::compare::groups::{Group, GroupBy};
use explorer_core::compare::rates::per_10k;
use explorer_core::search::Query;
use std::rc::Rc;
use yew::prelude::*;

/// How many of a group's figures (sentences) its column shows before "show more".
const FIGURES_SHOWN: usize = 8;

fn date_span(lang: Lang, g: &Group) -> String {
    match (&g.earliest, &g.latest) {
        (Some(a), Some(b)) if a.day() == b.day() => a.day().to_string(),
        (Some(a), Some(b)) => format!("{} – {}", a.day(), b.day()),
        _ => lang.t(Msg::DateUnknown),
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct GroupColumnProps {
    pub(super) by: GroupBy,
    /// Whether copies are collapsed ([`ViewQuery::collapse`]).
    pub(super) collapse: bool,
    /// The group's position in [`groups_in`]`(by, collapse)`.
    pub(super) index: usize,
    /// With a query: its matches in this group, and the search.
    pub(super) found: Found,
    /// The view a clicked keyword links to, with the word as its query.
    pub(super) base: Ptr<ViewQuery>,
    /// Whether the distinctive words include function words ([`ViewQuery::stop`]).
    pub(super) stop: bool,
}

/// One group's column: size and dates; with a query, its rate and first lines in context,
/// else its distinctive words; its first figures (all on request).
#[function_component(GroupColumn)]
pub(super) fn group_column(props: &GroupColumnProps) -> Html {
    let lang = use_lang();
    let (by, gi, collapse) = (props.by, props.index, props.collapse);
    let g = &groups_in(by, collapse)[gi];
    let search = props.found.as_ref().map(|(_, s)| s.clone());
    let lines = use_memo((search.clone(), by, gi, collapse), |(search, by, gi, c)| {
        let Some(search) = search else { return Vec::new() };
        let corpus = embedded();
        group_kwic(&search.results, &groups_in(*by, *c)[*gi], corpus, 18, 3)
            .into_iter()
            .map(|l| {
                let t = &corpus.articles[l.doc].text;
                (
                    format!("…{}", l.kwic.left_str(t)),
                    l.kwic.hit_str(t).to_string(),
                    format!("{}…", l.kwic.right_str(t)),
                )
            })
            .collect::<Vec<_>>()
    });
    let figures = use_memo((search, by, gi, collapse), |(search, by, gi, c)| {
        let no_query = Query::parse("");
        let query = search.as_ref().map_or(&no_query, |s| &s.query);
        let max = if query.is_empty() { 8 } else { 40 };
        group_figures(
            &embedded().articles,
            &groups_in(*by, *c)[*gi],
            query,
            max,
            figure_sentences,
        )
    });
    // The figures list the "show more" button opened, if it is still the one on screen.
    let opened = use_state(|| None::<Rc<Vec<(String, String)>>>);
    let all_figures = opened.as_ref().is_some_and(|o| Rc::ptr_eq(o, &figures));
    let more_figures = figures.len().saturating_sub(FIGURES_SHOWN);
    let open_figures = {
        let (opened, figures) = (opened.clone(), figures.clone());
        Callback::from(move |_: MouseEvent| opened.set(Some(figures.clone())))
    };
    html! {
        <article class="group-column" aria-labelledby={format!("group-{gi}")}>
            <h2 id={format!("group-{gi}")} lang={crate::corpus::text_lang()}>{ label(lang, g) }</h2>
            <p class="meta">
                <span>{ lang.t(Msg::Articles(g.articles.len())) }</span>
                <span>{ lang.t(Msg::Chars(g.char_count)) }</span>
                <span>{ date_span(lang, g) }</span>
            </p>
            if let Some((m, _)) = &props.found {
                <p class="group-rate">
                    { lang.t(Msg::GroupRate { docs_with: m.articles, docs: g.articles.len(), hits: m.hits, per_10k: per_10k(m.hits, g.char_count) }) }
                </p>
                <ul class="snippets" lang={crate::corpus::text_lang()}>
                    { for lines.iter().map(|(l, h, r)| html! { <li class="snippet">{ l }<mark>{ h }</mark>{ r }</li> }) }
                </ul>
            } else {
                <KeywordList {by} index={gi} base={props.base.clone()} stop={props.stop} />
            }
            <h3>{ lang.t(Msg::FiguresTitle) }</h3>
            if figures.is_empty() {
                <p class="muted">{ lang.t(Msg::NoFigures) }</p>
            }
            <ul class="figures" lang={crate::corpus::text_lang()}>
                { for figures.iter().take(if all_figures { usize::MAX } else { FIGURES_SHOWN }).map(|(fig, sentence)| html! {
                    <li><strong>{ fig }</strong>{ " — " }<span class="sentence">{ sentence }</span></li>
                }) }
            </ul>
            if more_figures > 0 && !all_figures {
                <button type="button" class="show-more" onclick={open_figures}>{ lang.t(Msg::ShowMoreFigures(more_figures)) }</button>
            }
        </article>
    }
}
