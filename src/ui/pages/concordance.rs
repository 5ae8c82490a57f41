//! The concordance (keyword in context): every occurrence of the query across
//! the corpus, one per line, the keyword aligned in a centre column, with its
//! source and article; sortable by left or right context; a click opens the
//! reader at that hit.

use crate::corpus::{embedded, search_index};
use crate::ui::components::sort_bar::SortBar;
use crate::ui::i18n::Msg;
use crate::ui::route::{href, use_view_query, Route, ViewQuery};
use crate::ui::state::use_lang;
use explorer_core::search::{concordance, sort_concordance, ConcordanceOrder, Query};
use yew::prelude::*;

/// Characters of context each side of the keyword.
const CONTEXT: usize = 24;
/// Lines rendered at first and per "show more".
const PAGE: usize = 200;

/// One concordance line ready to show.
#[derive(PartialEq)]
struct Line {
    doc: usize,
    hit_number: usize,
    left: String,
    hit: String,
    right: String,
}

/// The concordance page.
#[function_component(ConcordancePage)]
pub fn concordance_page() -> Html {
    let lang = use_lang();
    let view = use_view_query();
    let order = view.concordance_order();
    let lines: std::rc::Rc<Vec<Line>> = use_memo((view.text().to_string(), order), |(q, order)| {
        let corpus = embedded();
        let results = search_index().search(&Query::parse(q));
        let mut lines = concordance(&results, corpus, CONTEXT);
        sort_concordance(&mut lines, corpus, *order);
        lines
            .into_iter()
            .map(|l| {
                let text = &corpus.articles[l.doc].text;
                let hit_number = results
                    .iter()
                    .find(|r| r.doc == l.doc)
                    .and_then(|r| r.hits.iter().position(|h| h.range == l.kwic.hit))
                    .unwrap_or(0);
                let flat = |s: &str| s.replace("\n\n", " ¶ ");
                Line {
                    doc: l.doc,
                    hit_number,
                    left: format!(
                        "{}{}",
                        if l.kwic.cut_left { "…" } else { "" },
                        flat(l.kwic.left_str(text))
                    ),
                    hit: l.kwic.hit_str(text).to_string(),
                    right: format!(
                        "{}{}",
                        flat(l.kwic.right_str(text)),
                        if l.kwic.cut_right { "…" } else { "" }
                    ),
                }
            })
            .collect()
    });
    let shown = use_state_eq(|| PAGE);
    let corpus = embedded();
    let choices: Vec<(&'static str, bool)> = ConcordanceOrder::ALL.into_iter().map(|o| (o.as_str(), true)).collect();
    html! {
        <section class="concordance-page" aria-labelledby="kwic-heading">
            <h1 id="kwic-heading">{ lang.t(Msg::ConcordanceTitle) }</h1>
            if !view.has_query() {
                <p class="empty-results">{ lang.t(Msg::ConcordanceNeedsQuery) }</p>
            } else {
                <div class="list-toolbar">
                    <p class="result-count" role="status" aria-live="polite">{ lang.t(Msg::Occurrences(lines.len())) }</p>
                    <SortBar route={Route::Concordance} query={view.clone()} {choices} current={order.as_str()} ascending=true />
                </div>
                if lines.is_empty() {
                    <p class="empty-results">{ lang.t(Msg::NoResults(view.text().to_string())) }{ " " }{ lang.t(Msg::NoResultsHint) }</p>
                }
                <table class="kwic">
                    <thead class="visually-hidden">
                        <tr>
                            <th scope="col">{ lang.t(Msg::ColumnSource) }</th>
                            <th scope="col">{ lang.t(Msg::ColumnLeft) }</th>
                            <th scope="col">{ lang.t(Msg::ColumnKeyword) }</th>
                            <th scope="col">{ lang.t(Msg::ColumnRight) }</th>
                        </tr>
                    </thead>
                    <tbody lang="zh-CN">
                        { for lines.iter().take(*shown).map(|l| {
                            let a = &corpus.articles[l.doc];
                            let target = ViewQuery { hit: Some(l.hit_number.to_string()), ..view.carried() };
                            let to = href(&Route::Article { id: a.id.clone() }, target.link().as_ref());
                            html! {
                                <tr class="kwic-line">
                                    <td class="kwic-source">
                                        <a href={to.clone()}>
                                            <span class="kwic-outlet">{ lang.source_name(&a.source) }</span>
                                            <span class="kwic-article" title={a.title.clone()}>{ &a.title }</span>
                                        </a>
                                    </td>
                                    <td class="kwic-left"><div class="kwic-clip"><span>{ &l.left }</span></div></td>
                                    <td class="kwic-hit">
                                        <a href={to}>
                                            <mark>{ &l.hit }</mark>
                                        </a>
                                    </td>
                                    <td class="kwic-right">{ &l.right }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                if lines.len() > *shown {
                    <button type="button" class="show-more" onclick={{ let shown = shown.clone(); Callback::from(move |_| shown.set(*shown + PAGE)) }}>
                        { lang.t(Msg::ShowMore(lines.len() - *shown)) }
                    </button>
                }
            }
        </section>
    }
}
