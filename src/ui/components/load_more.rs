//! The end of a long list: a "show more" button that also presses itself when it
//! scrolls near the viewport, so scrolling loads more and keyboard users keep a button.

use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// How far below the viewport the button starts loading more (before it is seen).
const AHEAD: &str = "0px 0px 600px 0px";

/// Props: how many items are not shown yet, and what shows more.
#[derive(Properties, PartialEq)]
pub struct LoadMoreProps {
    /// Items not rendered yet.
    pub remaining: usize,
    /// Renders more items.
    pub onmore: Callback<()>,
}

/// The button, watched while it exists.
#[function_component(LoadMore)]
pub fn load_more(props: &LoadMoreProps) -> Html {
    let lang = use_lang();
    let button = use_node_ref();
    {
        let (button, onmore) = (button.clone(), props.onmore.clone());
        // Re-observed after each load: if the button is still near, more is loaded again.
        use_effect_with((props.remaining, onmore), move |(_, onmore)| {
            let onmore = onmore.clone();
            let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let near = entries
                    .iter()
                    .filter_map(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
                    .any(|e| e.is_intersecting());
                if near {
                    onmore.emit(());
                }
            });
            let options = IntersectionObserverInit::new();
            options.set_root_margin(AHEAD);
            let observer = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok();
            if let (Some(observer), Some(el)) = (&observer, button.cast::<web_sys::Element>()) {
                observer.observe(&el);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(callback);
            }
        });
    }
    let onclick = {
        let onmore = props.onmore.clone();
        Callback::from(move |_: MouseEvent| onmore.emit(()))
    };
    html! {
        <button type="button" class="show-more" ref={button} {onclick}>{ lang.t(Msg::ShowMore(props.remaining)) }</button>
    }
}
