//! The per-source comparison: the same question asked of every group (source,
//! author or article) side by side: how often (normalized per 10,000
//! characters, with a chart and a terms × groups table), in what context, with
//! which distinctive words, with which figures; a timeline; CSV/JSON export.

use crate::corpus::{embedded, search_index};
use crate::ui::i18n::{Lang, Msg};
use crate::ui::route::{use_view_query, Route, ViewQuery};
use crate::ui::state::use_lang;
use explorer_core::compare::export::{keyness_csv, rates_csv, to_json};
use explorer_core::compare::figures::figures_for_query;
use explorer_core::compare::groups::{group_articles, Group, GroupBy};
use explorer_core::compare::keyness::{keyness, Keyness, KeynessOptions};
use explorer_core::compare::rates::{term_rates, RateTable};
use explorer_core::search::{concordance, Query, SearchResult};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// Everything the page shows, computed from the query, the grouping and the terms.
#[derive(PartialEq)]
struct Comparison {
    groups: Vec<Group>,
    /// Terms × groups rates: the extra terms, else the query's terms.
    table: RateTable,
    /// For the query as a whole, per group: matching articles and hits.
    query_rates: Vec<(usize, u32)>,
    /// Per group, a few keyword-in-context lines of the query.
    kwic: Vec<Vec<(String, String, String)>>,
    /// Per group, its figures (those whose sentence holds the query's terms, if any).
    figures: Vec<Vec<(String, String)>>,
}

fn compute(q: &str, by: GroupBy, extra: &str) -> Comparison {
    let corpus = embedded();
    let index = search_index();
    let groups = group_articles(&corpus.articles, by);
    let query = Query::parse(q);
    let terms: Vec<String> = if extra.trim().is_empty() {
        query.positive_terms().map(|(_, t)| t.to_string()).collect()
    } else {
        extra
            .split([',', '，', ' ', '、'])
            .filter(|t| !t.trim().is_empty())
            .map(|t| t.trim().to_string())
            .collect()
    };
    let counts: Vec<Vec<usize>> = terms.iter().map(|t| index.occurrences(&Query::parse(t), 0)).collect();
    let table = term_rates(&terms, &groups, |t, a| counts[t].get(a).copied().unwrap_or(0) as u32);
    let results = index.search(&query);
    let query_rates = groups
        .iter()
        .map(|g| {
            let in_group: Vec<_> = results.iter().filter(|r| g.articles.contains(&r.doc)).collect();
            (in_group.len(), in_group.iter().map(|r| r.hits.len() as u32).sum())
        })
        .collect();
    let kwic = groups.iter().map(|g| group_kwic(&results, g, 3)).collect();
    let max_figures = if query.is_empty() { 8 } else { 40 };
    let figures = groups.iter().map(|g| group_figures(&query, g, max_figures)).collect();
    Comparison {
        groups,
        table,
        query_rates,
        kwic,
        figures,
    }
}

fn label(lang: Lang, g: &Group) -> String {
    match lang {
        Lang::Zh => g.label.clone(),
        Lang::En => g.label_en.clone(),
    }
}

/// The comparison page.
#[function_component(ComparePage)]
pub fn compare_page() -> Html {
    let lang = use_lang();
    let view = use_view_query();
    let navigator = use_navigator();
    let by = view.group_by();
    let extra = view.terms.clone().unwrap_or_default();
    let data: Rc<Comparison> = use_memo((view.text().to_string(), by, extra.clone()), |(q, by, extra)| {
        compute(q, *by, extra)
    });
    // Keywords depend only on the grouping: switching the query never recomputes them.
    let keyness: Rc<Keyness> = use_memo(by, |by| {
        let corpus = embedded();
        keyness(
            corpus,
            &group_articles(&corpus.articles, *by),
            &KeynessOptions::default(),
        )
    });
    let raw = view.scale.as_deref() == Some("raw");
    let push = {
        let navigator = navigator.clone();
        Callback::from(move |next: ViewQuery| {
            if let Some(n) = &navigator {
                crate::ui::route::navigate(n, &Route::Compare, &next, false);
            }
        })
    };
    let set_by = |g: GroupBy| {
        let (push, view) = (push.clone(), view.clone());
        Callback::from(move |_| {
            push.emit(ViewQuery {
                by: Some(g.as_str().into()),
                ..view.clone()
            })
        })
    };
    let toggle_scale = {
        let (push, view) = (push.clone(), view.clone());
        Callback::from(move |_| {
            push.emit(ViewQuery {
                scale: (!raw).then(|| "raw".into()),
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
                        terms: Some(value).filter(|v| !v.is_empty()),
                        ..view.clone()
                    },
                );
            }
        })
    };
    let corpus = embedded();
    html! {
        <section class="compare-page" aria-labelledby="compare-heading">
            <h1 id="compare-heading">{ lang.t(Msg::ViewCompare) }</h1>
            <div class="compare-controls">
                <div class="sort-bar" role="group" aria-label={lang.t(Msg::GroupByLabel)}>
                    <span class="sort-label">{ lang.t(Msg::GroupByLabel) }</span>
                    { for GroupBy::ALL.into_iter().map(|g| html! {
                        <button type="button" class={classes!("sort", (g == by).then_some("active"))} aria-pressed={(g == by).to_string()}
                            data-by={g.as_str()} onclick={set_by(g)}>{ lang.t(Msg::GroupByName(g.as_str())) }</button>
                    }) }
                </div>
                <label class="terms-input">
                    <span>{ lang.t(Msg::CompareTerms) }</span>
                    <input type="text" value={extra} onchange={on_terms} placeholder="英伟达, 开源, 蒸馏, 国运" lang="zh-CN" />
                </label>
            </div>
            <div class="group-columns">
                { for data.groups.iter().enumerate().map(|(gi, g)| {
                    let (docs_with, hits) = data.query_rates[gi];
                    let lines = data.kwic[gi].clone();
                    let figures = data.figures[gi].clone();
                    html! {
                        <article class="group-column" aria-labelledby={format!("group-{gi}")}>
                            <h2 id={format!("group-{gi}")} lang="zh-CN">{ label(lang, g) }</h2>
                            <p class="meta">
                                <span>{ lang.t(Msg::Articles(g.articles.len())) }</span>
                                <span>{ lang.t(Msg::Chars(g.char_count)) }</span>
                                <span>{ date_span(lang, g) }</span>
                            </p>
                            if view.has_query() {
                                <p class="group-rate">
                                    { lang.t(Msg::GroupRate { docs_with, docs: g.articles.len(), hits, per_10k: per_10k(hits, g.char_count) }) }
                                </p>
                                <ul class="snippets" lang="zh-CN">
                                    { for lines.into_iter().map(|(l, h, r)| html! { <li class="snippet">{ l }<mark>{ h }</mark>{ r }</li> }) }
                                </ul>
                            } else {
                                <KeywordList keyness={keyness.groups.get(gi).cloned()} />
                            }
                            <h3>{ lang.t(Msg::FiguresTitle) }</h3>
                            if figures.is_empty() {
                                <p class="muted">{ lang.t(Msg::NoFigures) }</p>
                            }
                            <ul class="figures" lang="zh-CN">
                                { for figures.into_iter().map(|(fig, sentence)| html! {
                                    <li><strong>{ fig }</strong>{ " — " }<span class="sentence">{ sentence }</span></li>
                                }) }
                            </ul>
                        </article>
                    }
                }) }
            </div>
            if view.has_query() {
                <RateChart groups={data.groups.iter().map(|g| label(lang, g)).collect::<Vec<_>>()}
                    values={data.query_rates.iter().zip(&data.groups).map(|((_, h), g)| if raw { *h as f64 } else { per_10k(*h, g.char_count) }).collect::<Vec<_>>()}
                    {raw} on_toggle={toggle_scale} />
            }
            if !data.table.terms.is_empty() {
                <TermTable table={Rc::new(data.table.clone())} by={by} />
            }
            if !view.has_query() && !keyness.shared.is_empty() {
                <section class="shared-words">
                    <h2>{ lang.t(Msg::SharedWords) }</h2>
                    <p lang="zh-CN">{ for keyness.shared.iter().take(40).map(|w| html! { <><WordLink word={w.word.clone()} />{ " " }</> }) }</p>
                </section>
            }
            <Timeline groups={data.groups.iter().map(|g| label(lang, g)).collect::<Vec<_>>()}
                dates={data.groups.iter().map(|g| g.articles.iter().map(|&a| corpus.articles[a].date.as_ref().map(|d| d.epoch_seconds)).collect::<Vec<_>>()).collect::<Vec<_>>()} />
            <Export table={Rc::new(data.table.clone())} keyness={keyness.clone()} query={view.text().to_string()} />
        </section>
    }
}

fn per_10k(hits: u32, chars: usize) -> f64 {
    explorer_core::compare::rates::per_10k(hits, chars)
}

fn date_span(lang: Lang, g: &Group) -> String {
    let day = |d: &explorer_core::model::DateStamp| d.display.chars().take(10).collect::<String>();
    match (&g.earliest, &g.latest) {
        (Some(a), Some(b)) if a == b => day(a),
        (Some(a), Some(b)) => format!("{} – {}", day(a), day(b)),
        _ => lang.t(Msg::DateUnknown),
    }
}

/// Up to `max` keyword-in-context lines of the search results in a group's articles.
fn group_kwic(results: &[SearchResult], g: &Group, max: usize) -> Vec<(String, String, String)> {
    let corpus = embedded();
    let results: Vec<SearchResult> = results
        .iter()
        .filter(|r| g.articles.contains(&r.doc))
        .cloned()
        .collect();
    concordance(&results, corpus, 18)
        .into_iter()
        .take(max)
        .map(|l| {
            let t = &corpus.articles[l.doc].text;
            (
                format!("…{}", l.kwic.left_str(t)),
                l.kwic.hit_str(t).to_string(),
                format!("{}…", l.kwic.right_str(t)),
            )
        })
        .collect()
}

/// Up to `max` figures of a group, filtered by the query's terms when there is a query,
/// as (figures, sentence) pairs: one per sentence.
fn group_figures(query: &Query, g: &Group, max: usize) -> Vec<(String, String)> {
    let corpus = embedded();
    g.articles
        .iter()
        .flat_map(|&a| {
            let article = &corpus.articles[a];
            figures_for_query(article, query)
                .into_iter()
                .map(move |f| (f.text(article).to_string(), f.sentence_text(article).to_string()))
        })
        .take(max)
        // One entry per sentence, listing every figure it states.
        .fold(Vec::new(), |mut out: Vec<(String, String)>, (figure, sentence)| {
            match out.last_mut() {
                Some((figures, last)) if *last == sentence => {
                    figures.push_str(" · ");
                    figures.push_str(&figure);
                }
                _ => out.push((figure, sentence)),
            }
            out
        })
}

#[derive(Properties, PartialEq)]
struct KeywordListProps {
    keyness: Option<explorer_core::compare::keyness::GroupKeywords>,
}

/// A group's distinctive words (used markedly more) and negative keywords (markedly less).
#[function_component(KeywordList)]
fn keyword_list(props: &KeywordListProps) -> Html {
    let lang = use_lang();
    let Some(k) = &props.keyness else { return html! {} };
    let row = |w: &explorer_core::compare::keyness::Keyword| {
        html! {
            <tr>
                <td lang="zh-CN"><WordLink word={w.word.clone()} />
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
    let table = |words: &[explorer_core::compare::keyness::Keyword], caption: Msg| {
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

#[derive(Properties, PartialEq)]
struct WordLinkProps {
    word: String,
}

/// A word that, clicked, becomes the query.
#[function_component(WordLink)]
fn word_link(props: &WordLinkProps) -> Html {
    let view = use_view_query();
    html! {
        <Link<Route, ViewQuery> to={Route::Compare} query={view.with_text(&props.word).link()} classes="word">{ &props.word }</Link<Route, ViewQuery>>
    }
}

#[derive(Properties, PartialEq)]
struct RateChartProps {
    groups: Vec<String>,
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
                <tbody>{ for props.groups.iter().zip(&props.values).map(|(g, v)| html! { <tr><th scope="row">{ g }</th><td>{ format_value(*v, props.raw) }</td></tr> }) }</tbody>
            </table>
        </section>
    }
}

/// A group label short enough for a chart's label column (the full label is in the table).
fn short(label: &str) -> String {
    if label.chars().count() > 22 {
        format!("{}…", label.chars().take(21).collect::<String>())
    } else {
        label.to_string()
    }
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
    table: Rc<RateTable>,
    by: GroupBy,
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
    html! {
        <section class="term-table">
            <h2>{ lang.t(Msg::TermTableTitle) }</h2>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{ lang.t(Msg::ColumnWord) }</th>
                        { for t.columns.iter().map(|c| html! { <th scope="col" lang="zh-CN">{ match lang { Lang::Zh => &c.label, Lang::En => &c.label_en } }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for t.terms.iter().enumerate().map(|(ti, term)| html! {
                            <tr>
                                <th scope="row" lang="zh-CN">{ term }</th>
                                { for t.columns.iter().enumerate().map(|(gi, c)| {
                                    let (hits, rate) = t.cell(ti, gi).map_or((0, 0.0), |r| (r.hits, r.per_10k));
                                    let heat = (rate / max * 5.0).ceil() as u32;
                                    let q = ViewQuery { q: Some(format!("{term}{}", filter(c))), ..Default::default() };
                                    html! {
                                        <td class={classes!("heat", format!("heat-{heat}"))}>
                                            <Link<Route, ViewQuery> to={Route::Concordance} query={q.link()}>
                                                { format!("{rate:.1}") }<span class="raw">{ format!(" ({hits})") }</span>
                                            </Link<Route, ViewQuery>>
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
    groups: Vec<String>,
    dates: Vec<Vec<Option<i64>>>,
}

/// Articles by date per group as an SVG strip chart; undated articles counted apart.
#[function_component(Timeline)]
fn timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    let all: Vec<i64> = props.dates.iter().flatten().flatten().copied().collect();
    let (Some(&min), Some(&max)) = (all.iter().min(), all.iter().max()) else {
        return html! {};
    };
    let span = (max - min).max(86_400) as f64;
    let (row_h, label_w, width) = (26.0, 190.0, 600.0);
    let height = props.groups.len() as f64 * row_h + 24.0;
    let day = |s: i64| {
        let d = (s + 8 * 3600).div_euclid(86_400);
        // Civil date from days since the epoch (Howard Hinnant's algorithm).
        let z = d + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let dd = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        format!("{m:02}-{dd:02}")
    };
    html! {
        <section class="timeline">
            <h2>{ lang.t(Msg::TimelineTitle) }</h2>
            <svg viewBox={format!("0 0 {width} {height}")} role="img" aria-label={lang.t(Msg::TimelineTitle)}>
                { for props.groups.iter().zip(&props.dates).enumerate().map(|(i, (g, dates))| {
                    let y = i as f64 * row_h + row_h / 2.0;
                    let undated = dates.iter().filter(|d| d.is_none()).count();
                    html! {
                        <g>
                            <text x={(label_w - 8.0).to_string()} y={(y + 4.0).to_string()} text-anchor="end" class="chart-label">{ short(g) }</text>
                            <line x1={label_w.to_string()} x2={(width - 60.0).to_string()} y1={y.to_string()} y2={y.to_string()} class="chart-axis" />
                            { for dates.iter().flatten().map(|&d| {
                                let x = label_w + (width - label_w - 70.0) * (d - min) as f64 / span;
                                html! { <circle cx={x.to_string()} cy={y.to_string()} r="6" class="chart-dot"><title>{ day(d) }</title></circle> }
                            }) }
                            if undated > 0 {
                                <text x={(width - 55.0).to_string()} y={(y + 4.0).to_string()} class="chart-value">{ lang.t(Msg::UndatedCount(undated)) }</text>
                            }
                        </g>
                    }
                }) }
                <text x={label_w.to_string()} y={(height - 4.0).to_string()} class="chart-value">{ day(min) }</text>
                <text x={(width - 70.0).to_string()} y={(height - 4.0).to_string()} text-anchor="end" class="chart-value">{ day(max) }</text>
            </svg>
            <table class="visually-hidden">
                <caption>{ lang.t(Msg::TimelineTitle) }</caption>
                <tbody>{ for props.groups.iter().zip(&props.dates).map(|(g, ds)| html! {
                    <tr><th scope="row">{ g }</th><td>{ ds.iter().map(|d| d.map(day).unwrap_or_else(|| lang.t(Msg::DateUnknown))).collect::<Vec<_>>().join(", ") }</td></tr>
                }) }</tbody>
            </table>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ExportProps {
    table: Rc<RateTable>,
    keyness: Rc<Keyness>,
    query: String,
}

/// Download buttons: the comparison table, the keywords, the figures and the concordance,
/// as CSV (UTF-8 with BOM) and JSON.
#[function_component(Export)]
fn export(props: &ExportProps) -> Html {
    let lang = use_lang();
    let button = |name: &'static str, make: Rc<dyn Fn() -> String>, mime: &'static str| {
        let onclick = Callback::from(move |_| download(name, &make(), mime));
        html! { <button type="button" class="switch" data-export={name} {onclick}>{ name }</button> }
    };
    let (t1, t2, k1, k2) = (
        props.table.clone(),
        props.table.clone(),
        props.keyness.clone(),
        props.keyness.clone(),
    );
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
                { button("keywords.csv", Rc::new(move || keyness_csv(&k1)), "text/csv;charset=utf-8") }
                { button("keywords.json", Rc::new(move || to_json(&*k2)), "application/json") }
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
