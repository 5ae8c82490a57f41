//! Alignment: a pair's seeds chained into passages, tolerant of small edits.
//!
//! Seeds on one diagonal, or on nearby diagonals across a small gap (a few changed
//! characters, an inserted or dropped clause or sentence), chain into one passage; its ends
//! are then extended character by character while both streams agree. A passage is kept if
//! the characters its exact `K`-gram matches cover weigh at least the minimum passage length
//! on both sides; its similarity is the share of both sides' characters so covered.

use super::normalize::{weight, Stream};
use super::seeds::{Seed, K};
use super::Options;
use rustc_hash::FxHashSet;

/// A passage shared by two articles, in stream positions (`a < b`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pair {
    pub(crate) a: u32,
    pub(crate) b: u32,
    /// The passage in `a`'s stream, `start..end`.
    pub(crate) in_a: (u32, u32),
    /// The passage in `b`'s stream.
    pub(crate) in_b: (u32, u32),
    /// Per mille of both sides' characters covered by exact matches.
    pub(crate) similarity: u16,
}

/// A chain under construction: first and last seed positions.
struct Chain {
    first: (u32, u32),
    last: (u32, u32),
}

/// Every passage of every pair, from seeds sorted by (a, b, pa, pb).
pub(crate) fn align(streams: &[Stream], seeds: &[Seed], options: &Options) -> Vec<Pair> {
    let mut out = Vec::new();
    for group in seeds.chunk_by(|x, y| (x.a, x.b) == (y.a, y.b)) {
        let (a, b) = (group[0].a, group[0].b);
        let (sa, sb) = (&streams[a as usize], &streams[b as usize]);
        for chain in chains(group, options.max_gap as u32) {
            if let Some(p) = passage(sa, sb, chain, options) {
                out.push(Pair { a, b, ..p });
            }
        }
    }
    out
}

/// Chains one pair's seeds (sorted by pa, then pb): each seed joins the open chain whose last
/// seed is at most `gap` before it on both sides with the smallest change of diagonal.
fn chains(seeds: &[Seed], gap: u32) -> Vec<Chain> {
    let mut done: Vec<Chain> = Vec::new();
    let mut open: Vec<Chain> = Vec::new();
    for s in seeds {
        let (pa, pb) = (s.pa, s.pb);
        let mut i = 0;
        while i < open.len() {
            if open[i].last.0 + gap < pa {
                done.push(open.remove(i));
            } else {
                i += 1;
            }
        }
        let best = open
            .iter()
            .enumerate()
            .filter(|(_, c)| pa > c.last.0 && pb > c.last.1 && pb - c.last.1 <= gap)
            .min_by_key(|(i, c)| ((pb - c.last.1).abs_diff(pa - c.last.0), *i))
            .map(|(i, _)| i);
        match best {
            Some(i) => open[i].last = (pa, pb),
            None => open.push(Chain {
                first: (pa, pb),
                last: (pa, pb),
            }),
        }
    }
    done.extend(open);
    done.sort_by_key(|c| (c.first, c.last));
    done
}

/// The passage a chain spans, extended and measured; `None` if too short or too loose.
fn passage(sa: &Stream, sb: &Stream, chain: Chain, options: &Options) -> Option<Pair> {
    let (ca, cb) = (&sa.chars, &sb.chars);
    let (mut a0, mut b0) = (chain.first.0 as usize, chain.first.1 as usize);
    let (mut a1, mut b1) = (chain.last.0 as usize + K, chain.last.1 as usize + K);
    while a0 > 0 && b0 > 0 && ca[a0 - 1] == cb[b0 - 1] {
        a0 -= 1;
        b0 -= 1;
    }
    while a1 < ca.len() && b1 < cb.len() && ca[a1] == cb[b1] {
        a1 += 1;
        b1 += 1;
    }
    let min = options.min_passage as u32 * 3;
    let span_weight = |s: &[char]| -> u32 { s.iter().map(|&c| weight(c)).sum() };
    if span_weight(&ca[a0..a1]) < min || span_weight(&cb[b0..b1]) < min {
        return None; // too short even if every character matched
    }
    let cov_a = covered(&ca[a0..a1], &cb[b0..b1]);
    let cov_b = covered(&cb[b0..b1], &ca[a0..a1]);
    let weigh = |s: &[char], cov: &[bool]| -> u32 { s.iter().zip(cov).filter(|p| *p.1).map(|p| weight(*p.0)).sum() };
    if weigh(&ca[a0..a1], &cov_a) < min || weigh(&cb[b0..b1], &cov_b) < min {
        return None;
    }
    let matched = cov_a.iter().chain(&cov_b).filter(|&&c| c).count();
    let similarity = (matched * 1000 / (cov_a.len() + cov_b.len())) as u16;
    (similarity >= options.min_similarity).then_some(Pair {
        a: 0,
        b: 0,
        in_a: (a0 as u32, a1 as u32),
        in_b: (b0 as u32, b1 as u32),
        similarity,
    })
}

/// Which characters of `x` lie in a `K`-gram that also occurs in `y`.
pub(crate) fn covered(x: &[char], y: &[char]) -> Vec<bool> {
    let mut cov = vec![false; x.len()];
    if x.len() < K || y.len() < K {
        return cov;
    }
    let grams: FxHashSet<&[char]> = y.windows(K).collect();
    for (i, w) in x.windows(K).enumerate() {
        if grams.contains(w) {
            cov[i..i + K].iter_mut().for_each(|c| *c = true);
        }
    }
    cov
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passages::seeds::seeds;

    fn pairs(a: &str, b: &str) -> Vec<Pair> {
        let streams = [Stream::new(a), Stream::new(b)];
        align(&streams, &seeds(&streams), &Options::default())
    }

    #[test]
    fn an_inserted_clause_and_a_changed_character_leave_one_passage() {
        let a = "前言无关。一月二十七日，深度求索应用登顶苹果美国地区应用商店免费下载排行榜，在美区下载榜上超越了对手，随即引发了资本市场的剧烈震动。后记";
        let b = "别的开头。一月二十七日，深度求索应用登顶苹果中国地区和美国地区应用商店免费下载排行榜，在美区下载榜上超越了对手，随即引发了资本市场的剧烈震荡。";
        let found = pairs(a, b);
        assert_eq!(found.len(), 1, "{found:?}");
        let p = found[0];
        assert!(p.similarity > 850 && p.similarity < 1000, "{}", p.similarity);
    }

    #[test]
    fn a_short_shared_name_is_no_passage() {
        let name = "深度求索人工智能基础技术研究有限公司";
        assert!(pairs(
            &format!("今天{name}发布了新模型，效果很好"),
            &format!("据报道{name}昨日宣布融资计划")
        )
        .is_empty());
    }

    #[test]
    fn coverage_marks_exact_gram_matches() {
        let x: Vec<char> = "一二三四五六七八九".chars().collect();
        let y: Vec<char> = "〇二三四五六七八九".chars().collect();
        assert_eq!(covered(&x, &y), [false, true, true, true, true, true, true, true, true]);
    }
}
