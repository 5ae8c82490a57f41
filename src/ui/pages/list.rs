//! The article list: every article (or every match of the filter) with its
//! metadata, hit count and keyword-in-context snippets; sortable; ingest warnings.

use crate::corpus::{embedded, search_index};
use crate::ui::components::{
    also_written::{offer_line, use_offer},
    load_more::LoadMore,
    result_item::{ResultItem, ResultItemProps},
    sort_bar::{SortBar, SortChoice},
    view_switch::{Setting, ViewSwitch},
    warnings_panel::WarningsPanel,
};
use crate::ui::i18n::{Lang, Msg};
use crate::ui::live_query::use_view_query;
use crate::ui::progressive::{use_kept_items, use_progressive, window_height};
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::SortName;
use explorer_core::collapse::drop_hidden;
use explorer_core::listing::{self, ListSort};
use explorer_core::search::{Query, SearchResult};
use yew::prelude::*;

/// How many list items are rendered at first: more than the tallest screen shows, few enough
/// that a keystroke re-renders in a fraction of a frame.
const FIRST: usize = 10;
/// How many more are rendered when the end of the list scrolls near (or "show more" is pressed).
const MORE: usize = 24;

/// How many results fit the window: a result with snippets is at least ~220 px tall, one
/// with a summary ~130 px.
fn items_in_view(has_query: bool) -> usize {
    let item = if has_query { 220.0 } else { 130.0 };
    ((window_height() / item).ceil() as usize).clamp(2, FIRST)
}

/// Props: whether the list is the page, or a pane beside the reader.
#[derive(Properties, PartialEq)]
pub struct ListProps {
    /// The article open beside the list (wide screens), if any: the list is then a pane (its
    /// heading an `h2`, not the page's `h1`), marks that article, and sorts without leaving it.
    #[prop_or_default]
    pub current: Option<AttrValue>,
}

/// The list page; its query and sort live in the URL.
#[function_component(ListPage)]
pub fn list_page(props: &ListProps) -> Html {
    let lang = use_lang();
    let corpus = embedded();
    let view = use_view_query();
    let sort = view.list_sort(crate::corpus::default_sort());
    let ascending = view.ascending(crate::corpus::default_sort());
    let collapse = view.collapse;
    // The list, and how many copies collapsing left out of it.
    let listed: std::rc::Rc<(std::rc::Rc<Vec<SearchResult>>, usize)> = use_memo(
        (view.text().to_string(), sort, ascending, collapse),
        |(q, sort, asc, collapse)| {
            let mut results = listing::list_results(&embedded().articles, &Query::parse(q), *sort, *asc, search_index);
            let hidden = if *collapse {
                drop_hidden(&mut results, crate::corpus::hidden_copies())
            } else {
                0
            };
            (std::rc::Rc::new(results), hidden)
        },
    );
    let (results, hidden) = (listed.0.clone(), listed.1);
    // Other spellings of the query, offered as one link (the core decides).
    let also = use_offer(&view);
    let hidden_all = if collapse {
        crate::corpus::hidden_copies().iter().filter(|&&h| h).count()
    } else {
        0
    };
    // A long list renders a screenful first and grows as it is scrolled, so a corpus of
    // thousands never builds thousands of nodes. The extra count belongs to one query text.
    let more = use_state_eq(|| (String::new(), 0usize));
    let shown = FIRST + if more.0 == view.text() { more.1 } else { 0 };
    let remaining = results.len().saturating_sub(shown);
    let show_more = {
        let more = more.clone();
        use_callback((view.text().to_string(), shown), move |_, (text, shown)| {
            more.set((text.clone(), shown - FIRST + MORE))
        })
    };
    let has_query = view.has_query();
    // A new query or sort renders the items that fit the window in its first frame and the
    // rest in the next, so a keystroke builds only what can be seen (the pane beside the
    // reader renders all at once: it scrolls to the open article).
    let all_at_once =
        use_progressive(2, (view.text().to_string(), sort, ascending, collapse)) > 1 || props.current.is_some();
    let fresh = if all_at_once {
        shown
    } else {
        shown.min(items_in_view(has_query))
    };
    let total_hits: usize = results.iter().map(|r| r.hit_count()).sum();
    let choices: Vec<SortChoice> = ListSort::choices(has_query)
        .into_iter()
        .map(|s| SortChoice {
            name: s.into(),
            label: lang
                .t(match s {
                    ListSort::Browse(key) => Msg::SortKeyName(key),
                    ListSort::Results(order) => Msg::ResultOrderName(order),
                })
                .into(),
            ascending: s.default_ascending(),
        })
        .collect();
    let total = corpus.articles.len() - hidden_all;
    let mut status = if has_query {
        lang.t(Msg::ResultCount {
            articles: results.len(),
            total,
            hits: total_hits,
        })
    } else {
        lang.t(Msg::Articles(total))
    };
    if hidden > 0 {
        status.push_str(&lang.t(Msg::CopiesHidden(hidden)));
    }
    let reader_query = view.for_list().link();
    let (heading, item_heading, here) = match &props.current {
        Some(id) => ("h2", "h3", Route::Article { id: id.to_string() }),
        None => ("h1", "h2", Route::List),
    };
    let items = use_kept_items(fresh, shown.min(results.len()), |position| {
        let id = corpus.articles[results[position].doc].id.as_str();
        ResultItemProps {
            results: results.clone(),
            position,
            has_query,
            heading: item_heading,
            link: reader_query.clone(),
            current: props.current.as_deref() == Some(id),
        }
    });
    let subtitle = embedded().site.subtitle.get(lang == Lang::Zh);
    html! {
        <section class="list-page" aria-labelledby="list-heading">
            <@{heading} id="list-heading" class="visually-hidden">{ lang.t(Msg::ArticlesHeading) }</@>
            if props.current.is_none() && !subtitle.is_empty() {
                <p class="site-subtitle">{ subtitle }</p>
            }
            <WarningsPanel />
            <div class="list-toolbar">
                <p class="result-count" role="status" aria-live="polite">{ status }</p>
                <SortBar route={here.clone()} query={view.clone()} {choices} current={SortName::from(sort)} {ascending} />
                <ViewSwitch setting={Setting::Collapse} route={here.clone()} query={view.clone()} />
            </div>
            { offer_line(lang, also.as_ref().as_ref(), &here, &view) }
            if results.is_empty() {
                <div class="empty-results">
                    <p><strong>{ lang.t(Msg::NoResults(view.text().to_string())) }</strong></p>
                    <p>{ lang.t(Msg::NoResultsHint) }</p>
                </div>
            }
            <ol class="article-list">
                // Keyed by place, not by article: a new query reuses the items and patches
                // their text instead of tearing down and building ten items' nodes.
                { for items.into_iter().enumerate().map(|(position, item)| html! { <ResultItem key={position} ..item /> }) }
            </ol>
            // Not before the first items are all there: it would see itself near and load more.
            if remaining > 0 && all_at_once {
                <LoadMore {remaining} onmore={show_more} />
            }
        </section>
    }
}
