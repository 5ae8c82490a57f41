//! Article builders for the comparison tests.

use crate::model::{Article, Corpus, Source};
use crate::test_support::date;

/// An article with id `id`, title `title <id>`, the given source key, author, length and date.
pub(crate) fn article(id: &str, source: &str, author: Option<&str>, chars: usize, epoch: Option<i64>) -> Article {
    Article {
        date: epoch.map(date),
        source: Source {
            key: source.into(),
            zh: format!("{source} zh"),
            en: format!("{source} en"),
        },
        author: author.map(String::from),
        char_count: chars,
        ..crate::test_support::article(id)
    }
}

/// `article` with these (vocabulary index, count) pairs.
pub(crate) fn with_words(mut article: Article, counts: &[(u32, u32)]) -> Article {
    article.word_counts = counts.to_vec();
    article
}

/// Two sources: qq (two articles) and cdt (one), over the vocabulary
/// [国运, 开源, 模型, 芯片].
pub(crate) fn keyness_corpus() -> Corpus {
    let vocabulary = ["国运", "开源", "模型", "芯片"].map(String::from).to_vec();
    Corpus {
        articles: vec![
            with_words(article("q1", "qq", None, 100, None), &[(1, 6), (2, 20), (3, 4)]),
            with_words(article("q2", "qq", None, 100, None), &[(1, 4), (2, 20), (3, 6)]),
            with_words(article("c1", "cdt", None, 100, None), &[(0, 8), (2, 10), (3, 2)]),
        ],
        vocabulary,
        ..Corpus::default()
    }
}

/// Whether two statistics agree to four decimals.
pub(crate) fn close(x: f64, y: f64) -> bool {
    (x - y).abs() < 1e-4
}

/// The keywords of [`keyness_corpus`] grouped by source, with the default options.
#[cfg(feature = "ingest")]
pub(crate) fn keyness_by_source() -> crate::compare::keyness::Keyness {
    use crate::compare::groups::{group_articles, GroupBy};
    use crate::compare::keyness::{keyness, KeynessOptions};
    let c = keyness_corpus();
    keyness(
        &c,
        &group_articles(&c.articles, GroupBy::Source),
        &KeynessOptions::default(),
    )
}
