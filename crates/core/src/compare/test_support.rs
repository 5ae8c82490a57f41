//! Article builders for the comparison tests.

use crate::model::{Article, Source};
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
