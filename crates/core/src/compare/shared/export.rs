//! The shared passages for download: each listed passage with its places, in characters,
//! as JSON rows ([`passage_export`]) or CSV ([`passages_csv`]).

use super::list::ListedPassage;
use crate::compare::export::{csv_document, csv_text};
use crate::compare::groups::Group;
use crate::model::{Article, PassageCluster};

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

/// The passages of `list` ([`super::PassageGroups::list`]) for download.
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
