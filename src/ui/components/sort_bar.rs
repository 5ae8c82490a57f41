//! Sort controls: they change the URL, which re-sorts the view.

use crate::ui::i18n::Msg;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::{navigate, SortName, ViewQuery};
use yew::prelude::*;

/// Props: the choices, the current one and its direction.
#[derive(Properties, PartialEq)]
pub struct SortBarProps {
    /// The view whose sort this is.
    pub route: Route,
    /// The current view state.
    pub query: ViewQuery,
    /// The sort choices.
    pub choices: Vec<SortChoice>,
    /// The current choice.
    pub current: SortName,
    /// Whether the current choice is ascending.
    pub ascending: bool,
}

/// One sort choice.
#[derive(Debug, Clone, PartialEq)]
pub struct SortChoice {
    /// Its name in URLs.
    pub name: SortName,
    /// Its label, in the page's language.
    pub label: AttrValue,
    /// Whether it starts ascending.
    pub ascending: bool,
}

/// A button per choice; pressing the active one flips the direction.
#[function_component(SortBar)]
pub fn sort_bar(props: &SortBarProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="sort-bar" role="group" aria-label={lang.t(Msg::SortGroup)}>
            <span class="sort-label">{ lang.t(Msg::SortBy) }</span>
            { for props.choices.iter().map(|choice| {
                let (name, starts_ascending) = (choice.name, choice.ascending);
                let active = name == props.current;
                let ascending = if active { !props.ascending } else { starts_ascending };
                let next = props.query.with_sort(name, ascending);
                let route = props.route.clone();
                let onclick = Callback::from(move |_| {
                    navigate(&route, &next, false);
                });
                let (arrow, direction) = match (active, props.ascending) {
                    (false, _) => ("", String::new()),
                    (true, true) => (" ↑", format!(", {}", lang.t(Msg::Ascending))),
                    (true, false) => (" ↓", format!(", {}", lang.t(Msg::Descending))),
                };
                html! {
                    <button type="button" class={classes!("sort", active.then_some("active"))}
                        aria-pressed={active.to_string()} data-sort={name.as_str()} {onclick}
                        aria-label={format!("{}{direction}", choice.label)}>
                        { choice.label.clone() }{ arrow }
                    </button>
                }
            }) }
        </div>
    }
}
