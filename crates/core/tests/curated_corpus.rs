//! A curator's real-world Markdown shapes (`tests/fixtures/curated_corpus/`): no front matter
//! and a `# ` title, a weekly series in a subfolder, tables, code, lists of sites ending in an
//! ordinary link, video and audio embeds, one real source line, an HTML page naming its site.
//! Sources come only from what a file says; embeds are kept as inert links with a note each.
#![cfg(feature = "ingest")]

use explorer_core::ingest::ingest_dir;
use explorer_core::model::{Article, BlockKind, Corpus, EmbedKind, ProblemKind};
use std::path::Path;

fn corpus() -> Corpus {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/curated_corpus");
    ingest_dir(&folder).expect("the fixture folder is readable")
}

fn article<'a>(corpus: &'a Corpus, file: &str) -> &'a Article {
    corpus
        .articles
        .iter()
        .find(|a| a.file == file)
        .unwrap_or_else(|| panic!("{file} is not listed"))
}

fn embeds(a: &Article) -> Vec<(EmbedKind, &str)> {
    a.blocks.iter().filter_map(|b| b.embed()).collect()
}

#[test]
fn titles_come_from_the_front_matter_the_title_line_or_the_page() {
    let corpus = corpus();
    let titles: Vec<(&str, &str)> = corpus
        .articles
        .iter()
        .map(|a| (a.file.as_str(), a.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        [
            ("essays/with-front-matter.md", "在小城市开一家独立书店"),
            ("news/qq-report.md", "春节假期国内旅游出游人次创新高"),
            ("news/travel-repost.md", "转载：春节假期国内旅游出游人次创新高"),
            ("pages/sspai-article.html", "用一部旧手机搭建家庭监控"),
            ("resources/editors.md", "值得一试的代码编辑器"),
            ("resources/photo-sites.md", "免费图片网站推荐"),
            ("weekly/issue-1.md", "科技周刊 第 1 期"),
            ("weekly/issue-10.md", "科技周刊 第 10 期"),
            ("weekly/issue-100.md", "科技周刊 第 100 期"),
            ("weekly/issue-2.md", "科技周刊 第 2 期"),
        ]
    );
    assert_eq!(article(&corpus, "weekly/issue-1.md").id, "weekly-issue-1");
}

#[test]
fn sources_only_where_a_file_says_so() {
    let corpus = corpus();
    let qq = article(&corpus, "news/qq-report.md");
    assert_eq!((qq.source.key.as_str(), qq.source.zh.as_str()), ("qq", "腾讯新闻"));
    assert_eq!(qq.url.as_deref(), Some("https://new.qq.com/rain/a/20250201A01"));
    assert!(
        !qq.text.contains("qq"),
        "the source line is not article text: {}",
        qq.text
    );

    let page = article(&corpus, "pages/sspai-article.html");
    assert_eq!(page.source.zh, "少数派", "og:site_name names the page's source");
    assert_eq!(
        page.url.as_deref(),
        Some("https://sspai.com/post/12345"),
        "the canonical link"
    );

    let unknown: Vec<&str> = corpus
        .articles
        .iter()
        .filter(|a| a.source.is_unknown())
        .map(|a| a.file.as_str())
        .collect();
    assert_eq!(
        unknown,
        [
            "essays/with-front-matter.md",
            "resources/editors.md",
            "resources/photo-sites.md",
            "weekly/issue-1.md",
            "weekly/issue-10.md",
            "weekly/issue-100.md",
            "weekly/issue-2.md",
        ]
    );
}

#[test]
fn an_ordinary_trailing_link_stays_in_the_text() {
    let corpus = corpus();
    for (file, label, kind) in [
        ("resources/photo-sites.md", "泼辣有图", BlockKind::ListItem),
        ("weekly/issue-10.md", "Public Domain Info", BlockKind::ListItem),
        ("resources/editors.md", "Theia", BlockKind::Paragraph),
    ] {
        let a = article(&corpus, file);
        let last = a.blocks.last().unwrap();
        assert_eq!((a.block_text(last), last.kind), (label, kind), "{file}");
        assert_eq!(a.url, None, "{file}: an ordinary link is not the original URL");
    }
}

#[test]
fn embeds_are_inert_link_placeholders_with_an_info_note_each() {
    let corpus = corpus();
    let cases = [
        (
            "weekly/issue-1.md",
            (EmbedKind::Video, "https://v.qq.com/txp/iframe/player.html?vid=x1"),
        ),
        ("weekly/issue-2.md", (EmbedKind::Video, "https://example.org/a.mp4")),
        (
            "pages/sspai-article.html",
            (EmbedKind::Audio, "https://cdn.example.net/podcast/ep1.mp3"),
        ),
    ];
    for (file, embed) in cases {
        let a = article(&corpus, file);
        assert_eq!(embeds(a), [embed], "{file}");
        let kinds: Vec<ProblemKind> = a.problems.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ProblemKind::Embed], "{file}: a note, no active-content warning");
        assert!(a.problems[0].detail.contains(embed.1), "{}", a.problems[0].detail);
        assert!(
            !a.text.contains("iframe") && !a.text.contains("浏览器不支持"),
            "{file}: {}",
            a.text
        );
    }
    // The placeholder stands where the embed was: after its heading, before the text after it.
    let issue1 = article(&corpus, "weekly/issue-1.md");
    let at = issue1.blocks.iter().position(|b| b.embed().is_some()).unwrap();
    assert_eq!(issue1.block_text(&issue1.blocks[at - 1]), "封面视频");
    assert!(issue1.block_text(&issue1.blocks[at + 1]).starts_with("本期封面是"));

    assert!(corpus.warnings().is_empty(), "{:?}", corpus.warnings());
    let infos = corpus.infos();
    assert_eq!(infos.len(), 3, "{infos:?}");
    assert!(infos[0]
        .to_string()
        .starts_with("seeds/pages/sspai-article.html: embed kept as a link: embedded audio"));
}

#[test]
fn embed_blocks_hold_no_text_and_the_other_blocks_make_up_the_text() {
    for a in &corpus().articles {
        let mut end = 0;
        for b in &a.blocks {
            assert!(b.range.start >= end && b.range.end <= a.text.len(), "{}: {b:?}", a.file);
            assert_eq!(b.range.is_empty(), b.embed().is_some(), "{}: {b:?}", a.file);
            assert_eq!(b.link.is_some(), b.embed().is_some(), "{}: {b:?}", a.file);
            end = b.range.end;
        }
        let text: Vec<&str> = a
            .blocks
            .iter()
            .filter(|b| b.embed().is_none())
            .map(|b| a.block_text(b))
            .collect();
        assert_eq!(text.join("\n\n"), a.text, "{}", a.file);
    }
}

#[test]
fn tables_and_code_keep_their_text() {
    let corpus = corpus();
    let issue1 = article(&corpus, "weekly/issue-1.md");
    assert!(issue1.text.contains("新增订阅 1200 人"), "{}", issue1.text);
    assert!(issue1.text.contains("投稿文章 35 篇"));
    let photos = article(&corpus, "resources/photo-sites.md");
    assert!(photos.text.contains("Pexels 图片和视频都有"), "{}", photos.text);
    assert!(!photos.text.contains("images.example.com"), "images are never text");
    let issue2 = article(&corpus, "weekly/issue-2.md");
    assert!(
        issue2.text.contains(r#"find . -name "*.md" | wc -l"#),
        "{}",
        issue2.text
    );
    let issue100 = article(&corpus, "weekly/issue-100.md");
    assert!(issue100.text.contains("def toc(issues):"), "{}", issue100.text);
}

#[test]
fn dates_and_authors_only_where_given() {
    let corpus = corpus();
    let essay = article(&corpus, "essays/with-front-matter.md");
    assert_eq!(essay.date.as_ref().unwrap().iso, "2025-03-08T09:30:00+08:00");
    assert_eq!(essay.author.as_deref(), Some("林小雨"));
    assert_eq!(
        article(&corpus, "weekly/issue-100.md").date.as_ref().unwrap().day(),
        "2025-06-06",
        "metadata.csv dates a file in a subfolder"
    );
    let dated: Vec<&str> = corpus
        .articles
        .iter()
        .filter(|a| a.date.is_some())
        .map(|a| a.file.as_str())
        .collect();
    assert_eq!(dated, ["essays/with-front-matter.md", "weekly/issue-100.md"]);
    assert!(corpus
        .articles
        .iter()
        .filter(|a| a.file != "essays/with-front-matter.md")
        .all(|a| a.author.is_none()));
}

#[test]
fn the_site_is_named_by_the_curator_file_and_the_file_is_not_an_article() {
    let corpus = corpus();
    assert_eq!(corpus.site.title.zh, "科技周刊合集");
    assert_eq!(corpus.site.title.en, "Tech Weekly Archive");
    assert_eq!(corpus.site.examples[0], "编辑器 开源");
    assert_eq!(corpus.site.compare_terms, ["工具", "视频", "旅游"]);
    assert!(corpus.articles.iter().all(|a| !a.file.ends_with(".toml")));
    assert!(corpus.warnings().is_empty(), "{:?}", corpus.warnings());
}
