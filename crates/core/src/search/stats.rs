//! Per-source tallies of a term's occurrences, for the comparison view.

use super::index::SearchIndex;

/// How often a term occurs in one source's articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceTally {
    /// The source's key ([`crate::model::Source::key`]).
    pub source_key: String,
    /// How many articles the source has.
    pub docs: usize,
    /// How many of them contain the term.
    pub docs_with: usize,
    /// How often the term occurs in them together.
    pub occurrences: usize,
    /// Their total length in characters.
    pub chars: usize,
}

impl SourceTally {
    /// Occurrences per 10,000 characters of the source's text (0 for no text).
    pub fn per_10k_chars(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.occurrences as f64 * 10_000.0 / self.chars as f64
        }
    }
}

impl SearchIndex {
    /// Groups per-article counts (as from [`SearchIndex::occurrences`]) by source, in order of
    /// each source's first article. Counts beyond the indexed articles are ignored.
    pub fn tally_by_source(&self, per_doc: &[usize]) -> Vec<SourceTally> {
        let mut out: Vec<SourceTally> = Vec::new();
        for doc in 0..self.len() {
            let count = per_doc.get(doc).copied().unwrap_or(0);
            let key = self.source_key(doc);
            let i = match out.iter().position(|t| t.source_key == key) {
                Some(i) => i,
                None => {
                    out.push(SourceTally {
                        source_key: key.to_string(),
                        docs: 0,
                        docs_with: 0,
                        occurrences: 0,
                        chars: 0,
                    });
                    out.len() - 1
                }
            };
            let t = &mut out[i];
            t.docs += 1;
            t.docs_with += usize::from(count > 0);
            t.occurrences += count;
            t.chars += self.chars(doc);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Query, SearchDoc};
    use super::*;

    fn doc(key: &'static str, text: &'static str) -> SearchDoc<'static> {
        SearchDoc {
            title: "",
            text,
            author: None,
            source: [key, key, key],
            date: None,
        }
    }

    #[test]
    fn tallies_group_articles_by_source() {
        let idx = SearchIndex::from_docs([doc("qq", "开源开源"), doc("kjdb", "闭源"), doc("qq", "开源")]);
        let q = Query::parse("开源");
        let tally = idx.tally_by_source(&idx.occurrences(&q, 0));
        let rows: Vec<(&str, usize, usize, usize, usize)> = tally
            .iter()
            .map(|t| (t.source_key.as_str(), t.docs, t.docs_with, t.occurrences, t.chars))
            .collect();
        assert_eq!(rows, [("qq", 2, 2, 3, 6), ("kjdb", 1, 0, 0, 2)]);
    }

    #[test]
    fn rate_is_per_ten_thousand_characters() {
        let t = SourceTally {
            source_key: "qq".into(),
            docs: 1,
            docs_with: 1,
            occurrences: 3,
            chars: 6000,
        };
        assert_eq!(t.per_10k_chars(), 5.0);
    }
}
