//! The page's routes. They live in the URL hash (`#/article/<id>`), so every view is a deep
//! link that survives reload on any static host and any sub-path, and back/forward work.
//! The view state beside them in the hash's query is [`crate::ui::view_state`]; following the
//! hash is [`crate::ui::router`]. Paths are read and written as yew-router 0.20 did (tested
//! against it), so every link ever shared still opens the same view.

use crate::ui::percent::{decode_segment, encode_segment};

/// Every view of the explorer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The article list (filtered by the query, if any): `/`.
    List,
    /// One article in the reader: `/article/<id>`.
    Article {
        /// The article's id (its file name without extension).
        id: String,
    },
    /// Every occurrence of the query, one per line (keyword in context): `/kwic`.
    Concordance,
    /// The sources side by side: `/compare`.
    Compare,
    /// The corpus tools (word list, collocates, clusters, dispersion plot), per group: `/words`.
    Words,
    /// Anything else (its own path is `/404`).
    NotFound,
}

impl Route {
    /// The route of a hash's path (as the browser's URL parser normalizes it: `/article/%E6…`):
    /// one trailing `/` is ignored, the article id is one non-empty segment, percent-decoded
    /// (`+` stays `+`); anything else, an id that is not UTF-8 included, is [`Route::NotFound`].
    pub fn recognize(path: &str) -> Route {
        let path = path.strip_suffix('/').unwrap_or(path);
        let path = path.strip_prefix('/').unwrap_or(path);
        match path {
            "" => Route::List,
            "kwic" => Route::Concordance,
            "compare" => Route::Compare,
            "words" => Route::Words,
            _ => path
                .strip_prefix("article/")
                .filter(|id| !id.is_empty() && !id.contains('/'))
                .and_then(decode_segment)
                .map_or(Route::NotFound, |id| Route::Article { id }),
        }
    }

    /// The route's path, the article id percent-encoded (all but ASCII letters, digits, `-._~`).
    pub fn to_path(&self) -> String {
        match self {
            Route::List => "/".into(),
            Route::Article { id } => format!("/article/{}", encode_segment(id)),
            Route::Concordance => "/kwic".into(),
            Route::Compare => "/compare".into(),
            Route::Words => "/words".into(),
            Route::NotFound => "/404".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use yew_router::Routable;

    /// The routes as they were declared for yew-router: the reference behaviour.
    #[derive(Debug, Clone, PartialEq, Routable)]
    enum Old {
        #[at("/")]
        List,
        #[at("/article/:id")]
        Article { id: String },
        #[at("/kwic")]
        Concordance,
        #[at("/compare")]
        Compare,
        #[not_found]
        #[at("/404")]
        NotFound,
    }

    fn old(route: Old) -> Route {
        match route {
            Old::List => Route::List,
            Old::Article { id } => Route::Article { id },
            Old::Concordance => Route::Concordance,
            Old::Compare => Route::Compare,
            Old::NotFound => Route::NotFound,
        }
    }

    const PATHS: &[&str] = &[
        "",
        "/",
        "//",
        "///",
        "/kwic",
        "/kwic/",
        "/kwic//",
        "kwic",
        "/KWIC",
        "/kwicx",
        "/compare",
        "/compare/",
        "/compare/x",
        "/words/x",
        "/404",
        "/404/",
        "/article",
        "/article/",
        "/article//",
        "/article/a",
        "/article/a/",
        "/article/a/b",
        "/article/a/b/c",
        "/article/a.b",
        "/article/.",
        "/article/%",
        "/article/%E0%A4%A",
        "/article/%FF",
        "/article/%2F",
        "/article/a+b",
        "/article/%E6%8A%A5%20x",
        "/article/%e6%8a%a5",
        "/article/001_8a01f4ea65b6cdb0",
        "/%3Cimg%20src=x%3E",
        "/%",
        "/x/kwic",
        "/article:id",
        "/article/:id",
        "/article/*",
        "/.",
        "/..",
        "/article/%00",
    ];

    #[test]
    fn paths_are_recognized_as_yew_router_did() {
        for path in PATHS {
            assert_eq!(Route::recognize(path), old(Old::recognize(path).unwrap()), "{path:?}");
        }
    }

    #[test]
    fn paths_are_written_as_yew_router_did_and_read_back() {
        let ids = [
            "001_8a01f4ea65b6cdb0",
            "报道 一",
            "a/b",
            "a+b&c=d?e#f%g",
            "💥",
            ".",
            "~-_.",
            "\"'<>",
        ];
        for id in ids {
            let route = Route::Article { id: id.into() };
            let path = route.to_path();
            assert_eq!(path, Old::Article { id: id.into() }.to_path(), "{id:?}");
            assert_eq!(Route::recognize(&path), route, "{id:?}");
        }
        for (route, old_route) in [
            (Route::List, Old::List),
            (Route::Concordance, Old::Concordance),
            (Route::Compare, Old::Compare),
            (Route::NotFound, Old::NotFound),
        ] {
            assert_eq!(route.to_path(), old_route.to_path());
            assert_eq!(Route::recognize(&route.to_path()), route);
        }
    }

    #[test]
    fn the_word_tools_have_their_own_path() {
        assert_eq!(Route::recognize("/words"), Route::Words);
        assert_eq!(Route::recognize("/words/"), Route::Words);
        assert_eq!(Route::Words.to_path(), "/words");
    }

    #[test]
    fn garbage_paths_are_not_found() {
        for path in ["/article/a/b", "/article/%FF", "/nope", "/article/", "/kwic//"] {
            assert_eq!(Route::recognize(path), Route::NotFound, "{path:?}");
        }
    }
}
