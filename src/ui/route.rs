//! The page's routes. They live in the URL hash (`#/article/<id>`), so every view is a deep
//! link that survives reload on any static host and any sub-path, and back/forward work.
//! The view state beside them in the hash's query is [`crate::ui::view_state`].

use yew_router::prelude::*;

/// Every view of the explorer.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    /// The article list (filtered by the query, if any).
    #[at("/")]
    List,
    /// One article in the reader.
    #[at("/article/:id")]
    Article {
        /// The article's id (its file name without extension).
        id: String,
    },
    /// Every occurrence of the query, one per line (keyword in context).
    #[at("/kwic")]
    Concordance,
    /// The sources side by side.
    #[at("/compare")]
    Compare,
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}
