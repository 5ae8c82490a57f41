//! The article list: every article (or every match of the filter) with its
//! metadata, hit count and keyword-in-context snippets; sortable; ingest warnings.

use crate::corpus::{embedded, search_index};
use crate::ui::components::{
    article_meta::ArticleMeta, highlighted::Highlighted, problem_badges::ProblemBadges, sort_bar::SortBar,
    warnings_panel::WarningsPanel,
};
use crate::ui::i18n::Msg;
use crate::ui::route::{use_view_query, ListSort, Route};
use crate::ui::state::use_lang;
use explorer_core::listing;
use explorer_core::search::{snippets, sort_results, Query, SearchResult};
use yew::prelude::*;
use yew_router::prelude::*;

/// How many list items are rendered at first, and added per "show more".
const PAGE: usize = 50;
/// Characters of context each side of a hit in a snippet.
const SNIPPET_CONTEXT: usize = 28;

/// The list page; its query and sort live in the URL.
#[function_component(ListPage)]
pub fn list_page() -> Html {
    let lang = use_lang();
    let corpus = embedded();
    let view = use_view_query();
    let sort = view.list_sort();
    let ascending = view.ascending();
    let results: std::rc::Rc<Vec<SearchResult>> =
        use_memo((view.text().to_string(), sort, ascending), |(q, sort, asc)| {
            // Browsing without a query never needs the search index (built on first use).
            let query = Query::parse(q);
            if query.is_empty() {
                let key = match sort {
                    ListSort::Browse(key) => *key,
                    ListSort::Results(_) => Default::default(),
                };
                return listing::sorted(&embedded().articles, key, *asc)
                    .into_iter()
                    .map(|doc| SearchResult {
                        doc,
                        score: 0.0,
                        hits: vec![],
                        title_hits: vec![],
                        term_hits: vec![],
                    })
                    .collect();
            }
            let index = search_index();
            let mut results = index.search(&query);
            match sort {
                ListSort::Results(order) => sort_results(&mut results, index, *order, *asc),
                ListSort::Browse(key) => {
                    let order = listing::sorted(&embedded().articles, *key, *asc);
                    let mut by_doc: Vec<Option<SearchResult>> = vec![None; embedded().articles.len()];
                    for r in results.drain(..) {
                        let doc = r.doc;
                        by_doc[doc] = Some(r);
                    }
                    results = order.into_iter().filter_map(|i| by_doc[i].take()).collect();
                }
            }
            results
        });
    // A long list renders in pages, so a corpus of thousands never builds thousands of nodes at once.
    let shown = use_state_eq(|| PAGE);
    {
        let shown = shown.clone();
        use_effect_with(view.text().to_string(), move |_| shown.set(PAGE));
    }
    let remaining = results.len().saturating_sub(*shown);
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE))
    };
    let has_query = view.has_query();
    let total_hits: usize = results.iter().map(|r| r.hit_count()).sum();
    let choices: Vec<(&'static str, bool)> = ListSort::choices(has_query)
        .into_iter()
        .map(|s| (s.as_str(), s.default_ascending()))
        .collect();
    let status = if has_query {
        lang.t(Msg::ResultCount {
            articles: results.len(),
            total: corpus.articles.len(),
            hits: total_hits,
        })
    } else {
        lang.t(Msg::Articles(corpus.articles.len()))
    };
    html! {
        <section class="list-page" aria-labelledby="list-heading">
            <h1 id="list-heading" class="visually-hidden">{ lang.t(Msg::ArticlesHeading) }</h1>
            <WarningsPanel />
            <div class="list-toolbar">
                <p class="result-count" role="status" aria-live="polite">{ status }</p>
                <SortBar route={Route::List} query={view.clone()} {choices} current={sort.as_str()} {ascending} />
            </div>
            if results.is_empty() {
                <div class="empty-results">
                    <p><strong>{ lang.t(Msg::NoResults(view.text().to_string())) }</strong></p>
                    <p>{ lang.t(Msg::NoResultsHint) }</p>
                </div>
            }
            <ol class="article-list">
                { for results.iter().take(*shown).map(|r| {
                    let a = &corpus.articles[r.doc];
                    let reader_query = view.carried();
                    html! {
                        <li class="article-item" key={a.id.clone()} data-id={a.id.clone()}>
                            <h2 class="article-title" lang="zh-CN">
                                <Link<Route, crate::ui::route::ViewQuery> to={Route::Article { id: a.id.clone() }} query={reader_query.link()}>
                                    <Highlighted text={a.title.clone()} marks={r.title_hits.iter().map(|h| h.range.clone()).collect::<Vec<_>>()} />
                                </Link<Route, crate::ui::route::ViewQuery>>
                            </h2>
                            <ArticleMeta article_index={r.doc} />
                            <ProblemBadges article_index={r.doc} />
                            if has_query {
                                <p class="hit-count">{ lang.t(Msg::Hits(r.hit_count())) }</p>
                                <ul class="snippets" lang="zh-CN">
                                    { for snippets(&a.text, &r.hits, SNIPPET_CONTEXT, 3).into_iter().map(|s| {
                                        let text = &a.text[s.range.clone()];
                                        let marks = s.hits.iter().map(|h| h.range.start - s.range.start..h.range.end - s.range.start).collect::<Vec<_>>();
                                        html! {
                                            <li class="snippet">
                                                { if s.cut_start { "…" } else { "" } }
                                                <Highlighted text={text.to_string()} {marks} />
                                                { if s.cut_end { "…" } else { "" } }
                                            </li>
                                        }
                                    }) }
                                </ul>
                            } else {
                                <p class="summary" lang="zh-CN">{ &a.summary }</p>
                            }
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
