//! The page's routes. They live in the URL hash (`#/article/<id>`), so every view
//! is a deep link that survives reload on any static host and any sub-path.

use explorer_core::listing::SortKey;
use serde::{Deserialize, Serialize};
use yew_router::prelude::*;

/// Every view of the explorer.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    /// The article list.
    #[at("/")]
    List,
    /// One article in the reader.
    #[at("/article/:id")]
    Article {
        /// The article's id (its file name without extension).
        id: String,
    },
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The list's state in the hash's query (`#/?sort=length&dir=asc`).
/// Unknown or malformed values fall back to the defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListQuery {
    /// Sort key name, see [`SortKey::as_str`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// `asc` or `desc`; absent means the key's default direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dir: Option<String>,
}

impl ListQuery {
    /// The sort key, defaulting to date.
    pub fn key(&self) -> SortKey {
        self.sort.as_deref().and_then(SortKey::parse).unwrap_or_default()
    }

    /// Whether the list is ascending.
    pub fn ascending(&self) -> bool {
        match self.dir.as_deref() {
            Some("asc") => true,
            Some("desc") => false,
            _ => explorer_core::listing::default_ascending(self.key()),
        }
    }

    /// The query for a key and direction.
    pub fn new(key: SortKey, ascending: bool) -> Self {
        ListQuery {
            sort: Some(key.as_str().into()),
            dir: Some(if ascending { "asc" } else { "desc" }.into()),
        }
    }
}
