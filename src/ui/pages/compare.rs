//! The per-source comparison: the same question asked of every group (source,
//! author or article) side by side: how often (normalized per 10,000
//! characters, with a chart and a terms × groups table), in what context, with
//! which distinctive words, with which figures; a timeline; CSV/JSON export.
//!
//! Built to react within a frame, at a thousand articles too:
//! - the distinctive words of every grouping are computed at build time
//!   ([`crate::corpus::keyness`]); the groups of every grouping are made once;
//! - the corpus is searched once per query, whatever the grouping: a regrouping only
//!   re-adds per-article numbers ([`group_matches`]);
//! - every part is its own component with props compared by identity or by small values, so
//!   a new query leaves the keyword lists and the timeline alone and a regrouping leaves the
//!   terms' counts alone; figure sentences are normalized once per article;
//! - the page holds a bounded number of nodes: 12 groups at first (more on request, groups
//!   with the query first), so grouping a thousand articles by article builds a dozen columns,
//!   not a thousand; a column's first 8 figures; timeline dots that would overlap merged.

use crate::corpus::{embedded, search_index};
use crate::ui::i18n::{Lang, Msg};
use crate::ui::live_query::use_view_query;
use crate::ui::progressive::use_progressive;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::{href, navigate, ViewQuery};
use explorer_core::compare::columns::{
    group_figures, group_kwic, group_matches, hits_per_article, lone_term_counts, shown_groups, GroupMatch,
};
use explorer_core::compare::export::{keyness_csv, rates_csv, to_json};
use explorer_core::compare::figures::normalized_figure_sentences;
use explorer_core::compare::groups::{group_articles, Group, GroupBy};
use explorer_core::compare::keyness::{GroupKeywords, Keyword, SharedWord};
use explorer_core::compare::rates::{term_rates, RateTable};
use explorer_core::model::DateStamp;
use explorer_core::search::{Query, SearchResult};
use std::ops::Deref;
use std::rc::Rc;
use std::sync::OnceLock;
use yew::prelude::*;
use yew_router::prelude::*;

/// How many groups the page shows at first, and how many more each "show more" adds.
const SHOWN_STEP: usize = 12;

/// How many of a group's figures (sentences) its column shows before "show more".
const FIGURES_SHOWN: usize = 8;

/// The groups of grouping `by`, made once.
fn groups(by: GroupBy) -> &'static [Group] {
    static GROUPS: [OnceLock<Vec<Group>>; 3] = [const { OnceLock::new() }; 3];
    let slot = match by {
        GroupBy::Source => 0,
        GroupBy::Author => 1,
        GroupBy::Article => 2,
    };
    GROUPS[slot].get_or_init(|| group_articles(&embedded().articles, by))
}

/// The build-time keywords of group `index` of grouping `by` (none if the build's groups
/// were somehow different).
fn group_keywords(by: GroupBy, index: usize) -> Option<&'static GroupKeywords> {
    let k = crate::corpus::keyness(by).groups.get(index)?;
    (groups(by).get(index)?.key == k.key).then_some(k)
}

/// Article `a`'s figure sentences, normalized once (for matching query terms).
fn figure_sentences(a: usize) -> Option<&'static [String]> {
    static SENTENCES: OnceLock<Vec<OnceLock<Vec<String>>>> = OnceLock::new();
    let articles = &embedded().articles;
    let kept = SENTENCES.get_or_init(|| articles.iter().map(|_| OnceLock::new()).collect());
    Some(kept.get(a)?.get_or_init(|| normalized_figure_sentences(&articles[a])))
}

/// Shared data compared by identity: a prop holding it changes only when it was recomputed.
struct Ptr<T>(Rc<T>);

impl<T> Clone for Ptr<T> {
    fn clone(&self) -> Self {
        Ptr(self.0.clone())
    }
}

impl<T> PartialEq for Ptr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Ptr<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// One search of the whole corpus for the query, whatever the grouping.
struct QuerySearch {
    query: Query,
    /// The matching articles, best first (none without a query).
    results: Vec<SearchResult>,
    /// Per article, its hits if it matches.
    hits: Vec<Option<u32>>,
}

impl QuerySearch {
    fn new(q: &str) -> Self {
        let query = Query::parse(q);
        let results = if q.trim().is_empty() {
            Vec::new()
        } else {
            search_index().search(&query)
        };
        let hits = hits_per_article(&results, embedded().articles.len());
        QuerySearch { query, results, hits }
    }
}

/// The rows of the terms × groups table: the extra terms, else the query's terms.
fn table_terms(query: &Query, extra: &str) -> Vec<String> {
    if extra.trim().is_empty() {
        query.positive_terms().map(|(_, t)| t.to_string()).collect()
    } else {
        extra
            .split([',', '，', ' ', '、'])
            .filter(|t| !t.trim().is_empty())
            .map(|t| t.trim().to_string())
            .collect()
    }
}

fn label(lang: Lang, g: &'static Group) -> &'static str {
    match lang {
        Lang::Zh => &g.label,
        Lang::En => &g.label_en,
    }
}

/// The comparison page.
#[function_component(ComparePage)]
pub fn compare_page() -> Html {
    let lang = use_lang();
    let view = use_view_query();
    let navigator = use_navigator();
    let by = view.group_by();
    let q = view.text().to_string();
    let has_query = view.has_query();
    let extra = view.terms.clone();
    let raw = view.raw;
    let all_groups = groups(by);

    // Query-dependent, grouping-independent: one search, and each table term's counts per article.
    let search = use_memo(q.clone(), |q| QuerySearch::new(q));
    let terms = table_terms(&search.query, &extra);
    let counts = {
        // A lone query term's counts come with the search; other terms need a scan each.
        let lone = extra.trim().is_empty().then(|| search.clone());
        use_memo(terms.clone(), move |terms| {
            let n = embedded().articles.len();
            if let Some(counts) = lone.and_then(|s| lone_term_counts(&s.query, &s.results, n)) {
                return vec![counts];
            }
            if terms.is_empty() {
                return Vec::new(); // no index needed (the page's first render comes sooner)
            }
            let index = search_index();
            terms
                .iter()
                .map(|t| index.occurrences(&Query::parse(t), 0))
                .collect::<Vec<_>>()
        })
    };
    // Per grouping: sums of those per-article numbers.
    let table = {
        let counts = counts.clone();
        use_memo((terms, by), move |(terms, by)| {
            term_rates(terms, groups(*by), |t, a| counts[t].get(a).copied().unwrap_or(0) as u32)
        })
    };
    let matches = {
        let search = search.clone();
        use_memo((q.clone(), by), move |(_, by)| group_matches(groups(*by), &search.hits))
    };
    // The groups on the page: a bounded number, more on request.
    let limit_state = use_state(|| (by, SHOWN_STEP));
    let limit = if limit_state.0 == by { limit_state.1 } else { SHOWN_STEP };
    let shown: Rc<Vec<usize>> = {
        let matches = matches.clone();
        use_memo((q.clone(), by, limit, has_query), move |(_, by, limit, has_query)| {
            shown_groups(groups(*by).len(), *limit, has_query.then_some(&matches[..]))
        })
    };
    // What a clicked word links to: this view with the word as the query.
    let base = use_memo(view.with_text(""), |base| base.clone());

    let push = {
        let navigator = navigator.clone();
        Callback::from(move |next: ViewQuery| {
            if let Some(n) = &navigator {
                navigate(n, &Route::Compare, &next, false);
            }
        })
    };
    let set_by = |g: GroupBy| {
        let (push, view, limit_state) = (push.clone(), view.clone(), limit_state.clone());
        Callback::from(move |_| {
            // Another grouping starts with the first groups again.
            if limit_state.1 != SHOWN_STEP {
                limit_state.set((g, SHOWN_STEP));
            }
            push.emit(ViewQuery {
                by: Some(g),
                ..view.clone()
            })
        })
    };
    let toggle_scale = {
        let (push, view) = (push.clone(), view.clone());
        Callback::from(move |_| {
            push.emit(ViewQuery {
                raw: !raw,
                ..view.clone()
            })
        })
    };
    let on_terms = {
        let (navigator, view) = (navigator.clone(), view.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            if let Some(n) = &navigator {
                let _ = n.replace_with_query(
                    &Route::Compare,
                    &ViewQuery {
                        terms: value,
                        ..view.clone()
                    },
                );
            }
        })
    };
    // A new grouping renders its first column at once, then a column per frame (columns not
    // rendered yet hold their place, empty), then the sections below them: a phone's first
    // render is many short tasks, not one long one, and nothing shown moves. A new query
    // updates the columns the same way, one per frame, each showing the previous query's
    // findings until its turn: a keystroke never lays out a dozen columns of Chinese text in
    // one frame. The columns are marked busy meanwhile.
    let revealed = use_progressive(shown.len() + 1, (by, q.clone()));
    let settled = revealed > shown.len();
    let last = use_mut_ref(|| Rendered::new(by));
    let mut last = last.borrow_mut();
    if last.by != by {
        *last = Rendered::new(by);
    }
    last.below |= settled;
    let below = last.below;
    let hidden = all_groups.len() - shown.len();
    let show_more = {
        let limit_state = limit_state.clone();
        Callback::from(move |_: MouseEvent| limit_state.set((by, limit + SHOWN_STEP)))
    };
    let columns: Html = shown
        .iter()
        .enumerate()
        .map(|(i, &gi)| {
            let found = if i < revealed {
                let found = has_query.then(|| (matches[gi], Ptr(search.clone())));
                last.found[gi] = Some(found.clone());
                Some(found)
            } else {
                last.found[gi].clone()
            };
            match found {
                Some(found) => html! { <GroupColumn key={gi} {by} index={gi} {found} base={Ptr(base.clone())} /> },
                None => html! { <div key={gi} class="group-column pending"></div> },
            }
        })
        .collect();
    drop(last);
    let shared: &[SharedWord] = if has_query {
        &[]
    } else {
        &crate::corpus::keyness(by).shared
    };
    html! {
        <section class="compare-page" aria-labelledby="compare-heading">
            <h1 id="compare-heading">{ lang.t(Msg::ViewCompare) }</h1>
            <div class="compare-controls">
                <div class="sort-bar" role="group" aria-label={lang.t(Msg::GroupByLabel)}>
                    <span class="sort-label">{ lang.t(Msg::GroupByLabel) }</span>
                    { for GroupBy::ALL.into_iter().map(|g| html! {
                        <button type="button" class={classes!("sort", (g == by).then_some("active"))} aria-pressed={(g == by).to_string()}
                            data-by={g.as_str()} onclick={set_by(g)}>{ lang.t(Msg::GroupByName(g)) }</button>
                    }) }
                </div>
                <label class="terms-input">
                    <span>{ lang.t(Msg::CompareTerms) }</span>
                    <input type="text" value={extra} onchange={on_terms} placeholder="英伟达, 开源, 蒸馏, 国运" lang="zh-CN" />
                </label>
            </div>
            <div class="group-columns" aria-busy={(!settled).then_some("true")}>{ columns }</div>
            if below {
                if hidden > 0 {
                    <p class="muted groups-shown">
                        { lang.t(Msg::GroupsShown { shown: shown.len(), total: all_groups.len(), matching_first: has_query }) }
                    </p>
                    <button type="button" class="show-more" onclick={show_more}>{ lang.t(Msg::ShowMoreGroups(hidden.min(SHOWN_STEP))) }</button>
                }
                if has_query {
                    <RateChart groups={shown.iter().map(|&gi| label(lang, &all_groups[gi])).collect::<Vec<_>>()}
                        values={shown.iter().map(|&gi| {
                            let (hits, chars) = (matches[gi].hits, all_groups[gi].char_count);
                            if raw { f64::from(hits) } else { per_10k(hits, chars) }
                        }).collect::<Vec<_>>()}
                        {raw} on_toggle={toggle_scale} />
                }
                if !table.terms.is_empty() {
                    <TermTable table={Ptr(table.clone())} {by} shown={shown.clone()} />
                }
                if !has_query && !shared.is_empty() {
                    <section class="shared-words">
                        <h2>{ lang.t(Msg::SharedWords) }</h2>
                        <p lang="zh-CN">{ for shared.iter().take(40).map(|w| html! { <>{ word_link(&w.word, &base) }{ " " }</> }) }</p>
                    </section>
                }
                <Timeline {by} shown={shown.clone()} />
                <Export table={Ptr(table.clone())} {by} query={AttrValue::from(q)} />
            }
        </section>
    }
}

fn per_10k(hits: u32, chars: usize) -> f64 {
    explorer_core::compare::rates::per_10k(hits, chars)
}

fn date_span(lang: Lang, g: &Group) -> String {
    match (&g.earliest, &g.latest) {
        (Some(a), Some(b)) if a.day() == b.day() => a.day().to_string(),
        (Some(a), Some(b)) => format!("{} – {}", a.day(), b.day()),
        _ => lang.t(Msg::DateUnknown),
    }
}

/// With a query: its matches in a group, and the search.
type Found = Option<(GroupMatch, Ptr<QuerySearch>)>;

/// What the page last rendered for one grouping, so a new query can leave the columns it has
/// not reached yet as they are.
struct Rendered {
    by: GroupBy,
    /// Per group: what its column was rendered with, if it was.
    found: Vec<Option<Found>>,
    /// Whether the sections below the columns have been shown.
    below: bool,
}

impl Rendered {
    fn new(by: GroupBy) -> Self {
        Rendered {
            by,
            found: vec![None; groups(by).len()],
            below: false,
        }
    }
}

#[derive(Properties, PartialEq)]
struct GroupColumnProps {
    by: GroupBy,
    /// The group's position in [`groups`]`(by)`.
    index: usize,
    /// With a query: its matches in this group, and the search.
    found: Found,
    /// The view a clicked keyword links to, with the word as its query.
    base: Ptr<ViewQuery>,
}

/// One group's column: size and dates; with a query, its rate and first lines in context,
/// else its distinctive words; its first figures (all on request).
#[function_component(GroupColumn)]
fn group_column(props: &GroupColumnProps) -> Html {
    let lang = use_lang();
    let (by, gi) = (props.by, props.index);
    let g = &groups(by)[gi];
    let search = props.found.as_ref().map(|(_, s)| s.clone());
    let lines = use_memo((search.clone(), by, gi), |(search, by, gi)| {
        let Some(search) = search else { return Vec::new() };
        let corpus = embedded();
        group_kwic(&search.results, &groups(*by)[*gi], corpus, 18, 3)
            .into_iter()
            .map(|l| {
                let t = &corpus.articles[l.doc].text;
                (
                    format!("…{}", l.kwic.left_str(t)),
                    l.kwic.hit_str(t).to_string(),
                    format!("{}…", l.kwic.right_str(t)),
                )
            })
            .collect::<Vec<_>>()
    });
    let figures = use_memo((search, by, gi), |(search, by, gi)| {
        let no_query = Query::parse("");
        let query = search.as_ref().map_or(&no_query, |s| &s.query);
        let max = if query.is_empty() { 8 } else { 40 };
        group_figures(&embedded().articles, &groups(*by)[*gi], query, max, figure_sentences)
    });
    // The figures list the "show more" button opened, if it is still the one on screen.
    let opened = use_state(|| None::<Rc<Vec<(String, String)>>>);
    let all_figures = opened.as_ref().is_some_and(|o| Rc::ptr_eq(o, &figures));
    let more_figures = figures.len().saturating_sub(FIGURES_SHOWN);
    let open_figures = {
        let (opened, figures) = (opened.clone(), figures.clone());
        Callback::from(move |_: MouseEvent| opened.set(Some(figures.clone())))
    };
    html! {
        <article class="group-column" aria-labelledby={format!("group-{gi}")}>
            <h2 id={format!("group-{gi}")} lang="zh-CN">{ label(lang, g) }</h2>
            <p class="meta">
                <span>{ lang.t(Msg::Articles(g.articles.len())) }</span>
                <span>{ lang.t(Msg::Chars(g.char_count)) }</span>
                <span>{ date_span(lang, g) }</span>
            </p>
            if let Some((m, _)) = &props.found {
                <p class="group-rate">
                    { lang.t(Msg::GroupRate { docs_with: m.articles, docs: g.articles.len(), hits: m.hits, per_10k: per_10k(m.hits, g.char_count) }) }
                </p>
                <ul class="snippets" lang="zh-CN">
                    { for lines.iter().map(|(l, h, r)| html! { <li class="snippet">{ l }<mark>{ h }</mark>{ r }</li> }) }
                </ul>
            } else {
                <KeywordList {by} index={gi} base={props.base.clone()} />
            }
            <h3>{ lang.t(Msg::FiguresTitle) }</h3>
            if figures.is_empty() {
                <p class="muted">{ lang.t(Msg::NoFigures) }</p>
            }
            <ul class="figures" lang="zh-CN">
                { for figures.iter().take(if all_figures { usize::MAX } else { FIGURES_SHOWN }).map(|(fig, sentence)| html! {
                    <li><strong>{ fig }</strong>{ " — " }<span class="sentence">{ sentence }</span></li>
                }) }
            </ul>
            if more_figures > 0 && !all_figures {
                <button type="button" class="show-more" onclick={open_figures}>{ lang.t(Msg::ShowMoreFigures(more_figures)) }</button>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct KeywordListProps {
    by: GroupBy,
    index: usize,
    base: Ptr<ViewQuery>,
}

/// A group's distinctive words (used markedly more) and negative keywords (markedly less).
#[function_component(KeywordList)]
fn keyword_list(props: &KeywordListProps) -> Html {
    let lang = use_lang();
    let Some(k) = group_keywords(props.by, props.index) else {
        return html! {};
    };
    let row = |w: &'static Keyword| {
        html! {
            <tr>
                <td lang="zh-CN">{ word_link(&w.word, &props.base) }
                    if w.only_in_group { <span class="badge only">{ lang.t(Msg::OnlyHere) }</span> }
                    if w.articles == 1 { <span class="badge one">{ lang.t(Msg::OneArticle) }</span> }
                </td>
                <td class="num">{ w.in_group }</td>
                <td class="num">{ w.in_rest }</td>
                <td class="num">{ w.articles }</td>
                <td class="num">{ format!("{:.1}", w.log_ratio) }</td>
            </tr>
        }
    };
    let table = |words: &'static [Keyword], caption: Msg| {
        html! {
            <table class="keywords">
                <caption>{ lang.t(caption) }</caption>
                <thead><tr>
                    <th scope="col">{ lang.t(Msg::ColumnWord) }</th>
                    <th scope="col" title={lang.t(Msg::ColumnHereHelp)}>{ lang.t(Msg::ColumnHere) }</th>
                    <th scope="col" title={lang.t(Msg::ColumnRestHelp)}>{ lang.t(Msg::ColumnRest) }</th>
                    <th scope="col" title={lang.t(Msg::ColumnArticlesHelp)}>{ lang.t(Msg::ColumnArticles) }</th>
                    <th scope="col" title={lang.t(Msg::ColumnLogRatioHelp)}>{ "log₂" }</th>
                </tr></thead>
                <tbody>{ for words.iter().map(row) }</tbody>
            </table>
        }
    };
    html! {
        <>
            if k.positive.is_empty() { <p class="muted">{ lang.t(Msg::NoKeywords) }</p> } else { { table(&k.positive, Msg::Keywords) } }
            if !k.negative.is_empty() { { table(&k.negative, Msg::NegativeKeywords) } }
        </>
    }
}

/// A word that, clicked, becomes the query (a plain link: a page holds over a hundred).
fn word_link(word: &str, base: &ViewQuery) -> Html {
    html! { <a class="word" href={href(&Route::Compare, base.with_text(word).link().as_ref())}>{ word }</a> }
}

#[derive(Properties, PartialEq)]
struct RateChartProps {
    groups: Vec<&'static str>,
    values: Vec<f64>,
    raw: bool,
    on_toggle: Callback<MouseEvent>,
}

/// A horizontal SVG bar chart of the query's rate per group, with the same numbers as a table.
#[function_component(RateChart)]
fn rate_chart(props: &RateChartProps) -> Html {
    let lang = use_lang();
    let max = props.values.iter().cloned().fold(0.0, f64::max).max(1e-9);
    let (bar_h, gap, label_w, width) = (22.0, 8.0, 190.0, 600.0);
    let height = props.groups.len() as f64 * (bar_h + gap) + gap;
    let unit = if props.raw {
        lang.t(Msg::RawCounts)
    } else {
        lang.t(Msg::PerTenThousand)
    };
    html! {
        <section class="rate-chart">
            <h2>{ lang.t(Msg::RateChartTitle) }</h2>
            <button type="button" class="switch" onclick={props.on_toggle.clone()} aria-pressed={props.raw.to_string()}>
                { if props.raw { lang.t(Msg::ShowNormalized) } else { lang.t(Msg::ShowRaw) } }
            </button>
            <svg viewBox={format!("0 0 {width} {height}")} role="img" aria-label={format!("{} ({unit})", lang.t(Msg::RateChartTitle))}>
                { for props.groups.iter().zip(&props.values).enumerate().map(|(i, (g, v))| {
                    let y = gap + i as f64 * (bar_h + gap);
                    let w = (width - label_w - 70.0) * v / max;
                    html! {
                        <g>
                            <text x={(label_w - 8.0).to_string()} y={(y + bar_h * 0.7).to_string()} text-anchor="end" class="chart-label">{ short(g) }</text>
                            <rect x={label_w.to_string()} y={y.to_string()} width={w.max(1.0).to_string()} height={bar_h.to_string()} class="chart-bar" />
                            <text x={(label_w + w + 6.0).to_string()} y={(y + bar_h * 0.7).to_string()} class="chart-value">{ format_value(*v, props.raw) }</text>
                        </g>
                    }
                }) }
            </svg>
            <table class="visually-hidden">
                <caption>{ format!("{} ({unit})", lang.t(Msg::RateChartTitle)) }</caption>
                <tbody>{ for props.groups.iter().zip(&props.values).map(|(g, v)| html! { <tr><th scope="row">{ *g }</th><td>{ format_value(*v, props.raw) }</td></tr> }) }</tbody>
            </table>
        </section>
    }
}

/// A group label that fits a chart's label column (182 of the chart's 600 units, at 13 units
/// per em): wide (CJK) characters take about 13 units, others about 7.5; a longer label ends
/// in "…" (the full label is in the table behind the chart).
fn short(label: &str) -> String {
    const ROOM: f64 = 178.0;
    let width = |c: char| if c >= '\u{2E80}' { 13.0 } else { 7.5 };
    if label.chars().map(width).sum::<f64>() <= ROOM {
        return label.to_string();
    }
    let mut used = width('…');
    let mut out = String::new();
    for c in label.chars() {
        used += width(c);
        if used > ROOM {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

fn format_value(v: f64, raw: bool) -> String {
    if raw {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

#[derive(Properties, PartialEq)]
struct TermTableProps {
    table: Ptr<RateTable>,
    by: GroupBy,
    /// The groups (columns of the table) on the page.
    shown: Rc<Vec<usize>>,
}

/// Terms × groups, normalized rates with heat-map colouring; each cell opens the concordance
/// for that term in that group.
#[function_component(TermTable)]
fn term_table(props: &TermTableProps) -> Html {
    let lang = use_lang();
    let t = &props.table;
    let max = t.rows.iter().flatten().map(|r| r.per_10k).fold(0.0, f64::max).max(1e-9);
    let filter = |c: &explorer_core::compare::rates::RateColumn| match props.by {
        GroupBy::Source => format!(" source:{}", c.key),
        GroupBy::Author if c.key != explorer_core::compare::groups::UNKNOWN_KEY => format!(" author:\"{}\"", c.label),
        GroupBy::Article => format!(" title:\"{}\"", c.label),
        _ => String::new(),
    };
    let columns: Vec<(usize, &explorer_core::compare::rates::RateColumn)> = props
        .shown
        .iter()
        .filter_map(|&gi| t.columns.get(gi).map(|c| (gi, c)))
        .collect();
    html! {
        <section class="term-table">
            <h2>{ lang.t(Msg::TermTableTitle) }</h2>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{ lang.t(Msg::ColumnWord) }</th>
                        { for columns.iter().map(|(_, c)| html! { <th scope="col" lang="zh-CN">{ match lang { Lang::Zh => &c.label, Lang::En => &c.label_en } }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for t.terms.iter().enumerate().map(|(ti, term)| html! {
                            <tr>
                                <th scope="row" lang="zh-CN">{ term }</th>
                                { for columns.iter().map(|&(gi, c)| {
                                    let (hits, rate) = t.cell(ti, gi).map_or((0, 0.0), |r| (r.hits, r.per_10k));
                                    let heat = (rate / max * 5.0).ceil() as u32;
                                    let q = ViewQuery { q: format!("{term}{}", filter(c)), ..Default::default() };
                                    html! {
                                        <td class={classes!("heat", format!("heat-{heat}"))}>
                                            <a href={href(&Route::Concordance, q.link().as_ref())}>
                                                { format!("{rate:.1}") }<span class="raw">{ format!(" ({hits})") }</span>
                                            </a>
                                        </td>
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="muted">{ lang.t(Msg::TermTableNote) }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TimelineProps {
    by: GroupBy,
    /// The groups (rows of the timeline) on the page.
    shown: Rc<Vec<usize>>,
}

/// Articles by date per group as an SVG strip chart; undated articles counted apart. Articles
/// that would be drawn on the same spot share one dot (its tooltip lists their days).
#[function_component(Timeline)]
fn timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    let corpus = embedded();
    let all_groups = groups(props.by);
    let rows: Vec<(&'static str, Vec<Option<&'static DateStamp>>)> = props
        .shown
        .iter()
        .filter_map(|&gi| all_groups.get(gi))
        .map(|g| {
            let dates = g.articles.iter().map(|&a| corpus.articles[a].date.as_ref());
            (label(lang, g), dates.collect())
        })
        .collect();
    // The scale spans every group's dates, shown or not, so it does not move as groups are added.
    let dated = || corpus.articles.iter().filter_map(|a| a.date.as_ref());
    let (Some(first), Some(last)) = (
        dated().min_by_key(|d| d.epoch_seconds),
        dated().max_by_key(|d| d.epoch_seconds),
    ) else {
        return html! {};
    };
    let (min, max) = (first.epoch_seconds, last.epoch_seconds);
    let span = (max - min).max(86_400) as f64;
    let (row_h, label_w, width) = (26.0, 190.0, 600.0);
    let height = rows.len() as f64 * row_h + 24.0;
    let x_of = |d: i64| label_w + (width - label_w - 70.0) * (d - min) as f64 / span;
    // Month and day, where the article was published.
    let day = |d: &DateStamp| d.day().get(5..).unwrap_or(d.day()).to_string();
    // One dot per spot (6 units of the 600-unit-wide chart; dots are 12 across), at the earliest
    // date's position, with every date's day in the tooltip: a row has at most ~57 dots.
    let dots = |dates: &[Option<&'static DateStamp>]| {
        // (spot, x, dates), both by date: x grows with the date. Kept sorted by insertion
        // (a row has a few dozen spots), which costs less code than a sort.
        let mut spots: Vec<(i64, f64, Vec<&DateStamp>)> = Vec::new();
        for &d in dates.iter().flatten() {
            let x = x_of(d.epoch_seconds);
            let spot = (x / 6.0).round() as i64;
            match spots.binary_search_by_key(&spot, |s| s.0) {
                Ok(i) => {
                    let (_, first, ds) = &mut spots[i];
                    let at = ds.partition_point(|e| e.epoch_seconds <= d.epoch_seconds);
                    ds.insert(at, d);
                    if at == 0 {
                        *first = x;
                    }
                }
                Err(i) => spots.insert(i, (spot, x, vec![d])),
            }
        }
        spots.into_iter().map(|(_, x, dates)| {
            let mut days: Vec<String> = dates.iter().map(|d| day(d)).collect();
            days.dedup();
            let tip = if dates.len() > 1 {
                format!("{} ×{}", days.join(", "), dates.len())
            } else {
                days.join(", ")
            };
            (x, tip)
        })
    };
    html! {
        <section class="timeline">
            <h2>{ lang.t(Msg::TimelineTitle) }</h2>
            <svg viewBox={format!("0 0 {width} {height}")} role="img" aria-label={lang.t(Msg::TimelineTitle)}>
                { for rows.iter().enumerate().map(|(i, (g, dates))| {
                    let y = i as f64 * row_h + row_h / 2.0;
                    let undated = dates.iter().filter(|d| d.is_none()).count();
                    // The row's own coordinates start on its axis (fewer attributes per dot).
                    html! {
                        <g transform={format!("translate(0 {y})")}>
                            <text x={(label_w - 8.0).to_string()} y="4" text-anchor="end" class="chart-label">{ short(g) }</text>
                            <line x1={label_w.to_string()} x2={(width - 60.0).to_string()} y1="0" y2="0" class="chart-axis" />
                            { for dots(dates).map(|(x, tip)| {
                                html! { <circle cx={format!("{x:.1}")} r="6" class="chart-dot"><title>{ tip }</title></circle> }
                            }) }
                            if undated > 0 {
                                <text x={(width - 55.0).to_string()} y="4" class="chart-value">{ lang.t(Msg::UndatedCount(undated)) }</text>
                            }
                        </g>
                    }
                }) }
                <text x={label_w.to_string()} y={(height - 4.0).to_string()} class="chart-value">{ day(first) }</text>
                <text x={(width - 70.0).to_string()} y={(height - 4.0).to_string()} text-anchor="end" class="chart-value">{ day(last) }</text>
            </svg>
            <table class="visually-hidden">
                <caption>{ lang.t(Msg::TimelineTitle) }</caption>
                <tbody>{ for rows.iter().map(|(g, ds)| html! {
                    <tr><th scope="row">{ *g }</th><td>{ ds.iter().map(|d| d.map(day).unwrap_or_else(|| lang.t(Msg::DateUnknown))).collect::<Vec<_>>().join(", ") }</td></tr>
                }) }</tbody>
            </table>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ExportProps {
    table: Ptr<RateTable>,
    by: GroupBy,
    query: AttrValue,
}

/// Download buttons: the comparison table, the keywords, the figures and the concordance,
/// as CSV (UTF-8 with BOM) and JSON. Every group is in the files, shown on the page or not.
#[function_component(Export)]
fn export(props: &ExportProps) -> Html {
    let lang = use_lang();
    let button = |name: &'static str, make: Rc<dyn Fn() -> String>, mime: &'static str| {
        let onclick = Callback::from(move |_| download(name, &make(), mime));
        html! { <button type="button" class="switch" data-export={name} {onclick}>{ name }</button> }
    };
    let (t1, t2, by) = (props.table.clone(), props.table.clone(), props.by);
    let (q1, q2, q3, q4) = (
        props.query.clone(),
        props.query.clone(),
        props.query.clone(),
        props.query.clone(),
    );
    html! {
        <section class="export">
            <h2>{ lang.t(Msg::ExportTitle) }</h2>
            <div class="export-buttons">
                { button("comparison.csv", Rc::new(move || rates_csv(&t1)), "text/csv;charset=utf-8") }
                { button("comparison.json", Rc::new(move || to_json(&*t2)), "application/json") }
                { button("keywords.csv", Rc::new(move || keyness_csv(crate::corpus::keyness(by))), "text/csv;charset=utf-8") }
                { button("keywords.json", Rc::new(move || to_json(crate::corpus::keyness(by))), "application/json") }
                { button("figures.csv", Rc::new(move || crate::ui::export::figures_csv(&q1)), "text/csv;charset=utf-8") }
                { button("figures.json", Rc::new(move || crate::ui::export::figures_json(&q2)), "application/json") }
                { button("concordance.csv", Rc::new(move || crate::ui::export::concordance_csv(&q3)), "text/csv;charset=utf-8") }
                { button("concordance.json", Rc::new(move || crate::ui::export::concordance_json(&q4)), "application/json") }
            </div>
        </section>
    }
}

/// Offers `contents` as a file download, made in the page (no server).
fn download(name: &str, contents: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Ok(a) = document.create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        if let Ok(a) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(a) {
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
