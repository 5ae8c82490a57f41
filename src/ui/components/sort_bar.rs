//! The list's sort controls; they change the URL, which re-sorts the list.

use crate::ui::i18n::Msg;
use crate::ui::route::{ListQuery, Route};
use crate::ui::state::use_lang;
use explorer_core::listing::{default_ascending, SortKey};
use yew::prelude::*;
use yew_router::prelude::*;

/// Props: the current list query.
#[derive(Properties, PartialEq)]
pub struct SortBarProps {
    /// The sort currently shown.
    pub query: ListQuery,
}

/// Buttons for each sort key; pressing the active one flips the direction.
#[function_component(SortBar)]
pub fn sort_bar(props: &SortBarProps) -> Html {
    let lang = use_lang();
    let navigator = use_navigator();
    let (current, ascending) = (props.query.key(), props.query.ascending());
    html! {
        <div class="sort-bar" role="group" aria-label={lang.t(Msg::SortGroup)}>
            <span class="sort-label">{ lang.t(Msg::SortBy) }</span>
            { for SortKey::ALL.into_iter().map(|key| {
                let active = key == current;
                let next = if active { ListQuery::new(key, !ascending) } else { ListQuery::new(key, default_ascending(key)) };
                let navigator = navigator.clone();
                let onclick = Callback::from(move |_| {
                    if let Some(n) = &navigator {
                        let _ = n.push_with_query(&Route::List, &next);
                    }
                });
                let (arrow, direction) = match (active, ascending) {
                    (false, _) => ("", String::new()),
                    (true, true) => (" ↑", format!(", {}", lang.t(Msg::Ascending))),
                    (true, false) => (" ↓", format!(", {}", lang.t(Msg::Descending))),
                };
                html! {
                    <button type="button" class={classes!("sort", active.then_some("active"))}
                        aria-pressed={active.to_string()} data-sort={key.as_str()} {onclick}
                        aria-label={format!("{}{direction}", lang.t(Msg::SortKeyName(key)))}>
                        { lang.t(Msg::SortKeyName(key)) }{ arrow }
                    </button>
                }
            }) }
        </div>
    }
}
