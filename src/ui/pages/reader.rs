//! The reader: one article's clean text with its metadata, a link to the
//! original, every hit of the filter highlighted with next/previous navigation, and the
//! passages it shares with other articles (the line above the text, the marks in it).

use crate::corpus::{embedded, search_index};
use crate::ui::components::{
    article_body::ArticleBody, article_meta::ArticleMeta, highlighted::Highlighted, problem_badges::ProblemBadges,
    shared_passages::shared_passages,
};
use crate::ui::i18n::Msg;
use crate::ui::live_query::use_view_query;
use crate::ui::pages::not_found::NotFound;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::{href, navigate, ViewQuery};
use explorer_core::search::Query;
use std::ops::Range;
use yew::prelude::*;

/// The query's hits in an article: in its text, and in its title (byte ranges).
type HitRanges = (Vec<Range<usize>>, Vec<Range<usize>>);

/// Props: which article to show.
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The article's id.
    pub id: String,
}

/// The reader page.
#[function_component(ReaderPage)]
pub fn reader_page(props: &ReaderProps) -> Html {
    let lang = use_lang();
    let view = use_view_query();
    let corpus = embedded();
    let index = corpus.articles.iter().position(|a| a.id == props.id);
    let hits: std::rc::Rc<HitRanges> = use_memo((index, view.text().to_string()), |(index, q)| {
        let query = Query::parse(q);
        let Some(doc) = *index else { return (vec![], vec![]) };
        if query.is_empty() {
            return (vec![], vec![]);
        }
        search_index()
            .search(&query)
            .into_iter()
            .find(|r| r.doc == doc)
            .map(|r| {
                (
                    r.hits.iter().map(|h| h.range.clone()).collect(),
                    r.title_hits.iter().map(|h| h.range.clone()).collect(),
                )
            })
            .unwrap_or_default()
    });
    let (text_hits, title_hits) = (&hits.0, &hits.1);
    let current = view.hit.filter(|&h| h < text_hits.len());
    // Bring the current hit into view whenever it changes, or, opened at a place (a link from a
    // shared passage elsewhere) without one, that passage.
    use_effect_with((current, view.at, props.id.clone()), |(current, at, _)| {
        let selector = match (current, at) {
            (Some(n), _) => format!("#hit-{n}"),
            (None, Some(_)) => ".passage.current".to_string(),
            (None, None) => return,
        };
        if let Some(el) = gloo::utils::document().query_selector(&selector).ok().flatten() {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    let Some(index) = index else {
        return html! { <NotFound /> };
    };
    let article = &corpus.articles[index];
    let go_to = |n: usize| {
        let (id, view) = (props.id.clone(), view.clone());
        Callback::from(move |_| {
            let next = ViewQuery {
                hit: Some(n),
                ..view.clone()
            };
            navigate(&Route::Article { id: id.clone() }, &next, true);
        })
    };
    let count = text_hits.len();
    let (prev, next) = match current {
        Some(c) => ((c + count - 1) % count.max(1), (c + 1) % count.max(1)),
        None => (count.saturating_sub(1), 0),
    };
    html! {
        <article class="reader" aria-labelledby="reader-title">
            <nav class="reader-nav" aria-label={lang.t(Msg::ReaderNav)}>
                <a href={href(&Route::List, view.for_list().link().as_ref())} class="back">{ lang.t(Msg::BackToList) }</a>
                if view.has_query() {
                    <div class="hit-nav" role="group" aria-label={lang.t(Msg::HitNavigation)}>
                        <span class="hit-counter" aria-live="polite">
                            { match (count, current) {
                                (0, _) => lang.t(Msg::NoHitsHere),
                                (n, Some(c)) => lang.t(Msg::HitCounter(c + 1, n)),
                                (n, None) => lang.t(Msg::Hits(n)),
                            } }
                        </span>
                        <button type="button" class="prev-hit" disabled={count == 0} onclick={go_to(prev)}
                            aria-label={lang.t(Msg::PreviousHit)} aria-keyshortcuts="Shift+N">{ "↑" }</button>
                        <button type="button" class="next-hit" disabled={count == 0} onclick={go_to(next)}
                            aria-label={lang.t(Msg::NextHit)} aria-keyshortcuts="n">{ "↓" }</button>
                    </div>
                }
            </nav>
            <h1 id="reader-title" lang={crate::corpus::text_lang()}>
                <Highlighted text={article.title.clone()} marks={title_hits.clone()} />
            </h1>
            <ArticleMeta article_index={index} />
            <ProblemBadges article_index={index} detailed=true />
            if let Some(url) = &article.url {
                <p class="original">
                    <a href={url.clone()} target="_blank" rel="noopener noreferrer nofollow">{ lang.t(Msg::Original) }</a>
                </p>
            }
            { shared_passages(index, &view, false, lang) }
            <ArticleBody article_index={index} hits={text_hits.clone()} {current} at={view.at} query={view.clone()} />
        </article>
    }
}
