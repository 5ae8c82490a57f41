//! The list of the corpus's function words ([`explorer_core::model::Corpus::stop_words`]),
//! beside the switch that shows them ([`super::view_switch`]) in any view with word lists.

use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use yew::prelude::*;

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
