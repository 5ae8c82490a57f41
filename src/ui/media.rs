//! The viewport as hooks: whether a media query matches, following changes
//! (window resizes, phone rotation, zoom), so a layout can render only what fits.

use gloo::events::EventListener;
use web_sys::MediaQueryList;
use yew::prelude::*;

/// Whether `query` (e.g. `"(min-width: 68.75em)"`) matches now. Read at the first render, so
/// the first paint is already right, then updated by the query list's `change` event.
/// False where the browser cannot evaluate it.
#[hook]
pub fn use_media_query(query: &'static str) -> bool {
    let list = use_memo(query, |q| gloo::utils::window().match_media(q).ok().flatten());
    let matches = {
        let list = list.clone();
        use_state_eq(move || list.as_ref().as_ref().is_some_and(MediaQueryList::matches))
    };
    {
        let matches = matches.clone();
        use_effect_with(list, move |list| {
            let listener = list.as_ref().as_ref().map(|list| {
                let source = list.clone();
                matches.set(source.matches()); // in case it changed between render and now
                EventListener::new(list, "change", move |_| matches.set(source.matches()))
            });
            move || drop(listener)
        });
    }
    *matches
}
