//! A link that opens an article in the reader and can say it is the article open now.

use crate::ui::route::Route;
use crate::ui::view_state::{href, ViewQuery};
use yew::prelude::*;

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

/// A plain link to `#/article/<id>` (see [`href`]), with `aria-current` on the open article.
#[function_component(ArticleLink)]
pub fn article_link(props: &ArticleLinkProps) -> Html {
    let to = Route::Article {
        id: props.id.to_string(),
    };
    html! {
        <a href={href(&to, props.query.as_ref())} aria-current={props.current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}
