//! Keyboard shortcuts: `/` focuses the filter, `Esc` clears it, `j`/`k` move
//! through the results, `Enter` opens, `n`/`N` next/previous hit, `?` shows them.

use super::search_box::SEARCH_INPUT_ID;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

/// Listens for the shortcuts and shows their list on `?`.
#[function_component(Shortcuts)]
pub fn shortcuts() -> Html {
    let lang = use_lang();
    let open = use_state_eq(|| false);
    {
        let open = open.clone();
        use_effect_with((), move |_| {
            let options = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
                if e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                if handle(e, &open) {
                    e.prevent_default();
                }
            });
            move || drop(listener)
        });
    }
    if !*open {
        return html! {};
    }
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    html! {
        <div class="shortcuts" role="dialog" aria-modal="false" aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title">{ lang.t(Msg::ShortcutsTitle) }</h2>
            <dl>
                { for [("/", Msg::KeySlash), ("Esc", Msg::KeyEsc), ("j / k", Msg::KeyJk), ("Enter", Msg::KeyEnter),
                       ("n / N", Msg::KeyN), ("?", Msg::KeyHelp)].into_iter().map(|(key, msg)| html! {
                    <><dt><kbd>{ key }</kbd></dt><dd>{ lang.t(msg) }</dd></>
                }) }
            </dl>
            <button type="button" class="close" onclick={close}>{ lang.t(Msg::Close) }</button>
        </div>
    }
}

/// Acts on one key press; true if it was a shortcut.
fn handle(e: &KeyboardEvent, open: &UseStateHandle<bool>) -> bool {
    let document = gloo::utils::document();
    let active = document.active_element();
    let typing = active
        .as_ref()
        .map(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable")
        })
        .unwrap_or(false);
    let key = e.key();
    if key == "Escape" {
        if **open {
            open.set(false);
            return true;
        }
        let input = document
            .get_element_by_id(SEARCH_INPUT_ID)
            .and_then(|el| el.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input {
            if typing && !input.value().is_empty() {
                input.set_value("");
                let _ = input.dispatch_event(&web_sys::InputEvent::new("input").expect("an input event"));
                return true;
            }
            if typing {
                let _ = input.blur();
                return true;
            }
        }
        return false;
    }
    if typing {
        return false;
    }
    let click = |selector: &str| {
        if let Some(el) = document
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        {
            el.click();
            true
        } else {
            false
        }
    };
    match key.as_str() {
        "/" => document
            .get_element_by_id(SEARCH_INPUT_ID)
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
            .map(|el| el.focus().is_ok())
            .unwrap_or(false),
        "?" => {
            open.set(!**open);
            true
        }
        "n" => click(".next-hit"),
        "N" => click(".prev-hit"),
        "j" | "k" => move_through_results(key == "j"),
        _ => false,
    }
}

/// Moves focus to the next (or previous) result link; `Enter` then opens it. Starts from the
/// focused link, else from the article open beside the list (split view), else from an end.
fn move_through_results(forward: bool) -> bool {
    let document = gloo::utils::document();
    let Ok(links) = document.query_selector_all(".article-item .article-title a, .kwic-hit a") else {
        return false;
    };
    let n = links.length();
    if n == 0 {
        return false;
    }
    let active = document.active_element();
    let current = (0..n)
        .find(|&i| {
            let node = links.item(i);
            matches!((&node, &active), (Some(l), Some(a)) if l.is_same_node(Some(a)))
        })
        .or_else(|| {
            (0..n).find(|&i| {
                links
                    .item(i)
                    .and_then(|l| l.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|l| l.get_attribute("aria-current").as_deref() == Some("page"))
            })
        });
    let next = match (current, forward) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1).min(n - 1),
        (Some(i), false) => i.saturating_sub(1),
    };
    if let Some(el) = links.item(next).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
    true
}
