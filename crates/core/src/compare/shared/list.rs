//! The passages as the comparison lists them: those holding a hit of the query first, then in
//! the grouping's order ([`PassageGroups`]), each with the groups that carry it.

use super::places::PassageGroups;
use crate::model::{PassageCluster, PassageMember};
use crate::search::SearchResult;

/// One passage as the comparison lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedPassage {
    /// Index into the clusters.
    pub cluster: usize,
    /// Whether one of its places holds a hit of the query.
    pub has_query: bool,
    /// The groups that carry it, in the grouping's order, each with its places.
    pub groups: Vec<(usize, Vec<PassageMember>)>,
}

/// The first passages of the list, and how many it has in all.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PassageList {
    /// The passages asked for, in order.
    pub passages: Vec<ListedPassage>,
    /// How many passages the whole list has.
    pub total: usize,
}

impl PassageGroups {
    /// The first `limit` passages, those holding a hit of the query (`results`) first; the
    /// rest in the grouping's order. Only the listed passages are built, so a keystroke costs
    /// a pass over the matching articles' places and `limit` passages.
    pub fn list(&self, clusters: &[PassageCluster], results: &[SearchResult], limit: usize) -> PassageList {
        let mut holds = vec![false; clusters.len()];
        for r in results {
            for &(c, m) in self.places.get(r.doc).map_or(&[][..], |p| p) {
                let within =
                    |h: &crate::search::Hit| h.range.start < m.end as usize && (m.start as usize) < h.range.end;
                if !holds[c] && r.hits.iter().any(within) {
                    holds[c] = true;
                }
            }
        }
        let first = self.order.iter().filter(|&&c| holds[c as usize]);
        let rest = self.order.iter().filter(|&&c| !holds[c as usize]);
        let passages = first
            .chain(rest)
            .take(limit)
            .map(|&c| {
                let c = c as usize;
                ListedPassage {
                    cluster: c,
                    has_query: holds[c],
                    groups: self.carriers(&clusters[c]),
                }
            })
            .collect();
        PassageList {
            passages,
            total: self.order.len(),
        }
    }

    /// The groups holding `cluster`, in group order, each with its places.
    fn carriers(&self, cluster: &PassageCluster) -> Vec<(usize, Vec<PassageMember>)> {
        let mut by_group: Vec<(usize, Vec<PassageMember>)> = Vec::new();
        for m in &cluster.members {
            let Some(&g) = self.of.get(m.article as usize).filter(|&&g| g != usize::MAX) else {
                continue;
            };
            let at = by_group.partition_point(|(x, _)| *x < g);
            match by_group.get_mut(at).filter(|(x, _)| *x == g) {
                Some((_, places)) => places.push(*m),
                None => by_group.insert(at, (g, vec![*m])),
            }
        }
        by_group
    }
}
