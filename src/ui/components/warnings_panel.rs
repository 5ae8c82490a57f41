//! Lists the build's ingest warnings, when there are any.

use crate::corpus::embedded;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// A collapsible panel with one line per warning; nothing when the seeds are clean.
#[function_component(WarningsPanel)]
pub fn warnings_panel() -> Html {
    let lang = use_lang();
    let warnings = embedded().warnings();
    if warnings.is_empty() {
        return html! {};
    }
    html! {
        <details class="warnings-panel">
            <summary>{ format!("⚠ {}", lang.t(Msg::Warnings(warnings.len()))) }</summary>
            <ul>
                { for warnings.iter().map(|w| html! {
                    <li><code>{ format!("seeds/{}", w.file) }</code>{ ": " }<span lang="en">{ &w.message }</span></li>
                }) }
            </ul>
        </details>
    }
}
