//! Clustering: the pairs' passages joined into passages held by many articles.
//!
//! In each article, the spans the pairs found that cover about the same text (they overlap by
//! at least half of the longer) are one place; places linked by a pair's passage are one
//! cluster (union-find), so a paragraph every outlet ran is reported once with all its
//! articles, however the seeding paired them.

use super::align::Pair;
use super::normalize::Stream;
use crate::model::{PassageCluster, PassageMember};

/// A place in an article: a stream span and the index of its union-find node.
struct Place {
    article: u32,
    start: u32,
    end: u32,
}

/// The clusters of a corpus's pairs, sorted by their first member.
pub(crate) fn cluster(streams: &[Stream], pairs: &[Pair]) -> Vec<PassageCluster> {
    // Every pair's two spans: (article, start, end, pair index).
    let mut spans: Vec<(u32, u32, u32, usize)> = Vec::with_capacity(pairs.len() * 2);
    for (i, p) in pairs.iter().enumerate() {
        spans.push((p.a, p.in_a.0, p.in_a.1, i));
        spans.push((p.b, p.in_b.0, p.in_b.1, i));
    }
    spans.sort_unstable();
    let mut places: Vec<Place> = Vec::new();
    let mut ends: Vec<[usize; 2]> = vec![[usize::MAX; 2]; pairs.len()]; // each pair's two places
    for group in spans.chunk_by(|x, y| x.0 == y.0) {
        let first = places.len();
        for &(article, start, end, pair) in group {
            let found = (first..places.len()).rev().take(64).find(|&k| {
                let q = &places[k];
                let overlap = end.min(q.end).saturating_sub(start.max(q.start));
                overlap * 2 >= (end - start).max(q.end - q.start)
            });
            let k = found.unwrap_or_else(|| {
                places.push(Place { article, start, end });
                places.len() - 1
            });
            let q = &mut places[k];
            q.start = q.start.min(start);
            q.end = q.end.max(end);
            let slot = usize::from(ends[pair][0] != usize::MAX);
            ends[pair][slot] = k;
        }
    }
    let mut sets = UnionFind::new(places.len());
    for e in &ends {
        sets.union(e[0], e[1]);
    }
    // (root, place) → one cluster per root.
    let mut by_root: Vec<(usize, usize)> = (0..places.len()).map(|k| (sets.find(k), k)).collect();
    by_root.sort_unstable();
    let mut sims: Vec<(usize, u64, u64)> = Vec::new(); // (root, sum, count)
    for (e, p) in ends.iter().zip(pairs) {
        sims.push((sets.find(e[0]), u64::from(p.similarity), 1));
    }
    sims.sort_unstable();
    let mut out = Vec::new();
    for group in by_root.chunk_by(|x, y| x.0 == y.0) {
        let root = group[0].0;
        let lo = sims.partition_point(|s| s.0 < root);
        let hi = sims.partition_point(|s| s.0 <= root);
        let (sum, n) = sims[lo..hi].iter().fold((0, 0), |(s, n), x| (s + x.1, n + x.2));
        let mut members: Vec<PassageMember> = group
            .iter()
            .map(|&(_, k)| {
                let q = &places[k];
                let (start, end) = streams[q.article as usize].bytes(q.start as usize, q.end as usize);
                PassageMember {
                    article: q.article,
                    start,
                    end,
                }
            })
            .collect();
        members.sort_unstable_by_key(|m| (m.article, m.start, m.end));
        members.dedup();
        let chars = group
            .iter()
            .map(|&(_, k)| places[k].end - places[k].start)
            .max()
            .unwrap_or(0);
        out.push(PassageCluster {
            members,
            similarity: (sum / n.max(1)) as u16,
            chars,
        });
    }
    out.sort_by_key(|c| (c.members[0].article, c.members[0].start, c.members[0].end));
    out
}

/// Disjoint sets with path halving; the smaller index is the root, so results are stable.
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    fn union(&mut self, x: usize, y: usize) {
        let (rx, ry) = (self.find(x), self.find(y));
        let (lo, hi) = (rx.min(ry), rx.max(ry));
        self.0[hi] = lo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_star_of_pairs_is_one_cluster() {
        let streams: Vec<Stream> = (0..4).map(|_| Stream::new("一二三四五六七八九十")).collect();
        let pair = |b| Pair {
            a: 0,
            b,
            in_a: (0, 10),
            in_b: (0, 10),
            similarity: 1000,
        };
        let clusters = cluster(&streams, &[pair(1), pair(2), pair(3)]);
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].members.len(), 4);
        assert_eq!(
            clusters[0].members[3],
            PassageMember {
                article: 3,
                start: 0,
                end: 30
            }
        );
    }

    #[test]
    fn a_paragraph_inside_a_whole_copy_stays_its_own_cluster() {
        let streams: Vec<Stream> = (0..3).map(|_| Stream::new(&"一二三四五六七八九十".repeat(4))).collect();
        let whole = Pair {
            a: 0,
            b: 1,
            in_a: (0, 40),
            in_b: (0, 40),
            similarity: 1000,
        };
        let para = Pair {
            a: 0,
            b: 2,
            in_a: (0, 10),
            in_b: (0, 10),
            similarity: 1000,
        };
        assert_eq!(cluster(&streams, &[whole, para]).len(), 2);
    }
}
