//! Bad input: every broken or hostile fixture seed still becomes a listed
//! article, marked with what is wrong, with one warning naming the file.
#![cfg(not(target_arch = "wasm32"))]

use explorer_core::ingest::{ingest_dir, IngestError};
use explorer_core::model::{Corpus, ProblemKind};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad_seeds")
}

fn corpus() -> Corpus {
    ingest_dir(&fixtures()).expect("the fixture folder is readable")
}

fn kinds(corpus: &Corpus, file: &str) -> Vec<ProblemKind> {
    let a = corpus
        .articles
        .iter()
        .find(|a| a.file == file)
        .unwrap_or_else(|| panic!("{file} is not listed"));
    a.problems.iter().map(|p| p.kind).collect()
}

fn warning_for(corpus: &Corpus, file: &str, needle: &str) -> String {
    let shown: Vec<String> = corpus.warnings().iter().map(|w| w.to_string()).collect();
    shown
        .into_iter()
        .find(|w| w.starts_with(&format!("seeds/{file}: ")) && w.contains(needle))
        .unwrap_or_else(|| panic!("no warning for {file} containing {needle:?}: {:?}", corpus.warnings()))
}

#[test]
fn every_fixture_file_is_listed() {
    let corpus = corpus();
    let mut files: Vec<&str> = corpus.articles.iter().map(|a| a.file.as_str()).collect();
    files.sort_unstable();
    assert_eq!(
        files,
        [
            "binary.png",
            "broken_front_matter.md",
            "empty.txt",
            "gb18030.txt",
            "hostile.html",
            "hostile_markdown.md",
            "invalid_utf8.txt",
            "mixed_encoding.txt",
            "nested.html",
            "svg_and_css.html",
            "unclosed_front_matter.txt",
            "whitespace_only.txt",
            "深度 报道 (副本).md"
        ]
    );
}

#[test]
fn broken_front_matter_keeps_the_body() {
    let corpus = corpus();
    assert_eq!(
        kinds(&corpus, "broken_front_matter.md"),
        [ProblemKind::BrokenFrontMatter]
    );
    let a = corpus.article("broken_front_matter").unwrap();
    assert_eq!(a.title, "broken_front_matter");
    assert!(a.text.contains("正文仍然可以阅读：DeepSeek发布了R1模型。"));
    warning_for(&corpus, "broken_front_matter.md", "YAML front matter cannot be read");

    assert_eq!(
        kinds(&corpus, "unclosed_front_matter.txt"),
        [ProblemKind::BrokenFrontMatter]
    );
    warning_for(&corpus, "unclosed_front_matter.txt", "never closes");
    assert!(corpus
        .article("unclosed_front_matter")
        .unwrap()
        .text
        .contains("这一段是正文"));
}

#[test]
fn invalid_utf8_is_replaced_and_reported_with_its_offset() {
    let corpus = corpus();
    assert_eq!(kinds(&corpus, "invalid_utf8.txt"), [ProblemKind::NotUtf8]);
    let a = corpus.article("invalid_utf8").unwrap();
    assert!(a.title.contains('\u{FFFD}') && a.text.contains("第二段。"));
    warning_for(&corpus, "invalid_utf8.txt", "first bad byte at offset 25");
}

#[test]
fn legacy_chinese_encoding_is_decoded() {
    let corpus = corpus();
    assert_eq!(kinds(&corpus, "gb18030.txt"), [ProblemKind::NotUtf8]);
    let a = corpus.article("gb18030").unwrap();
    assert_eq!(a.title, "国标编码的文章");
    assert!(a.text.contains("讲DeepSeek"));
    assert_eq!(a.author.as_deref(), Some("测试作者"), "metadata.csv applies");
    warning_for(&corpus, "gb18030.txt", "read as GB18030");
}

#[test]
fn empty_and_binary_files_are_listed_and_marked() {
    let corpus = corpus();
    assert_eq!(kinds(&corpus, "empty.txt"), [ProblemKind::Empty]);
    assert_eq!(kinds(&corpus, "whitespace_only.txt"), [ProblemKind::Empty]);
    assert_eq!(kinds(&corpus, "binary.png"), [ProblemKind::Binary]);
    assert_eq!(corpus.article("empty").unwrap().title, "empty");
    assert!(corpus.article("binary").unwrap().text.is_empty());
    warning_for(&corpus, "empty.txt", "no article text");
    warning_for(&corpus, "binary.png", "binary data");
}

#[test]
fn hostile_html_keeps_its_text_and_loses_everything_active() {
    let corpus = corpus();
    assert_eq!(kinds(&corpus, "hostile.html"), [ProblemKind::ActiveContent]);
    let a = corpus.article("hostile").unwrap();
    assert_eq!(a.title, "恶意页面");
    assert_eq!(a.url, None, "a javascript: link is never an original URL");
    assert_eq!(
        a.text,
        "这段文字安全可读。\n\n一个危险链接\n\n样式表达式之后的文字。\n\n最后一段。"
    );
    let w = warning_for(&corpus, "hostile.html", "script element");
    for part in [
        "2 script elements",
        "3 event-handler attributes",
        "3 javascript:/data: links",
        "CSS expression",
        "embedded frame",
    ] {
        assert!(w.contains(part), "{w}");
    }
}

#[test]
fn hostile_markdown_keeps_its_text_and_loses_everything_active() {
    let corpus = corpus();
    assert_eq!(kinds(&corpus, "hostile_markdown.md"), [ProblemKind::ActiveContent]);
    let a = corpus.article("hostile_markdown").unwrap();
    assert_eq!(a.text, "正文开始正文继续。\n\n块级 HTML 里的文字。\n\n点我");
    assert_eq!(a.url.as_deref(), Some("https://new.qq.com/rain/a/TEST"));
    assert_eq!(a.source.key, "qq");
}

#[test]
fn mixed_encodings_decode_line_by_line() {
    let corpus = corpus();
    assert_eq!(kinds(&corpus, "mixed_encoding.txt"), [ProblemKind::NotUtf8]);
    let a = corpus.article("mixed_encoding").unwrap();
    assert_eq!(a.title, "混合编码的文件");
    assert_eq!(a.text, "前半部分是 UTF-8。\n\n后半部分是 GB18030 编码。");
    warning_for(&corpus, "mixed_encoding.txt", "1 line read as GB18030");
}

#[test]
fn deeply_nested_markup_keeps_its_text() {
    let corpus = corpus();
    assert_eq!(kinds(&corpus, "nested.html"), [ProblemKind::BadMarkup]);
    let a = corpus.article("nested").unwrap();
    assert_eq!(a.title, "深层嵌套");
    for sentence in ["嵌套深处的文字。", "嵌套之后的段落。", "过深的嵌套按纯文本读取。"] {
        assert!(a.text.contains(sentence), "{sentence} missing from {}", a.text);
    }
    warning_for(&corpus, "nested.html", "nested about 600 levels deep");
}

#[test]
fn svg_css_base_forms_and_objects_are_dropped() {
    let corpus = corpus();
    assert_eq!(kinds(&corpus, "svg_and_css.html"), [ProblemKind::ActiveContent]);
    let a = corpus.article("svg_and_css").unwrap();
    assert_eq!(a.title, "SVG 与 CSS 攻击");
    // Escaped markup in the source is text, shown as the characters it spells.
    assert_eq!(a.text, "正文第一段。\n\n正文第二段 <b>粗体</b> 是转义后的文字。");
    let w = warning_for(&corpus, "svg_and_css.html", "script element");
    assert!(
        w.contains("CSS expression") && w.contains("embedded frame or object"),
        "{w}"
    );
}

#[test]
fn names_with_spaces_and_chinese_get_a_link_safe_id() {
    let corpus = corpus();
    let a = corpus
        .articles
        .iter()
        .find(|a| a.file == "深度 报道 (副本).md")
        .unwrap();
    assert_eq!(a.id, "深度-报道--副本-");
    assert_eq!(a.title, "文件名带空格和中文的文章");
    assert!(a.problems.is_empty());
}

#[test]
fn nothing_active_survives_anywhere() {
    for a in &corpus().articles {
        for field in [&a.title, &a.text, &a.summary] {
            let lower = field.to_lowercase();
            for bad in ["<script", "alert(", "onerror", "onclick", "javascript:", "expression("] {
                assert!(!lower.contains(bad), "{}: {bad} in {field:?}", a.file);
            }
        }
    }
}

#[test]
fn metadata_file_problems_are_warnings_about_that_file() {
    let corpus = corpus();
    warning_for(&corpus, "metadata.csv", "line 3: no seed named `no_such_file.txt`");
    warning_for(&corpus, "metadata.csv", "line 4: date `not a date`");
}

#[test]
fn a_file_of_several_megabytes_is_cut_and_marked() {
    let dir = std::env::temp_dir().join(format!("explorer-huge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let paragraph = "深度求索发布了新的模型，引发全球关注。\n\n";
    std::fs::write(
        dir.join("huge.txt"),
        format!("巨大的文件\n\n{}", paragraph.repeat(60_000)),
    )
    .unwrap();
    let corpus = ingest_dir(&dir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let a = &corpus.articles[0];
    assert_eq!(a.title, "巨大的文件");
    assert_eq!(a.problems[0].kind, ProblemKind::TooLarge);
    assert!(a.text.len() <= explorer_core::ingest::MAX_SEED_BYTES && a.char_count > 600_000);
    assert!(corpus.warnings()[0]
        .to_string()
        .starts_with("seeds/huge.txt: too large, cut: the file is 3.4 MB"));
}

#[test]
fn only_a_missing_folder_fails_and_the_message_says_what_to_do() {
    let err = ingest_dir(Path::new("/definitely/not/here/seeds")).unwrap_err();
    assert!(matches!(err, IngestError::FolderMissing { .. }));
    assert!(err.to_string().contains("create it and put the article files"), "{err}");
}
