//! The concordance (keyword in context): every occurrence of the query across
//! the corpus, one per line, the keyword aligned in a centre column, with its
//! source and article; sortable by left or right context; a click opens the
//! reader at that hit.

use crate::corpus::{embedded, search_index};
use crate::ui::components::sort_bar::{SortBar, SortChoice};
use crate::ui::i18n::{Msg, WordsMsg};
use crate::ui::live_query::use_view_query;
use crate::ui::progressive::{use_kept_items, use_progressive, window_height};
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::{href, SortName, ViewQuery};
use explorer_core::search::{concordance, sort_concordance, ConcordanceOrder, Kwic, Query};
use explorer_core::words::collocates::{hits_with, CollocateOptions};
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// Characters of context each side of the keyword.
const CONTEXT: usize = 24;
/// Lines rendered at first and per "show more".
const PAGE: usize = 200;
/// Lines a new query adds per frame after those that fit the window.
const STEP: usize = 50;

/// How many lines fit the window (a line is about 49 px tall: outlet and title, one above
/// the other).
fn lines_in_view() -> usize {
    ((window_height() / 48.0).ceil() as usize).clamp(10, PAGE)
}

/// One line of a concordance: where its hit is, and its context once computed.
struct Entry {
    doc: usize,
    hit: Range<usize>,
    /// The hit's number among its article's hits (where the reader opens).
    hit_number: usize,
    /// Computed up front when the order needs it, else when the line is shown.
    kwic: Option<Kwic>,
}

/// A query's concordance, sorted.
fn concordance_lines(q: &str, order: ConcordanceOrder) -> Vec<Entry> {
    let corpus = embedded();
    let results = search_index().search(&Query::parse(q));
    let mut result_of = vec![usize::MAX; corpus.articles.len()];
    for (i, r) in results.iter().enumerate() {
        result_of[r.doc] = i;
    }
    if order == ConcordanceOrder::Position {
        // In corpus order the context is not needed to sort: it is cut out only for the
        // lines shown (a common word has tens of thousands of lines at a thousand articles).
        return result_of
            .iter()
            .filter_map(|&i| results.get(i))
            .flat_map(|r| {
                r.hits.iter().enumerate().map(|(hit_number, h)| Entry {
                    doc: r.doc,
                    hit: h.range.clone(),
                    hit_number,
                    kwic: None,
                })
            })
            .collect();
    }
    let mut lines = concordance(&results, corpus, CONTEXT);
    sort_concordance(&mut lines, corpus, order);
    lines
        .into_iter()
        .map(|l| Entry {
            doc: l.doc,
            hit: l.kwic.hit.clone(),
            // A result's hits are sorted and do not overlap: a hit is found by its start.
            hit_number: results
                .get(result_of[l.doc])
                .and_then(|r| r.hits.binary_search_by_key(&l.kwic.hit.start, |h| h.range.start).ok())
                .unwrap_or(0),
            kwic: Some(l.kwic),
        })
        .collect()
}

/// Only the lines whose hit has the collocate `with` in its window (`opts`), if `with` is a
/// word of the corpus; all of them otherwise. The word tools' collocates link here.
fn with_collocate(lines: Vec<Entry>, q: &str, with: &str, opts: &CollocateOptions) -> Vec<Entry> {
    let Some((words, collocate)) = crate::corpus::tokens().and_then(|w| Some((w, w.word_id(with)?))) else {
        return lines;
    };
    let results = search_index().search(&Query::parse(q));
    let mut kept: Vec<Vec<usize>> = vec![Vec::new(); embedded().articles.len()];
    for r in &results {
        let ranges: Vec<Range<usize>> = r.hits.iter().map(|h| h.range.clone()).collect();
        kept[r.doc] = hits_with(words, r.doc, &ranges, collocate, opts);
    }
    lines
        .into_iter()
        .filter(|l| kept[l.doc].binary_search(&l.hit_number).is_ok())
        .collect()
}

/// Props: one line of a concordance.
#[derive(Properties, Clone)]
struct LineProps {
    /// The concordance, shared by every line (compared by identity, not content).
    lines: Rc<Vec<Entry>>,
    index: usize,
    /// The view state the reader opens with (its hit is set per line).
    view: ViewQuery,
}

impl PartialEq for LineProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.lines, &other.lines) && self.index == other.index && self.view == other.view
    }
}

/// One concordance line: source and article, left context, keyword, right context.
#[function_component(KwicLine)]
fn kwic_line(props: &LineProps) -> Html {
    let lang = use_lang();
    let l = &props.lines[props.index];
    let a = &embedded().articles[l.doc];
    let text = &a.text;
    let kwic = l
        .kwic
        .clone()
        .unwrap_or_else(|| explorer_core::search::kwic(text, l.hit.clone(), CONTEXT));
    let flat = |s: &str| s.replace("\n\n", " ¶ ");
    let left = format!("{}{}", if kwic.cut_left { "…" } else { "" }, flat(kwic.left_str(text)));
    let right = format!(
        "{}{}",
        flat(kwic.right_str(text)),
        if kwic.cut_right { "…" } else { "" }
    );
    let target = ViewQuery {
        hit: Some(l.hit_number),
        ..props.view.clone()
    };
    let to = href(&Route::Article { id: a.id.clone() }, target.link().as_ref());
    html! {
        <tr class="kwic-line">
            <td class="kwic-source">
                <a href={to.clone()}>
                    <span class="kwic-outlet">{ lang.source_name(&a.source) }</span>
                    <span class="kwic-article" title={a.title.clone()}>{ &a.title }</span>
                </a>
            </td>
            <td class="kwic-left"><div class="kwic-clip"><span>{ left }</span></div></td>
            <td class="kwic-hit">
                <a href={to}>
                    <mark>{ kwic.hit_str(text) }</mark>
                </a>
            </td>
            <td class="kwic-right">{ right }</td>
        </tr>
    }
}

/// The concordance page.
#[function_component(ConcordancePage)]
pub fn concordance_page() -> Html {
    let lang = use_lang();
    let view = use_view_query();
    let order = view.concordance_order();
    let with = view.tools.with.clone();
    let opts = view.tools.collocate_options();
    let lines: Rc<Vec<Entry>> = use_memo(
        (view.text().to_string(), order, with.clone(), opts.window, opts.side),
        |(q, order, with, ..)| {
            let lines = concordance_lines(q, *order);
            if with.is_empty() {
                lines
            } else {
                with_collocate(lines, q, with, &opts)
            }
        },
    );
    let count = lines.len();
    let shown = use_state_eq(|| PAGE);
    // A new query or order renders the lines that fit the window in its first frame, then
    // more each frame; the lines further down keep their previous content until their frame
    // (they are below the window), so a keystroke never lays out hundreds of lines at once.
    // The table is marked busy until every line is up to date.
    let first = lines_in_view().min(*shown);
    let parts = 1 + (*shown - first).div_ceil(STEP);
    let part = use_progressive(parts, (view.text().to_string(), order));
    let fresh = if part >= parts {
        *shown
    } else {
        first + (part - 1) * STEP
    }
    .min(count);
    let carried = view.carried();
    let rows = use_kept_items(fresh, (*shown).min(count), |index| LineProps {
        lines: lines.clone(),
        index,
        view: carried.clone(),
    });
    let choices: Vec<SortChoice> = ConcordanceOrder::ALL
        .into_iter()
        .map(|o| SortChoice {
            name: o.into(),
            label: lang.t(Msg::ConcordanceOrderName(o)).into(),
            ascending: true,
        })
        .collect();
    html! {
        <section class="concordance-page" aria-labelledby="kwic-heading">
            <h1 id="kwic-heading">{ lang.t(Msg::ConcordanceTitle) }</h1>
            if !view.has_query() {
                <p class="empty-results">{ lang.t(Msg::ConcordanceNeedsQuery) }</p>
            } else {
                if !with.is_empty() {
                    <p class="with-filter">
                        { lang.t(WordsMsg::WithFilter { word: with.clone(), window: opts.window, lines: count }) }{ " " }
                        <a href={href(&Route::Concordance, ViewQuery { tools: view.tools.carried(), ..view.clone() }.link().as_ref())}>{ lang.t(WordsMsg::AllLines) }</a>
                    </p>
                }
                <div class="list-toolbar">
                    <p class="result-count" role="status" aria-live="polite">{ lang.t(Msg::Occurrences(count)) }</p>
                    <SortBar route={Route::Concordance} query={view.clone()} {choices} current={SortName::from(order)} ascending=true />
                </div>
                if count == 0 {
                    <p class="empty-results">{ lang.t(Msg::NoResults(view.text().to_string())) }{ " " }{ lang.t(Msg::NoResultsHint) }</p>
                }
                <table class="kwic" aria-busy={(fresh < (*shown).min(count)).then_some("true")}>
                    <thead class="visually-hidden">
                        <tr>
                            <th scope="col">{ lang.t(Msg::ColumnSource) }</th>
                            <th scope="col">{ lang.t(Msg::ColumnLeft) }</th>
                            <th scope="col">{ lang.t(Msg::ColumnKeyword) }</th>
                            <th scope="col">{ lang.t(Msg::ColumnRight) }</th>
                        </tr>
                    </thead>
                    <tbody lang={crate::corpus::text_lang()}>{ for rows.into_iter().enumerate().map(|(index, line)| html! { <KwicLine key={index} ..line /> }) }</tbody>
                </table>
                if count > *shown {
                    <button type="button" class="show-more" onclick={{ let shown = shown.clone(); Callback::from(move |_| shown.set(*shown + PAGE)) }}>
                        { lang.t(Msg::ShowMore(count - *shown)) }
                    </button>
                }
            }
        </section>
    }
}
