//! Which of an article's stored figures a query (or a needle, or any test of the sentence)
//! keeps: what the comparison view lists and exports. Query time, run in the page.

use crate::model::{Article, Figure};
use crate::search::{normalize_term, Query};
use std::ops::Range;

/// The figures of `article` whose sentence satisfies `keep`, in text order. `keep` sees each
/// sentence once, however many figures it states.
pub fn figures_matching(article: &Article, mut keep: impl FnMut(&str) -> bool) -> Vec<&Figure> {
    let mut last: Option<(Range<usize>, bool)> = None;
    article
        .figures
        .iter()
        .filter(|f| match &last {
            Some((sentence, kept)) if *sentence == f.sentence => *kept,
            _ => {
                let kept = keep(f.sentence_text(article));
                last = Some((f.sentence.clone(), kept));
                kept
            }
        })
        .collect()
}

/// The figures of `article` whose sentence contains `needle` (ignoring ASCII case); all of
/// them for an empty or blank needle.
pub fn figures_mentioning<'a>(article: &'a Article, needle: &str) -> Vec<&'a Figure> {
    let needle = needle.trim().to_lowercase();
    figures_matching(article, |sentence| {
        needle.is_empty() || sentence.to_lowercase().contains(&needle)
    })
}

/// The figures of `article` whose sentence holds every positive term of `query`, compared
/// the way the search compares text (folded by [`crate::search::normalize_term`]); all of
/// them for a query without terms. What the comparison view lists and exports.
pub fn figures_for_query<'a>(article: &'a Article, query: &Query) -> Vec<&'a Figure> {
    figures_for_terms(article, None, &figure_terms(query))
}

/// The positive terms of `query`, normalized as [`figures_for_query`] compares them with
/// sentences.
pub fn figure_terms(query: &Query) -> Vec<String> {
    query
        .positive_terms()
        .map(|(_, t)| normalize_term(&t.pattern))
        .collect()
}

/// The sentences of an article's figures, normalized as the search normalizes text
/// ([`crate::search::normalize_term`]), in text order, one entry per run of figures in the
/// same sentence. Made once per article and kept, they spare normalizing the same sentences
/// for every query (see [`figures_for_terms`]).
pub fn normalized_figure_sentences(article: &Article) -> Vec<String> {
    let mut out = Vec::new();
    let mut last: Option<&Range<usize>> = None;
    for f in &article.figures {
        if last != Some(&f.sentence) {
            out.push(normalize_term(f.sentence_text(article)));
            last = Some(&f.sentence);
        }
    }
    out
}

/// The figures of `article` whose sentence holds every one of `terms` (made by
/// [`figure_terms`]); all of them without terms. `sentences`, if given, are the article's
/// [`normalized_figure_sentences`]; else each sentence is normalized here. The same figures
/// as [`figures_for_query`] either way.
pub fn figures_for_terms<'a>(article: &'a Article, sentences: Option<&[String]>, terms: &[String]) -> Vec<&'a Figure> {
    if terms.is_empty() {
        return article.figures.iter().collect();
    }
    let holds = |sentence: &str| terms.iter().all(|t| sentence.contains(t.as_str()));
    let mut run = 0;
    figures_matching(article, |sentence| {
        let kept = match sentences.and_then(|s| s.get(run)) {
            Some(normalized) => holds(normalized),
            None => holds(&normalize_term(sentence)),
        };
        run += 1;
        kept
    })
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;
    use crate::compare::test_support::article;

    fn article_with(text: &str) -> Article {
        let mut a = article("a", "qq", None, text.chars().count(), None);
        a.text = text.into();
        a.figures = extract(text);
        a
    }

    #[test]
    fn figures_matching_keeps_those_whose_sentence_passes() {
        let a = article_with("英伟达暴跌17%。开源省了90%。");
        let kept: Vec<&str> = figures_matching(&a, |s| s.contains("开源"))
            .iter()
            .map(|f| f.text(&a))
            .collect();
        assert_eq!(kept, ["90%"]);
    }

    #[test]
    fn figures_matching_asks_once_per_sentence() {
        let a = article_with("成本降了90%，价格是1/50。英伟达暴跌17%。");
        let mut asked = Vec::new();
        let kept = figures_matching(&a, |s| {
            asked.push(s.to_string());
            s.contains("成本")
        });
        let kept: Vec<&str> = kept.iter().map(|f| f.text(&a)).collect();
        assert_eq!(kept, ["90%", "1/50"]);
        assert_eq!(asked, ["成本降了90%，价格是1/50。", "英伟达暴跌17%。"]);
    }

    #[test]
    fn figures_for_terms_with_kept_sentences_agree_with_figures_for_query() {
        let a = article_with("训练成本仅有OpenAI十分之一，也就是10%。英伟达股价暴跌17%。輝達 成本 3倍\n开源省了90%。");
        let sentences = normalized_figure_sentences(&a);
        assert_eq!(sentences.len(), 4);
        for q in [
            "成本",
            "英伟达",
            "openai 成本",
            "",
            "輝達",
            "开源 | 蒸馏",
            "-国运",
            "不在",
        ] {
            let query = crate::search::Query::parse(q);
            let kept = figures_for_terms(&a, Some(&sentences), &figure_terms(&query));
            assert_eq!(kept, figures_for_query(&a, &query), "{q}");
        }
    }

    #[test]
    fn figures_mentioning_ignores_latin_case() {
        let a = article_with("DeepSeek省了90%。别的17%。");
        let kept: Vec<&str> = figures_mentioning(&a, "deepseek").iter().map(|f| f.text(&a)).collect();
        assert_eq!(kept, ["90%"]);
    }

    #[test]
    fn figures_mentioning_a_blank_needle_keeps_all() {
        let a = article_with("省了90%。别的17%。");
        assert_eq!(figures_mentioning(&a, "  ").len(), 2);
    }

    #[test]
    fn a_figure_of_another_article_has_empty_text() {
        let a = article_with("省了90%。");
        let other = article_with("");
        assert_eq!(
            (a.figures[0].text(&other), a.figures[0].sentence_text(&other)),
            ("", "")
        );
    }

    #[test]
    fn figures_for_a_query_need_every_term_in_the_sentence_folded_like_search() {
        let text = "训练成本仅有OpenAI十分之一。英伟达股价暴跌17%。";
        let article = article_with(text);
        let q = |s: &str| crate::search::Query::parse(s);
        let found = |s: &str| -> Vec<&str> {
            figures_for_query(&article, &q(s))
                .iter()
                .map(|f| f.text(&article))
                .collect()
        };
        assert_eq!(found("成本"), ["十分之一"]);
        assert_eq!(found("輝達 股價"), Vec::<&str>::new());
        assert_eq!(found("openai 成本"), ["十分之一"]);
        assert_eq!(found(""), ["十分之一", "17%"]);
    }
}
