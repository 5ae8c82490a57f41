//! The comparison's "spelling variants" section: how often each group on the page writes each
//! spelling of the corpus's variant sets ([`crate::variants_table`]), beside the whole
//! corpus's count. It follows the grouping and the collapsing of copies: counted over the
//! groups' articles (a collapsed grouping's groups leave the hidden copies out).

use super::groups::{columns_of, group_of_articles, Group};
use crate::variants_table::SpellingSet;

/// One spelling's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpellingRow {
    /// Index of its set in the sets given, and of the spelling in the set.
    pub at: (usize, usize),
    /// Times written in each of the groups asked for, in their order.
    pub per_group: Vec<u32>,
    /// Times written in all the groups' articles.
    pub total: u32,
}

/// The rows of every spelling of `sets`, set by set, counted in `groups[shown]` (indices into
/// `groups`, a grouping of `articles` articles) and in all of `groups`.
pub fn spelling_rows(sets: &[SpellingSet], groups: &[Group], shown: &[usize], articles: usize) -> Vec<SpellingRow> {
    // Each article's group, or none (a copy the collapsing hides).
    let of = group_of_articles(groups, articles);
    let col = columns_of(groups.len(), shown);
    let mut rows = Vec::new();
    for (s, set) in sets.iter().enumerate() {
        for (p, spelling) in set.iter().enumerate() {
            let mut row = SpellingRow {
                at: (s, p),
                per_group: vec![0; shown.len()],
                total: 0,
            };
            for &(a, n) in &spelling.articles {
                let Some(&g) = of.get(a as usize).filter(|&&g| g != usize::MAX) else {
                    continue;
                };
                row.total += n;
                if let Some(&k) = col.get(g).filter(|&&k| k != usize::MAX) {
                    row.per_group[k] += n;
                }
            }
            rows.push(row);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::variants_table::Spelling;

    fn group(articles: &[usize]) -> Group {
        Group {
            key: String::new(),
            label: String::new(),
            label_en: String::new(),
            articles: articles.to_vec(),
            char_count: 0,
            earliest: None,
            latest: None,
            undated: 0,
        }
    }

    #[test]
    fn counts_follow_the_groups_and_leave_hidden_copies_out() {
        let sets = vec![vec![
            Spelling {
                text: "张文伟".into(),
                articles: vec![(0, 2), (1, 1), (3, 5)],
            },
            Spelling {
                text: "张文纬".into(),
                articles: vec![(2, 1)],
            },
        ]];
        // Article 3 is a hidden copy: in no group.
        let groups = [group(&[0, 1]), group(&[2]), group(&[])];
        let rows = spelling_rows(&sets, &groups, &[1, 0], 4);
        assert_eq!(
            rows,
            [
                SpellingRow {
                    at: (0, 0),
                    per_group: vec![0, 3],
                    total: 3
                },
                SpellingRow {
                    at: (0, 1),
                    per_group: vec![1, 0],
                    total: 1
                },
            ]
        );
    }
}
