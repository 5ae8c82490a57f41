//! One search of the whole corpus for the query, shared by the views that group its results.

use crate::corpus::{embedded, search_index};
use explorer_core::compare::columns::hits_per_article;
use explorer_core::search::{Hit, Query, SearchResult};
use std::cell::OnceCell;
use std::ops::Range;

/// One search of the whole corpus for the query, whatever the grouping.
pub struct QuerySearch {
    /// The parsed query.
    pub query: Query,
    /// The matching articles, best first (none without a query).
    pub results: Vec<SearchResult>,
    /// Per article, its hits if it matches.
    pub hits: Vec<Option<u32>>,
    by_article: OnceCell<Vec<(usize, Vec<Hit>)>>,
    ranges: OnceCell<Vec<(usize, Vec<Range<usize>>)>>,
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
        QuerySearch {
            query,
            results,
            hits,
            by_article: OnceCell::new(),
            ranges: OnceCell::new(),
        }
    }

    /// The matching articles' hits, by article: what the dispersion plot marks. Made once per
    /// search, however many columns read it.
    pub fn hits_by_article(&self) -> &[(usize, Vec<Hit>)] {
        self.by_article.get_or_init(|| {
            let mut hits: Vec<_> = self.results.iter().map(|r| (r.doc, r.hits.clone())).collect();
            hits.sort_unstable_by_key(|(doc, _)| *doc);
            hits
        })
    }

    /// The matching articles' hit ranges, by article: where the collocates and clusters start.
    pub fn hit_ranges(&self) -> &[(usize, Vec<Range<usize>>)] {
        self.ranges.get_or_init(|| {
            let hits = self.hits_by_article().iter();
            hits.map(|(doc, h)| (*doc, h.iter().map(|h| h.range.clone()).collect()))
                .collect()
        })
    }
}
