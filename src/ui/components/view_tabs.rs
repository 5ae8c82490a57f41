//! Links between the views (list, concordance, comparison, word tools), carrying the query along.

use crate::ui::i18n::{Msg, WordsMsg};
use crate::ui::live_query::use_view_query;
use crate::ui::route::Route;
use crate::ui::router::use_route;
use crate::ui::state::use_lang;
use crate::ui::view_state::href;
use yew::prelude::*;

/// The view switcher.
#[function_component(ViewTabs)]
pub fn view_tabs() -> Html {
    let lang = use_lang();
    let view = use_view_query().carried();
    let route = use_route();
    let tab = |target: Route, text: String| {
        let active = std::mem::discriminant(&target) == std::mem::discriminant(&route);
        html! {
            <a href={href(&target, view.clone().link().as_ref())} class={classes!("tab", active.then_some("active"))}>
                <span aria-current={active.then_some("page")}>{ text }</span>
            </a>
        }
    };
    html! {
        <nav class="view-tabs" aria-label={lang.t(Msg::ViewsLabel)}>
            { tab(Route::List, lang.t(Msg::ViewList)) }
            { tab(Route::Concordance, lang.t(Msg::ViewConcordance)) }
            { tab(Route::Compare, lang.t(Msg::ViewCompare)) }
            { tab(Route::Words, lang.t(WordsMsg::ViewWords)) }
        </nav>
    }
}
