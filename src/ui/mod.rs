//! The yew interface: routes, the app shell, pages (one per route) and
//! reusable components. Thin: sorting, matching and statistics come from the core.

pub mod app;
pub mod components;
pub mod pages;
pub mod route;

/// Replaces the loading message in `#app` (or the body) with the explorer.
pub fn mount() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    root.set_inner_html("");
    yew::Renderer::<app::App>::with_root(root).render();
}
