//! Where the routed view goes: alone in `<main>`, one view at a time, or, on a wide
//! screen while reading, beside the article list (list on the left in its own scrolling
//! pane, reader on the right). Phones never render the second list.

use crate::corpus::embedded;
use crate::ui::i18n::Msg;
use crate::ui::live_query::use_view_query;
use crate::ui::media::use_media_query;
use crate::ui::route::Route;
use crate::ui::router::use_route;
use crate::ui::state::use_lang;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Wide enough for the list and the reader side by side: 1100 px at the default font size
/// (in `em`, so a larger default font gets the single view sooner).
pub const SPLIT_MEDIA: &str = "(min-width: 68.75em)";

/// Props: the routed view, and what the list pane shows.
#[derive(Properties)]
pub struct PanesProps {
    /// What goes in `<main>` (the router's switch).
    pub children: Html,
    /// The article list beside the reader, marking the open article (given its id).
    pub list: fn(AttrValue) -> Html,
}

impl PartialEq for PanesProps {
    /// The routed view decides: `list` is one function for the page's lifetime.
    fn eq(&self, other: &Self) -> bool {
        self.children == other.children
    }
}

/// `<main>` with the routed view, preceded on wide screens in the reader by the article
/// list as a `<nav>` pane that marks the open article.
#[function_component(Panes)]
pub fn panes(props: &PanesProps) -> Html {
    let lang = use_lang();
    let wide = use_media_query(SPLIT_MEDIA);
    let route = use_route();
    let view = use_view_query();
    let open: Option<AttrValue> = match route {
        Route::Article { id } if wide && embedded().articles.iter().any(|a| a.id == id) => Some(id.into()),
        _ => None,
    };
    {
        let at_hit = view.hit.is_some();
        use_effect_with(open.clone(), move |open| {
            if let Some(id) = open {
                reveal_in_list(id);
                if !at_hit {
                    reader_to_top();
                }
            }
        });
    }
    html! {
        <div class={classes!("panes", open.is_some().then_some("split"))}>
            if let Some(current) = open {
                <nav class="list-pane" aria-label={lang.t(Msg::ListPaneLabel)}>
                    { (props.list)(current) }
                </nav>
            }
            <main id="main" tabindex="-1">{ props.children.clone() }</main>
        </div>
    }
}

/// Scrolls the list pane (only it) so the open article's item is in view, unless it already is.
fn reveal_in_list(id: &str) {
    let document = gloo::utils::document();
    let Some(pane) = document
        .query_selector(".list-pane")
        .ok()
        .flatten()
        .and_then(|p| p.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let Ok(items) = pane.query_selector_all(".article-item") else {
        return;
    };
    let item = (0..items.length())
        .filter_map(|i| items.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|el| el.get_attribute("data-id").as_deref() == Some(id));
    let Some(item) = item else { return };
    // The pane is sticky, so it is the items' offset parent: offsets are in its scroll coordinates.
    let (top, bottom) = (item.offset_top(), item.offset_top() + item.offset_height());
    let (seen_from, height) = (pane.scroll_top(), pane.client_height());
    // The pane is a viewport tall and may start below the header: count only its upper part as seen.
    if top < seen_from || bottom > seen_from + height * 2 / 3 {
        pane.set_scroll_top((top - height / 4).max(0));
    }
}

/// Brings the reader's top to the top of the window when a new article opens in the split
/// view, if the page was scrolled past it (the header stays away, the list does not move).
fn reader_to_top() {
    let window = gloo::utils::window();
    let Some(main) = gloo::utils::document()
        .get_element_by_id("main")
        .and_then(|m| m.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let top = f64::from(main.offset_top());
    if window.scroll_y().unwrap_or(0.0) > top {
        window.scroll_to_with_x_and_y(0.0, top);
    }
}
