//! The comparison's charts: the query's rate per group, and terms × groups.

use super::data::Ptr;
use crate::ui::i18n::{Lang, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::{href, ViewQuery};
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::rates::{RateColumn, RateTable};
use explorer_core::compare::terms::cell_query;
use explorer_core::decimal::{fixed, trimmed};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct RateChartProps {
    pub(super) groups: Vec<&'static str>,
    pub(super) values: Vec<f64>,
    pub(super) raw: bool,
    pub(super) on_toggle: Callback<MouseEvent>,
}

/// A horizontal SVG bar chart of the query's rate per group, with the same numbers as a table.
#[function_component(RateChart)]
pub(super) fn rate_chart(props: &RateChartProps) -> Html {
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
            <svg viewBox={format!("0 0 {} {}", coord(width), coord(height))} role="img" aria-label={format!("{} ({unit})", lang.t(Msg::RateChartTitle))}>
                { for props.groups.iter().zip(&props.values).enumerate().map(|(i, (g, v))| {
                    let y = gap + i as f64 * (bar_h + gap);
                    let w = (width - label_w - 70.0) * v / max;
                    html! {
                        <g>
                            <text x={coord(label_w - 8.0)} y={coord(y + bar_h * 0.7)} text-anchor="end" class="chart-label">{ short(g) }</text>
                            <rect x={coord(label_w)} y={coord(y)} width={coord(w.max(1.0))} height={coord(bar_h)} class="chart-bar" />
                            <text x={coord(label_w + w + 6.0)} y={coord(y + bar_h * 0.7)} class="chart-value">{ format_value(*v, props.raw) }</text>
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
pub(super) fn short(label: &str) -> String {
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

/// A chart coordinate for an SVG attribute: at most 2 decimals, no trailing zeros (`150`, `12.6`).
/// Written with `decimal` rather than `{}`: the standard float formatting is ~9 KB of the page.
pub(super) fn coord(x: f64) -> String {
    trimmed(x, 2)
}

fn format_value(v: f64, raw: bool) -> String {
    if raw {
        fixed(v, 0)
    } else {
        fixed(v, 1)
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct TermTableProps {
    pub(super) table: Ptr<RateTable>,
    pub(super) by: GroupBy,
    /// The groups (columns of the table) on the page.
    pub(super) shown: Rc<Vec<usize>>,
}

/// Terms × groups, normalized rates with heat-map colouring; each cell opens the concordance
/// for that term in that group.
#[function_component(TermTable)]
pub(super) fn term_table(props: &TermTableProps) -> Html {
    let lang = use_lang();
    let t = &props.table;
    let max = t.rows.iter().flatten().map(|r| r.per_10k).fold(0.0, f64::max).max(1e-9);
    let columns: Vec<(usize, &RateColumn)> = props
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
                        { for columns.iter().map(|(_, c)| html! { <th scope="col" lang={crate::corpus::text_lang()}>{ match lang { Lang::Zh => &c.label, Lang::En => &c.label_en } }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for t.terms.iter().enumerate().map(|(ti, term)| html! {
                            <tr>
                                <th scope="row" lang={crate::corpus::text_lang()}>{ term }</th>
                                { for columns.iter().map(|&(gi, c)| {
                                    let (hits, rate) = t.cell(ti, gi).map_or((0, 0.0), |r| (r.hits, r.per_10k));
                                    let heat = (rate / max * 5.0).ceil() as u32;
                                    let q = ViewQuery { q: cell_query(term, props.by, &c.key, &c.label), ..Default::default() };
                                    html! {
                                        <td class={classes!("heat", format!("heat-{heat}"))}>
                                            <a href={href(&Route::Concordance, q.link().as_ref())}>
                                                { fixed(rate, 1) }<span class="raw">{ format!(" ({hits})") }</span>
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
