//! How often each group mentions some terms: raw hits and hits per 10,000 characters, as a
//! terms × groups table. Where the hits come from (the query engine, word counts) is the
//! caller's business.

use super::groups::Group;
use serde::{Deserialize, Serialize};

/// The length rates are normalised to, in characters.
pub const PER_CHARS: f64 = 10_000.0;

/// One cell: a term's hits in a group.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, miniserde::Serialize)]
pub struct Rate {
    /// Hits in all the group's articles.
    pub hits: u32,
    /// Hits per 10,000 characters of the group's text; 0 for a group without text.
    pub per_10k: f64,
}

/// One column: a group, as the table shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, miniserde::Serialize)]
pub struct RateColumn {
    /// The group's key.
    pub key: String,
    /// The group's name, Chinese first.
    pub label: String,
    /// The group's English name.
    pub label_en: String,
    /// Number of articles in the group.
    pub articles: usize,
    /// Length of the group's text in characters, the rates' denominator.
    pub char_count: usize,
}

/// Hits of terms per group: `rows[t][g]` is term `t` in group `g`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, miniserde::Serialize)]
pub struct RateTable {
    /// The terms, one per row.
    pub terms: Vec<String>,
    /// The groups, one per column.
    pub columns: Vec<RateColumn>,
    /// One row per term, one cell per group.
    pub rows: Vec<Vec<Rate>>,
}

impl RateTable {
    /// The cell of term `term` in group `group`, if both exist.
    pub fn cell(&self, term: usize, group: usize) -> Option<Rate> {
        self.rows.get(term)?.get(group).copied()
    }
}

/// `hits` per 10,000 of `chars` characters; 0 when there are no characters.
pub fn per_10k(hits: u32, chars: usize) -> f64 {
    if chars == 0 {
        0.0
    } else {
        f64::from(hits) * PER_CHARS / chars as f64
    }
}

/// The table of `terms` × `groups`, where `hits(t, a)` is how often term `t` (its position in
/// `terms`) occurs in article `a` (its position in the slice the groups were made from).
pub fn term_rates(terms: &[String], groups: &[Group], mut hits: impl FnMut(usize, usize) -> u32) -> RateTable {
    let rows = (0..terms.len())
        .map(|t| {
            groups
                .iter()
                .map(|g| {
                    let n = g.articles.iter().map(|&a| hits(t, a)).fold(0u32, u32::saturating_add);
                    Rate {
                        hits: n,
                        per_10k: per_10k(n, g.char_count),
                    }
                })
                .collect()
        })
        .collect();
    RateTable {
        terms: terms.to_vec(),
        columns: groups
            .iter()
            .map(|g| RateColumn {
                key: g.key.clone(),
                label: g.label.clone(),
                label_en: g.label_en.clone(),
                articles: g.articles.len(),
                char_count: g.char_count,
            })
            .collect(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::groups::{group_articles, GroupBy};
    use crate::compare::test_support::article;

    fn table() -> RateTable {
        // qq: articles 0 (3,000 chars) and 2 (2,000 chars); cdt: article 1 (4,000 chars).
        let v = [
            article("a", "qq", None, 3_000, None),
            article("b", "cdt", None, 4_000, None),
            article("c", "qq", None, 2_000, None),
        ];
        let groups = group_articles(&v, GroupBy::Source);
        // Term 0 occurs 2, 3, 4 times in articles 0, 1, 2; term 1 never.
        let terms = ["芯片".to_string(), "国运".to_string()];
        term_rates(&terms, &groups, |t, a| if t == 0 { a as u32 + 2 } else { 0 })
    }

    #[test]
    fn hits_add_up_over_the_group_articles() {
        // qq: 2 + 4 = 6; cdt: 3.
        let t = table();
        assert_eq!((t.cell(0, 0).unwrap().hits, t.cell(0, 1).unwrap().hits), (6, 3));
    }

    #[test]
    fn rates_are_per_ten_thousand_characters_of_the_group() {
        // qq: 6 hits in 5,000 chars = 12 per 10k; cdt: 3 in 4,000 = 7.5 per 10k.
        let t = table();
        assert_eq!(
            (t.cell(0, 0).unwrap().per_10k, t.cell(0, 1).unwrap().per_10k),
            (12.0, 7.5)
        );
    }

    #[test]
    fn columns_describe_the_groups() {
        let t = table();
        let cols: Vec<(&str, usize, usize)> = t
            .columns
            .iter()
            .map(|c| (c.key.as_str(), c.articles, c.char_count))
            .collect();
        assert_eq!(cols, [("qq", 2, 5_000), ("cdt", 1, 4_000)]);
    }

    #[test]
    fn a_term_without_hits_has_zero_rates() {
        assert_eq!(table().rows[1], [Rate { hits: 0, per_10k: 0.0 }; 2]);
    }

    #[test]
    fn a_group_without_text_has_rate_zero() {
        assert_eq!(per_10k(5, 0), 0.0);
    }
}
