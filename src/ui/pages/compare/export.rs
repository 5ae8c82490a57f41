//! Download buttons: the comparison table, the keywords, the figures, the concordance of
//! the query and the shared passages, as CSV (UTF-8 with BOM, so spreadsheet programs open Chinese correctly) and JSON.

use super::data::Ptr;
use crate::corpus::{embedded, search_index};
use crate::ui::components::download::button;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use explorer_core::compare::export::{csv_document, csv_text, keyness_csv, rates_csv, to_json};
use explorer_core::compare::figures::figures_for_query;
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::rates::RateTable;
use explorer_core::compare::shared::{passage_export, passages_csv, ExportPassage};
use explorer_core::search::{concordance, Query};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct ExportProps {
    pub(super) table: Ptr<RateTable>,
    pub(super) by: GroupBy,
    /// Whether copies are collapsed (the passages leave them out).
    pub(super) collapse: bool,
    pub(super) query: AttrValue,
}

/// Download buttons: the comparison table, the keywords, the figures and the concordance,
/// as CSV (UTF-8 with BOM) and JSON. Every group is in the files, shown on the page or not.
#[function_component(Export)]
pub(super) fn export(props: &ExportProps) -> Html {
    let lang = use_lang();
    let (t1, t2, by, collapse) = (props.table.clone(), props.table.clone(), props.by, props.collapse);
    let has_keywords = crate::corpus::keyness(by).is_some();
    let [q1, q2, q3, q4, q5, q6] = [(); 6].map(|_| props.query.clone());
    html! {
        <section class="export">
            <h2>{ lang.t(Msg::ExportTitle) }</h2>
            <div class="export-buttons">
                { button("comparison.csv", Rc::new(move || rates_csv(&t1)), "text/csv;charset=utf-8") }
                { button("comparison.json", Rc::new(move || to_json(&*t2)), "application/json") }
                // A grouping that says nothing about the corpus has no keywords to download.
                if has_keywords {
                    { button("keywords.csv", Rc::new(move || crate::corpus::keyness(by).map(keyness_csv).unwrap_or_default()), "text/csv;charset=utf-8") }
                    { button("keywords.json", Rc::new(move || crate::corpus::keyness(by).map(to_json).unwrap_or_default()), "application/json") }
                }
                { button("figures.csv", Rc::new(move || figures_csv(&q1)), "text/csv;charset=utf-8") }
                { button("figures.json", Rc::new(move || figures_json(&q2)), "application/json") }
                { button("concordance.csv", Rc::new(move || concordance_csv(&q3)), "text/csv;charset=utf-8") }
                { button("concordance.json", Rc::new(move || concordance_json(&q4)), "application/json") }
                if !crate::corpus::passage_clusters().is_empty() {
                    { button("passages.csv", Rc::new(move || passages_csv(&passage_rows(by, collapse, &q5))), "text/csv;charset=utf-8") }
                    { button("passages.json", Rc::new(move || to_json(&passage_rows(by, collapse, &q6))), "application/json") }
                }
            </div>
        </section>
    }
}

/// One figure with where it was said.
#[derive(miniserde::Serialize)]
struct FigureRow {
    source: String,
    article: String,
    figure: String,
    kind: String,
    value: Option<f64>,
    sentence: String,
}

/// One concordance line.
#[derive(miniserde::Serialize)]
struct ConcordanceRow {
    source: String,
    article: String,
    left: String,
    keyword: String,
    right: String,
}

/// Every figure whose sentence holds all the query's terms (all figures without a query).
fn figure_rows(q: &str) -> Vec<FigureRow> {
    let corpus = embedded();
    let query = Query::parse(q);
    let mut rows = Vec::new();
    for a in &corpus.articles {
        for f in figures_for_query(a, &query) {
            rows.push(FigureRow {
                source: a.source.zh.clone(),
                article: a.title.clone(),
                figure: f.text(a).to_string(),
                kind: format!("{:?}", f.kind),
                value: f.value,
                sentence: f.sentence_text(a).to_string(),
            });
        }
    }
    rows
}

/// Every occurrence of the query, with its context.
fn concordance_rows(q: &str) -> Vec<ConcordanceRow> {
    let corpus = embedded();
    let results = search_index().search(&Query::parse(q));
    concordance(&results, corpus, 30)
        .into_iter()
        .map(|l| {
            let a = &corpus.articles[l.doc];
            ConcordanceRow {
                source: a.source.zh.clone(),
                article: a.title.clone(),
                left: l.kwic.left_str(&a.text).to_string(),
                keyword: l.kwic.hit_str(&a.text).to_string(),
                right: l.kwic.right_str(&a.text).to_string(),
            }
        })
        .collect()
}

fn csv(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let header = std::iter::once(header.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    csv_document(
        header
            .chain(rows)
            .map(|r| r.iter().map(|c| csv_text(c).into_owned()).collect::<Vec<_>>()),
    )
}

/// The figures as CSV.
fn figures_csv(q: &str) -> String {
    let rows = figure_rows(q).into_iter().map(|r| {
        let value = r.value.map(explorer_core::decimal::shortest).unwrap_or_default();
        vec![r.source, r.article, r.figure, r.kind, value, r.sentence]
    });
    csv(&["source", "article", "figure", "kind", "value", "sentence"], rows)
}

/// The figures as JSON.
fn figures_json(q: &str) -> String {
    to_json(&figure_rows(q))
}

/// Every shared passage, with the groups of grouping `by` (without copies when `collapsed`),
/// those holding a hit of `q` first (the page's order).
fn passage_rows(by: GroupBy, collapsed: bool, q: &str) -> Vec<ExportPassage> {
    let (clusters, articles) = (crate::corpus::passage_clusters(), &embedded().articles);
    let results = if q.trim().is_empty() {
        Vec::new()
    } else {
        search_index().search(&Query::parse(q))
    };
    let groups = crate::ui::groups::groups_in(by, collapsed);
    let list = super::passages::passage_groups(by, collapsed).list(clusters, &results, usize::MAX);
    passage_export(clusters, articles, groups, &list.passages)
}

/// The concordance as CSV.
fn concordance_csv(q: &str) -> String {
    let rows = concordance_rows(q)
        .into_iter()
        .map(|r| vec![r.source, r.article, r.left, r.keyword, r.right]);
    csv(&["source", "article", "left", "keyword", "right"], rows)
}

/// The concordance as JSON.
fn concordance_json(q: &str) -> String {
    to_json(&concordance_rows(q))
}
