//! Files the page offers for download that need the embedded corpus: the
//! figures and the concordance of the current query, as CSV (UTF-8 with BOM,
//! so spreadsheet programs open Chinese correctly) and as JSON.

use crate::corpus::{embedded, search_index};
use explorer_core::compare::export::{csv_document, csv_text, to_json};
use explorer_core::compare::figures::figures_for_query;
use explorer_core::search::{concordance, Query};

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
pub fn figures_csv(q: &str) -> String {
    let rows = figure_rows(q).into_iter().map(|r| {
        let value = r.value.map(|v| v.to_string()).unwrap_or_default();
        vec![r.source, r.article, r.figure, r.kind, value, r.sentence]
    });
    csv(&["source", "article", "figure", "kind", "value", "sentence"], rows)
}

/// The figures as JSON.
pub fn figures_json(q: &str) -> String {
    to_json(&figure_rows(q))
}

/// The concordance as CSV.
pub fn concordance_csv(q: &str) -> String {
    let rows = concordance_rows(q)
        .into_iter()
        .map(|r| vec![r.source, r.article, r.left, r.keyword, r.right]);
    csv(&["source", "article", "left", "keyword", "right"], rows)
}

/// The concordance as JSON.
pub fn concordance_json(q: &str) -> String {
    to_json(&concordance_rows(q))
}
