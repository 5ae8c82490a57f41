//! One column of the word tools: the whole corpus or one group, with the tool's table (or the
//! dispersion plot) computed by the core for the articles it counts.

use super::compute::{default_ascending, Computed, GroupRef, Output};
use super::plot::Plot;
use super::table::{Download, RowsTable};
use crate::corpus::{embedded, tokens};
use crate::ui::components::download::{CSV, JSON};
use crate::ui::i18n::{Lang, Msg, WordsMsg};
use crate::ui::ptr::Ptr;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use crate::ui::tool_state::{column_name, Tool};
use crate::ui::view_state::{href, ViewQuery};
use explorer_core::decimal::fixed;
use explorer_core::words::clusters::phrase;
use explorer_core::words::collocates::Statistic;
use explorer_core::words::word_list::{word_list_csv, word_list_json, WordColumn};
use std::rc::Rc;
use yew::prelude::*;

/// Props: the column's articles, what the core computed for it ([`super::compute`]), the view
/// links keep.
#[derive(Properties, PartialEq)]
pub(super) struct ToolColumnProps {
    pub(super) group: GroupRef,
    pub(super) output: Ptr<Option<Output>>,
    /// The view the column's links carry (the query, grouping and tool options).
    pub(super) view: ViewQuery,
}

/// One column: heading, size, then the tool's table or plot.
#[function_component(ToolColumn)]
pub(super) fn tool_column(props: &ToolColumnProps) -> Html {
    let lang = use_lang();
    let group = props.group;
    let output: Computed = props.output.0.clone();
    let body = match output.as_ref() {
        None => return html! {},
        Some(Output::Words(_)) => word_rows(lang, output.clone(), &props.view),
        Some(Output::Collocates(c)) => html! {
            <>
                <p class="muted node-summary">{ lang.t(WordsMsg::NodeSummary { nodes: c.nodes, window: c.window_tokens }) }</p>
                { collocate_rows(lang, output.clone(), &props.view) }
            </>
        },
        Some(Output::Clusters(_)) => cluster_rows(lang, output.clone(), &props.view),
        Some(Output::Plot(rows)) => html! { <Plot rows={Ptr(rows.clone())} view={props.view.clone()} /> },
    };
    let chars: usize = group
        .articles()
        .iter()
        .map(|&a| embedded().articles[a].char_count)
        .sum();
    html! {
        <article class="group-column word-column" aria-labelledby={group.heading_id()}>
            <h2 id={group.heading_id()} lang={crate::corpus::text_lang()}>{ group.title(lang) }</h2>
            <p class="meta">
                <span>{ lang.t(Msg::Articles(group.articles().len())) }</span>
                <span>{ lang.t(Msg::Chars(chars)) }</span>
            </p>
            { body }
        </article>
    }
}

/// A link to the concordance of `q`, with `with` as its collocate filter.
fn concordance_link(view: &ViewQuery, q: &str, with: Option<&str>, text: &str) -> Html {
    let mut next = view.with_text(q);
    next.tools.with = with.unwrap_or_default().to_string();
    html! { <a class="word" href={href(&Route::Concordance, next.link().as_ref())}>{ text }</a> }
}

/// The address of a computed output: what the table compares.
fn id(output: &Computed) -> usize {
    Rc::as_ptr(output) as usize
}

/// The word list's table, with sortable headers and its downloads.
fn word_rows(lang: Lang, output: Computed, view: &ViewQuery) -> Html {
    let Some(Output::Words(page)) = output.as_ref() else {
        return html! {};
    };
    let words = tokens().expect("a column is shown only with tokens");
    let sorted = view.tools.column.unwrap_or(WordColumn::Count);
    let ascending = view.dir.unwrap_or(default_ascending(sorted));
    let header = |column: WordColumn, msg: WordsMsg| {
        let mut next = view.clone();
        let active = column == sorted;
        next.tools.column = Some(column).filter(|c| column_name(*c).is_some() && *c != WordColumn::Count);
        next.dir = Some(if active { !ascending } else { default_ascending(column) });
        let aria = active.then_some(if ascending { "ascending" } else { "descending" });
        (lang.t(msg), Some((href(&Route::Words, next.link().as_ref()), aria)))
    };
    let headers = vec![
        (lang.t(WordsMsg::ColRank), None),
        header(WordColumn::Word, WordsMsg::ColWord),
        header(WordColumn::Count, WordsMsg::ColCount),
        (lang.t(WordsMsg::ColPer10k), None),
        header(WordColumn::Articles, WordsMsg::ColArticles),
        header(WordColumn::Dispersion, WordsMsg::ColDp),
    ];
    let total = page.total;
    let (o, v) = (output.clone(), view.clone());
    let row: Rc<dyn Fn(usize) -> Html> = Rc::new(move |i: usize| {
        let Some(Output::Words(page)) = o.as_ref() else {
            return html! {};
        };
        let r = &page.row(i);
        let word = words.word(r.word);
        html! {
            <tr>
                <td class="num">{ r.rank }</td>
                <td lang={crate::corpus::text_lang()}>{ concordance_link(&v, word, None, word) }</td>
                <td class="num">{ r.count }</td>
                <td class="num">{ fixed(r.per_10k, 1) }</td>
                <td class="num">{ r.articles }</td>
                <td class="num">{ r.dp.map(|d| fixed(d, 2)).unwrap_or_default() }</td>
            </tr>
        }
    });
    let (csv, json) = (output.clone(), output.clone());
    let downloads: Vec<Download> = vec![
        (
            "wordlist.csv",
            Rc::new(move || match csv.as_ref() {
                Some(Output::Words(page)) => word_list_csv(words, &page.all()),
                _ => String::new(),
            }),
            CSV,
        ),
        (
            "wordlist.json",
            Rc::new(move || match json.as_ref() {
                Some(Output::Words(page)) => word_list_json(words, &page.all()),
                _ => String::new(),
            }),
            JSON,
        ),
    ];
    html! {
        <RowsTable caption={lang.t(WordsMsg::ToolName(Tool::WordList))} {headers} {total} {row} rows_id={id(&output)} {downloads} />
    }
}

/// The collocates' table: the chosen statistic first.
fn collocate_rows(lang: Lang, output: Computed, view: &ViewQuery) -> Html {
    let Some(Output::Collocates(c)) = output.as_ref() else {
        return html! {};
    };
    let words = tokens().expect("a column is shown only with tokens");
    let statistic = view.tools.statistic;
    let stat_name = match statistic {
        Statistic::LogDice => "logDice",
        Statistic::MutualInformation => "MI",
        Statistic::LogLikelihood => "G²",
    };
    let headers = vec![
        (lang.t(WordsMsg::ColWord), None),
        (stat_name.to_string(), None),
        (lang.t(WordsMsg::ColTogether), None),
        (lang.t(WordsMsg::ColTotal), None),
    ];
    let total = c.rows.len();
    let (o, v) = (output.clone(), view.clone());
    let row: Rc<dyn Fn(usize) -> Html> = Rc::new(move |i: usize| {
        let Some(Output::Collocates(c)) = o.as_ref() else {
            return html! {};
        };
        let r = &c.rows[i];
        let word = words.word(r.word);
        let score = match statistic {
            Statistic::LogDice => r.log_dice,
            Statistic::MutualInformation => r.mi,
            Statistic::LogLikelihood => r.log_likelihood,
        };
        html! {
            <tr>
                <td lang={crate::corpus::text_lang()}>{ concordance_link(&v, v.text(), Some(word), word) }</td>
                <td class="num">{ fixed(score, 2) }</td>
                <td class="num">{ r.together }</td>
                <td class="num">{ r.total }</td>
            </tr>
        }
    });
    html! { <RowsTable caption={lang.t(WordsMsg::ToolName(Tool::Collocates))} {headers} {total} {row} rows_id={id(&output)} downloads={Vec::new()} /> }
}

/// The clusters' table.
fn cluster_rows(lang: Lang, output: Computed, view: &ViewQuery) -> Html {
    let Some(Output::Clusters(c)) = output.as_ref() else {
        return html! {};
    };
    let words = tokens().expect("a column is shown only with tokens");
    let headers = vec![
        (lang.t(WordsMsg::ColCluster), None),
        (lang.t(WordsMsg::ColCount), None),
        (lang.t(WordsMsg::ColArticles), None),
    ];
    let total = c.len();
    let (o, v) = (output.clone(), view.clone());
    let row: Rc<dyn Fn(usize) -> Html> = Rc::new(move |i: usize| {
        let Some(Output::Clusters(c)) = o.as_ref() else {
            return html! {};
        };
        let cluster = &c[i];
        let text = phrase(words, cluster);
        html! {
            <tr>
                <td lang={crate::corpus::text_lang()}>{ concordance_link(&v, &format!("\"{text}\""), None, &text) }</td>
                <td class="num">{ cluster.count }</td>
                <td class="num">{ cluster.articles }</td>
            </tr>
        }
    });
    html! { <RowsTable caption={lang.t(WordsMsg::ToolName(Tool::Clusters))} {headers} {total} {row} rows_id={id(&output)} downloads={Vec::new()} /> }
}
