//! The keyword filter: live as you type (after IME composition ends), in the
//! URL once typing pauses so reload and back/forward keep it, with the query
//! language explained.

use crate::ui::i18n::Msg;
use crate::ui::live_query::use_view_query;
use crate::ui::live_query::LiveQuery;
use crate::ui::route::Route;
use crate::ui::router::use_route;
use crate::ui::state::use_lang;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The id of the filter input, for the `/` shortcut and labels.
pub const SEARCH_INPUT_ID: &str = "search";

/// The filter input and its help.
#[function_component(SearchBox)]
pub fn search_box() -> Html {
    let lang = use_lang();
    let site = &crate::corpus::embedded().site;
    let help = crate::corpus::help_examples();
    let query = use_view_query();
    let route = use_route();
    let live = use_context::<LiveQuery>();
    let apply = {
        let query = query.clone();
        Callback::from(move |value: String| {
            let Some(live) = &live else { return };
            let target = match &route {
                Route::NotFound => Route::List,
                other => other.clone(),
            };
            live.typed.emit((target, query.with_text(&value)));
        })
    };
    let oninput = {
        let apply = apply.clone();
        Callback::from(move |e: InputEvent| {
            if e.is_composing() {
                return; // wait for the IME to finish (pinyin → 汉字)
            }
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                apply.emit(input.value());
            }
        })
    };
    // yew has no `oncompositionend`: listen on the element itself.
    let input_ref = use_node_ref();
    {
        let (input_ref, apply) = (input_ref.clone(), apply.clone());
        use_effect_with(apply, move |apply| {
            let apply = apply.clone();
            let listener = input_ref.cast::<HtmlInputElement>().map(|input| {
                let target = input.clone();
                gloo::events::EventListener::new(&input, "compositionend", move |_| apply.emit(target.value()))
            });
            move || drop(listener)
        });
    }
    html! {
        <div class="search" role="search">
            <label for={SEARCH_INPUT_ID} class="visually-hidden">{ lang.t(Msg::FilterLabel) }</label>
            <input id={SEARCH_INPUT_ID} type="search" value={query.text().to_string()} {oninput} ref={input_ref}
                placeholder={lang.t(Msg::FilterPlaceholder(site.examples.first().cloned().unwrap_or_default()))} autocomplete="off" spellcheck="false"
                aria-describedby="search-help" aria-keyshortcuts="/" />
            <details id="search-help" class="search-help">
                <summary>{ lang.t(Msg::FilterHelpTitle) }</summary>
                <table>
                    <tbody>
                        { for [
                            (help.all.as_str(), Msg::HelpAll),
                            (help.any.as_str(), Msg::HelpAny),
                            (help.phrase.as_str(), Msg::HelpPhrase),
                            (help.exclude.as_str(), Msg::HelpExclude),
                            (help.fields.as_str(), Msg::HelpFields),
                            ("開發  ＡＩ", Msg::HelpFolding),
                        ].into_iter().map(|(example, msg)| html! {
                            <tr><td><code lang={crate::corpus::text_lang()}>{ example }</code></td><td>{ lang.t(msg) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </div>
    }
}
