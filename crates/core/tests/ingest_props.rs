//! Property tests of every ingest reader: 100,000 generated inputs per format
//! (Markdown, plain text, HTML), built from seed sentences, markup fragments,
//! hostile snippets and random bytes. None may panic; every article keeps the
//! invariants the page relies on; a sentence placed before the noise survives.
#![cfg(feature = "ingest")]

use explorer_core::ingest::ingest_file;
use explorer_core::model::Article;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Plain Chinese sentences with no markup characters and no spaces.
const SENTENCES: &[&str] = &[
    "深度求索于2025年1月20日正式发布R1模型。",
    "芯片巨头公司英伟达的股价单日暴跌17%。",
    "训练成本仅有OpenAI十分之一。",
    "蒸馏不等于盗窃、抄袭。",
];

/// Fragments that stress each reader: markup, fences, entities, hostile code, odd Unicode.
const NOISE: &[&str] = &[
    "---",
    "---\n",
    "\n",
    "\n\n",
    "   ",
    "\t",
    "**",
    "__",
    "*",
    "#",
    "## ",
    "> ",
    "- ",
    "1. ",
    "```",
    "~~~",
    "[",
    "]",
    "(",
    ")",
    "](",
    "![",
    "[qq](https://new.qq.com/x)",
    "<",
    ">",
    "</",
    "<p>",
    "</p>",
    "<div class=\"su-spoiler\">",
    "</div>",
    "<br>",
    "<strong>",
    "</strong>",
    "<script>",
    "</script>",
    "alert(1)",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">",
    "</a>",
    "<svg onload=1>",
    "<style>",
    "</style>",
    "<!--",
    "-->",
    "<!--1739362271000-->",
    "&amp;",
    "&lt;",
    "&#x1F600;",
    "&nosuch;",
    "title: \"x\"",
    "date: 2025-02-08",
    "categories:\n  - qq",
    ": [",
    "标题：",
    "作者：",
    "发表日期：2025.2.12",
    "一、",
    "（二）",
    "\u{FEFF}",
    "\u{200B}",
    "\u{0}",
    "\u{7}",
    "\u{FFFD}",
    "é",
    "𠀀",
    "🙂",
    "ＤｅｅｐＳｅｅｋ",
    "國運",
    "|",
    "\"",
    "“",
    "”",
    "------",
];

fn noise() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            6 => prop::sample::select(NOISE).prop_map(str::to_string),
            2 => prop::sample::select(SENTENCES).prop_map(str::to_string),
            1 => any::<char>().prop_map(|c| c.to_string()),
        ],
        0..24,
    )
    .prop_map(|parts| parts.concat())
}

/// What every article must satisfy, whatever the input.
fn check_invariants(a: &Article) -> Result<(), TestCaseError> {
    prop_assert!(!a.id.is_empty() && !a.title.is_empty());
    prop_assert_eq!(a.char_count, a.text.chars().count());
    let mut end = 0;
    for b in &a.blocks {
        prop_assert!(b.range.start >= end && b.range.end <= a.text.len() && b.range.start < b.range.end);
        prop_assert!(a.text.is_char_boundary(b.range.start) && a.text.is_char_boundary(b.range.end));
        end = b.range.end;
    }
    let joined: Vec<&str> = a.blocks.iter().map(|b| a.block_text(b)).collect();
    prop_assert_eq!(joined.join("\n\n"), a.text.clone());
    for f in &a.figures {
        prop_assert!(a.text.get(f.range.clone()).is_some() && a.text.get(f.sentence.clone()).is_some());
    }
    if let Some(url) = &a.url {
        prop_assert!(url.starts_with("http://") || url.starts_with("https://"));
    }
    for field in [&a.title, &a.text, &a.summary] {
        prop_assert!(!field.contains(char::from(0)), "NUL in {:?}", field);
    }
    Ok(())
}

fn config() -> Config {
    Config {
        cases: 100_000,
        failure_persistence: None,
        ..Config::default()
    }
}

/// The three formats, each as a file name and a way to wrap a sentence and noise.
fn wrap(format: usize, sentence: &str, before: &str, after: &str) -> (String, String) {
    match format {
        0 => (
            "a.md".into(),
            format!("---\ntitle: \"t\"\n---\n\n{sentence}\n\n{after}{before}"),
        ),
        1 => ("a.txt".into(), format!("标题\n\n{sentence}\n\n{after}{before}")),
        _ => (
            "a.html".into(),
            format!("<!--1739362271000-->\n[t](https://example.org/)\n------\n<p>{sentence}</p>{after}{before}"),
        ),
    }
}

fn check_format(format: usize) {
    proptest!(config(), |(sentence in prop::sample::select(SENTENCES), before in noise(), after in noise(), bytes in prop::collection::vec(any::<u8>(), 0..32), raw_case in 0..4u8)| {
        let (name, doc) = wrap(format, sentence, &before, &after);
        if raw_case == 0 {
            // One case in four: noise everywhere (front matter included) and arbitrary bytes
            // appended: no sentence to keep, but still no panic and still the invariants.
            let mut raw = format!("{before}{doc}").into_bytes();
            raw.extend(bytes);
            check_invariants(&ingest_file(&name, &raw))?;
        } else {
            let a = ingest_file(&name, doc.as_bytes());
            check_invariants(&a)?;
            prop_assert!(a.text.contains(sentence), "{:?} lost {:?}: {:?}", doc, sentence, a.text);
        }
    });
}

#[test]
fn markdown_ingest_never_panics_and_keeps_its_text() {
    check_format(0);
}

#[test]
fn plain_text_ingest_never_panics_and_keeps_its_text() {
    check_format(1);
}

#[test]
fn html_ingest_never_panics_and_keeps_its_text() {
    check_format(2);
}
