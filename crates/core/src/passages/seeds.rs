//! Seeds: short exact matches between two articles' comparable streams, the anchors the
//! alignment chains into passages.
//!
//! Each stream's character `K`-grams are hashed, and winnowed (of every `W` consecutive
//! grams the smallest hash is kept), so any exact match of `K + W - 1` characters or more
//! yields at least one shared fingerprint while only about a third of the grams are kept.
//! Fingerprints are then grouped by hash; a gram repeated many times in one article (a name,
//! a refrain) anchors nothing there.
//!
//! Boilerplate does not make N² pairs: the articles holding one fingerprint are paired with
//! the first of them only (a star, not a clique), so a fingerprint in `n` articles gives
//! `n - 1` seeds; the clustering joins the star's passages back into one cluster.

use super::normalize::Stream;

/// Length of a seed gram, in comparable characters.
pub(crate) const K: usize = 8;
/// Winnowing window: a match of `K + W - 1` characters always yields a seed.
const W: usize = 6;
/// A gram occurring more often than this in one article anchors nothing in it.
const MAX_REPEATS: usize = 4;

/// An exact `K`-gram match between article `a` at `pa` and article `b` at `pb` (`a < b`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Seed {
    pub(crate) a: u32,
    pub(crate) b: u32,
    pub(crate) pa: u32,
    pub(crate) pb: u32,
}

/// The hash of every `K`-gram of a stream (FNV-1a over the characters, then mixed).
fn gram_hashes(chars: &[char]) -> Vec<u64> {
    if chars.len() < K {
        return Vec::new();
    }
    chars
        .windows(K)
        .map(|w| {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for &c in w {
                h = (h ^ u64::from(c as u32)).wrapping_mul(0x0100_0000_01b3);
            }
            h ^ (h >> 29)
        })
        .collect()
}

/// The winnowed fingerprints of a stream: (hash, position), each position once, in order.
pub(crate) fn fingerprints(chars: &[char]) -> Vec<(u64, u32)> {
    let hashes = gram_hashes(chars);
    let mut out: Vec<(u64, u32)> = Vec::new();
    if hashes.is_empty() {
        return out;
    }
    let windows = hashes.len().saturating_sub(W) + 1;
    for start in 0..windows {
        let end = (start + W).min(hashes.len());
        // The rightmost smallest hash of the window.
        let mut best = start;
        for i in start..end {
            if hashes[i] <= hashes[best] {
                best = i;
            }
        }
        if out.last().is_none_or(|&(_, p)| p as usize != best) {
            out.push((hashes[best], best as u32));
        }
    }
    out
}

/// Every seed of the corpus, sorted by (a, b, pa, pb), from the streams' fingerprints.
pub(crate) fn seeds(streams: &[Stream]) -> Vec<Seed> {
    let mut all: Vec<(u64, u32, u32)> = Vec::new();
    for (doc, s) in streams.iter().enumerate() {
        all.extend(fingerprints(&s.chars).into_iter().map(|(h, p)| (h, doc as u32, p)));
    }
    all.sort_unstable();
    let mut seeds = Vec::new();
    for group in all.chunk_by(|x, y| x.0 == y.0) {
        // (article, its occurrences), articles repeating the gram too often left out.
        let holders: Vec<&[(u64, u32, u32)]> = group
            .chunk_by(|x, y| x.1 == y.1)
            .filter(|occ| occ.len() <= MAX_REPEATS)
            .collect();
        let Some((center, rest)) = holders.split_first() else {
            continue;
        };
        for other in rest {
            for &(_, a, pa) in center.iter() {
                for &(_, b, pb) in other.iter() {
                    seeds.push(Seed { a, b, pa, pb });
                }
            }
        }
    }
    seeds.sort_unstable();
    seeds
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(s: &str) -> Stream {
        Stream::new(s)
    }

    #[test]
    fn a_long_enough_match_always_yields_a_seed() {
        let shared = "一二三四五六七八九十甲乙丙";
        assert_eq!(shared.chars().count(), K + W - 1);
        let a = stream(&format!("天地玄黄宇宙洪荒{shared}日月盈昃"));
        let b = stream(&format!("辰宿列张{shared}寒来暑往秋收冬藏"));
        let found = seeds(&[a, b]);
        assert!(!found.is_empty());
        assert!(found.iter().all(|s| s.pa >= 8 && s.pb >= 4 && s.pa - 8 == s.pb - 4));
    }

    #[test]
    fn many_holders_make_a_star_not_a_clique() {
        let text = "这是一段在很多文章里都出现的样板文字内容";
        let streams: Vec<Stream> = (0..20).map(|_| stream(text)).collect();
        let found = seeds(&streams);
        assert!(found.iter().all(|s| s.a == 0));
        let pairs: std::collections::BTreeSet<(u32, u32)> = found.iter().map(|s| (s.a, s.b)).collect();
        assert_eq!(pairs.len(), 19);
    }
}
