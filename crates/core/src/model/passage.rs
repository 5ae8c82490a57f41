//! Shared passages, copies and spelling variants: what the build found repeated across
//! articles (`passages::detect`, feature `ingest`), in the compact form the page reads.
//!
//! Ranges are byte offsets into [`super::Article::text`] on char boundaries, the unit the
//! search's hits use ([`crate::search::Hit::range`]); articles are indexes into
//! [`super::Corpus::articles`]; similarities and shares are integers per mille, to keep the
//! embedded bytes small.

use serde::{Deserialize, Serialize};

/// Everything the detection found in one corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passages {
    /// Passages held by two or more articles, each once with all its articles.
    pub clusters: Vec<PassageCluster>,
    /// Articles mostly (≥ 80 %) found in one other article.
    pub copies: Vec<CopyOf>,
    /// Spellings of one name or word found in the corpus, with their counts.
    pub variants: Vec<VariantSet>,
}

/// One passage and every article that holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassageCluster {
    /// Where each article holds it, sorted by article then start (an article that repeats
    /// the passage is listed once per place).
    pub members: Vec<PassageMember>,
    /// How alike the copies are, per mille (1000: the same letters and characters,
    /// punctuation and spaces aside): the mean over the aligned pairs behind the cluster.
    pub similarity: u16,
    /// The longest member's length in comparable characters (letters, digits and Han
    /// characters; punctuation and spaces not counted).
    pub chars: u32,
}

/// One place a passage occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassageMember {
    /// Index into the corpus's articles.
    pub article: u32,
    /// Byte offset in the article's text where the passage starts (a char boundary).
    pub start: u32,
    /// Byte offset where it ends (exclusive, a char boundary).
    pub end: u32,
}

/// An article whose text is mostly found in one other article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyOf {
    /// The article mostly found elsewhere (of two near-identical ones, the later or, undated,
    /// the one later in the corpus).
    pub copy: u32,
    /// The article it is found in.
    pub of: u32,
    /// The likely original: the earlier-dated of the two; `None` when that is unknown (one
    /// or both undated, or the same time).
    pub original: Option<u32>,
    /// How much of the copy's text is found in the other, per mille (≥ 800).
    pub share: u16,
}

/// Spellings of one name or word, e.g. 张文伟 and 张文纬, or OpenAI and Openai.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VariantSet {
    /// Each spelling and how often the corpus writes it, most frequent first.
    pub spellings: Vec<(String, u32)>,
}

/// How much one article shares with another (see [`Passages::shared_with`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SharedWith {
    /// The other article.
    pub article: u32,
    /// How many passages the two share.
    pub passages: u32,
    /// How many bytes of this article's text those passages cover (overlaps counted once).
    pub bytes: u32,
}

impl Passages {
    /// The passages in one article, by start: (index into [`Passages::clusters`], where).
    pub fn of_article(&self, article: u32) -> Vec<(usize, PassageMember)> {
        let mut out: Vec<(usize, PassageMember)> = self
            .clusters
            .iter()
            .enumerate()
            .flat_map(|(i, c)| c.members.iter().filter(|m| m.article == article).map(move |m| (i, *m)))
            .collect();
        crate::sorting::sort_by_key(&mut out, |&(i, m)| (m.start, m.end, i));
        out
    }

    /// The articles one article shares passages with, most shared text first (then by
    /// article): how many passages and how many bytes of this article's text they cover.
    pub fn shared_with(&self, article: u32) -> Vec<SharedWith> {
        let mut spans: Vec<(u32, u32, u32, usize)> = Vec::new(); // (other, start, end, cluster)
        for (i, c) in self.clusters.iter().enumerate() {
            let own = c.members.iter().filter(|m| m.article == article);
            for m in own {
                for o in c.members.iter().filter(|o| o.article != article) {
                    spans.push((o.article, m.start, m.end, i));
                }
            }
        }
        crate::sorting::sort_by(&mut spans, Ord::cmp);
        spans.dedup();
        let mut out: Vec<SharedWith> = Vec::new();
        for group in spans.chunk_by(|a, b| a.0 == b.0) {
            let mut clusters: Vec<usize> = group.iter().map(|s| s.3).collect();
            crate::sorting::sort_by(&mut clusters, Ord::cmp);
            clusters.dedup();
            let ranges: Vec<(u32, u32)> = group.iter().map(|s| (s.1, s.2)).collect();
            out.push(SharedWith {
                article: group[0].0,
                passages: clusters.len() as u32,
                bytes: covered(ranges),
            });
        }
        crate::sorting::sort_by_key(&mut out, |s| (std::cmp::Reverse(s.bytes), s.article));
        out
    }

    /// How many bytes of an article's text are in any passage (overlaps counted once).
    pub fn shared_bytes(&self, article: u32) -> u32 {
        let ranges = self
            .of_article(article)
            .into_iter()
            .map(|(_, m)| (m.start, m.end))
            .collect();
        covered(ranges)
    }

    /// The copy entry of an article that is a copy, if it is one.
    pub fn copy_of(&self, article: u32) -> Option<&CopyOf> {
        self.copies.iter().find(|c| c.copy == article)
    }
}

/// The length of the union of byte ranges.
fn covered(mut ranges: Vec<(u32, u32)>) -> u32 {
    crate::sorting::sort_by(&mut ranges, Ord::cmp);
    let (mut total, mut reach) = (0, 0);
    for (s, e) in ranges {
        let s = s.max(reach);
        if e > s {
            total += e - s;
            reach = e;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(article: u32, start: u32, end: u32) -> PassageMember {
        PassageMember { article, start, end }
    }

    fn sample() -> Passages {
        Passages {
            clusters: vec![
                PassageCluster {
                    members: vec![member(0, 30, 60), member(1, 0, 30), member(2, 5, 35)],
                    similarity: 950,
                    chars: 10,
                },
                PassageCluster {
                    members: vec![member(0, 0, 40), member(1, 50, 90)],
                    similarity: 1000,
                    chars: 13,
                },
            ],
            copies: vec![CopyOf {
                copy: 2,
                of: 0,
                original: None,
                share: 900,
            }],
            variants: vec![],
        }
    }

    #[test]
    fn an_article_s_passages_come_in_text_order() {
        let p = sample();
        let found: Vec<(usize, u32)> = p.of_article(0).iter().map(|&(i, m)| (i, m.start)).collect();
        assert_eq!(found, [(1, 0), (0, 30)]);
        assert!(p.of_article(7).is_empty());
    }

    #[test]
    fn shared_text_counts_overlaps_once() {
        let p = sample();
        assert_eq!(p.shared_bytes(0), 60);
        let with = p.shared_with(0);
        assert_eq!(
            with[0],
            SharedWith {
                article: 1,
                passages: 2,
                bytes: 60
            }
        );
        assert_eq!(
            with[1],
            SharedWith {
                article: 2,
                passages: 1,
                bytes: 30
            }
        );
        assert_eq!(p.copy_of(2).map(|c| c.of), Some(0));
        assert_eq!(p.copy_of(0), None);
    }

    #[test]
    fn passages_round_trip_through_postcard() {
        let p = sample();
        let bytes = postcard::to_allocvec(&p).unwrap();
        assert_eq!(postcard::from_bytes::<Passages>(&bytes).unwrap(), p);
    }
}
