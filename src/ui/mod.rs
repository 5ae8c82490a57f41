//! The yew interface: routes, the app shell, pages (one per route) and
//! reusable components. Thin: sorting, matching and statistics come from the core.

pub mod app;
pub mod components;
pub mod groups;
pub mod i18n;
pub mod live_query;
pub mod media;
pub mod pages;
pub mod percent;
pub mod progressive;
pub mod ptr;
pub mod query_search;
pub mod route;
pub mod router;
#[cfg(explorer_chunked)]
pub mod start;
pub mod state;
pub mod tool_state;

pub mod view_state;

use wasm_bindgen::JsCast;

/// Replaces the loading message in `#app` (or the body) with the explorer,
/// installs the panic panel and registers the offline service worker.
pub fn mount() {
    // Before anything folds text: the core's page build ships no fold table of its own.
    crate::corpus::install_fold_table();
    // Through yew: a hook set with std::panic::set_hook is replaced by yew's own when it renders.
    yew::set_custom_panic_hook(Box::new(show_panic_panel));
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    // Registered before the router's own listener, so the router only ever sees usable hashes.
    router::sanitize_hash();
    for event in ["popstate", "hashchange"] {
        gloo::events::EventListener::new(&gloo::utils::window(), event, |_| router::sanitize_hash()).forget();
    }
    // The first render in a task of its own, apart from the WebAssembly start-up before it.
    gloo::timers::callback::Timeout::new(0, move || {
        root.set_inner_html("");
        #[cfg(not(explorer_chunked))]
        yew::Renderer::<app::App>::with_root(root).render();
        #[cfg(explorer_chunked)]
        START.with(|s| {
            let props = start::StartScreenProps {
                on_loaded: yew::Callback::from(|()| mount_app()),
            };
            *s.borrow_mut() = Some(yew::Renderer::<start::StartScreen>::with_root_and_props(root, props).render());
        });
    })
    .forget();
    // A chunked corpus registers the worker once every file is in: it then caches them from
    // the browser's HTTP cache instead of fetching them beside the page.
    #[cfg(not(explorer_chunked))]
    register_service_worker();
}

#[cfg(explorer_chunked)]
thread_local! {
    /// The loading screen, until [`mount_app`] replaces it.
    static START: std::cell::RefCell<Option<yew::AppHandle<start::StartScreen>>> = const { std::cell::RefCell::new(None) };
}

/// Replaces the loading screen with the explorer, once the chunked corpus is installed.
#[cfg(explorer_chunked)]
fn mount_app() {
    // Not from inside the loading screen's own callback: it is destroyed here.
    gloo::timers::callback::Timeout::new(0, || {
        if let Some(handle) = START.with(|s| s.borrow_mut().take()) {
            handle.destroy();
        }
        let document = gloo::utils::document();
        let root = document
            .get_element_by_id("app")
            .unwrap_or_else(|| gloo::utils::body().into());
        root.set_inner_html("");
        yew::Renderer::<app::App>::with_root(root).render();
        register_service_worker();
    })
    .forget();
}

/// Builds the search index after the next paint, in slices (see [`index_between_frames`]).
/// The app calls it once its first page is painted: never before (at a thousand articles the
/// index takes longer than the first paint itself), and the first keystroke is quick.
pub(crate) fn index_after_next_paint() {
    // Runs once, for the page's lifetime: never cancelled.
    std::mem::forget(progressive::after_next_paint(index_between_frames));
}

/// Builds the search index in slices of a few milliseconds, each in its own task, so input
/// and painting go on meanwhile (a keystroke before the end finishes the index at once).
fn index_between_frames() {
    let deadline = js_sys::Date::now() + 8.0;
    if !crate::corpus::index_some(|| js_sys::Date::now() < deadline) {
        gloo::timers::callback::Timeout::new(0, index_between_frames).forget();
    }
}

/// A friendly panel instead of a blank page if the app ever panics.
fn show_panic_panel(info: &std::panic::PanicHookInfo<'_>) {
    gloo::console::error!(format!("explorer panicked: {info}"));
    let document = gloo::utils::document();
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("panic-panel");
    let _ = panel.set_attribute("role", "alert");
    // Text only: the message may contain anything.
    panel.set_text_content(Some(
        "出错了，请刷新页面。Something went wrong: please reload the page. \
         If it happens again, the browser console has the details.",
    ));
    let _ = gloo::utils::body().prepend_with_node_1(&panel);
}

/// Registers `sw.js` (written by the release build) so the page works offline.
/// Absent in development builds and tests, and skipped off http(s) (the single file
/// `explorer.html` opened from disk has no worker to register); failures are ignored.
fn register_service_worker() {
    let window = gloo::utils::window();
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return;
    }
    let navigator = window.navigator();
    let has_sw = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    let is_release_bundle = gloo::utils::document()
        .query_selector("meta[http-equiv='Content-Security-Policy']")
        .ok()
        .flatten()
        .is_some();
    if !has_sw || !is_release_bundle {
        return;
    }
    let promise = navigator.service_worker().register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
            let message = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default();
            gloo::console::warn!(format!("offline support unavailable: {message}"));
        }
    });
}
