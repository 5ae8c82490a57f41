//! Shown for a hash that names no view.

use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// The not-found page, with a way back.
#[function_component(NotFound)]
pub fn not_found() -> Html {
    html! {
        <section class="not-found">
            <h1>{ "Not found · 未找到" }</h1>
            <p>{ "This link names no article or view. " }<Link<Route> to={Route::List}>{ "Back to the list" }</Link<Route>></p>
        </section>
    }
}
