//! The first screen of a chunked corpus (`cfg(explorer_chunked)`): the site's title, the list's
//! first screenful from the embedded entry, and the loading's progress, until every file is in
//! and the app takes over (with the query typed here). A failed file is said in both
//! languages, with a retry that keeps what arrived. A query typed meanwhile is answered from
//! the candidates that have arrived ([`crate::delivery::early`]), filling in as they arrive.

use super::i18n::Lang;
use crate::delivery::early::{self, EarlyResults};
use crate::delivery::entry;
use crate::delivery::loader::{self, Progress};
use explorer_core::delivery::ListRow;
use explorer_core::model::Article;
use explorer_core::search::Query;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How many results the loading screen shows.
const SHOWN: usize = 20;

/// How often, at most, a query typed on the loading screen is searched again as chunks arrive.
const RESEARCH_MS: f64 = 500.0;

/// Props: what to do once the corpus is installed (the shell replaces this screen with the app).
#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    /// Called once, after [`crate::corpus::install`].
    pub on_loaded: Callback<()>,
}

/// The loading screen.
#[function_component(StartScreen)]
pub fn start_screen(props: &StartScreenProps) -> Html {
    let prefs = super::state::Prefs::load();
    prefs.mark_document();
    let lang = prefs.lang;
    let progress = use_state(Progress::default);
    let typed = use_state(query_in_url);
    let found = use_state(|| None::<(String, EarlyResults)>);
    {
        let progress = progress.setter();
        let on_loaded = props.on_loaded.clone();
        use_effect_with((), move |_| {
            loader::start(
                move |p| progress.set(p),
                move |corpus, keyness, shares| {
                    crate::corpus::install(corpus, keyness, shares);
                    on_loaded.emit(());
                },
            );
        });
    }
    {
        // Searched again as files arrive, until the results are final: at once until the first
        // screen is full, then at most every RESEARCH_MS, so searching does not slow the
        // loading down. An emptied filter lets the loading go on as before.
        let found = found.clone();
        let last = use_mut_ref(|| 0.0f64);
        use_effect_with(((*typed).clone(), (*progress).clone()), move |(typed, _)| {
            let now = js_sys::Date::now();
            let stale = match found.as_ref() {
                None => true,
                Some((q, r)) => {
                    q != typed
                        || (!r.is_complete()
                            && (!r.indexed || r.results.len() < SHOWN || now - *last.borrow() >= RESEARCH_MS))
                }
            };
            if typed.trim().is_empty() {
                loader::hold(false);
            }
            if !typed.trim().is_empty() && stale {
                *last.borrow_mut() = now;
                found.set(Some((typed.clone(), early::search(&Query::parse(typed), SHOWN))));
            }
        });
    }
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let view = super::view_state::ViewQuery {
                q: value.clone(),
                ..Default::default()
            };
            super::router::go(&super::view_state::href(&super::route::Route::List, Some(&view)), true);
            // At once, not after the render: no other file starts while the query's are wanted.
            loader::hold(!value.trim().is_empty());
            typed.set(value);
        })
    };
    let e = entry();
    let zh = lang == Lang::Zh;
    let p = &*progress;
    let query_results = found
        .as_ref()
        .filter(|(q, _)| *q == *typed && !typed.trim().is_empty())
        .map(|(_, r)| r);
    let mb = |b: u64| format!("{:.1}", b as f64 / 1_048_576.0);
    let status = if zh {
        format!(
            "正在加载语料：{} / {} MB，{} / {} 篇文章",
            mb(p.bytes_done),
            mb(p.bytes),
            p.articles_done,
            e.articles
        )
    } else {
        format!(
            "Loading the corpus: {} of {} MB, {} of {} articles",
            mb(p.bytes_done),
            mb(p.bytes),
            p.articles_done,
            e.articles
        )
    };
    html! {
        <>
            <header class="site-header">
                <div class="header-row">
                    <span class="site-title">{ e.site.title.get(zh) }</span>
                </div>
            </header>
            <main id="main" class="start-screen">
                <p class="load-status" role="status" aria-live="polite">{ status }</p>
                <progress class="load-progress" max={p.bytes.max(1).to_string()} value={p.bytes_done.to_string()}
                    aria-label={ if zh { "加载进度" } else { "Loading progress" } }></progress>
                if let Some(error) = &p.error {
                    <div class="load-error" role="alert">
                        <p>{ if zh { "语料的一个文件未能加载，已加载的内容都保留着。" } else { "A file of the corpus could not be loaded; everything that arrived is kept." } }</p>
                        <p class="load-error-detail"><code>{ error.to_string() }</code></p>
                        <button type="button" onclick={Callback::from(|_| loader::retry())}>
                            { if zh { "重试" } else { "Retry" } }
                        </button>
                    </div>
                }
                <div class="search start-search" role="search">
                    <label class="visually-hidden" for="start-search">{ if zh { "关键词筛选" } else { "Keyword filter" } }</label>
                    <input id="start-search" type="search" value={(*typed).clone()} {oninput} autocomplete="off" spellcheck="false"
                        placeholder={ if zh { "筛选关键词（语料加载时即可查询）" } else { "Filter (works while the corpus loads)" } } />
                </div>
                <h2 class="list-heading">{ if zh { "文章" } else { "Articles" } }</h2>
                if let Some(r) = query_results {
                    <p class="result-count early" role="status" aria-live="polite">{ early_status(r, zh) }</p>
                    <ol class="article-list early-results">
                        { for r.results.iter().take(SHOWN).filter_map(|hit| {
                            loader::with_loaded(|_, article| article(hit.doc as u32).map(|a| early_row(a, hit.hit_count(), zh, &e.site.lang)))
                        }) }
                    </ol>
                } else if typed.trim().is_empty() {
                    <ol class="article-list start-rows">
                        { for e.first_rows.iter().map(|row| start_row(row, zh, &e.site.lang)) }
                    </ol>
                } else {
                    <p class="result-count early" role="status" aria-live="polite">{ if zh { "正在查找…" } else { "Searching…" } }</p>
                }
            </main>
        </>
    }
}

/// One row of the list's first screenful, as the list shows it.
fn start_row(row: &ListRow, zh: bool, text_lang: &str) -> Html {
    html! {
        <li class="article-item" data-id={row.id.clone()}>
            <h3 class="article-title" lang={text_lang.to_string()}>
                <a href={super::view_state::href(&super::route::Route::Article { id: row.id.clone() }, None)}>{ &row.title }</a>
            </h3>
            <p class="meta">
                if let Some(outlet) = &row.outlet {
                    <span class="outlet" lang={text_lang.to_string()}>{ outlet }</span>
                }
                <span class="source">{ if zh { &row.source_zh } else { &row.source_en } }</span>
                if let Some(author) = &row.author {
                    <span class="author" lang={text_lang.to_string()}>{ author }</span>
                }
                { match &row.day {
                    Some(d) => html! { <time class="date" datetime={d.clone()}>{ d }</time> },
                    None => html! { <span class="date unknown">{ if zh { "日期不详" } else { "date unknown" } }</span> },
                } }
                <span class="length">{ if zh { format!("{} 字", row.chars) } else { format!("{} chars", row.chars) } }</span>
            </p>
            <p class="summary" lang={text_lang.to_string()}>{ &row.summary }</p>
        </li>
    }
}

/// The query in the URL's hash (`#/?q=…`), if any: what the app will open with.
fn query_in_url() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.split_once('?')
        .map(|(_, q)| super::view_state::ViewQuery::parse(q).q)
        .unwrap_or_default()
}

/// "N articles match so far (searched k of m that may match)", or the final count.
fn early_status(r: &EarlyResults, zh: bool) -> String {
    let n = r.results.len();
    if !r.indexed {
        return if zh { "正在查找…" } else { "Searching…" }.to_string();
    }
    match (r.is_complete(), zh) {
        (true, true) => format!("{n} 篇文章符合"),
        (true, false) => format!("{n} article{} match", if n == 1 { "" } else { "s" }),
        (false, true) => format!(
            "目前 {n} 篇文章符合（可能符合的 {} 篇中已查 {} 篇）",
            r.candidates, r.searched
        ),
        (false, false) => format!(
            "{n} articles match so far (searched {} of {} that may match)",
            r.searched, r.candidates
        ),
    }
}

/// One result while loading: the article's title, metadata and hit count.
fn early_row(a: &Article, hits: usize, zh: bool, text_lang: &str) -> Html {
    let row = ListRow {
        summary: if zh {
            format!("{hits} 处")
        } else {
            format!("{hits} hits")
        },
        ..ListRow::of(a)
    };
    start_row(&row, zh, text_lang)
}
