//! The dispersion plot: one bar per article of a group, a mark at each of the query's hits
//! (placed by its character offset, scaled to the article's length), the hit count and the
//! length beside it; a mark opens the reader at that hit. The same positions as a table.

use crate::corpus::embedded;
use crate::ui::i18n::{Msg, WordsMsg};
use crate::ui::ptr::Ptr;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::{href, ViewQuery};
use explorer_core::words::dispersion::PlotRow;
use yew::prelude::*;

/// Rows shown before "show more" (a group grouped by source can hold hundreds of articles).
const ROWS: usize = 40;
/// The bar's width in SVG units (a mark is placed to the unit, so in integers).
const WIDTH: u32 = 1000;
/// How many mark colours the style sheet has (`term-0` … `term-5`).
pub(super) const TERM_COLOURS: usize = 6;

/// Props: a group's plot rows and the view the reader links keep.
#[derive(Properties, PartialEq)]
pub(super) struct PlotProps {
    pub(super) rows: Ptr<Vec<PlotRow>>,
    pub(super) view: ViewQuery,
}

/// A reader link at hit `hit` of article `doc`.
fn reader_link(view: &ViewQuery, doc: usize, hit: usize) -> String {
    let target = ViewQuery {
        hit: Some(hit),
        ..view.for_list()
    };
    href(
        &Route::Article {
            id: embedded().articles[doc].id.clone(),
        },
        target.link().as_ref(),
    )
}

/// The plot, then its table in a closed details element.
#[function_component(Plot)]
pub(super) fn dispersion_plot(props: &PlotProps) -> Html {
    let lang = use_lang();
    let all = use_state(|| false);
    let rows = &props.rows;
    let shown = if *all { rows.len() } else { rows.len().min(ROWS) };
    if rows.is_empty() {
        return html! { <p class="muted">{ lang.t(WordsMsg::NoRows) }</p> };
    }
    let bar = |row: &PlotRow| {
        let a = &embedded().articles[row.article];
        html! {
            <li class="plot-row">
                <a class="plot-title" href={reader_link(&props.view, row.article, 0)} lang={crate::corpus::text_lang()}>{ &a.title }</a>
                <span class="plot-meta muted">{ lang.t(WordsMsg::ColHits) }{ " " }{ row.hits }{ " · " }{ lang.t(Msg::Chars(row.chars)) }</span>
                <svg class="plot-bar" viewBox={format!("0 0 {WIDTH} 12")} preserveAspectRatio="none" role="group" aria-label={a.title.clone()}>
                    <rect x="0" y="0" width={WIDTH.to_string()} height="12" class="plot-track" />
                    { for row.marks.iter().map(|m| {
                        let x = ((m.at * (WIDTH - 3) as f32) as u32).min(WIDTH - 3);
                        let label = lang.t(WordsMsg::MarkLabel { hit: m.hit, offset: m.offset });
                        html! {
                            <a href={reader_link(&props.view, row.article, m.hit)} aria-label={label.clone()}>
                                <rect x={x.to_string()} y="0" width="3" height="12" class={format!("plot-mark term-{}", m.term % TERM_COLOURS)}>
                                    <title>{ label }</title>
                                </rect>
                            </a>
                        }
                    }) }
                </svg>
            </li>
        }
    };
    let on_all = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(true))
    };
    html! {
        <>
            <ul class="plot">{ for rows.iter().take(shown).map(bar) }</ul>
            if shown < rows.len() {
                <button type="button" class="show-more" onclick={on_all}>{ lang.t(WordsMsg::ShowMoreRows(rows.len() - shown)) }</button>
            }
            <details class="plot-table">
                <summary>{ lang.t(WordsMsg::PlotTable) }</summary>
                <table class="keywords">
                    <thead><tr>
                        <th scope="col">{ lang.t(WordsMsg::ColArticle) }</th>
                        <th scope="col">{ lang.t(WordsMsg::ColHits) }</th>
                        <th scope="col">{ lang.t(WordsMsg::ColLength) }</th>
                        <th scope="col">{ lang.t(WordsMsg::ColPositions) }</th>
                    </tr></thead>
                    <tbody>{ for rows.iter().take(shown).map(|row| html! {
                        <tr>
                            <td lang={crate::corpus::text_lang()}>{ &embedded().articles[row.article].title }</td>
                            <td class="num">{ row.hits }</td>
                            <td class="num">{ row.chars }</td>
                            <td>{ row.marks.iter().map(|m| (m.offset + 1).to_string()).collect::<Vec<_>>().join(", ") }</td>
                        </tr>
                    }) }</tbody>
                </table>
            </details>
        </>
    }
}
