//! The corpus at a glance: how many articles, sources and characters, and the date span.

use super::article_meta::group_digits;
use crate::corpus::embedded;
use yew::prelude::*;

/// One line summarising the embedded corpus.
#[function_component(CorpusSummary)]
pub fn corpus_summary() -> Html {
    let corpus = embedded();
    let mut sources: Vec<&str> = corpus.articles.iter().map(|a| a.source.key.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    let dates: Vec<&explorer_core::model::DateStamp> = corpus.articles.iter().filter_map(|a| a.date.as_ref()).collect();
    let first = dates.iter().min_by_key(|d| d.epoch_seconds);
    let last = dates.iter().max_by_key(|d| d.epoch_seconds);
    let day = |d: &&explorer_core::model::DateStamp| d.display.chars().take(10).collect::<String>();
    html! {
        <p class="corpus-summary" aria-label="Corpus">
            <span>{ format!("{} articles · 篇", corpus.articles.len()) }</span>
            <span>{ format!("{} sources · 来源", sources.len()) }</span>
            <span>{ format!("{} chars · 字", group_digits(corpus.total_chars())) }</span>
            if let (Some(f), Some(l)) = (first, last) {
                <span>{ format!("{} – {}", day(f), day(l)) }</span>
            }
        </p>
    }
}
