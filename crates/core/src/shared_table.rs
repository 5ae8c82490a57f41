//! The shared passages as the page reads them: everything it shows of an article's shared
//! passages ([`crate::shared_text`]'s marks, its summary line, whose copy it is), decided at
//! build time and written as one flat table of little-endian `u32`s ([`encode`]), which the
//! page reads back by hand ([`decode`]). The page then carries no passage logic and no serde
//! decoder for [`Passages`]: on the seeds that is kilobytes of WebAssembly less.
//!
//! Layout: the number of articles `n`, then `n + 1` offsets (in words) of each article's
//! record; a record is `copy_of + 1` (0: not a copy), the summary's passage count and percent
//! (0 0: no summary line), its articles, then the number of marks and each mark's start, end
//! and other articles. A list of articles is its length, then `article start end` each.
//! After the last record come the clusters themselves ([`clusters`], for the comparison's
//! shared-passages section): their number, then each one's similarity (per mille), length
//! in comparable characters and list of articles.

use crate::model::{Corpus, PassageCluster, PassageMember, Passages};
use crate::shared_text::{marks, summary, Mark, Summary};

/// The name of the file the build writes the table to beside the embedded corpus.
pub const FILE: &str = "shared.u32";

/// What the page shows of one article's shared passages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shares {
    /// The stretches of its text other articles hold ([`marks`]).
    pub marks: Vec<Mark>,
    /// The line above its text ([`summary`]); `None` when it shares nothing.
    pub summary: Option<Summary>,
    /// The article it is a copy of, if it is one ([`Passages::copy_of`]).
    pub copy_of: Option<u32>,
}

/// The table for every article of `corpus` (their displayed texts), from its `passages`.
pub fn encode(passages: &Passages, corpus: &Corpus) -> Vec<u8> {
    let n = corpus.articles.len();
    let mut records: Vec<u32> = Vec::new();
    let mut offsets = Vec::with_capacity(n + 1);
    for (i, article) in corpus.articles.iter().enumerate() {
        offsets.push((1 + n + 1 + records.len()) as u32);
        let i = i as u32;
        records.push(passages.copy_of(i).map_or(0, |c| c.of + 1));
        match summary(passages, i, &article.text) {
            Some(s) => {
                records.extend([s.passages as u32, s.percent]);
                push_members(&mut records, &s.with);
            }
            None => records.extend([0, 0, 0]),
        }
        let marks = marks(passages, i);
        records.push(marks.len() as u32);
        for m in &marks {
            records.extend([m.range.start as u32, m.range.end as u32]);
            push_members(&mut records, &m.elsewhere);
        }
    }
    offsets.push((1 + n + 1 + records.len()) as u32);
    records.push(passages.clusters.len() as u32);
    for c in &passages.clusters {
        records.extend([u32::from(c.similarity), c.chars]);
        push_members(&mut records, &c.members);
    }
    let words = std::iter::once(n as u32).chain(offsets).chain(records);
    words.flat_map(u32::to_le_bytes).collect()
}

fn push_members(out: &mut Vec<u32>, members: &[PassageMember]) {
    out.push(members.len() as u32);
    for m in members {
        out.extend([m.article, m.start, m.end]);
    }
}

/// Reads words from the table; past its end every word is 0 (an empty table shares nothing).
struct Words<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Words<'_> {
    fn next(&mut self) -> u32 {
        let word = self.bytes.get(self.at * 4..self.at * 4 + 4);
        self.at += 1;
        word.map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn members(&mut self) -> Vec<PassageMember> {
        (0..self.next())
            .map(|_| PassageMember {
                article: self.next(),
                start: self.next(),
                end: self.next(),
            })
            .collect()
    }
}

/// What `table` ([`encode`]'s output) says of `article`; nothing for an article it lacks.
pub fn decode(table: &[u8], article: u32) -> Shares {
    let mut w = Words { bytes: table, at: 0 };
    if article >= w.next() {
        return Shares::default();
    }
    w.at = 1 + article as usize;
    w.at = w.next() as usize;
    let copy_of = w.next().checked_sub(1);
    let (passages, percent, with) = (w.next() as usize, w.next(), w.members());
    let summary = (!with.is_empty()).then_some(Summary {
        passages,
        percent,
        with,
        copy_of,
    });
    let marks = (0..w.next())
        .map(|_| Mark {
            range: w.next() as usize..w.next() as usize,
            elsewhere: w.members(),
        })
        .collect();
    Shares {
        marks,
        summary,
        copy_of,
    }
}

/// Every passage cluster `table` ([`encode`]'s output) holds, in the build's order; none for
/// an empty table.
pub fn clusters(table: &[u8]) -> Vec<PassageCluster> {
    let mut w = Words { bytes: table, at: 0 };
    w.at = 1 + w.next() as usize;
    w.at = w.next() as usize;
    (0..w.next())
        .map(|_| PassageCluster {
            similarity: w.next().min(1000) as u16,
            chars: w.next(),
            members: w.members(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_table_shares_nothing() {
        assert_eq!(decode(&[], 0), Shares::default());
        let table = encode(&Passages::default(), &Corpus::default());
        assert_eq!(decode(&table, 0), Shares::default());
        assert!(clusters(&[]).is_empty() && clusters(&table).is_empty());
    }
}
