//! CSV files the page offers for download that need the embedded corpus: the
//! figures and the concordance of the current query (UTF-8 with BOM, so
//! spreadsheet programs open Chinese correctly).

use crate::corpus::{embedded, search_index};
use explorer_core::compare::export::{csv_document, csv_text};
use explorer_core::compare::figures::figures_matching;
use explorer_core::search::{concordance, normalize_term, Query};

/// Every figure whose sentence holds all the query's terms (all figures without a query).
pub fn figures_csv(q: &str) -> String {
    let corpus = embedded();
    let terms: Vec<String> = Query::parse(q)
        .positive_terms()
        .map(|(_, t)| normalize_term(&t.pattern))
        .collect();
    let mut rows = vec![["source", "article", "figure", "kind", "value", "sentence"]
        .map(String::from)
        .to_vec()];
    for a in &corpus.articles {
        for f in figures_matching(a, |s| {
            let s = normalize_term(s);
            terms.iter().all(|t| s.contains(t.as_str()))
        }) {
            rows.push(vec![
                a.source.zh.clone(),
                a.title.clone(),
                f.text(a).to_string(),
                format!("{:?}", f.kind),
                f.value.map(|v| v.to_string()).unwrap_or_default(),
                f.sentence_text(a).to_string(),
            ]);
        }
    }
    csv_document(
        rows.iter()
            .map(|r| r.iter().map(|c| csv_text(c).into_owned()).collect::<Vec<_>>()),
    )
}

/// Every occurrence of the query, with its context.
pub fn concordance_csv(q: &str) -> String {
    let corpus = embedded();
    let results = search_index().search(&Query::parse(q));
    let mut rows = vec![["source", "article", "left", "keyword", "right"]
        .map(String::from)
        .to_vec()];
    for l in concordance(&results, corpus, 30) {
        let a = &corpus.articles[l.doc];
        rows.push(vec![
            a.source.zh.clone(),
            a.title.clone(),
            l.kwic.left_str(&a.text).to_string(),
            l.kwic.hit_str(&a.text).to_string(),
            l.kwic.right_str(&a.text).to_string(),
        ]);
    }
    csv_document(
        rows.iter()
            .map(|r| r.iter().map(|c| csv_text(c).into_owned()).collect::<Vec<_>>()),
    )
}
