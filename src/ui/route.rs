//! The page's routes and view state. Both live in the URL hash
//! (`#/article/<id>?q=开源&hit=3`), so every view is a deep link that survives
//! reload on any static host and any sub-path, and back/forward work.

use explorer_core::compare::groups::GroupBy;
use explorer_core::listing::SortKey;
use explorer_core::search::{ConcordanceOrder, ResultOrder};
use serde::{Deserialize, Serialize};
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

/// The view state in the hash's query. Every field is optional and a value that
/// cannot be used falls back to the default: any hash opens a valid view.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewQuery {
    /// The filter query, as typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Sort key name (list: see [`SortKey`] and [`ResultOrder`]; concordance: [`ConcordanceOrder`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// `asc` or `desc`; absent means the key's default direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dir: Option<String>,
    /// The reader's current hit (0-based).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hit: Option<String>,
    /// The comparison's grouping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// The comparison's extra terms (comma or space separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<String>,
    /// The comparison chart's scale: `raw` for counts, else normalized rates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
}

/// How the article list is sorted: by a list key without a query, by a result order with one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListSort {
    /// No query: date, length or title.
    Browse(SortKey),
    /// With a query: relevance, date, hits or length.
    Results(ResultOrder),
}

impl ListSort {
    /// The name in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            ListSort::Browse(k) => k.as_str(),
            ListSort::Results(o) => o.as_str(),
        }
    }

    /// The choices offered with or without a query.
    pub fn choices(has_query: bool) -> Vec<ListSort> {
        if has_query {
            ResultOrder::ALL.into_iter().map(ListSort::Results).collect()
        } else {
            SortKey::ALL.into_iter().map(ListSort::Browse).collect()
        }
    }

    /// The default direction: titles A to Z, everything else biggest/newest first.
    pub fn default_ascending(self) -> bool {
        matches!(self, ListSort::Browse(SortKey::Title))
    }
}

impl ViewQuery {
    /// The query text, empty when absent.
    pub fn text(&self) -> &str {
        self.q.as_deref().unwrap_or("")
    }

    /// Whether there is a non-blank query.
    pub fn has_query(&self) -> bool {
        !self.text().trim().is_empty()
    }

    /// The list's sort: the named one if it fits (with or without a query), else the default.
    pub fn list_sort(&self) -> ListSort {
        let name = self.sort.as_deref().unwrap_or("");
        if self.has_query() {
            ListSort::Results(ResultOrder::parse(name).unwrap_or_default())
        } else {
            ListSort::Browse(SortKey::parse(name).unwrap_or_default())
        }
    }

    /// The concordance's order.
    pub fn concordance_order(&self) -> ConcordanceOrder {
        self.sort
            .as_deref()
            .and_then(ConcordanceOrder::parse)
            .unwrap_or_default()
    }

    /// Whether the sort is ascending.
    pub fn ascending(&self) -> bool {
        match self.dir.as_deref() {
            Some("asc") => true,
            Some("desc") => false,
            _ => self.list_sort().default_ascending(),
        }
    }

    /// The reader's current hit.
    pub fn hit(&self) -> Option<usize> {
        self.hit.as_deref().and_then(|h| h.parse().ok())
    }

    /// The comparison's grouping.
    pub fn group_by(&self) -> GroupBy {
        self.by.as_deref().and_then(GroupBy::parse).unwrap_or(GroupBy::Source)
    }

    /// This state with another query text; the reader's hit resets.
    pub fn with_text(&self, q: &str) -> Self {
        ViewQuery {
            q: (!q.is_empty()).then(|| q.to_string()),
            hit: None,
            ..self.clone()
        }
    }

    /// This state with another sort.
    pub fn with_sort(&self, sort: &str, ascending: bool) -> Self {
        ViewQuery {
            sort: Some(sort.to_string()),
            dir: Some(if ascending { "asc" } else { "desc" }.into()),
            ..self.clone()
        }
    }

    /// The query for a link: `None` when there is nothing to say, so URLs stay clean (`#/`, not `#/?`).
    pub fn link(&self) -> Option<Self> {
        (self != &ViewQuery::default()).then(|| self.clone())
    }

    /// What the article list and the reader share: the query and the list's sort, so the list
    /// beside the reader, and the way back to the list, keep their order.
    pub fn for_list(&self) -> Self {
        ViewQuery {
            sort: self.sort.clone(),
            dir: self.dir.clone(),
            ..self.carried()
        }
    }

    /// Only what carries over to another view: the query (and comparison settings).
    pub fn carried(&self) -> Self {
        ViewQuery {
            q: self.q.clone().filter(|q| !q.is_empty()),
            by: self.by.clone(),
            terms: self.terms.clone(),
            scale: self.scale.clone(),
            ..Default::default()
        }
    }
}

/// The view state of the current URL (defaults when absent or unusable), with the filter text
/// as typed if the URL does not hold it yet (see [`crate::ui::live_query`]).
#[yew::hook]
pub fn use_view_query() -> ViewQuery {
    let from_url = use_location()
        .and_then(|l| l.query::<ViewQuery>().ok())
        .unwrap_or_default();
    match yew::use_context::<crate::ui::live_query::LiveQuery>().and_then(|live| live.text) {
        Some(text) => from_url.with_text(&text),
        None => from_url,
    }
}

/// Navigates to `route` with `query` (pushing a history entry, or replacing the current one).
pub fn navigate(navigator: &Navigator, route: &Route, query: &ViewQuery, replace: bool) {
    let result = match (query.link(), replace) {
        (Some(q), false) => navigator.push_with_query(route, &q),
        (Some(q), true) => navigator.replace_with_query(route, &q),
        (None, false) => {
            navigator.push(route);
            Ok(())
        }
        (None, true) => {
            navigator.replace(route);
            Ok(())
        }
    };
    if let Err(e) = result {
        gloo::console::warn!(format!("cannot update the URL: {e}"));
    }
}

/// The `href` the router's `Link` gives a link to `route` with `query`, for a plain anchor.
/// Pages hold hundreds of links (keywords, concordance lines, results) and a `Link` costs a
/// component, a hook and a URL parse each; a click on a plain hash link is a history entry
/// the router follows like its own.
pub fn href(route: &Route, query: Option<&ViewQuery>) -> String {
    let mut href = format!("#{}", route.to_path());
    let encoded = query.and_then(|q| serde_urlencoded::to_string(q).ok());
    if let Some(q) = encoded.filter(|q| !q.is_empty()) {
        href.push('?');
        href.push_str(&q);
    }
    href
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn href_holds_the_route_and_the_encoded_query() {
        let q = ViewQuery {
            q: Some("开源 蒸馏".into()),
            by: Some("author".into()),
            ..Default::default()
        };
        assert_eq!(
            href(&Route::Compare, Some(&q)),
            "#/compare?q=%E5%BC%80%E6%BA%90+%E8%92%B8%E9%A6%8F&by=author"
        );
    }

    #[test]
    fn href_without_a_query_has_no_question_mark() {
        assert_eq!(href(&Route::List, Some(&ViewQuery::default())), "#/");
        assert_eq!(href(&Route::Concordance, None), "#/kwic");
    }

    #[test]
    fn href_encodes_an_article_id_with_spaces_and_chinese() {
        let route = Route::Article {
            id: "报道 一".into()
        };
        assert_eq!(href(&route, None), "#/article/%E6%8A%A5%E9%81%93%20%E4%B8%80");
    }
}
