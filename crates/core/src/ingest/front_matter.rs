//! YAML front matter: the `---` block at the top of a Markdown seed.

use super::{dates, Draft};
use crate::model::{Problem, ProblemKind};
use crate::sources;
use serde_yaml_ng::Value;

/// Splits a document into its front matter (without the fences) and its body.
/// `Err` carries the body to use when the opening fence never closes.
pub(crate) fn split(doc: &str) -> Result<(Option<&str>, &str), &str> {
    let trimmed = doc.trim_start_matches(['\u{FEFF}', '\n', '\r', ' ']);
    let Some(rest) = trimmed.strip_prefix("---") else {
        return Ok((None, doc));
    };
    let Some(rest) = rest.strip_prefix('\n').or_else(|| rest.strip_prefix("\r\n")) else {
        return Ok((None, doc)); // "----" or "--- text": not a fence
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return Ok((Some(&rest[..offset]), &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    Err(rest)
}

/// Reads the fields the explorer uses into `draft`; a YAML error becomes a problem.
pub(crate) fn apply(yaml: &str, draft: &mut Draft) {
    let value: Value = match serde_yaml_ng::from_str(yaml) {
        Ok(v) => v,
        Err(e) => {
            draft.problems.push(Problem {
                kind: ProblemKind::BrokenFrontMatter,
                detail: format!("the YAML front matter cannot be read ({e}); its fields were ignored"),
            });
            return;
        }
    };
    let map = match value {
        Value::Mapping(m) => m,
        Value::Null => return,
        _ => {
            draft.problems.push(Problem {
                kind: ProblemKind::BrokenFrontMatter,
                detail: "the front matter is not a list of `key: value` fields; it was ignored".into(),
            });
            return;
        }
    };
    let get = |key: &str| map.get(key).and_then(scalar);
    draft.title = get("title");
    draft.summary = get("summary").or_else(|| get("description"));
    draft.author = get("author").or_else(|| first(map.get("authors")));
    draft.outlet = get("outlet");
    draft.url = get("url").or_else(|| get("link")).or_else(|| get("source_url"));
    if let Some(raw) = get("date") {
        draft.date = dates::parse_date(&raw);
        if draft.date.is_none() {
            draft.problems.push(Problem {
                kind: ProblemKind::BadMetadata,
                detail: format!(
                    "front matter date {raw:?} is not a date this explorer reads (e.g. 2025-02-08 21:14:46)"
                ),
            });
        }
    }
    let labels = [get("source"), first(map.get("categories")), first(map.get("tags"))];
    draft.source = labels
        .iter()
        .flatten()
        .find_map(|l| sources::platform_for_label(l))
        .or_else(|| get("source").map(|l| sources::source_from_label(&l)))
        .or_else(|| sources::page_source(None, draft.url.as_deref()));
}

fn scalar(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    let s = s.trim().to_string();
    (!s.is_empty()).then_some(s)
}

fn first(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Sequence(items) => items.iter().find_map(scalar),
        other => scalar(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_finds_the_closing_fence() {
        let (fm, body) = split("---\ntitle: a\n---\n\nbody").unwrap();
        assert_eq!(fm, Some("title: a\n"));
        assert_eq!(body, "\nbody");
    }

    #[test]
    fn unclosed_front_matter_is_reported() {
        assert_eq!(split("---\ntitle: a\nbody"), Err("title: a\nbody"));
        assert_eq!(split("no front matter"), Ok((None, "no front matter")));
    }

    #[test]
    fn fields_and_source_are_read() {
        let mut d = Draft::default();
        apply(
            "title: \"标题\"\ndate: \"2025-02-08 21:14:46\"\ncategories:\n  - \"qq\"\n",
            &mut d,
        );
        assert_eq!(d.title.as_deref(), Some("标题"));
        assert_eq!(d.date.unwrap().iso, "2025-02-08T21:14:46+08:00");
        assert_eq!(d.source.unwrap().en, "Tencent News");
        assert!(d.problems.is_empty());
    }

    #[test]
    fn broken_yaml_becomes_a_problem() {
        let mut d = Draft::default();
        apply("title: \"unterminated\ndate: [", &mut d);
        assert_eq!(d.problems[0].kind, ProblemKind::BrokenFrontMatter);
        assert!(d.title.is_none());
    }
}
