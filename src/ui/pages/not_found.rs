//! Shown for a hash that names no view.

use crate::ui::i18n::Msg;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::href;
use yew::prelude::*;

/// The not-found page, with a way back.
#[function_component(NotFound)]
pub fn not_found() -> Html {
    let lang = use_lang();
    html! {
        <section class="not-found">
            <h1>{ lang.t(Msg::NotFoundTitle) }</h1>
            <p>{ lang.t(Msg::NotFoundBody) }{ " " }<a href={href(&Route::List, None)}>{ lang.t(Msg::BackToList) }</a></p>
        </section>
    }
}
