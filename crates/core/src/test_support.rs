//! Article builders shared by the core's unit tests.

use crate::model::{Article, DateStamp, Format, Source};

/// A plain-text article with this id (file `<id>.txt`, title `title <id>`), from an unknown
/// source, undated, without text: a test sets the fields it is about.
pub(crate) fn article(id: &str) -> Article {
    Article {
        id: id.into(),
        file: format!("{id}.txt"),
        format: Format::PlainText,
        title: format!("title {id}"),
        date: None,
        source: Source::unknown(),
        author: None,
        outlet: None,
        url: None,
        summary: String::new(),
        text: String::new(),
        blocks: vec![],
        char_count: 0,
        problems: vec![],
        word_counts: vec![],
        figures: vec![],
        title_rank: 0,
    }
}

/// A date stamp `epoch` seconds after the Unix epoch, in China time (UTC+8).
pub(crate) fn date(epoch: i64) -> DateStamp {
    DateStamp {
        epoch_seconds: epoch,
        offset_minutes: 480,
        has_time: true,
        display: String::new(),
        iso: String::new(),
    }
}
