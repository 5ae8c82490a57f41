//! The app shell: preferences context, hash router, header with the corpus at
//! a glance and the switches, the routed page.

use super::components::{corpus_summary::CorpusSummary, pref_switches::PrefSwitches};
use super::i18n::Msg;
use super::pages::{list::ListPage, not_found::NotFound, reader::ReaderPage};
use super::route::Route;
use super::state::{Prefs, PrefsContext};
use yew::prelude::*;
use yew_router::prelude::*;

/// The root component.
#[function_component(App)]
pub fn app() -> Html {
    let prefs = use_reducer(Prefs::load);
    {
        let prefs = (*prefs).clone();
        use_effect_with(prefs, |p| p.apply());
    }
    let lang = prefs.lang;
    html! {
        <ContextProvider<PrefsContext> context={prefs}>
            <HashRouter>
                <header class="site-header">
                    <Link<Route> to={Route::List} classes="site-title">{ lang.t(Msg::SiteTitle) }</Link<Route>>
                    <CorpusSummary />
                    <PrefSwitches />
                </header>
                <main id="main">
                    <Switch<Route> render={switch} />
                </main>
            </HashRouter>
        </ContextProvider<PrefsContext>>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::List => html! { <ListPage /> },
        Route::Article { id } => html! { <ReaderPage {id} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
