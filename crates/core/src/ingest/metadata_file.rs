//! The curator's metadata file, `seeds/metadata.csv`: corrections and additions
//! for any seed without editing the seed itself.
//!
//! One row per seed, with a header row. The `file` column names the seed (as in
//! the seeds folder); every other column is optional and an empty cell changes
//! nothing:
//!
//! ```csv
//! file,title,date,source,author,url,summary,outlet
//! 001_8a01f4ea65b6cdb0.txt,,,科技导报 / Science and Technology Review,李国杰,,,科技导报
//! ```
//!
//! `date` takes the forms of [`super::dates::parse_date`] (no zone means UTC+8);
//! `source` takes a known platform (`qq`, `chinadigitaltimes.net`, `腾讯新闻`) or
//! a free name, optionally `中文名 / English name`.

use super::dates;
use super::is_web_url;
use crate::model::{Article, Warning};
use crate::sources;

/// Applies the metadata file to the articles; returns one warning per row or
/// value that could not be used.
pub fn apply(bytes: &[u8], articles: &mut [Article]) -> Vec<Warning> {
    let file = super::METADATA_FILE;
    let mut notes = Vec::new();
    let note = |line: u64, message: String| Warning {
        file: file.into(),
        message: format!("line {line}: {message}"),
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            notes.push(Warning {
                file: file.into(),
                message: format!("cannot be read as CSV ({e}); no corrections applied"),
            });
            return notes;
        }
    };
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let Some(file_col) = column("file") else {
        notes.push(Warning {
            file: file.into(),
            message: "the header row has no `file` column; expected file,title,date,source,author,url,summary,outlet"
                .into(),
        });
        return notes;
    };
    let known = ["file", "title", "date", "source", "author", "url", "summary", "outlet"];
    for h in headers
        .iter()
        .filter(|h| !known.iter().any(|k| k.eq_ignore_ascii_case(h)))
    {
        notes.push(note(
            1,
            format!("unknown column `{h}` ignored (known: {})", known.join(", ")),
        ));
    }
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                notes.push(note(line, format!("cannot be read ({e})")));
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let cell = |name: &str| column(name).and_then(|i| record.get(i)).filter(|v| !v.is_empty());
        let Some(target) = record.get(file_col).filter(|v| !v.is_empty()) else {
            notes.push(note(line, "no file name in the `file` column".into()));
            continue;
        };
        let Some(article) = articles.iter_mut().find(|a| a.file == target) else {
            notes.push(note(line, format!("no seed named `{target}` in the seeds folder")));
            continue;
        };
        if let Some(v) = cell("title") {
            article.title = v.to_string();
        }
        if let Some(v) = cell("author") {
            article.author = Some(v.to_string());
        }
        if let Some(v) = cell("outlet") {
            article.outlet = Some(v.to_string());
        }
        if let Some(v) = cell("summary") {
            article.summary = v.to_string();
        }
        if let Some(v) = cell("source") {
            article.source = sources::source_from_label(v);
        }
        if let Some(v) = cell("date") {
            match dates::parse_date(v) {
                Some(d) => article.date = Some(d),
                None => notes.push(note(
                    line,
                    format!("date `{v}` is not a date (use e.g. 2025-02-08 21:14:46 or 2025-02-08)"),
                )),
            }
        }
        if let Some(v) = cell("url") {
            if is_web_url(v) {
                article.url = Some(v.to_string());
            } else {
                notes.push(note(line, format!("url `{v}` is not an http(s) link; ignored")));
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest_file;

    #[test]
    fn corrections_apply_and_bad_rows_are_reported() {
        let mut articles = vec![ingest_file("a.txt", "题\n\n正文".as_bytes())];
        let csv = "file,title,date,source,author,url,color,outlet\n\
a.txt,新题,2025-02-10,科技导报 / S&T Review,李国杰,https://example.org/a,,某某日报\n\
b.txt,x,,,,,\n\
a.txt,,someday,,,javascript:alert(1),\n";
        let notes: Vec<String> = apply(csv.as_bytes(), &mut articles)
            .iter()
            .map(|w| w.message.clone())
            .collect();
        let a = &articles[0];
        assert_eq!(a.title, "新题");
        assert_eq!(a.date.as_ref().unwrap().display, "2025-02-10");
        assert_eq!((a.source.zh.as_str(), a.source.en.as_str()), ("科技导报", "S&T Review"));
        assert_eq!(a.author.as_deref(), Some("李国杰"));
        assert_eq!(a.outlet.as_deref(), Some("某某日报"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(notes.len(), 4, "{notes:?}");
        assert!(notes[0].contains("unknown column `color`"));
        assert!(notes[1].starts_with("line 3:") && notes[1].contains("b.txt"));
        assert!(notes[2].contains("someday") && notes[3].contains("javascript"));
    }
}
