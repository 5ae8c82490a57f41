//! What a search finds: highlighted stretches ([`Hit`]) and matching articles
//! ([`SearchResult`]). A leaf of the search: normalization, the index, ranking, snippets
//! and the concordance all use these types, and these types use none of them.

use std::ops::Range;

/// One highlighted stretch: a byte range (on char boundaries) and the term it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Byte range in [`crate::model::Article::text`] (or [`crate::model::Article::title`] for title hits).
    pub range: Range<usize>,
    /// Index into [`super::Query::terms`] of the term found here (the first one, where terms overlap).
    pub term: usize,
}

/// One matching article.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResult {
    /// The article's position in the corpus.
    pub doc: usize,
    /// Relevance (see [ranking](crate::search#ranking)); higher is better.
    pub score: f32,
    /// Where the positive terms occur in the text, sorted, not overlapping (overlapping
    /// occurrences of different terms are merged into one hit).
    pub hits: Vec<Hit>,
    /// Where plain and `title:` terms occur in the title, sorted, not overlapping.
    pub title_hits: Vec<Hit>,
    /// For each of [`super::Query::terms`]: how often it occurs in the text (0 for negated and field terms).
    pub term_hits: Vec<usize>,
}

impl SearchResult {
    /// The number of highlighted stretches in the text.
    pub fn hit_count(&self) -> usize {
        self.hits.len()
    }
}
