//! Lists the build's ingest warnings, when there are any.

use crate::corpus::embedded;
use yew::prelude::*;

/// A collapsible panel with one line per warning; nothing when the seeds are clean.
#[function_component(WarningsPanel)]
pub fn warnings_panel() -> Html {
    let warnings = embedded().warnings();
    if warnings.is_empty() {
        return html! {};
    }
    html! {
        <details class="warnings-panel">
            <summary>{ format!("⚠ {} ingest warning{} · 导入警告", warnings.len(), if warnings.len() == 1 { "" } else { "s" }) }</summary>
            <ul>
                { for warnings.iter().map(|w| html! {
                    <li><code>{ format!("seeds/{}", w.file) }</code>{ ": " }{ &w.message }</li>
                }) }
            </ul>
        </details>
    }
}
