//! What the comparison view shows per group for a query, from one search of the whole corpus:
//! matching articles and hits per group, a group's first keyword-in-context lines and its
//! figures; and which groups to show when there are more than fit on a screen.
//!
//! A search does not depend on the grouping, so the view searches once per query and only
//! re-adds per-article numbers when the grouping changes ([`group_matches`] is linear in the
//! number of articles); lines and figures are made only for the groups on screen.

use super::figures::{figure_terms, figures_for_terms};
use super::groups::Group;
use crate::model::Article;
use crate::search::{kwic, ConcordanceLine, DocTexts, Field, Query, SearchResult};
use serde::{Deserialize, Serialize};

/// A query's matches in one group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMatch {
    /// How many of the group's articles match.
    pub articles: usize,
    /// Hits in those articles (text hits, overlapping ones merged, as [`SearchResult::hits`]).
    pub hits: u32,
}

/// Per article (by position in the corpus, `articles` of them), the hits of a search:
/// `None` where the article does not match. Results naming an article past the end are ignored.
pub fn hits_per_article(results: &[SearchResult], articles: usize) -> Vec<Option<u32>> {
    let mut out = vec![None; articles];
    for r in results {
        if let Some(slot) = out.get_mut(r.doc) {
            *slot = Some(u32::try_from(r.hits.len()).unwrap_or(u32::MAX));
        }
    }
    out
}

/// Per group, in the order of `groups`: its articles that match and their hits, from
/// [`hits_per_article`]. Linear in the number of articles.
pub fn group_matches(groups: &[Group], per_article: &[Option<u32>]) -> Vec<GroupMatch> {
    groups
        .iter()
        .map(|g| {
            g.articles
                .iter()
                .filter_map(|&a| per_article.get(a).copied().flatten())
                .fold(GroupMatch::default(), |m, hits| GroupMatch {
                    articles: m.articles + 1,
                    hits: m.hits.saturating_add(hits),
                })
        })
        .collect()
}

/// Positions of the groups to show, at most `limit` of `count`: all of them in order when they
/// fit. When they do not and `matches` is given (there is a query), the groups with a matching
/// article come first (in order), then the others (in order), so the first screen shows where
/// the query occurs.
pub fn shown_groups(count: usize, limit: usize, matches: Option<&[GroupMatch]>) -> Vec<usize> {
    if count <= limit {
        return (0..count).collect();
    }
    match matches {
        None => (0..limit).collect(),
        Some(m) => {
            let matching = |g: &usize| m.get(*g).is_some_and(|x| x.articles > 0);
            let first = (0..count).filter(matching);
            let rest = (0..count).filter(|g| !matching(g));
            first.chain(rest).take(limit).collect()
        }
    }
}

/// [`shown_groups`] of `groups`, leaving out those without an article (groups emptied by
/// collapsing copies, [`super::groups::without`]); positions in `groups`.
pub fn shown_present(groups: &[Group], limit: usize, matches: Option<&[GroupMatch]>) -> Vec<usize> {
    let present: Vec<usize> = (0..groups.len()).filter(|&g| !groups[g].articles.is_empty()).collect();
    let at = |m: &[GroupMatch]| present.iter().map(|&g| m.get(g).copied().unwrap_or_default()).collect();
    let matches: Option<Vec<GroupMatch>> = matches.map(at);
    let shown = shown_groups(present.len(), limit, matches.as_deref());
    shown.into_iter().map(|i| present[i]).collect()
}

/// The first `max` keyword-in-context lines (`context_chars` each side) of the hits of
/// `results` in `group`'s articles: in the order of `results` (best article first), then of
/// the text, as [`crate::search::concordance`] orders them. Only those lines are made.
pub fn group_kwic<T: DocTexts + ?Sized>(
    results: &[SearchResult],
    group: &Group,
    texts: &T,
    context_chars: usize,
    max: usize,
) -> Vec<ConcordanceLine> {
    let sorted = group.articles.is_sorted();
    let in_group = |doc: usize| {
        if sorted {
            group.articles.binary_search(&doc).is_ok()
        } else {
            group.articles.contains(&doc)
        }
    };
    results
        .iter()
        .filter(|r| in_group(r.doc))
        .flat_map(|r| r.hits.iter().map(move |h| (r.doc, h)))
        .take(max)
        .map(|(doc, h)| ConcordanceLine {
            doc,
            term: h.term,
            kwic: kwic(texts.doc_text(doc), h.range.clone(), context_chars),
        })
        .collect()
}

/// Up to `max` figures of `group`'s articles (positions in `articles`) whose sentence holds
/// every positive term of `query` (all figures without terms; see
/// [`super::figures::figures_for_query`]), as (figures, sentence) pairs: figures in a row from
/// the same sentence share one entry, their texts joined by ` · `. `sentences(a)` may give
/// article `a`'s kept [`super::figures::normalized_figure_sentences`] (else they are made here).
pub fn group_figures<'s>(
    articles: &[Article],
    group: &Group,
    query: &Query,
    max: usize,
    sentences: impl Fn(usize) -> Option<&'s [String]>,
) -> Vec<(String, String)> {
    let terms = figure_terms(query);
    group
        .articles
        .iter()
        .filter_map(|&a| Some((a, articles.get(a)?)))
        .flat_map(|(a, article)| {
            // Without terms every figure is kept: no need for the normalized sentences.
            let kept = if terms.is_empty() {
                article.figures.iter().collect()
            } else {
                figures_for_terms(article, sentences(a), &terms)
            };
            kept.into_iter()
                .map(move |f| (f.text(article), f.sentence_text(article)))
        })
        .take(max)
        .fold(Vec::new(), |mut out: Vec<(String, String)>, (figure, sentence)| {
            match out.last_mut() {
                Some((figures, last)) if last == sentence => {
                    figures.push_str(" · ");
                    figures.push_str(figure);
                }
                _ => out.push((figure.to_string(), sentence.to_string())),
            }
            out
        })
}

/// Per article, how often the query's one term occurs in its text, read off the search
/// results: what [`crate::search::SearchIndex::occurrences`] counts with another scan of the
/// corpus. Only for a query of one positive term matched anywhere (the usual case: its
/// results are exactly the articles with the term in their text or title, and
/// [`SearchResult::term_hits`] counts it in the text); `None` for any other query.
pub fn lone_term_counts(query: &Query, results: &[SearchResult], articles: usize) -> Option<Vec<usize>> {
    match query.terms() {
        [term] if term.is_positive() && term.field == Field::Any => {
            let mut counts = vec![0; articles];
            for r in results {
                if let (Some(slot), Some(&n)) = (counts.get_mut(r.doc), r.term_hits.first()) {
                    *slot = n;
                }
            }
            Some(counts)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::figures::extract;
    use crate::compare::groups::{group_articles, GroupBy};
    use crate::compare::test_support::article;
    use crate::search::SearchIndex;

    fn with_text(mut a: Article, text: &str) -> Article {
        a.text = text.into();
        a.char_count = text.chars().count();
        a.figures = extract(text);
        a
    }

    /// qq: articles 0 and 2; cdt: article 1; ifeng: article 3.
    fn articles() -> Vec<Article> {
        vec![
            with_text(article("a", "qq", None, 0, None), "开源模型。成本降了90%。开源！"),
            with_text(article("b", "cdt", None, 0, None), "芯片涨了17%。"),
            with_text(article("c", "qq", None, 0, None), "开源的成本是1/50，也就是2%。"),
            with_text(article("d", "ifeng", None, 0, None), "没有数字。"),
        ]
    }

    fn search(articles: &[Article], q: &str) -> Vec<SearchResult> {
        let corpus = crate::model::Corpus {
            articles: articles.to_vec(),
            ..Default::default()
        };
        SearchIndex::new(&corpus).search(&Query::parse(q))
    }

    #[test]
    fn hits_per_article_marks_matching_articles_with_their_hit_counts() {
        let v = articles();
        assert_eq!(hits_per_article(&search(&v, "开源"), 4), [Some(2), None, Some(1), None]);
    }

    #[test]
    fn group_matches_add_up_matching_articles_and_hits() {
        let v = articles();
        let groups = group_articles(&v, GroupBy::Source);
        let m = group_matches(&groups, &[Some(2), None, Some(1), None]);
        let keys: Vec<&str> = groups.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["qq", "cdt", "ifeng"]);
        assert_eq!(
            m,
            [
                GroupMatch { articles: 2, hits: 3 },
                GroupMatch::default(),
                GroupMatch::default()
            ]
        );
    }

    #[test]
    fn a_matching_article_without_text_hits_still_counts_as_matching() {
        // A title-only match has no text hits but is a matching article.
        let groups = group_articles(&articles(), GroupBy::Article);
        let m = group_matches(&groups, &[Some(0), None, None, None]);
        assert_eq!(m[0], GroupMatch { articles: 1, hits: 0 });
    }

    #[test]
    fn all_groups_are_shown_in_order_when_they_fit() {
        assert_eq!(shown_groups(3, 12, None), [0, 1, 2]);
        let m = [
            GroupMatch::default(),
            GroupMatch { articles: 1, hits: 1 },
            GroupMatch::default(),
        ];
        assert_eq!(shown_groups(3, 3, Some(&m)), [0, 1, 2]);
    }

    #[test]
    fn too_many_groups_are_cut_at_the_limit() {
        assert_eq!(shown_groups(1000, 4, None), [0, 1, 2, 3]);
    }

    #[test]
    fn with_a_query_matching_groups_come_first_when_groups_are_cut() {
        let hit = GroupMatch { articles: 1, hits: 2 };
        let m = [
            GroupMatch::default(),
            hit,
            GroupMatch::default(),
            GroupMatch::default(),
            hit,
        ];
        assert_eq!(shown_groups(5, 3, Some(&m)), [1, 4, 0]);
        assert_eq!(shown_groups(5, 2, Some(&m)), [1, 4]);
    }

    #[test]
    fn emptied_groups_are_not_shown() {
        use crate::compare::groups::{group_articles, without, GroupBy};
        let v: Vec<Article> = ["a", "b", "c", "d"]
            .iter()
            .map(|id| crate::compare::test_support::article(id, "qq", None, 10, None))
            .collect();
        let groups = without(&group_articles(&v, GroupBy::Article), &v, &[false, true, false, false]);
        assert_eq!(shown_present(&groups, 12, None), [0, 2, 3]);
        let hit = GroupMatch { articles: 1, hits: 2 };
        let m = [GroupMatch::default(), GroupMatch::default(), GroupMatch::default(), hit];
        assert_eq!(shown_present(&groups, 2, Some(&m)), [3, 0]);
    }

    #[test]
    fn group_kwic_takes_the_first_lines_of_the_group_only() {
        let v = articles();
        let results = search(&v, "开源");
        let groups = group_articles(&v, GroupBy::Source);
        let lines = group_kwic(&results, &groups[0], &v[..], 3, 2);
        let shown: Vec<(usize, &str, &str, &str)> = lines
            .iter()
            .map(|l| {
                let t = &v[l.doc].text;
                (l.doc, l.kwic.left_str(t), l.kwic.hit_str(t), l.kwic.right_str(t))
            })
            .collect();
        // Article 0 ranks first (two hits); its hits in text order.
        assert_eq!(shown, [(0, "", "开源", "模型。"), (0, "0%。", "开源", "！")]);
        assert!(group_kwic(&results, &groups[1], &v[..], 3, 2).is_empty());
    }

    #[test]
    fn group_kwic_agrees_with_the_concordance_of_the_group_results() {
        let v = articles();
        let results = search(&v, "开源 | 成本");
        let groups = group_articles(&v, GroupBy::Source);
        let in_qq: Vec<SearchResult> = results
            .iter()
            .filter(|r| groups[0].articles.contains(&r.doc))
            .cloned()
            .collect();
        let all = crate::search::concordance(&in_qq, &v[..], 5);
        assert_eq!(group_kwic(&results, &groups[0], &v[..], 5, 3), all[..3]);
        assert_eq!(group_kwic(&results, &groups[0], &v[..], 5, 99), all);
    }

    #[test]
    fn group_figures_join_the_figures_of_one_sentence() {
        let v = articles();
        let groups = group_articles(&v, GroupBy::Source);
        let figures = group_figures(&v, &groups[0], &Query::parse(""), 10, |_| None);
        assert_eq!(
            figures,
            [
                ("90%".to_string(), "成本降了90%。".to_string()),
                ("1/50 · 2%".to_string(), "开源的成本是1/50，也就是2%。".to_string())
            ]
        );
    }

    #[test]
    fn group_figures_follow_the_query_and_the_limit() {
        let v = articles();
        let groups = group_articles(&v, GroupBy::Source);
        let qq = &groups[0];
        let texts = |q: &str, max: usize| -> Vec<String> {
            group_figures(&v, qq, &Query::parse(q), max, |_| None)
                .into_iter()
                .map(|(f, _)| f)
                .collect()
        };
        assert_eq!(texts("开源", 10), ["1/50 · 2%"]);
        assert_eq!(texts("", 2), ["90%", "1/50"]);
        assert!(texts("芯片", 10).is_empty());
    }
    #[test]
    fn group_figures_with_kept_sentences_give_the_same_figures() {
        let v = articles();
        let kept: Vec<Vec<String>> = v
            .iter()
            .map(crate::compare::figures::normalized_figure_sentences)
            .collect();
        for by in GroupBy::ALL {
            for g in group_articles(&v, by) {
                for q in ["开源", "成本", "", "开源 成本", "芯片 | 开源"] {
                    let query = Query::parse(q);
                    assert_eq!(
                        group_figures(&v, &g, &query, 3, |a| kept.get(a).map(Vec::as_slice)),
                        group_figures(&v, &g, &query, 3, |_| None),
                        "{by:?} {q}"
                    );
                }
            }
        }
    }

    fn corpus_of(articles: &[Article]) -> crate::model::Corpus {
        crate::model::Corpus {
            articles: articles.to_vec(),
            ..Default::default()
        }
    }

    #[test]
    fn lone_term_counts_are_the_occurrences_of_the_term() {
        let mut v = articles();
        // A title-only match, and Latin words (a term must start a word).
        v[3].title = "开源 title".into();
        v[1].text = "OpenAI 与 AI 芯片涨了17%。ai".into();
        let corpus = corpus_of(&v);
        let index = SearchIndex::new(&corpus);
        for q in ["开源", "成本", "ai", "\"开源模型\"", "不在", "%"] {
            let query = Query::parse(q);
            let results = index.search(&query);
            let term = query.terms()[0].to_string();
            assert_eq!(
                lone_term_counts(&query, &results, v.len()),
                Some(index.occurrences(&Query::parse(&term), 0)),
                "{q}"
            );
        }
    }

    #[test]
    fn lone_term_counts_only_for_one_positive_term_anywhere() {
        let v = articles();
        let index = SearchIndex::new(&corpus_of(&v));
        for q in ["开源 成本", "开源 | 成本", "-开源", "title:开源", "source:qq", ""] {
            let query = Query::parse(q);
            assert_eq!(lone_term_counts(&query, &index.search(&query), v.len()), None, "{q}");
        }
    }
}
