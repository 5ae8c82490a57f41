//! The app shell: hash router, header with the corpus at a glance, the routed page.

use super::components::corpus_summary::CorpusSummary;
use super::pages::{list::ListPage, not_found::NotFound, reader::ReaderPage};
use super::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// The root component.
#[function_component(App)]
pub fn app() -> Html {
    html! {
        <HashRouter>
            <header class="site-header">
                <Link<Route> to={Route::List} classes="site-title">{ "DeepSeek 报道对读 · Coverage Explorer" }</Link<Route>>
                <CorpusSummary />
            </header>
            <main id="main">
                <Switch<Route> render={switch} />
            </main>
        </HashRouter>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::List => html! { <ListPage /> },
        Route::Article { id } => html! { <ReaderPage {id} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
