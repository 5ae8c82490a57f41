//! Copies: an article whose comparable text is mostly ([`COPY_SHARE`]) found in one other
//! article is a copy of it; of the two, the earlier-dated is the likely original (unknown if
//! either is undated).

use super::normalize::Stream;
use crate::model::{Article, CopyOf, PassageCluster};

/// The share of an article's comparable characters (per mille) that must lie in passages
/// shared with one other article for it to count as a copy of that article.
pub(crate) const COPY_SHARE: u32 = 800;
/// At most this many articles are tried as the one an article is a copy of.
const MAX_CANDIDATES: usize = 256;

/// The copies among the articles, given their clusters; sorted by copy.
pub(crate) fn copies(articles: &[Article], streams: &[Stream], clusters: &[PassageCluster]) -> Vec<CopyOf> {
    // Each article's places: (stream length, cluster, stream start, stream end).
    let mut places: Vec<Vec<(u32, usize, u32, u32)>> = vec![Vec::new(); streams.len()];
    for (i, c) in clusters.iter().enumerate() {
        for m in &c.members {
            let s = &streams[m.article as usize];
            let start = s.src.partition_point(|&(b, _)| b < m.start) as u32;
            let end = s.src.partition_point(|&(_, e)| e <= m.end) as u32;
            if end > start {
                places[m.article as usize].push((end - start, i, start, end));
            }
        }
    }
    let mut found: Vec<(u32, u32, u16)> = Vec::new(); // (copy, of, share)
    for (a, own) in places.iter_mut().enumerate() {
        let len = streams[a].len() as u64;
        let total: u64 = own.iter().map(|p| u64::from(p.0)).sum();
        if len == 0 || total * 1000 < len * u64::from(COPY_SHARE) {
            continue;
        }
        own.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        let mut candidates: Vec<u32> = Vec::new();
        let mut sum = 0u64;
        for p in own.iter() {
            candidates.extend(
                clusters[p.1]
                    .members
                    .iter()
                    .map(|m| m.article)
                    .filter(|&b| b as usize != a),
            );
            sum += u64::from(p.0);
            if sum * 1000 > len * u64::from(1000 - COPY_SHARE) {
                break;
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates.truncate(MAX_CANDIDATES);
        let mut best: Option<(u32, u32)> = None; // (share, of)
        for &b in &candidates {
            let spans: Vec<(u32, u32)> = own
                .iter()
                .filter(|p| clusters[p.1].members.binary_search_by_key(&b, |m| m.article).is_ok())
                .map(|p| (p.2, p.3))
                .collect();
            let share = (union_len(spans) * 1000 / len) as u32;
            if share >= COPY_SHARE && best.is_none_or(|(s, _)| share > s) {
                best = Some((share, b));
            }
        }
        if let Some((share, b)) = best {
            found.push((a as u32, b, share.min(1000) as u16));
        }
    }
    let later = |x: u32, y: u32| -> bool {
        match (&articles[x as usize].date, &articles[y as usize].date) {
            (Some(dx), Some(dy)) if dx.epoch_seconds != dy.epoch_seconds => dx.epoch_seconds > dy.epoch_seconds,
            _ => x > y,
        }
    };
    let mut out: Vec<CopyOf> = Vec::new();
    for &(a, b, share) in &found {
        let mutual = found.iter().any(|&(x, y, _)| x == b && y == a);
        if mutual && !later(a, b) {
            continue; // reported as b, a
        }
        let original = match (&articles[a as usize].date, &articles[b as usize].date) {
            (Some(da), Some(db)) if da.epoch_seconds < db.epoch_seconds => Some(a),
            (Some(da), Some(db)) if da.epoch_seconds > db.epoch_seconds => Some(b),
            _ => None,
        };
        out.push(CopyOf {
            copy: a,
            of: b,
            original,
            share,
        });
    }
    out
}

/// The length of the union of spans.
fn union_len(mut spans: Vec<(u32, u32)>) -> u64 {
    spans.sort_unstable();
    let (mut total, mut reach) = (0u64, 0u32);
    for (s, e) in spans {
        let s = s.max(reach);
        if e > s {
            total += u64::from(e - s);
            reach = e;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PassageMember;

    #[test]
    fn most_of_a_text_in_one_other_makes_a_copy_and_the_earlier_is_the_original() {
        let text = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸";
        let mut articles: Vec<Article> = (0..2)
            .map(|i| crate::test_support::article(&format!("{i}.txt")))
            .collect();
        articles[0].date = Some(crate::test_support::date(200));
        articles[1].date = Some(crate::test_support::date(100));
        let streams: Vec<Stream> = (0..2).map(|_| Stream::new(text)).collect();
        let m = |article| PassageMember {
            article,
            start: 0,
            end: 51,
        };
        let clusters = [PassageCluster {
            members: vec![m(0), m(1)],
            similarity: 1000,
            chars: 17,
        }];
        let found = copies(&articles, &streams, &clusters);
        assert_eq!(
            found,
            [CopyOf {
                copy: 0,
                of: 1,
                original: Some(1),
                share: 850
            }]
        );
        articles[1].date = None;
        assert_eq!(copies(&articles, &streams, &clusters)[0].original, None);
    }
}
