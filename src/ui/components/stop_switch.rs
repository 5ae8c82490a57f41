//! Function words (stop words) in the word lists: the switch that shows them, its state in the
//! URL (`stop=1`, [`ViewQuery::stop`]), and the list of the corpus's function words
//! ([`explorer_core::model::Corpus::stop_words`]). Any view with word lists uses both.

use crate::ui::i18n::Msg;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::{navigate, ViewQuery};
use yew::prelude::*;

/// Props: the view the switch belongs to and its current state.
#[derive(Properties, PartialEq)]
pub struct StopSwitchProps {
    /// The view whose word lists it filters.
    pub route: Route,
    /// The current view state (its [`ViewQuery::stop`] is the switch's state).
    pub query: ViewQuery,
}

/// "Show function words": a pressed button shows them; pressing it flips `stop` in the URL.
#[function_component(StopSwitch)]
pub fn stop_switch(props: &StopSwitchProps) -> Html {
    let lang = use_lang();
    let shown = props.query.stop;
    let toggle = {
        let (route, query) = (props.route.clone(), props.query.clone());
        Callback::from(move |_: MouseEvent| {
            let next = ViewQuery {
                stop: !shown,
                ..query.clone()
            };
            navigate(&route, &next, false);
        })
    };
    html! {
        <button type="button" class="switch stop-switch" onclick={toggle} aria-pressed={shown.to_string()}
            title={lang.t(Msg::StopSwitchHelp)}>
            { lang.t(Msg::StopSwitch) }
        </button>
    }
}

/// The corpus's function words, in a closed `<details>` ("function-word list"); nothing for a
/// corpus that uses none.
#[function_component(StopWordList)]
pub fn stop_word_list() -> Html {
    let lang = use_lang();
    let words = &crate::corpus::embedded().stop_words;
    if words.is_empty() {
        return html! {};
    }
    html! {
        <details class="stop-words">
            <summary>{ lang.t(Msg::StopWordList) }</summary>
            <p>{ lang.t(Msg::StopWordListNote(words.len())) }</p>
            <p class="stop-word-list" lang={crate::corpus::text_lang()}>{ words.join(" ") }</p>
        </details>
    }
}
