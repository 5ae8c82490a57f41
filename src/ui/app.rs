//! The app shell: preferences context, hash router ([`HashRouter`]), header (title, corpus at a
//! glance, filter, view tabs, switches), the routed page (beside the article list
//! on wide screens while reading, see [`Panes`]), keyboard shortcuts.

use super::components::{
    corpus_summary::CorpusSummary, panes::Panes, pref_switches::PrefSwitches, search_box::SearchBox,
    shortcuts::Shortcuts, view_tabs::ViewTabs,
};
use super::i18n::{Lang, Msg};
use super::live_query::LiveQueryProvider;
use super::pages::{concordance::ConcordancePage, list::ListPage, not_found::NotFound, reader::ReaderPage};
use super::progressive::use_progressive;
use super::route::Route;
use super::router::{use_route, HashRouter};
use super::state::{Prefs, PrefsContext};
use super::view_state::href;
use yew::prelude::*;

/// The root component.
#[function_component(App)]
pub fn app() -> Html {
    let prefs = use_reducer(Prefs::load);
    {
        let prefs = (*prefs).clone();
        use_effect_with(prefs, |p| p.apply());
    }
    let lang = prefs.lang;
    // The header first, the page once it is painted: start-up is two shorter tasks instead of
    // one long one (on a phone it blocked input for a few hundred milliseconds).
    let page_ready = use_progressive(2, ()) > 1;
    use_effect_with(page_ready, |&ready| {
        if ready {
            super::index_after_next_paint();
        }
    });
    html! {
        <ContextProvider<PrefsContext> context={prefs}>
            <HashRouter>
            <LiveQueryProvider>
                <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                    e.prevent_default();
                    if let Some(main) = gloo::utils::document().get_element_by_id("main") {
                        main.scroll_into_view();
                    }
                })}>{ lang.t(Msg::SkipToContent) }</a>
                <header class="site-header">
                    <div class="header-row">
                        <a href={href(&Route::List, None)} class="site-title">{ crate::corpus::embedded().site.title.get(lang == Lang::Zh) }</a>
                        <CorpusSummary />
                        <PrefSwitches />
                    </div>
                    <div class="header-row">
                        <SearchBox />
                        <ViewTabs />
                    </div>
                </header>
                <Panes list={list_pane as fn(AttrValue) -> Html}>
                    if page_ready {
                        <Switch />
                    }
                </Panes>
                <Shortcuts />
            </LiveQueryProvider>
            </HashRouter>
        </ContextProvider<PrefsContext>>
    }
}

/// The list pane beside the reader (wide screens), marking the open article.
fn list_pane(current: AttrValue) -> Html {
    html! { <ListPage {current} /> }
}

/// The page of the current route.
#[function_component(Switch)]
fn switch() -> Html {
    match use_route() {
        Route::List => html! { <ListPage /> },
        Route::Article { id } => html! { <ReaderPage {id} /> },
        Route::Concordance => with_word_data(html! { <ConcordancePage /> }, true),
        Route::Compare => html! { <super::pages::compare::ComparePage /> },
        Route::Words => with_word_data(html! { <super::pages::words::WordsPage /> }, false),
        Route::NotFound => html! { <NotFound /> },
    }
}

/// A view that counts words, once a chunked corpus's word data is in (it is fetched then);
/// only when filtered by a collocate, with `collocate_only`.
#[cfg(explorer_chunked)]
fn with_word_data(page: Html, collocate_only: bool) -> Html {
    use super::components::word_data::WordData;
    html! { <WordData {collocate_only}>{ page }</WordData> }
}

/// An embedded corpus carries its word data: the view as it is.
#[cfg(not(explorer_chunked))]
fn with_word_data(page: Html, _collocate_only: bool) -> Html {
    page
}
