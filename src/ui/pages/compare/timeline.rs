//! Articles by date per group as an SVG strip chart (the binning is the core's
//! [`explorer_core::compare::timeline`]).

use super::charts::{coord, short};
use super::data::{groups_in, label};
use crate::corpus::embedded;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::timeline::{date_range, dot_label, dots, month_day, Axis};
use explorer_core::decimal::fixed;
use explorer_core::model::DateStamp;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct TimelineProps {
    pub(super) by: GroupBy,
    /// Whether copies are collapsed (their dots left out).
    pub(super) collapse: bool,
    /// The groups (rows of the timeline) on the page.
    pub(super) shown: Rc<Vec<usize>>,
}

/// Articles by date per group as an SVG strip chart; undated articles counted apart. Articles
/// that would be drawn on the same spot share one dot (its tooltip lists their days).
#[function_component(Timeline)]
pub(super) fn timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    let corpus = embedded();
    let all_groups = groups_in(props.by, props.collapse);
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
    let Some((first, last)) = date_range(corpus.articles.iter().filter_map(|a| a.date.as_ref())) else {
        return html! {};
    };
    let (row_h, label_w, width) = (26.0, 190.0, 600.0);
    let height = rows.len() as f64 * row_h + 24.0;
    let axis = Axis::new(first.epoch_seconds, last.epoch_seconds, label_w, width - label_w - 70.0);
    // One dot per spot (6 units of the 600-unit-wide chart; dots are 12 across), at the earliest
    // date's position, with every date's day in the tooltip: a row has at most ~57 dots.
    html! {
        <section class="timeline">
            <h2>{ lang.t(Msg::TimelineTitle) }</h2>
            <svg viewBox={format!("0 0 {} {}", coord(width), coord(height))} role="img" aria-label={lang.t(Msg::TimelineTitle)}>
                { for rows.iter().enumerate().map(|(i, (g, dates))| {
                    let y = i as f64 * row_h + row_h / 2.0;
                    let undated = dates.iter().filter(|d| d.is_none()).count();
                    // The row's own coordinates start on its axis (fewer attributes per dot).
                    html! {
                        <g transform={format!("translate(0 {})", coord(y))}>
                            <text x={coord(label_w - 8.0)} y="4" text-anchor="end" class="chart-label">{ short(g) }</text>
                            <line x1={coord(label_w)} x2={coord(width - 60.0)} y1="0" y2="0" class="chart-axis" />
                            { for dots(&axis, dates.iter().flatten().copied(), 6.0).into_iter().map(|dot| {
                                html! { <circle cx={fixed(dot.x, 1)} r="6" class="chart-dot"><title>{ dot_label(&dot.dates) }</title></circle> }
                            }) }
                            if undated > 0 {
                                <text x={coord(width - 55.0)} y="4" class="chart-value">{ lang.t(Msg::UndatedCount(undated)) }</text>
                            }
                        </g>
                    }
                }) }
                <text x={coord(label_w)} y={coord(height - 4.0)} class="chart-value">{ month_day(first) }</text>
                <text x={coord(width - 70.0)} y={coord(height - 4.0)} text-anchor="end" class="chart-value">{ month_day(last) }</text>
            </svg>
            <table class="visually-hidden">
                <caption>{ lang.t(Msg::TimelineTitle) }</caption>
                <tbody>{ for rows.iter().map(|(g, ds)| html! {
                    <tr><th scope="row">{ *g }</th><td>{ ds.iter().map(|d| d.map_or_else(|| lang.t(Msg::DateUnknown), |d| month_day(d).to_string())).collect::<Vec<_>>().join(", ") }</td></tr>
                }) }</tbody>
            </table>
        </section>
    }
}
