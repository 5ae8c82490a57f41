//! The embedded engine over part of a corpus, scoring as over the whole: what the page runs
//! on the articles a query needs ([`super::plan::need`]).

use crate::model::Article;
use crate::search::{best_first, Query, SearchDoc, SearchIndex, SearchResult};
use std::collections::HashSet;

/// The articles matching `query` among `part` (global article numbers with their articles),
/// best first, as [`SearchIndex::search`] over the whole corpus of `total` articles (whose
/// index's [`SearchIndex::avg_chars`] is `avg_chars`) gives them: the same hits and scores
/// bit for bit, [`SearchResult::doc`] the global number. Exact whenever `part` holds every
/// article the query needs (more does no harm). Normalizes every article of `part`: a page
/// that searches again keeps a [`PartIndex`] instead.
pub fn search_part(query: &Query, part: &[(u32, &Article)], total: usize, avg_chars: f32) -> Vec<SearchResult> {
    let mut index = PartIndex::new(total, avg_chars);
    index.add(part);
    index.search(query)
}

/// The search index of the articles fetched so far, kept as one index per added group (a
/// chunk, say): adding a group normalizes only its articles, and a search adds up every
/// group's document frequencies before scoring, so it scores as one index over them all.
#[derive(Debug, Clone)]
pub struct PartIndex {
    total: usize,
    avg_chars: f32,
    /// Each group's global article numbers (ascending) and its index.
    parts: Vec<(Vec<u32>, SearchIndex)>,
    indexed: HashSet<u32>,
}

impl PartIndex {
    /// An empty index of part of a corpus of `total` articles whose whole index's
    /// [`SearchIndex::avg_chars`] is `avg_chars` (as the entry says).
    pub fn new(total: usize, avg_chars: f32) -> PartIndex {
        PartIndex {
            total,
            avg_chars,
            parts: Vec::new(),
            indexed: HashSet::new(),
        }
    }

    /// Indexes a group of articles with their global numbers (in any order; one already
    /// indexed, or repeated, is taken once).
    pub fn add(&mut self, part: &[(u32, &Article)]) {
        let mut part: Vec<(u32, &Article)> = part
            .iter()
            .copied()
            .filter(|(n, _)| !self.indexed.contains(n))
            .collect();
        part.sort_by_key(|&(n, _)| n);
        part.dedup_by_key(|&mut (n, _)| n);
        if part.is_empty() {
            return;
        }
        let index = SearchIndex::from_docs(part.iter().map(|&(_, a)| SearchDoc::from(a)));
        let globals: Vec<u32> = part.iter().map(|&(n, _)| n).collect();
        self.indexed.extend(&globals);
        self.parts.push((globals, index));
    }

    /// Indexes a chunk's articles, the first of them global article `first`.
    pub fn add_chunk(&mut self, first: u32, articles: &[Article]) {
        let part: Vec<(u32, &Article)> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| (first + i as u32, a))
            .collect();
        self.add(&part);
    }

    /// Whether global article `global` is indexed.
    pub fn contains(&self, global: u32) -> bool {
        self.indexed.contains(&global)
    }

    /// How many articles are indexed.
    pub fn len(&self) -> usize {
        self.indexed.len()
    }

    /// Whether no article is indexed.
    pub fn is_empty(&self) -> bool {
        self.indexed.is_empty()
    }

    /// The groups: each one's global article numbers (ascending; its index's article `i` is
    /// global article `numbers[i]`) and index.
    pub fn parts(&self) -> impl Iterator<Item = (&[u32], &SearchIndex)> {
        self.parts.iter().map(|(g, i)| (g.as_slice(), i))
    }

    /// The indexed articles matching `query`, best first, as [`search_part`] gives them.
    pub fn search(&self, query: &Query) -> Vec<SearchResult> {
        let prepared: Vec<_> = self.parts.iter().map(|(_, index)| index.prepare(query)).collect();
        let mut df = vec![0; query.terms().len()];
        for m in &prepared {
            for (sum, n) in df.iter_mut().zip(m.doc_frequencies()) {
                *sum += n;
            }
        }
        let mut results = Vec::new();
        for ((globals, _), m) in self.parts.iter().zip(&prepared) {
            results.extend(m.results(&df, self.total, self.avg_chars).into_iter().map(|mut r| {
                r.doc = globals[r.doc] as usize;
                r
            }));
        }
        if self.parts.len() > 1 {
            best_first(&mut results);
        }
        results
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article {
            text: text.into(),
            char_count: text.chars().count(),
            ..crate::test_support::article("a")
        }
    }

    const TEXTS: [&str; 6] = [
        "英伟达的股价",
        "无关的文字，很长很长",
        "英伟达英伟达",
        "另一篇",
        "英伟达",
        "英伟达，开源",
    ];

    fn whole() -> (Vec<Article>, SearchIndex) {
        let articles: Vec<Article> = TEXTS.iter().map(|t| article(t)).collect();
        let corpus = crate::model::Corpus {
            articles: articles.clone(),
            ..Default::default()
        };
        let index = SearchIndex::new(&corpus);
        (articles, index)
    }

    #[test]
    fn a_part_holding_the_matches_scores_as_the_whole_corpus() {
        let (articles, whole) = whole();
        let q = Query::parse("英伟达");
        let part: Vec<(u32, &Article)> = [4, 0, 2, 5].iter().map(|&n| (n, &articles[n as usize])).collect();
        assert_eq!(search_part(&q, &part, TEXTS.len(), whole.avg_chars()), whole.search(&q));
    }

    #[test]
    fn groups_added_apart_score_as_one() {
        let (articles, whole) = whole();
        let mut index = PartIndex::new(TEXTS.len(), whole.avg_chars());
        index.add_chunk(4, &articles[4..6]);
        index.add_chunk(0, &articles[0..2]);
        index.add(&[(2, &articles[2]), (0, &articles[0])]);
        assert_eq!((index.len(), index.contains(3), index.contains(2)), (5, false, true));
        for q in ["英伟达", "英伟达 | 开源", "的", "-开源"] {
            let q = Query::parse(q);
            let expected: Vec<SearchResult> = whole.search(&q).into_iter().filter(|r| r.doc != 3).collect();
            assert_eq!(index.search(&q), expected);
        }
        let sizes: Vec<usize> = index.parts().map(|(g, i)| g.len().min(i.len())).collect();
        assert_eq!(sizes, [2, 2, 1]);
    }

    #[test]
    fn without_the_corpus_stats_a_part_would_score_differently() {
        let articles: Vec<Article> = ["英伟达", "别的"].iter().map(|t| article(t)).collect();
        let part = [(0, &articles[0])];
        let as_whole = search_part(&Query::parse("英伟达"), &part, 2, 2.5);
        let alone = search_part(&Query::parse("英伟达"), &part, 1, 3.0);
        assert_ne!(as_whole[0].score, alone[0].score);
    }
}
