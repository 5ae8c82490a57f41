//! The view's on/off settings as pressed buttons, each kept in the URL: showing function words
//! (`stop=1`, [`ViewQuery::stop`]) and collapsing copies (`collapse=1`,
//! [`ViewQuery::collapse`]). Which words are function words and which articles are copies is
//! the core's ([`explorer_core::collapse`]); the views carry the settings.

use crate::ui::i18n::Msg;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::{navigate, ViewQuery};
use yew::prelude::*;

/// Whether the corpus has a copy to collapse (the collapse switch shows only then).
pub fn has_copies() -> bool {
    crate::corpus::hidden_copies().contains(&true)
}

/// A setting a switch flips.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Setting {
    /// "Show function words" in the word lists, keywords, collocates and clusters.
    StopWords,
    /// "Collapse copies": each story counts once in the list and the comparison.
    Collapse,
}

impl Setting {
    /// The setting's state in `query`.
    fn get(self, query: &ViewQuery) -> bool {
        match self {
            Setting::StopWords => query.stop,
            Setting::Collapse => query.collapse,
        }
    }

    /// `query` with the setting flipped.
    fn flipped(self, query: &ViewQuery) -> ViewQuery {
        let mut next = query.clone();
        match self {
            Setting::StopWords => next.stop = !next.stop,
            Setting::Collapse => next.collapse = !next.collapse,
        }
        next
    }

    /// The button's class, label and help.
    fn texts(self) -> (&'static str, Msg, Msg) {
        match self {
            Setting::StopWords => ("switch stop-switch", Msg::StopSwitch, Msg::StopSwitchHelp),
            Setting::Collapse => ("switch collapse-switch", Msg::CollapseCopies, Msg::CollapseHelp),
        }
    }
}

/// Props: the setting, the view the switch belongs to and its current state.
#[derive(Properties, PartialEq)]
pub struct ViewSwitchProps {
    /// What the switch sets.
    pub setting: Setting,
    /// The view whose counts or lists it changes.
    pub route: Route,
    /// The current view state (the switch's state is in it).
    pub query: ViewQuery,
}

/// A pressed button while the setting is on; pressing it flips the setting in the URL. Nothing
/// for collapsing in a corpus without copies.
#[function_component(ViewSwitch)]
pub fn view_switch(props: &ViewSwitchProps) -> Html {
    let lang = use_lang();
    let setting = props.setting;
    if setting == Setting::Collapse && !has_copies() {
        return html! {};
    }
    let on = setting.get(&props.query);
    let toggle = {
        let (route, query) = (props.route.clone(), props.query.clone());
        Callback::from(move |_: MouseEvent| navigate(&route, &setting.flipped(&query), false))
    };
    let (class, label, help) = setting.texts();
    html! {
        <button type="button" {class} onclick={toggle} aria-pressed={on.to_string()} title={lang.t(help)}>
            { lang.t(label) }
        </button>
    }
}
