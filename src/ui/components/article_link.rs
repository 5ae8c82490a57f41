//! A link that opens an article in the reader and can say it is the article open now.

use crate::ui::route::{Route, ViewQuery};
use yew::prelude::*;
use yew_router::prelude::*;

/// Props: the article, the view state it opens with, whether it is open now.
#[derive(Properties, PartialEq)]
pub struct ArticleLinkProps {
    /// The article's id.
    pub id: AttrValue,
    /// The view state the reader opens with (`None`: a clean URL).
    #[prop_or_default]
    pub query: Option<ViewQuery>,
    /// Whether this is the article open beside the list: the link gets `aria-current="page"`.
    #[prop_or_default]
    pub current: bool,
    /// The link's content.
    #[prop_or_default]
    pub children: Html,
}

/// The router's link to `#/article/<id>`, plus `aria-current` (which the router's link cannot take).
#[function_component(ArticleLink)]
pub fn article_link(props: &ArticleLinkProps) -> Html {
    let anchor = use_node_ref();
    {
        let anchor = anchor.clone();
        // Every render: the attribute follows `current` and survives the anchor being re-created.
        let current = props.current;
        use_effect(move || {
            if let Some(a) = anchor.cast::<web_sys::Element>() {
                let _ = if current {
                    a.set_attribute("aria-current", "page")
                } else {
                    a.remove_attribute("aria-current")
                };
            }
        });
    }
    html! {
        <Link<Route, ViewQuery> to={Route::Article { id: props.id.to_string() }} query={props.query.clone()} anchor_ref={anchor}>
            { props.children.clone() }
        </Link<Route, ViewQuery>>
    }
}
