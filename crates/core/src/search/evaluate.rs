//! Evaluating a query over an index, in two steps: find where each term occurs and which
//! articles hold it ([`QueryMatches`]), then score the matching articles with BM25 given how
//! many articles of the corpus hold each term. [`SearchIndex::search`] does both over one
//! index; a corpus kept as several indexes (one per delivered chunk, see `crate::delivery`)
//! adds up every index's document frequencies before scoring any, and so scores as one.

use super::hit::{Hit, SearchResult};
use super::index::SearchIndex;
use super::positions::TermOccurrences;
use super::query::{Field, Query};
use super::score;

/// A query's terms found in one index, not yet scored.
#[derive(Debug)]
pub struct QueryMatches<'a> {
    index: &'a SearchIndex,
    query: &'a Query,
    /// Where each plain term occurs in the texts (`None` for field terms).
    in_texts: Vec<Option<TermOccurrences>>,
    /// Per term, per article: whether the article holds the term.
    present: Vec<Vec<bool>>,
}

impl SearchIndex {
    /// The articles matching `query`, best first (ties in corpus order). An empty query
    /// matches every article, with no hits and score 0.
    pub fn search(&self, query: &Query) -> Vec<SearchResult> {
        let matches = self.prepare(query);
        matches.scored(|t| matches.doc_frequency(t), self.corpus_docs, self.avg_chars())
    }

    /// Finds `query`'s terms in this index: the first step of [`SearchIndex::search`].
    pub fn prepare<'a>(&'a self, query: &'a Query) -> QueryMatches<'a> {
        let terms = query.terms();
        // Where each plain term occurs in the texts, and which articles have each term (in
        // every article: their spread weighs them).
        let in_texts: Vec<Option<TermOccurrences>> = terms
            .iter()
            .enumerate()
            .map(|(t, term)| (term.field == Field::Any).then(|| self.text_occurrences(query.matcher(t))))
            .collect();
        let present: Vec<Vec<bool>> = terms
            .iter()
            .enumerate()
            .map(|(t, term)| {
                let m = query.matcher(t);
                self.docs
                    .iter()
                    .enumerate()
                    .map(|(d, doc)| match &in_texts[t] {
                        Some(occ) => !occ.in_doc(d).is_empty() || m.is_in(doc.title.as_str()),
                        None => doc.contains(m, term.field),
                    })
                    .collect()
            })
            .collect();
        QueryMatches {
            index: self,
            query,
            in_texts,
            present,
        }
    }
}

impl QueryMatches<'_> {
    /// For each of [`Query::terms`], how many articles of this index hold it (negated terms
    /// included).
    pub fn doc_frequencies(&self) -> Vec<usize> {
        (0..self.present.len()).map(|t| self.doc_frequency(t)).collect()
    }

    fn doc_frequency(&self, term: usize) -> usize {
        self.present[term].iter().filter(|&&x| x).count()
    }

    /// The matching articles of this index, best first (ties in index order), scored as in a
    /// corpus of `total` articles of average length `avg_chars` (in characters) where
    /// `doc_frequencies[t]` articles hold term `t` (one count per term, as
    /// [`QueryMatches::doc_frequencies`] gives, summed over every index of the corpus).
    pub fn results(&self, doc_frequencies: &[usize], total: usize, avg_chars: f32) -> Vec<SearchResult> {
        self.scored(|t| doc_frequencies.get(t).copied().unwrap_or(0), total, avg_chars)
    }

    /// [`QueryMatches::results`], with term `t`'s document frequency `df(t)` (computed where
    /// needed: [`SearchIndex::search`] makes no list of them).
    fn scored(&self, df: impl Fn(usize) -> usize, total: usize, avg_chars: f32) -> Vec<SearchResult> {
        let (query, present, in_texts) = (self.query, &self.present, &self.in_texts);
        let terms = query.terms();
        let idf: Vec<f32> = terms
            .iter()
            .enumerate()
            .map(|(t, term)| if term.negated { 0.0 } else { score::idf(total, df(t)) })
            .collect();

        let mut results = Vec::new();
        for (d, doc) in self.index.docs.iter().enumerate() {
            let holds = |t: usize| present[t][d] != terms[t].negated;
            if !query.clauses().iter().all(|clause| clause.iter().any(|&t| holds(t))) {
                continue;
            }
            // Room for every text hit at once (a common term has thousands in one article).
            let mut capacity = 0;
            for (t, occ) in in_texts.iter().enumerate() {
                match occ {
                    Some(occ) if !terms[t].negated && present[t][d] => capacity += occ.in_doc(d).len(),
                    _ => {}
                }
            }
            let mut hits = Vec::with_capacity(capacity);
            let mut title_hits = Vec::new();
            let mut term_hits = vec![0; terms.len()];
            let mut score = 0.0;
            for (t, term) in terms.iter().enumerate() {
                if term.negated || !present[t][d] {
                    continue;
                }
                let m = query.matcher(t);
                let mut in_text = 0;
                if let Some(occ) = &in_texts[t] {
                    let starts = occ.in_doc(d);
                    in_text = starts.len();
                    doc.text.push_hits(starts, m.pattern().len(), t, &mut hits);
                }
                if matches!(term.field, Field::Any | Field::Title) {
                    let before = title_hits.len();
                    let found = m.find_iter(doc.title.as_str());
                    title_hits.extend(doc.title.source_ranges(found).map(|range| Hit { range, term: t }));
                    let in_title = title_hits.len() > before;
                    score += score::term_score(idf[t], in_text, in_title, doc.chars, avg_chars);
                }
                term_hits[t] = in_text;
            }
            results.push(SearchResult {
                doc: d,
                score,
                hits: merge(hits),
                title_hits: merge(title_hits),
                term_hits,
            });
        }
        score::best_first(&mut results);
        results
    }
}

/// Sorts hits and merges overlapping ones (the earlier hit's term is kept).
fn merge(mut hits: Vec<Hit>) -> Vec<Hit> {
    if hits.windows(2).all(|w| w[0].range.end <= w[1].range.start) {
        return hits; // one term's hits, or several terms' that do not overlap in order
    }
    hits.sort_unstable_by_key(|h| (h.range.start, std::cmp::Reverse(h.range.end), h.term));
    let mut kept = 0;
    for i in 0..hits.len() {
        if kept > 0 && hits[i].range.start < hits[kept - 1].range.end {
            hits[kept - 1].range.end = hits[kept - 1].range.end.max(hits[i].range.end);
        } else {
            hits.swap(kept, i);
            kept += 1;
        }
    }
    hits.truncate(kept);
    hits
}

#[cfg(test)]
mod tests {
    use super::super::SearchDoc;
    use super::*;

    fn index(texts: &[&'static str]) -> SearchIndex {
        SearchIndex::from_docs(texts.iter().map(|&text| SearchDoc {
            title: "",
            text,
            author: None,
            source: ["", "", ""],
            date: None,
        }))
    }

    #[test]
    fn two_indexes_with_their_frequencies_added_score_as_one() {
        let texts = ["开源开源", "闭源", "开源与蒸馏，很长很长", "蒸馏"];
        let whole = index(&texts);
        let (a, b) = (index(&texts[..2]), index(&texts[2..]));
        let q = Query::parse("开源 | 蒸馏 -闭源");
        let (ma, mb) = (a.prepare(&q), b.prepare(&q));
        let df: Vec<usize> = ma
            .doc_frequencies()
            .iter()
            .zip(mb.doc_frequencies())
            .map(|(x, y)| x + y)
            .collect();
        assert_eq!(df, [2, 2, 1]);
        let mut joined = ma.results(&df, texts.len(), whole.avg_chars());
        joined.extend(
            mb.results(&df, texts.len(), whole.avg_chars())
                .into_iter()
                .map(|mut r| {
                    r.doc += 2;
                    r
                }),
        );
        score::best_first(&mut joined);
        assert_eq!(joined, whole.search(&q));
    }
}
