//! The article list: every article with its metadata, sortable, plus the ingest warnings.

use crate::corpus::embedded;
use crate::ui::components::{
    article_meta::ArticleMeta, problem_badges::ProblemBadges, sort_bar::SortBar, warnings_panel::WarningsPanel,
};
use crate::ui::i18n::Msg;
use crate::ui::route::{ListQuery, Route};
use crate::ui::state::use_lang;
use explorer_core::listing;
use yew::prelude::*;
use yew_router::prelude::*;

/// How many list items are rendered at first, and added per "show more".
const PAGE: usize = 50;

/// The list page; its sort order lives in the URL.
#[function_component(ListPage)]
pub fn list_page() -> Html {
    let lang = use_lang();
    let corpus = embedded();
    let location = use_location();
    let query: ListQuery = location.and_then(|l| l.query::<ListQuery>().ok()).unwrap_or_default();
    let order = listing::sorted(&corpus.articles, query.key(), query.ascending());
    // A long list renders in pages, so a corpus of thousands never builds thousands of nodes at once.
    let shown = use_state_eq(|| PAGE);
    let remaining = order.len().saturating_sub(*shown);
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE))
    };
    html! {
        <section class="list-page" aria-labelledby="list-heading">
            <h1 id="list-heading" class="visually-hidden">{ lang.t(Msg::ArticlesHeading) }</h1>
            <WarningsPanel />
            <SortBar query={query.clone()} />
            <ol class="article-list">
                { for order.into_iter().take(*shown).map(|i| {
                    let a = &corpus.articles[i];
                    html! {
                        <li class="article-item" key={a.id.clone()} data-id={a.id.clone()}>
                            <h2 class="article-title" lang="zh-CN">
                                <Link<Route> to={Route::Article { id: a.id.clone() }}>{ &a.title }</Link<Route>>
                            </h2>
                            <ArticleMeta article_index={i} />
                            <ProblemBadges article_index={i} />
                            <p class="summary" lang="zh-CN">{ &a.summary }</p>
                        </li>
                    }
                }) }
            </ol>
            if remaining > 0 {
                <button type="button" class="show-more" onclick={show_more}>{ lang.t(Msg::ShowMore(remaining)) }</button>
            }
        </section>
    }
}
