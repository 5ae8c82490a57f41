//! The passages' places seen through one grouping ([`PassageGroups`]): each article's group,
//! each article's places in the clusters, each cluster's groups, and the passages' order
//! without a query; made once per grouping, so a keystroke does not redo them.

use crate::compare::groups::{group_of_articles, Group};
use crate::model::{PassageCluster, PassageMember};

/// The passages' places seen through one grouping: made once per grouping, read by the table
/// and by the list on every query.
#[derive(Debug, Clone)]
pub struct PassageGroups {
    /// Each article's group (`usize::MAX`: in none).
    pub(super) of: Vec<usize>,
    /// Per article, its places: (cluster, its own member); none for an article in no group.
    pub(super) places: Vec<Vec<(usize, PassageMember)>>,
    /// Per cluster, the groups whose articles hold it, with how many distinct articles each,
    /// in group order.
    pub(super) spread: Vec<Vec<(usize, u32)>>,
    /// The clusters still held by two articles, in the order the list shows them without a
    /// query: carried by more groups, by more articles, longer, earlier first.
    pub(super) order: Vec<u32>,
}

impl PassageGroups {
    /// The places of `clusters` in the `groups` of a corpus of `articles` articles.
    pub fn new(clusters: &[PassageCluster], groups: &[Group], articles: usize) -> Self {
        let of = group_of_articles(groups, articles);
        let mut places = vec![Vec::new(); articles];
        let mut spread = Vec::with_capacity(clusters.len());
        for (c, cluster) in clusters.iter().enumerate() {
            let mut held: Vec<(usize, u32)> = Vec::new();
            let mut last = None;
            for m in &cluster.members {
                let Some(&g) = of.get(m.article as usize).filter(|&&g| g != usize::MAX) else {
                    continue;
                };
                places[m.article as usize].push((c, *m));
                if last == Some(m.article) {
                    continue; // members are sorted by article: count each article once
                }
                last = Some(m.article);
                let at = held.partition_point(|(x, _)| *x < g);
                match held.get_mut(at).filter(|(x, _)| *x == g) {
                    Some((_, n)) => *n += 1,
                    None => held.insert(at, (g, 1)),
                }
            }
            spread.push(held);
        }
        // One key per passage, compared as a whole: fewer groups, fewer articles, shorter,
        // later; `u32::MAX - n` turns "more" into "smaller".
        let down = |n: usize| u128::from(u32::MAX - n.min(u32::MAX as usize) as u32);
        let mut keys: Vec<u128> = spread
            .iter()
            .enumerate()
            .filter(|(_, held)| held.iter().map(|(_, n)| n).sum::<u32>() > 1)
            .map(|(c, held)| {
                let articles: u32 = held.iter().map(|(_, n)| n).sum();
                down(held.len()) << 96
                    | down(articles as usize) << 64
                    | down(clusters[c].chars as usize) << 32
                    | c as u128
            })
            .collect();
        merge_sort(&mut keys);
        let order = keys.iter().map(|&k| k as u32).collect();
        PassageGroups {
            of,
            places,
            spread,
            order,
        }
    }
}

/// Sorts `keys` ascending: a plain merge sort, so the page carries no generic sort for it.
pub(super) fn merge_sort(keys: &mut Vec<u128>) {
    let mut buf = vec![0; keys.len()];
    let mut width = 1;
    while width < keys.len() {
        let mut start = 0;
        while start < keys.len() {
            let mid = (start + width).min(keys.len());
            let end = (start + 2 * width).min(keys.len());
            let (mut i, mut j) = (start, mid);
            for slot in &mut buf[start..end] {
                if j >= end || (i < mid && keys[i] <= keys[j]) {
                    *slot = keys[i];
                    i += 1;
                } else {
                    *slot = keys[j];
                    j += 1;
                }
            }
            start = end;
        }
        std::mem::swap(keys, &mut buf);
        width *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_merge_sort_sorts() {
        for n in [0u128, 1, 2, 5, 17] {
            let mut keys: Vec<u128> = (0..n).map(|i| ((i * 7919) % 23) | ((u128::MAX - i) << 8)).collect();
            let mut expected = keys.clone();
            expected.sort_unstable();
            merge_sort(&mut keys);
            assert_eq!(keys, expected);
        }
    }
}
