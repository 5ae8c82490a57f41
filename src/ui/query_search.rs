//! One search of the whole corpus for the query, shared by the views that group its results.

use crate::corpus::{embedded, search_index};
use explorer_core::compare::columns::hits_per_article;
use explorer_core::search::{Query, SearchResult};

/// One search of the whole corpus for the query, whatever the grouping.
pub struct QuerySearch {
    /// The parsed query.
    pub query: Query,
    /// The matching articles, best first (none without a query).
    pub results: Vec<SearchResult>,
    /// Per article, its hits if it matches.
    pub hits: Vec<Option<u32>>,
}

impl QuerySearch {
    /// Searches the corpus for `q` (nothing for a blank query).
    pub fn new(q: &str) -> Self {
        let query = Query::parse(q);
        let results = if q.trim().is_empty() {
            Vec::new()
        } else {
            search_index().search(&query)
        };
        let hits = hits_per_article(&results, embedded().articles.len());
        QuerySearch { query, results, hits }
    }
}
