//! The word tools' tables: a caption, headers (some of them sort links), the first rows and a
//! button for more, and the table's downloads.

use crate::ui::components::download::button;
use crate::ui::i18n::WordsMsg;
use crate::ui::state::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// Rows shown at first and added by each "show more".
pub(super) const PAGE: usize = 25;

/// A header: its text, and for a sortable column the link that sorts by it and, for the
/// column sorted by, its direction (`aria-sort`: `ascending` or `descending`).
pub(super) type Header = (String, Option<(String, Option<&'static str>)>);

/// A file the table offers: its name, what writes it, its MIME type.
pub(super) type Download = (&'static str, Rc<dyn Fn() -> String>, &'static str);

/// Props: one table. Equal when made from the same computed rows (`rows_id`) with the same
/// headers: the row function and downloads are not compared.
#[derive(Properties)]
pub(super) struct RowsTableProps {
    pub(super) caption: String,
    pub(super) headers: Vec<Header>,
    /// How many rows there are.
    pub(super) total: usize,
    /// Writes row `i`.
    pub(super) row: Rc<dyn Fn(usize) -> Html>,
    /// The identity of the rows `row` writes (the address of the computed output).
    pub(super) rows_id: usize,
    pub(super) downloads: Vec<Download>,
}

impl PartialEq for RowsTableProps {
    fn eq(&self, other: &Self) -> bool {
        self.rows_id == other.rows_id
            && self.total == other.total
            && self.caption == other.caption
            && self.headers == other.headers
    }
}

/// The table's first rows, more on request (a new computation starts again at the first).
#[function_component(RowsTable)]
pub(super) fn rows_table(props: &RowsTableProps) -> Html {
    let lang = use_lang();
    let shown = use_state(|| (props.rows_id, PAGE));
    let limit = if shown.0 == props.rows_id { shown.1 } else { PAGE };
    let more = props.total.saturating_sub(limit);
    let on_more = {
        let (shown, id) = (shown.clone(), props.rows_id);
        Callback::from(move |_: MouseEvent| shown.set((id, limit + PAGE)))
    };
    if props.total == 0 {
        return html! { <p class="muted">{ lang.t(WordsMsg::NoRows) }</p> };
    }
    html! {
        <>
            <table class="keywords word-table">
                <caption>{ &props.caption }{ " · " }{ lang.t(WordsMsg::Rows(props.total)) }</caption>
                <thead><tr>
                    { for props.headers.iter().map(|(text, sort)| match sort {
                        Some((href, sorted)) => html! {
                            <th scope="col" aria-sort={*sorted}>
                                <a class={classes!("sort-link", sorted.map(|_| "active"))} href={href.clone()}>{ text }</a>
                            </th>
                        },
                        None => html! { <th scope="col">{ text }</th> },
                    }) }
                </tr></thead>
                <tbody>{ for (0..props.total.min(limit)).map(|i| (props.row)(i)) }</tbody>
            </table>
            if more > 0 {
                <button type="button" class="show-more" onclick={on_more}>{ lang.t(WordsMsg::ShowMoreRows(more.min(PAGE))) }</button>
            }
            if !props.downloads.is_empty() {
                <div class="export-buttons">
                    { for props.downloads.iter().map(|(name, make, mime)| button(name, make.clone(), mime)) }
                </div>
            }
        </>
    }
}
