//! "Collapse copies": the switch that counts each story once, its state in the URL
//! (`collapse=1`, [`ViewQuery::collapse`]). Which articles it hides is the core's
//! ([`explorer_core::collapse`]); the list and the comparison carry it.

use crate::ui::i18n::Msg;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::{navigate, ViewQuery};
use yew::prelude::*;

/// Whether the corpus has a copy to collapse (the switch shows only then).
pub fn has_copies() -> bool {
    crate::corpus::hidden_copies().contains(&true)
}

/// Props: the view the switch belongs to and its current state.
#[derive(Properties, PartialEq)]
pub struct CollapseSwitchProps {
    /// The view whose counts it changes.
    pub route: Route,
    /// The current view state (its [`ViewQuery::collapse`] is the switch's state).
    pub query: ViewQuery,
}

/// A pressed button collapses copies; pressing it flips `collapse` in the URL. Nothing for a
/// corpus without copies.
#[function_component(CollapseSwitch)]
pub fn collapse_switch(props: &CollapseSwitchProps) -> Html {
    let lang = use_lang();
    if !has_copies() {
        return html! {};
    }
    let on = props.query.collapse;
    let toggle = {
        let (route, query) = (props.route.clone(), props.query.clone());
        Callback::from(move |_: MouseEvent| {
            let next = ViewQuery {
                collapse: !on,
                ..query.clone()
            };
            navigate(&route, &next, false);
        })
    };
    html! {
        <button type="button" class="switch collapse-switch" onclick={toggle} aria-pressed={on.to_string()}
            title={lang.t(Msg::CollapseHelp)}>
            { lang.t(Msg::CollapseCopies) }
        </button>
    }
}
