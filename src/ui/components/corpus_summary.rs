//! The corpus at a glance: how many articles, sources and characters, and the date span.

use crate::corpus::embedded;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use explorer_core::model::DateStamp;
use yew::prelude::*;

/// One line summarising the embedded corpus.
#[function_component(CorpusSummary)]
pub fn corpus_summary() -> Html {
    let lang = use_lang();
    let corpus = embedded();
    let mut sources: Vec<&str> = corpus.articles.iter().map(|a| a.source.key.as_str()).collect();
    explorer_core::sorting::sort_by(&mut sources, Ord::cmp);
    sources.dedup();
    let dates: Vec<&DateStamp> = corpus.articles.iter().filter_map(|a| a.date.as_ref()).collect();
    let first = dates.iter().min_by_key(|d| d.epoch_seconds);
    let last = dates.iter().max_by_key(|d| d.epoch_seconds);
    let day = |d: &&DateStamp| d.display.chars().take(10).collect::<String>();
    html! {
        <p class="corpus-summary" aria-label={lang.t(Msg::CorpusLabel)}>
            <span>{ lang.t(Msg::Articles(corpus.articles.len())) }</span>
            <span>{ lang.t(Msg::Sources(sources.len())) }</span>
            <span>{ lang.t(Msg::Chars(corpus.total_chars())) }</span>
            if let (Some(f), Some(l)) = (first, last) {
                <span>{ format!("{} – {}", day(f), day(l)) }</span>
            }
        </p>
    }
}
