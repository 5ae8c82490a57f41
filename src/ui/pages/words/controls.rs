//! The options of the tool shown: what the URL holds (`win`, `side`, `stat`, `n`, `pos`, `min`,
//! `has`), changed in place (replacing the history entry, as typing in the filter does).

use crate::ui::i18n::{Lang, WordsMsg};
use crate::ui::route::Route;
use crate::ui::tool_state::{Tool, ToolState};
use crate::ui::view_state::{navigate, ViewQuery};
use explorer_core::words::clusters::NodeAt;
use explorer_core::words::collocates::{Side, Statistic, MAX_WINDOW};
use yew::prelude::*;

/// A callback that writes the value of the control it is on into the view's tool options.
fn on_value<E: AsRef<web_sys::Event> + 'static>(view: &ViewQuery, set: fn(&mut ToolState, String)) -> Callback<E> {
    let view = view.clone();
    Callback::from(move |e: E| {
        // An input's or a select's value (both have one).
        let value = e
            .as_ref()
            .target()
            .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let mut next = view.clone();
        set(&mut next.tools, value);
        navigate(&Route::Words, &next, true);
    })
}

/// A labelled select of `(value, label)` options, `current` selected.
fn select(
    label: String,
    options: Vec<(String, String)>,
    current: String,
    onchange: Callback<Event>,
    name: &'static str,
) -> Html {
    html! {
        <label class="tool-option">
            <span>{ label }</span>
            <select {onchange} data-option={name}>
                { for options.into_iter().map(|(value, text)| {
                    let selected = value == current;
                    html! { <option {selected} {value}>{ text }</option> }
                }) }
            </select>
        </label>
    }
}

/// The minimum frequency, as a number field.
fn min_field(label: String, view: &ViewQuery, default: u64) -> Html {
    let onchange = on_value::<Event>(view, |t, v| t.min = v.trim().parse().ok().filter(|&m| m >= 1));
    html! {
        <label class="tool-option">
            <span>{ label }</span>
            <input type="number" min="1" inputmode="numeric" data-option="min" value={view.tools.min.unwrap_or(default).to_string()} {onchange} />
        </label>
    }
}

/// The options of the tool `view` shows.
pub(super) fn tool_controls(lang: Lang, view: &ViewQuery) -> Html {
    let tools = &view.tools;
    let options = match tools.tool {
        Tool::WordList => html! {
            <>
                <label class="tool-option">
                    <span>{ lang.t(WordsMsg::Contains) }</span>
                    <input type="search" data-option="has" value={tools.contains.clone()} lang={crate::corpus::text_lang()}
                        oninput={on_value::<InputEvent>(view, |t, v| t.contains = v)} />
                </label>
                { min_field(lang.t(WordsMsg::MinCount), view, 1) }
            </>
        },
        Tool::Collocates => {
            let c = tools.collocate_options();
            html! {
                <>
                    { select(lang.t(WordsMsg::Window), (1..=MAX_WINDOW).map(|w| (w.to_string(), w.to_string())).collect(), c.window.to_string(),
                        on_value(view, |t, v| t.window = v.parse().ok()), "win") }
                    { select(lang.t(WordsMsg::Side), vec![
                        ("both".into(), lang.t(WordsMsg::SideBoth)),
                        ("left".into(), lang.t(WordsMsg::SideLeft)),
                        ("right".into(), lang.t(WordsMsg::SideRight)),
                    ], match c.side { Side::Both => "both", Side::Left => "left", Side::Right => "right" }.into(),
                        on_value(view, |t, v| t.side = match v.as_str() { "left" => Side::Left, "right" => Side::Right, _ => Side::Both }), "side") }
                    { select(lang.t(WordsMsg::Statistic), vec![
                        ("logdice".into(), "logDice".into()),
                        ("mi".into(), "MI".into()),
                        ("ll".into(), "log-likelihood (G²)".into()),
                    ], match c.statistic { Statistic::LogDice => "logdice", Statistic::MutualInformation => "mi", Statistic::LogLikelihood => "ll" }.into(),
                        on_value(view, |t, v| t.statistic = match v.as_str() { "mi" => Statistic::MutualInformation, "ll" => Statistic::LogLikelihood, _ => Statistic::LogDice }), "stat") }
                    { min_field(lang.t(WordsMsg::MinCount), view, c.min_together) }
                </>
            }
        }
        Tool::Clusters => {
            let c = tools.cluster_options();
            html! {
                <>
                    { select(lang.t(WordsMsg::Size), (2..=5u8).map(|n| (n.to_string(), n.to_string())).collect(), c.size.to_string(),
                        on_value(view, |t, v| t.size = v.parse().ok()), "n") }
                    if view.has_query() {
                        { select(lang.t(WordsMsg::NodeAt), vec![
                            ("any".into(), lang.t(WordsMsg::NodeAnywhere)),
                            ("left".into(), lang.t(WordsMsg::NodeLeft)),
                            ("right".into(), lang.t(WordsMsg::NodeRight)),
                        ], match tools.node_at { NodeAt::Left => "left", NodeAt::Right => "right", NodeAt::Anywhere => "any" }.into(),
                            on_value(view, |t, v| t.node_at = match v.as_str() { "right" => NodeAt::Right, "left" => NodeAt::Left, _ => NodeAt::Anywhere }), "pos") }
                    }
                    { min_field(lang.t(WordsMsg::MinCount), view, c.min_count) }
                </>
            }
        }
        Tool::Plot => html! {},
    };
    html! { <div class="tool-options">{ options }</div> }
}
