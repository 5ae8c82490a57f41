//! Downloads of the comparison tables: CSV for spreadsheets, JSON for programs.
//!
//! CSV follows RFC 4180 (comma separated, CRLF line ends, fields with a comma, quote or line
//! break in double quotes, quotes doubled) and starts with a UTF-8 byte order mark so that
//! spreadsheet programs read the Chinese text as UTF-8. Text cells that a spreadsheet would
//! take for a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) get a leading
//! `'`, since terms and labels come from users and seed files.
//!
//! JSON is the tables' fields as named in Rust, compact, written by miniserde: the same text
//! serde_json writes (a test checks it), from a serializer that is not monomorphized per type.

use super::keyness::Keyness;
use super::rates::RateTable;
use crate::decimal::fixed;
use std::borrow::Cow;

/// The UTF-8 byte order mark the CSV files start with.
pub const BOM: &str = "\u{FEFF}";

/// One CSV field, quoted if RFC 4180 requires it.
pub fn csv_field(value: &str) -> Cow<'_, str> {
    if value.contains([',', '"', '\r', '\n']) {
        Cow::Owned(format!("\"{}\"", value.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(value)
    }
}

/// A text cell: like [`csv_field`], after defusing what a spreadsheet would run as a formula.
pub fn csv_text(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(csv_field(&format!("'{value}")).into_owned())
    } else {
        csv_field(value)
    }
}

/// A CSV document: the byte order mark, then one CRLF-terminated line per row. The cells must
/// already be encoded with [`csv_field`] or [`csv_text`].
pub fn csv_document<R, C>(rows: R) -> String
where
    R: IntoIterator,
    R::Item: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut out = String::from(BOM);
    for row in rows {
        let mut first = true;
        for cell in row {
            if !first {
                out.push(',');
            }
            out.push_str(cell.as_ref());
            first = false;
        }
        out.push_str("\r\n");
    }
    out
}

/// The rate table as CSV: a header row (`term`, then per group `<label> hits` and
/// `<label> per 10k chars`), a row of the groups' lengths, then one row per term.
/// Rates have two decimals.
pub fn rates_csv(table: &RateTable) -> String {
    let mut header = vec![csv_text("term").into_owned()];
    let mut lengths = vec![csv_text("(characters)").into_owned()];
    for c in &table.columns {
        header.push(csv_text(&format!("{} hits", c.label)).into_owned());
        header.push(csv_text(&format!("{} per 10k chars", c.label)).into_owned());
        lengths.push(c.char_count.to_string());
        lengths.push(String::new());
    }
    let rows = table.terms.iter().zip(&table.rows).map(|(term, cells)| {
        let mut row = vec![csv_text(term).into_owned()];
        for cell in cells {
            row.push(cell.hits.to_string());
            row.push(fixed(cell.per_10k, 2));
        }
        row
    });
    csv_document([header, lengths].into_iter().chain(rows))
}

/// The keywords as CSV, one row per keyword: group key, direction (`more` / `less`), word,
/// count in the group, count in the rest, articles, G², log ratio and conservative log ratio (three decimals),
/// whether only the group uses the word, and whether it is a stop word (function word).
pub fn keyness_csv(keyness: &Keyness) -> String {
    let header = [
        "group",
        "direction",
        "word",
        "in group",
        "in rest",
        "articles",
        "G2",
        "log ratio",
        "conservative log ratio",
        "only in group",
        "stop word",
    ]
    .map(String::from)
    .to_vec();
    let rows = keyness.groups.iter().flat_map(|g| {
        let more = g.positive.iter().map(|k| ("more", k));
        let less = g.negative.iter().map(|k| ("less", k));
        more.chain(less).map(|(direction, k)| {
            vec![
                csv_text(&g.key).into_owned(),
                direction.to_string(),
                csv_text(&k.word).into_owned(),
                k.in_group.to_string(),
                k.in_rest.to_string(),
                k.articles.to_string(),
                fixed(k.g2, 3),
                fixed(k.log_ratio, 3),
                fixed(k.conservative, 3),
                k.only_in_group.to_string(),
                k.stop.to_string(),
            ]
        })
    });
    csv_document(std::iter::once(header).chain(rows))
}

/// Any of the comparison results as compact JSON (non-finite numbers become `null`).
pub fn to_json<T: miniserde::Serialize>(value: &T) -> String {
    miniserde::json::to_string(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::rates::{Rate, RateColumn};

    fn table() -> RateTable {
        RateTable {
            terms: vec!["芯片".into(), "a,\"b\"".into()],
            columns: vec![RateColumn {
                key: "qq".into(),
                label: "腾讯新闻".into(),
                label_en: "Tencent News".into(),
                articles: 3,
                char_count: 9487,
            }],
            rows: vec![
                vec![Rate {
                    hits: 12,
                    per_10k: 12.649,
                }],
                vec![Rate { hits: 0, per_10k: 0.0 }],
            ],
        }
    }

    #[test]
    fn plain_fields_are_not_quoted() {
        assert_eq!(csv_field("英伟达"), "英伟达");
    }

    #[test]
    fn fields_with_commas_quotes_or_line_breaks_are_quoted_with_doubled_quotes() {
        assert_eq!(csv_field("say \"hi\", then\r\ngo"), "\"say \"\"hi\"\", then\r\ngo\"");
    }

    #[test]
    fn text_that_looks_like_a_formula_is_defused() {
        assert_eq!(csv_text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }

    #[test]
    fn documents_start_with_a_bom_and_end_lines_with_crlf() {
        assert_eq!(csv_document([["a", "b"], ["c", "d"]]), "\u{FEFF}a,b\r\nc,d\r\n");
    }

    #[test]
    fn the_rate_table_becomes_header_lengths_and_one_row_per_term() {
        let expected = "\u{FEFF}term,腾讯新闻 hits,腾讯新闻 per 10k chars\r\n\
                        (characters),9487,\r\n\
                        芯片,12,12.65\r\n\
                        \"a,\"\"b\"\"\",0,0.00\r\n";
        assert_eq!(rates_csv(&table()), expected);
    }

    #[cfg(feature = "ingest")]
    #[test]
    fn keyword_rows_say_whether_the_word_is_a_stop_word() {
        let mut k = crate::compare::test_support::keyness_by_source();
        k.groups[1].positive[0].stop = true;
        let csv = keyness_csv(&k);
        let lines: Vec<&str> = csv.trim_start_matches(BOM).lines().collect();
        assert!(lines[0].ends_with(",only in group,stop word"));
        assert!(lines
            .iter()
            .any(|l| l.starts_with("cdt,more,国运,") && l.ends_with(",true,true")));
        assert!(lines
            .iter()
            .any(|l| l.starts_with("qq,less,国运,") && l.ends_with(",false,false")));
    }

    #[test]
    fn json_is_the_serde_form() {
        let json = to_json(&table());
        assert!(
            json.starts_with("{\"terms\":[\"芯片\",\"a,\\\"b\\\"\"],\"columns\":[{\"key\":\"qq\""),
            "{json}"
        );
    }

    #[test]
    fn json_numbers_are_written_as_serde_json_writes_them() {
        let mut t = table();
        for (i, x) in [
            0.1,
            1.0 / 3.0,
            17.0,
            5.89e11,
            1e21,
            1e-7,
            2.5e-5,
            123456789.125,
            f64::NAN,
            f64::INFINITY,
            -0.0,
        ]
        .into_iter()
        .enumerate()
        {
            t.rows.push(vec![Rate {
                hits: i as u32,
                per_10k: x,
            }]);
        }
        assert_eq!(to_json(&t), serde_json::to_string(&t).unwrap());
    }

    #[test]
    fn json_of_a_rate_table_round_trips() {
        let back: RateTable = serde_json::from_str(&to_json(&table())).unwrap();
        assert_eq!(back, table());
    }
}
