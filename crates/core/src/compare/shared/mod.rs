//! Shared passages per group, for the comparison's "shared passages" section: how much of
//! each group's text the articles of each other group hold too ([`PassageGroups::table`]),
//! how much of it no article outside the group holds ("only here"), and the passages
//! themselves with the groups that carry them ([`PassageGroups::list`]), query-matching ones
//! first; and their export ([`passage_export`], [`passages_csv`]).
//!
//! Everything is computed from the passage clusters the build stored
//! ([`crate::shared_table::clusters`]) and the groups of the grouping, seen once per grouping
//! through [`PassageGroups`]: a keystroke only flags the clusters its hits fall in and builds
//! the few passages the page lists. Characters are the articles' displayed text's characters,
//! as the groups' lengths count them. Articles in no group (copies a collapsed view leaves
//! out) hold no passage.

mod export;
mod list;
mod places;
mod table;

pub use export::{passage_export, passages_csv, ExportPassage, ExportPlace};
pub use list::{ListedPassage, PassageList};
pub use places::PassageGroups;
pub use table::GroupShares;

/// `part` in percent of `whole`, to one decimal; at least 0.1 when `part` is not 0.
pub fn percent(part: usize, whole: usize) -> f64 {
    if part == 0 || whole == 0 {
        return 0.0;
    }
    ((part as f64 * 1000.0 / whole as f64).round() / 10.0).max(0.1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::groups::{group_articles, Group, GroupBy};
    use crate::compare::test_support::article;
    use crate::model::{Article, PassageCluster, PassageMember};
    use crate::search::SearchResult;

    fn member(article: u32, start: u32, end: u32) -> PassageMember {
        PassageMember { article, start, end }
    }

    /// qq: articles 0 and 1, cdt: article 2, ifeng: article 3; 10-character texts of 3-byte
    /// characters. Cluster 0: 0[0..6 chars] = 1[0..6] = 2[2..8]; cluster 1: 0[6..9] = 1[6..9].
    fn sample() -> (Vec<Article>, Vec<Group>, Vec<PassageCluster>) {
        let mut articles: Vec<Article> = [("a", "qq"), ("b", "qq"), ("c", "cdt"), ("d", "ifeng")]
            .iter()
            .map(|(id, src)| article(id, src, None, 10, None))
            .collect();
        for a in &mut articles {
            a.text = "一二三四五六七八九十".into();
        }
        let groups = group_articles(&articles, GroupBy::Source);
        let clusters = vec![
            PassageCluster {
                members: vec![member(0, 0, 18), member(1, 0, 18), member(2, 6, 24)],
                similarity: 950,
                chars: 6,
            },
            PassageCluster {
                members: vec![member(0, 18, 27), member(1, 18, 27)],
                similarity: 1000,
                chars: 3,
            },
        ];
        (articles, groups, clusters)
    }

    #[test]
    fn the_table_counts_each_groups_characters_found_in_the_others() {
        let (articles, groups, clusters) = sample();
        let keys: Vec<&str> = groups.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["qq", "cdt", "ifeng"]);
        let places = PassageGroups::new(&clusters, &groups, articles.len());
        let t = places.table(&articles, &groups, &[0, 1, 2]);
        // ifeng shares nothing: left out.
        assert_eq!(t.groups, [0, 1]);
        // qq: 9 characters of each of its two articles are in the other, 6 of each in cdt.
        assert_eq!(t.found, [[18, 12], [6, 0]]);
        assert_eq!(t.chars, [20, 10]);
        assert_eq!(t.only_here, [8, 4]);
        assert_eq!(percent(t.only_here[0], t.chars[0]), 40.0);
        assert_eq!(percent(1, 3000), 0.1);
        assert_eq!(percent(0, 10), 0.0);
        // Only the candidates count as columns.
        let t = places.table(&articles, &groups, &[1, 2]);
        assert_eq!((t.groups, t.found, t.only_here), (vec![], vec![], vec![]));
    }

    #[test]
    fn articles_in_no_group_hold_no_passage() {
        let (articles, mut groups, clusters) = sample();
        // Article 1 (qq) left out, as a collapsed view leaves out a copy.
        groups[0].articles.retain(|&a| a != 1);
        let places = PassageGroups::new(&clusters, &groups, articles.len());
        let t = places.table(&articles, &groups, &[0, 1]);
        assert_eq!((t.groups, t.found), (vec![0, 1], vec![vec![0, 6], vec![6, 0]]));
        // Cluster 1 is now held by article 0 alone: no passage.
        let list = places.list(&clusters, &[], 10);
        assert_eq!(list.total, 1);
        assert_eq!(
            list.passages[0].groups,
            [(0, vec![member(0, 0, 18)]), (1, vec![member(2, 6, 24)])]
        );
    }

    #[test]
    fn passages_with_the_query_come_first_and_export_in_characters() {
        let (articles, groups, clusters) = sample();
        let places = PassageGroups::new(&clusters, &groups, articles.len());
        let list = places.list(&clusters, &[], usize::MAX);
        assert_eq!(list.passages.iter().map(|p| p.cluster).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(list.total, 2);
        assert_eq!(
            list.passages[0].groups,
            [
                (0, vec![member(0, 0, 18), member(1, 0, 18)]),
                (1, vec![member(2, 6, 24)])
            ]
        );
        let hit = SearchResult {
            doc: 1,
            score: 1.0,
            hits: vec![crate::search::Hit { range: 21..24, term: 0 }],
            title_hits: vec![],
            term_hits: vec![1],
        };
        let list = places.list(&clusters, std::slice::from_ref(&hit), usize::MAX).passages;
        assert_eq!(
            list.iter().map(|p| (p.cluster, p.has_query)).collect::<Vec<_>>(),
            [(1, true), (0, false)]
        );
        // A limit lists the first ones only, and still counts them all.
        let first = places.list(&clusters, &[hit], 1);
        assert_eq!((first.passages.len(), first.total), (1, 2));
        assert_eq!(first.passages[0], list[0]);
        let export = passage_export(&clusters, &articles, &groups, &list);
        assert_eq!(export[0].passage, 1);
        assert_eq!(export[0].places[1].text, "七八九");
        assert_eq!((export[1].places[2].start, export[1].places[2].end), (2, 8));
        let csv = passages_csv(&export);
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines[0], "passage,similarity,group,source,article,title,start,end,text");
        assert_eq!(lines[1], "1,1.000,qq zh,qq zh,a,title a,6,9,七八九");
        assert_eq!(lines.len(), 6);
        let json = crate::compare::export::to_json(&export[..1].to_vec());
        assert!(
            json.starts_with(r#"[{"passage":1,"similarity":1.0,"places":[{"article":"a""#),
            "{json}"
        );
    }
}
