//! A group's distinctive words, and words as links that make them the query.

use super::data::{group_keywords, not_useful, Ptr};
use crate::ui::i18n::Msg;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::view_state::{href, ViewQuery};
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::keyness::{shown_keywords, Keyword};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct KeywordListProps {
    pub(super) by: GroupBy,
    pub(super) index: usize,
    pub(super) base: Ptr<ViewQuery>,
    /// Whether function words are listed ([`ViewQuery::stop`]).
    pub(super) stop: bool,
}

/// A group's distinctive words (used markedly more) and negative keywords (markedly less);
/// function words only when asked for, then marked.
#[function_component(KeywordList)]
pub(super) fn keyword_list(props: &KeywordListProps) -> Html {
    let lang = use_lang();
    let Some(k) = group_keywords(props.by, props.index) else {
        // A grouping that says nothing about the corpus has no keywords: say why.
        return match not_useful(props.by) {
            Some(why) => {
                html! { <p class="muted no-keywords">{ lang.t(Msg::NoKeywordsHere { by: props.by, why }) }</p> }
            }
            None => html! {},
        };
    };
    let row = |w: &'static Keyword| {
        html! {
            <tr class={classes!(w.stop.then_some("stop"))}>
                <td lang={crate::corpus::text_lang()}>{ word_link(&w.word, &props.base) }
                    if w.only_in_group { <span class="badge only">{ lang.t(Msg::OnlyHere) }</span> }
                    if w.articles == 1 { <span class="badge one">{ lang.t(Msg::OneArticle) }</span> }
                    if w.stop { <span class="badge stop">{ lang.t(Msg::StopBadge) }</span> }
                </td>
                <td class="num">{ w.in_group }</td>
                <td class="num">{ w.in_rest }</td>
                <td class="num">{ w.articles }</td>
                <td class="num">{ explorer_core::decimal::fixed(w.log_ratio, 1) }</td>
                <td class="num">{ explorer_core::decimal::fixed(w.conservative, 1) }</td>
            </tr>
        }
    };
    let table = |words: Vec<&'static Keyword>, caption: Msg| {
        html! {
            <table class="keywords">
                <caption>{ lang.t(caption) }</caption>
                <thead><tr>
                    <th scope="col">{ lang.t(Msg::ColumnWord) }</th>
                    <th scope="col" title={lang.t(Msg::ColumnHereHelp)}>{ lang.t(Msg::ColumnHere) }</th>
                    <th scope="col" title={lang.t(Msg::ColumnRestHelp)}>{ lang.t(Msg::ColumnRest) }</th>
                    <th scope="col" title={lang.t(Msg::ColumnArticlesHelp)}>{ lang.t(Msg::ColumnArticles) }</th>
                    <th scope="col" title={lang.t(Msg::ColumnLogRatioHelp)}>{ "log₂" }</th>
                    <th scope="col" title={lang.t(Msg::ColumnClrHelp)}>{ "CLR" }</th>
                </tr></thead>
                <tbody>{ for words.into_iter().map(row) }</tbody>
            </table>
        }
    };
    let (positive, negative) = (
        shown_keywords(&k.positive, props.stop),
        shown_keywords(&k.negative, props.stop),
    );
    html! {
        <>
            if positive.is_empty() { <p class="muted">{ lang.t(Msg::NoKeywords) }</p> } else { { table(positive, Msg::Keywords) } }
            if !negative.is_empty() { { table(negative, Msg::NegativeKeywords) } }
        </>
    }
}

/// How the distinctive words are chosen and ranked, with the formulas: a closed details
/// element under the columns, so a reader can check the measure as in the tools they trust.
pub(super) fn keyness_method(lang: crate::ui::i18n::Lang) -> Html {
    html! {
        <details class="keyness-method">
            <summary>{ lang.t(Msg::KeynessMethod) }</summary>
            <p>{ lang.t(Msg::KeynessFormula) }</p>
        </details>
    }
}

/// A word that, clicked, becomes the query (a plain link: a page holds over a hundred).
pub(super) fn word_link(word: &str, base: &ViewQuery) -> Html {
    html! { <a class="word" href={href(&Route::Compare, base.with_text(word).link().as_ref())}>{ word }</a> }
}
