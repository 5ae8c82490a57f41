//! Lists the build's ingest warnings, and apart from them its notes (embeds kept as links and
//! the like, which the build does not print as warnings), when there are any.

use crate::corpus::embedded;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use explorer_core::model::Warning;
use yew::prelude::*;

/// A collapsible panel with one line per warning, then one with one line per note; nothing
/// when the seeds are clean.
#[function_component(WarningsPanel)]
pub fn warnings_panel() -> Html {
    let lang = use_lang();
    let corpus = embedded();
    let (warnings, notes) = (corpus.warnings(), corpus.infos());
    html! {
        <>
            if !warnings.is_empty() {
                <details class="warnings-panel">
                    <summary>{ format!("⚠ {}", lang.t(Msg::Warnings(warnings.len()))) }</summary>
                    { lines(&warnings) }
                </details>
            }
            if !notes.is_empty() {
                <details class="warnings-panel note">
                    <summary>{ format!("ℹ {}", lang.t(Msg::Notes(notes.len()))) }</summary>
                    { lines(&notes) }
                </details>
            }
        </>
    }
}

/// One line per warning or note: the file, then the message.
fn lines(items: &[Warning]) -> Html {
    html! {
        <ul>
            { for items.iter().map(|w| html! {
                <li><code>{ format!("seeds/{}", w.file) }</code>{ ": " }<span lang="en">{ &w.message }</span></li>
            }) }
        </ul>
    }
}
