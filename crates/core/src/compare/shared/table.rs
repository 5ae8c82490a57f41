//! The groups × groups table of shared text: how many characters of each group's text an
//! article of each other group holds too, and how many no article outside the group holds.

use super::places::{merge_sort, PassageGroups};
use crate::compare::groups::{columns_of, Group};
use crate::model::Article;

/// How much of some groups' text is found in each other's articles.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GroupShares {
    /// The groups tabulated (indices into the grouping's groups), both rows and columns: those
    /// of the candidates that share any text with another article.
    pub groups: Vec<usize>,
    /// `found[r][c]`: characters of row group `r`'s text also found in an article of column
    /// group `c` (another article than the one holding it: on the diagonal, another article
    /// of the same group).
    pub found: Vec<Vec<usize>>,
    /// Per row: characters of its text that no article outside the group holds.
    pub only_here: Vec<usize>,
    /// Per row: the group's characters.
    pub chars: Vec<usize>,
}

/// A byte range as one sortable key: start, then end.
fn span(start: u32, end: u32) -> u128 {
    u128::from(start) << 32 | u128::from(end)
}

/// The characters of `text` that the byte ranges `spans` ([`span`]) cover together (overlaps
/// counted once).
fn covered(text: &str, mut spans: Vec<u128>) -> usize {
    merge_sort(&mut spans);
    let chars = |from: usize, to: usize| text.get(from..to).map_or(0, |s| s.chars().count());
    let (mut total, mut open) = (0, None::<(usize, usize)>);
    for key in spans {
        let (start, end) = ((key >> 32) as usize, key as u32 as usize);
        open = match open {
            Some((s, e)) if start <= e => Some((s, e.max(end))),
            Some((s, e)) => {
                total += chars(s, e);
                Some((start, end))
            }
            None => Some((start, end)),
        };
    }
    total + open.map_or(0, |(s, e)| chars(s, e))
}

impl PassageGroups {
    /// The table of `candidates` (indices into `groups`, the grouping these places were made
    /// for, of `articles`): how much of each one's text the others hold, keeping only the
    /// candidates that share anything.
    pub fn table(&self, articles: &[Article], groups: &[Group], candidates: &[usize]) -> GroupShares {
        let col = columns_of(groups.len(), candidates);
        let mut out = GroupShares::default();
        for &g in candidates {
            let mut found = vec![0; candidates.len()];
            let mut outside = 0;
            for &a in &groups[g].articles {
                let (Some(article), Some(places)) = (articles.get(a), self.places.get(a)) else {
                    continue;
                };
                let mut per_col: Vec<Vec<u128>> = vec![Vec::new(); candidates.len()];
                let mut elsewhere = Vec::new();
                for &(c, own) in places {
                    let key = span(own.start, own.end);
                    for &(other, n) in &self.spread[c] {
                        // This article is one of its own group's `n`.
                        if other == g && n < 2 {
                            continue;
                        }
                        if other != g {
                            elsewhere.push(key);
                        }
                        if let Some(&k) = col.get(other).filter(|&&k| k != usize::MAX) {
                            per_col[k].push(key);
                        }
                    }
                }
                for (k, spans) in per_col.into_iter().enumerate() {
                    found[k] += covered(&article.text, spans);
                }
                outside += covered(&article.text, elsewhere);
            }
            if found.iter().any(|&n| n > 0) {
                let chars = groups[g].char_count;
                out.groups.push(g);
                out.found.push(found);
                out.only_here.push(chars.saturating_sub(outside));
                out.chars.push(chars);
            }
        }
        // Columns of groups that share nothing go too.
        let kept: Vec<usize> = (0..candidates.len())
            .filter(|&k| out.groups.contains(&candidates[k]))
            .collect();
        for row in &mut out.found {
            *row = kept.iter().map(|&k| row[k]).collect();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covered_counts_overlaps_once_in_characters() {
        let text = "一二三四";
        assert_eq!(covered(text, vec![span(0, 3), span(3, 6), span(0, 6)]), 2);
        assert_eq!(covered(text, vec![span(9, 12), span(0, 3)]), 2);
        assert_eq!(covered(text, vec![span(3, 9), span(0, 6)]), 3);
        assert_eq!(covered(text, vec![]), 0);
    }
}
