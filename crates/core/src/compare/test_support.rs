//! Article builders for the comparison tests.

use crate::model::{Article, DateStamp, Format, Source};

/// An article with id `id`, title `title <id>`, the given source key, author, length and date.
pub(crate) fn article(id: &str, source: &str, author: Option<&str>, chars: usize, epoch: Option<i64>) -> Article {
    Article {
        id: id.into(),
        file: format!("{id}.txt"),
        format: Format::PlainText,
        title: format!("title {id}"),
        date: epoch.map(|e| DateStamp {
            epoch_seconds: e,
            offset_minutes: 480,
            has_time: true,
            display: String::new(),
            iso: String::new(),
        }),
        source: Source {
            key: source.into(),
            zh: format!("{source} zh"),
            en: format!("{source} en"),
        },
        author: author.map(String::from),
        url: None,
        summary: String::new(),
        text: String::new(),
        blocks: vec![],
        char_count: chars,
        problems: vec![],
        word_counts: vec![],
        figures: vec![],
    }
}

/// `article` with these (vocabulary index, count) pairs.
pub(crate) fn with_words(mut article: Article, counts: &[(u32, u32)]) -> Article {
    article.word_counts = counts.to_vec();
    article
}
