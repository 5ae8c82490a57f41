//! Shared passages per group, for the comparison's "shared passages" section: how much of
//! each group's text the articles of each other group hold too ([`group_shares`]), how much
//! of it no article outside the group holds ("only here"), and the passages themselves with
//! the groups that carry them ([`passage_list`]), query-matching ones first; and their
//! export ([`passage_export`], [`passages_csv`]).
//!
//! Everything is computed from the passage clusters the build stored
//! ([`crate::shared_table::clusters`]) and the groups of the grouping; characters are the
//! articles' displayed text's characters, as the groups' lengths count them.

use super::export::{csv_document, csv_text};
use super::groups::Group;
use crate::model::{Article, PassageCluster, PassageMember};
use crate::search::SearchResult;
use std::ops::Range;

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

/// Each group's position per article (every article is in one group of a grouping).
fn group_of(groups: &[Group], articles: usize) -> Vec<usize> {
    let mut of = vec![usize::MAX; articles];
    for (g, group) in groups.iter().enumerate() {
        for &a in &group.articles {
            if let Some(slot) = of.get_mut(a) {
                *slot = g;
            }
        }
    }
    of
}

/// Per article, its places in the clusters: (cluster, its own member).
fn places(clusters: &[PassageCluster], articles: usize) -> Vec<Vec<(usize, PassageMember)>> {
    let mut out = vec![Vec::new(); articles];
    for (c, cluster) in clusters.iter().enumerate() {
        for m in &cluster.members {
            if let Some(list) = out.get_mut(m.article as usize) {
                list.push((c, *m));
            }
        }
    }
    out
}

/// The characters of `text` that the byte `ranges` cover together (overlaps counted once).
/// Marks the covered bytes rather than sorting the ranges: no sort to carry in the page.
fn covered(text: &str, ranges: Vec<Range<usize>>) -> usize {
    if ranges.is_empty() {
        return 0;
    }
    let mut on = vec![false; text.len()];
    for r in ranges {
        if let Some(bytes) = on.get_mut(r) {
            bytes.fill(true);
        }
    }
    text.char_indices().filter(|&(i, _)| on[i]).count()
}

/// Sorts `keys` ascending: a plain merge sort, so the page carries no generic sort for it.
fn merge_sort(keys: &mut Vec<u128>) {
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

/// The table of `candidates` (indices into `groups`, the grouping of `articles`): how much of
/// each one's text the others hold, keeping only the candidates that share anything.
pub fn group_shares(
    clusters: &[PassageCluster],
    articles: &[Article],
    groups: &[Group],
    candidates: &[usize],
) -> GroupShares {
    let of = group_of(groups, articles.len());
    let places = places(clusters, articles.len());
    let mut col = vec![usize::MAX; groups.len()];
    for (k, &g) in candidates.iter().enumerate() {
        col[g] = k;
    }
    let mut out = GroupShares::default();
    for &g in candidates {
        let mut found = vec![0; candidates.len()];
        let mut outside = 0;
        for &a in &groups[g].articles {
            let text = &articles[a].text;
            let mut per_col: Vec<Vec<Range<usize>>> = vec![Vec::new(); candidates.len()];
            let mut elsewhere = Vec::new();
            for &(c, own) in &places[a] {
                let range = own.start as usize..own.end as usize;
                for m in clusters[c].members.iter().filter(|m| m.article as usize != a) {
                    let other = of.get(m.article as usize).copied().unwrap_or(usize::MAX);
                    if other != g {
                        elsewhere.push(range.clone());
                    }
                    if let Some(&k) = col.get(other).filter(|&&k| k != usize::MAX) {
                        per_col[k].push(range.clone());
                    }
                }
            }
            for (k, ranges) in per_col.into_iter().enumerate() {
                found[k] += covered(text, ranges);
            }
            outside += covered(text, elsewhere);
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
    let kept: Vec<usize> = candidates
        .iter()
        .enumerate()
        .filter(|(_, g)| out.groups.contains(g))
        .map(|(k, _)| k)
        .collect();
    for row in &mut out.found {
        *row = kept.iter().map(|&k| row[k]).collect();
    }
    out
}

/// `part` in percent of `whole`, to one decimal; at least 0.1 when `part` is not 0.
pub fn percent(part: usize, whole: usize) -> f64 {
    if part == 0 || whole == 0 {
        return 0.0;
    }
    ((part as f64 * 1000.0 / whole as f64).round() / 10.0).max(0.1)
}

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

/// The passages with the groups of `groups` that carry them: those holding a hit of the query
/// (`results`) first, then those carried by more groups, by more articles, longer ones.
pub fn passage_list(
    clusters: &[PassageCluster],
    groups: &[Group],
    articles: usize,
    results: &[SearchResult],
) -> Vec<ListedPassage> {
    let of = group_of(groups, articles);
    let mut hits: Vec<&[crate::search::Hit]> = vec![&[]; articles];
    for r in results {
        if let Some(slot) = hits.get_mut(r.doc) {
            *slot = &r.hits;
        }
    }
    let list: Vec<ListedPassage> = clusters
        .iter()
        .enumerate()
        .map(|(cluster, c)| {
            let has_query = c.members.iter().any(|m| {
                let holds = |h: &crate::search::Hit| h.range.start < m.end as usize && (m.start as usize) < h.range.end;
                hits.get(m.article as usize).is_some_and(|h| h.iter().any(holds))
            });
            let mut by_group: Vec<(usize, Vec<PassageMember>)> = Vec::new();
            for m in &c.members {
                let g = of.get(m.article as usize).copied().unwrap_or(usize::MAX);
                let at = by_group.partition_point(|(x, _)| *x < g);
                match by_group.get_mut(at).filter(|(x, _)| *x == g) {
                    Some((_, places)) => places.push(*m),
                    None => by_group.insert(at, (g, vec![*m])),
                }
            }
            ListedPassage {
                cluster,
                has_query,
                groups: by_group,
            }
        })
        .collect();
    // One key per passage, compared as a whole: not holding the query, fewer groups, fewer
    // articles, shorter, later; `u32::MAX - n` turns "more" into "smaller".
    let down = |n: usize| u128::from(u32::MAX - n.min(u32::MAX as usize) as u32);
    let mut keys: Vec<u128> = list
        .iter()
        .map(|p| {
            let c = &clusters[p.cluster];
            u128::from(!p.has_query) << 127
                | down(p.groups.len()) << 95
                | down(c.members.len()) << 63
                | down(c.chars as usize) << 31
                | p.cluster as u128 & 0x7fff_ffff
        })
        .collect();
    merge_sort(&mut keys);
    let mut slots: Vec<Option<ListedPassage>> = list.into_iter().map(Some).collect();
    let list = keys
        .iter()
        .filter_map(|&k| slots.get_mut((k & 0x7fff_ffff) as usize)?.take())
        .collect();
    list
}

/// One place of an exported passage.
#[derive(Debug, Clone, PartialEq, miniserde::Serialize)]
pub struct ExportPlace {
    /// The article's id.
    pub article: String,
    /// Its title.
    pub title: String,
    /// Its source's Chinese name.
    pub source: String,
    /// Its group's name in the grouping.
    pub group: String,
    /// Where the passage starts in the article's text, in characters (Unicode scalar values).
    pub start: usize,
    /// Where it ends (exclusive), in characters.
    pub end: usize,
    /// The passage as this article writes it.
    pub text: String,
}

/// One exported passage.
#[derive(Debug, Clone, PartialEq, miniserde::Serialize)]
pub struct ExportPassage {
    /// Its number in the list (from 1).
    pub passage: usize,
    /// How alike its copies are, from 0 to 1.
    pub similarity: f64,
    /// Its places, by group.
    pub places: Vec<ExportPlace>,
}

/// The passages of `list` ([`passage_list`]) for download.
pub fn passage_export(
    clusters: &[PassageCluster],
    articles: &[Article],
    groups: &[Group],
    list: &[ListedPassage],
) -> Vec<ExportPassage> {
    let chars = |text: &str, at: u32| text.get(..at as usize).map_or(0, |s| s.chars().count());
    list.iter()
        .enumerate()
        .map(|(i, p)| ExportPassage {
            passage: i + 1,
            similarity: f64::from(clusters[p.cluster].similarity) / 1000.0,
            places: p
                .groups
                .iter()
                .flat_map(|(g, places)| places.iter().map(move |m| (*g, m)))
                .filter_map(|(g, m)| {
                    let a = articles.get(m.article as usize)?;
                    Some(ExportPlace {
                        article: a.id.clone(),
                        title: a.title.clone(),
                        source: a.source.zh.clone(),
                        group: groups.get(g).map_or_else(String::new, |g| g.label.clone()),
                        start: chars(&a.text, m.start),
                        end: chars(&a.text, m.end),
                        text: a.text.get(m.start as usize..m.end as usize)?.to_string(),
                    })
                })
                .collect(),
        })
        .collect()
}

/// The exported passages as CSV (with BOM), one row per place: passage number, similarity
/// (three decimals), group, source, article id, title, start and end (characters), text.
pub fn passages_csv(passages: &[ExportPassage]) -> String {
    let header = [
        "passage",
        "similarity",
        "group",
        "source",
        "article",
        "title",
        "start",
        "end",
        "text",
    ];
    let header = header.map(String::from).to_vec();
    let rows = passages.iter().flat_map(|p| {
        p.places.iter().map(move |x| {
            vec![
                p.passage.to_string(),
                crate::decimal::fixed(p.similarity, 3),
                csv_text(&x.group).into_owned(),
                csv_text(&x.source).into_owned(),
                csv_text(&x.article).into_owned(),
                csv_text(&x.title).into_owned(),
                x.start.to_string(),
                x.end.to_string(),
                csv_text(&x.text).into_owned(),
            ]
        })
    });
    csv_document(std::iter::once(header).chain(rows))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::groups::{group_articles, GroupBy};
    use crate::compare::test_support::article;

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
    fn the_merge_sort_sorts() {
        for n in [0u128, 1, 2, 5, 17] {
            let mut keys: Vec<u128> = (0..n).map(|i| ((i * 7919) % 23) | ((u128::MAX - i) << 8)).collect();
            let mut expected = keys.clone();
            expected.sort_unstable();
            merge_sort(&mut keys);
            assert_eq!(keys, expected);
        }
        assert_eq!(covered("一二三", vec![0..3, 3..6, 0..6]), 2);
        assert_eq!(covered("一二三", vec![]), 0);
    }

    #[test]
    fn the_table_counts_each_groups_characters_found_in_the_others() {
        let (articles, groups, clusters) = sample();
        let keys: Vec<&str> = groups.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["qq", "cdt", "ifeng"]);
        let t = group_shares(&clusters, &articles, &groups, &[0, 1, 2]);
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
        let t = group_shares(&clusters, &articles, &groups, &[1, 2]);
        assert_eq!((t.groups, t.found, t.only_here), (vec![], vec![], vec![]));
    }

    #[test]
    fn passages_with_the_query_come_first_and_export_in_characters() {
        let (articles, groups, clusters) = sample();
        let list = passage_list(&clusters, &groups, articles.len(), &[]);
        assert_eq!(list.iter().map(|p| p.cluster).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(
            list[0].groups,
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
        let list = passage_list(&clusters, &groups, articles.len(), &[hit]);
        assert_eq!(
            list.iter().map(|p| (p.cluster, p.has_query)).collect::<Vec<_>>(),
            [(1, true), (0, false)]
        );
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
