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
//!
//! A corpus served in chunks (`crate::delivery`) carries the table in pieces, one per chunk of
//! articles ([`slice`]: the same layout over those articles, numbered from 0 in the piece,
//! other articles still by their corpus number), and its clusters apart ([`trailer`], in the
//! head file); the page puts them back together ([`join`]), word for word the table they were
//! cut from.

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

/// The table's words (a missing or cut last word reads as 0).
fn words(table: &[u8]) -> Vec<u32> {
    let mut w = Words { bytes: table, at: 0 };
    (0..table.len().div_ceil(4)).map(|_| w.next()).collect()
}

/// The record of an article that shares nothing: not a copy, no summary, no marks.
const EMPTY_RECORD: [u32; 5] = [0, 0, 0, 0, 0];

/// Article `a`'s record in a table's `words`; an article the table lacks shares nothing.
fn record(words: &[u32], a: u32) -> &[u32] {
    let at = |i: u32| words.get(1 + i as usize).map_or(0, |&w| w as usize);
    if a >= words.first().copied().unwrap_or(0) {
        return &EMPTY_RECORD;
    }
    words.get(at(a)..at(a + 1)).unwrap_or(&EMPTY_RECORD)
}

/// The part of `table` ([`encode`]'s output) for the articles `range`: a table of
/// `range.len()` articles, the first being `range.start`'s record. The records keep the other
/// articles' corpus numbers, so [`decode`]`(&slice(t, r), a - r.start)` is `decode(t, a)`. An
/// article past the table's end shares nothing.
pub fn slice(table: &[u8], range: std::ops::Range<u32>) -> Vec<u8> {
    let words = words(table);
    assemble(range.map(|a| record(&words, a)))
}

/// The clusters of `table` ([`encode`]'s output) apart from its records: the words after the
/// last record (their number, then each cluster), as bytes; what a chunked corpus's head
/// carries, since a cluster's articles may lie in any chunks. Empty for an empty table.
pub fn trailer(table: &[u8]) -> Vec<u8> {
    let words = words(table);
    let n = words.first().copied().unwrap_or(0) as usize;
    let start = words.get(1 + n).map_or(words.len(), |&w| w as usize);
    let rest = words.get(start..).unwrap_or(&[]);
    rest.iter().flat_map(|w| w.to_le_bytes()).collect()
}

/// The whole table from its [`slice`]s over consecutive ranges, in order, and its
/// [`trailer`]: every article's record exactly as in the table they were cut from (the page's
/// pieces, one per chunk), then its clusters; `join(&slices, &trailer(t))` is `t` word for
/// word. An empty `trailer` leaves the table without clusters.
pub fn join(pieces: &[&[u8]], trailer: &[u8]) -> Vec<u8> {
    let words: Vec<Vec<u32>> = pieces.iter().map(|p| words(p)).collect();
    let mut table = assemble(
        words
            .iter()
            .flat_map(|w| (0..w.first().copied().unwrap_or(0)).map(|a| record(w, a))),
    );
    if trailer.len() >= 4 {
        table.truncate(table.len() - 4); // The slices' "no clusters", replaced by the trailer.
        table.extend_from_slice(&trailer[..trailer.len() / 4 * 4]);
    }
    table
}

/// A table of these records, in order, and no clusters.
fn assemble<'a>(records: impl Iterator<Item = &'a [u32]>) -> Vec<u8> {
    let records: Vec<&[u32]> = records.collect();
    let n = records.len();
    let mut out: Vec<u32> = Vec::with_capacity(2 + n + records.iter().map(|r| r.len()).sum::<usize>());
    out.push(n as u32);
    let mut at = (1 + n + 1) as u32;
    for r in &records {
        out.push(at);
        at += r.len() as u32;
    }
    out.push(at);
    for r in records {
        out.extend_from_slice(r);
    }
    out.push(0); // No clusters: a slice carries its articles' records only.
    out.into_iter().flat_map(u32::to_le_bytes).collect()
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

/// Every article's [`Shares::copy_of`] from `table`, without decoding the rest: what
/// [`crate::collapse::hidden`] needs. Empty for an empty table.
pub fn copies(table: &[u8]) -> Vec<Option<u32>> {
    let mut w = Words { bytes: table, at: 0 };
    let n = (w.next() as usize).min(table.len() / 4);
    (0..n)
        .map(|i| {
            w.at = 1 + i;
            w.at = w.next() as usize;
            w.next().checked_sub(1)
        })
        .collect()
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

    use crate::model::{Article, CopyOf, PassageCluster};

    #[test]
    fn an_empty_table_shares_nothing() {
        assert_eq!(decode(&[], 0), Shares::default());
        let table = encode(&Passages::default(), &Corpus::default());
        assert_eq!(decode(&table, 0), Shares::default());
        assert!(copies(&[]).is_empty() && copies(&table).is_empty());
        assert!(clusters(&[]).is_empty() && clusters(&table).is_empty());
    }

    /// A table of five articles: 0, 2 and 3 share a passage, 4 is a copy of 1.
    fn table() -> Vec<u8> {
        let text = "共有的一段话，足够长的一段共同文字在这里出现了。其余的内容。";
        let corpus = Corpus {
            articles: (0..5)
                .map(|i| Article {
                    text: text.into(),
                    ..crate::test_support::article(&format!("a{i}"))
                })
                .collect(),
            ..Corpus::default()
        };
        let member = |article, end| PassageMember { article, start: 0, end };
        let passages = Passages {
            clusters: vec![
                PassageCluster {
                    members: vec![member(0, 30), member(2, 30), member(3, 27)],
                    similarity: 900,
                    chars: 10,
                },
                PassageCluster {
                    members: vec![member(4, 24), member(1, 24)],
                    similarity: 1000,
                    chars: 8,
                },
            ],
            copies: vec![CopyOf {
                copy: 4,
                of: 1,
                original: None,
                share: 950,
            }],
            ..Passages::default()
        };
        encode(&passages, &corpus)
    }

    #[test]
    fn slices_read_as_the_whole_table_and_join_back_to_it() {
        let whole = table();
        for cuts in [&[0, 5][..], &[0, 2, 3, 5], &[0, 1, 2, 3, 4, 5], &[0, 0, 4, 5]] {
            let pieces: Vec<Vec<u8>> = cuts.windows(2).map(|r| slice(&whole, r[0]..r[1])).collect();
            for (r, piece) in cuts.windows(2).zip(&pieces) {
                for a in r[0]..r[1] {
                    assert_eq!(decode(piece, a - r[0]), decode(&whole, a), "article {a} in {r:?}");
                }
            }
            let refs: Vec<&[u8]> = pieces.iter().map(Vec::as_slice).collect();
            // The pieces and the trailer give back the table word for word, clusters included.
            assert_eq!(join(&refs, &trailer(&whole)), whole, "cut at {cuts:?}");
            assert_eq!(clusters(&join(&refs, &trailer(&whole))), clusters(&whole));
            // Without the trailer: every record, no cluster.
            let bare = join(&refs, &[]);
            assert_eq!(bare, join(&[&whole], &[]), "cut at {cuts:?}");
            assert!(clusters(&bare).is_empty());
            assert_eq!(copies(&bare), copies(&whole));
            for a in 0..5 {
                assert_eq!(decode(&bare, a), decode(&whole, a));
            }
        }
        assert_eq!(clusters(&whole).len(), 2);
        assert!(!decode(&whole, 2).marks.is_empty());
        assert_eq!(decode(&slice(&whole, 3..5), 1).copy_of, Some(1));
    }

    #[test]
    fn a_slice_past_the_table_shares_nothing() {
        let piece = slice(&[], 0..2);
        assert_eq!(decode(&piece, 1), Shares::default());
        let empty = encode(&Passages::default(), &Corpus::default());
        assert_eq!(join(&[], &[]), empty);
        assert_eq!(join(&[], &trailer(&empty)), empty);
        assert_eq!(trailer(&empty), 0u32.to_le_bytes());
        assert!(trailer(&[]).is_empty());
    }
}
