//! The hash router: where the page is ([`Location`]: the URL hash's path and query), kept in
//! a context by [`HashRouter`], read with [`use_location`] and [`use_route`], changed with
//! [`go`]. Ours rather than yew-router's: that did the same with a generic route recognizer,
//! a serialized history state per entry and serde for the query, 60 KB of WebAssembly (26 KB
//! gzip) for this page. It behaves as
//! yew-router 0.20's `HashRouter` did: the hash is parsed by the browser's URL parser relative
//! to the page (so `.` and `..` segments resolve and the path is percent-encoded the same
//! way), history entries are written with the whole URL and the hash set through the URL
//! parser, the location is read again after each write (`pushState` fires no event) and on
//! `popstate` and `hashchange` (links, back/forward, typed URLs).

use crate::ui::route::Route;
use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The event [`go`] sends every router after writing the history.
const WRITTEN: &str = "explorer-route";

/// Where the page is: the URL hash's path and query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The path (`/article/%E6%8A%A5`), as the URL parser writes it.
    pub path: String,
    /// The query without its `?` (`q=%E5%BC%80&hit=3`), empty when there is none.
    pub query: String,
}

impl Default for Location {
    /// The list: what an empty hash shows.
    fn default() -> Self {
        Location {
            path: "/".into(),
            query: String::new(),
        }
    }
}

impl Location {
    /// The location in the window's URL hash. An empty hash is the list; a hash the URL parser
    /// refuses (`#/\`), or one not starting with `/`, is the not-found view.
    fn current() -> Location {
        let location = gloo::utils::window().location();
        let hash = location.hash().unwrap_or_default();
        let hash = hash.strip_prefix('#').unwrap_or(&hash);
        if hash.is_empty() {
            return Location::default();
        }
        let base = location.href().unwrap_or_default();
        match web_sys::Url::new_with_base(hash, &base) {
            Ok(url) if hash.starts_with('/') => Location {
                path: url.pathname(),
                query: url.search().trim_start_matches('?').into(),
            },
            _ => Location {
                path: Route::NotFound.to_path(),
                query: String::new(),
            },
        }
    }
}

/// Replaces a URL hash the router cannot read (empty, not starting with `#/`, starting with
/// `#//`, or with broken percent-encoding) by the default view, in place, so any hash opens
/// a valid view.
pub fn sanitize_hash() {
    let window = gloo::utils::window();
    let location = window.location();
    let hash = location.hash().unwrap_or_default();
    let usable = hash.starts_with("#/") && !hash.starts_with("#//") && js_sys::decode_uri(&hash).is_ok();
    if usable {
        return;
    }
    let clean = format!(
        "{}{}#/",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&clean));
    }
}

/// Goes to `hash` (`#/kwic?q=…`, already encoded): a new history entry, or in place of the
/// current one if `replace`. The rest of the URL (sub-path, search) stays.
pub fn go(hash: &str, replace: bool) {
    let window = gloo::utils::window();
    let (Ok(href), Ok(history)) = (window.location().href(), window.history()) else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    url.set_hash(hash);
    let url = Some(url.href());
    let written = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", url.as_deref())
    } else {
        history.push_state_with_url(&JsValue::NULL, "", url.as_deref())
    };
    if written.is_err() {
        gloo::console::warn!("cannot update the URL");
    }
    if let Ok(event) = web_sys::Event::new(WRITTEN) {
        let _ = window.dispatch_event(&event);
    }
}

/// Children of the router.
#[derive(Properties, PartialEq)]
pub struct HashRouterProps {
    /// Everything that reads the location.
    pub children: Html,
}

/// Provides the [`Location`] and follows it. On start, a hash that is not a route (none at
/// all, or not `#/…`) is replaced by `#/`, as yew-router did.
#[function_component(HashRouter)]
pub fn hash_router(props: &HashRouterProps) -> Html {
    let location = use_state_eq(|| {
        sanitize_hash();
        Location::current()
    });
    {
        let location = location.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            location.set(Location::current());
            let listeners = ["popstate", "hashchange", WRITTEN].map(|event| {
                let location = location.clone();
                EventListener::new(&window, event, move |_| location.set(Location::current()))
            });
            move || drop(listeners)
        });
    }
    html! {
        <ContextProvider<Location> context={(*location).clone()}>{ props.children.clone() }</ContextProvider<Location>>
    }
}

/// The current location (the list's outside a router).
#[hook]
pub fn use_location() -> Location {
    use_context::<Location>().unwrap_or_default()
}

/// The current route.
#[hook]
pub fn use_route() -> Route {
    Route::recognize(&use_location().path)
}
