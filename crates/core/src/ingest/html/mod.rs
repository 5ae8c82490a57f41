//! HTML seeds, above all archived web pages: a `<!--epoch ms-->` comment, a
//! Markdown title link underlined with `------`, then raw HTML holding the
//! article, an "archive card" of metadata and a block of share buttons.
//!
//! Only text is taken. Scripts, styles, embedded objects, forms, images, share
//! buttons and the archive card never become article text; scripts, event
//! handlers and `javascript:`/`data:` links are counted and reported. A harmless
//! embed (a video player frame, an audio file) becomes an [`crate::model::BlockKind::Embed`]
//! placeholder holding its address, with an information note (see `embeds`). Nothing of
//! the markup is ever put into the page as HTML.
//!
//! The page's own metadata names its source: `<meta property="og:site_name">`, else the
//! domain of `<link rel="canonical">` (also taken as the original URL when there is no
//! archive title link), else the domain of the archive's title link.

//!
//! `walker` reads a parsed tree, `flat` markup too deep for one, `active` counts what would run.

mod active;
mod embeds;
mod flat;
mod walker;

pub(crate) use active::ActiveContent;
pub(crate) use walker::{read_fragment_into, strip_tags};

use super::{dates, is_web_url, Draft};
use crate::model::{Problem, ProblemKind};
use crate::sources;
use flat::{approx_max_depth, read_flat, MAX_DEPTH};
use scraper::Html;
use walker::Walker;

/// Reads an HTML seed (archived page or any HTML document).
pub(crate) fn read(doc: &str) -> Draft {
    let mut draft = Draft::default();
    let html = read_prelude(doc, &mut draft);
    let is_document = {
        let head = String::from_utf8_lossy(&html.as_bytes()[..html.len().min(2048)]).to_ascii_lowercase();
        head.contains("<html") || head.contains("<!doctype") || head.contains("<head")
    };
    let depth = approx_max_depth(html);
    if depth > MAX_DEPTH {
        draft.problems.push(Problem {
            kind: ProblemKind::BadMarkup,
            detail: format!(
                "markup is nested about {depth} levels deep (limit {MAX_DEPTH}); its text was read without structure"
            ),
        });
        let mut active = ActiveContent::default();
        read_flat(html, &mut draft.body, &mut active);
        if let Some(p) = active.problem() {
            draft.problems.push(p);
        }
        return draft;
    }
    let parsed = if is_document {
        Html::parse_document(html)
    } else {
        Html::parse_fragment(html)
    };
    let mut active = ActiveContent::default();
    if let Some(url) = &draft.url {
        active.check_url(url);
    }
    let mut walker = Walker::default();
    walker.walk(parsed.tree.root(), &mut draft.body, &mut active);
    if let Some(p) = active.problem() {
        draft.problems.push(p);
    }
    draft.problems.extend(active.embed_notes());
    let card = walker.card.unwrap_or_default();
    draft.title = draft
        .title
        .take()
        .or(card.title)
        .or(walker.doc_title)
        .or(walker.first_heading);
    draft.author = draft.author.take().or(card.author);
    let canonical = walker.canonical.filter(|u| is_web_url(u));
    if draft.url.is_none() {
        draft.url = canonical.clone();
    }
    draft.source = sources::page_source(walker.site_name.as_deref(), canonical.or(draft.url.clone()).as_deref());
    if draft.date.is_none() {
        draft.date = card.date.as_deref().and_then(dates::parse_date);
    }
    draft
}

/// Consumes the archive prelude (timestamp comment, title link and underline)
/// and returns the HTML after it.
fn read_prelude<'a>(doc: &'a str, draft: &mut Draft) -> &'a str {
    let mut rest = doc.trim_start_matches(['\u{FEFF}', ' ', '\n', '\r', '\t']);
    if let Some(after) = rest.strip_prefix("<!--") {
        if let Some((inner, tail)) = after.split_once("-->") {
            let inner = inner.trim();
            if !inner.is_empty() && inner.len() <= 16 && inner.bytes().all(|b| b.is_ascii_digit()) {
                if let Ok(n) = inner.parse::<i64>() {
                    let ms = if inner.len() >= 13 { n } else { n.saturating_mul(1000) };
                    draft.date = dates::from_epoch_millis(ms);
                }
                rest = tail.trim_start_matches(['\n', '\r']);
            }
        }
    }
    let mut lines = rest.splitn(3, '\n');
    let (first, second) = (lines.next().unwrap_or("").trim(), lines.next().unwrap_or("").trim());
    let underlined = second.len() >= 3 && second.chars().all(|c| c == '-' || c == '=');
    if let (Some((title, url)), true) = (title_link(first), underlined) {
        draft.title = Some(title.to_string());
        draft.url = Some(url.to_string());
        return lines.next().unwrap_or("");
    }
    rest
}

/// `[title](url)` spanning a whole line.
fn title_link(line: &str) -> Option<(&str, &str)> {
    let inner = line.strip_prefix('[')?.strip_suffix(')')?;
    let (title, url) = inner.rsplit_once("](")?;
    (!title.is_empty() && !url.contains(char::is_whitespace)).then_some((title, url))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BlockKind;

    const ARCHIVE: &str = "<!--1739362271000-->\n[关胖本胖｜标题？](https://chinadigitaltimes.net/chinese/715803.html)\n------\n\n\
<p><img src=\"https://x/y.png\" alt=\"file\"></p><p>第一段&amp;正文。</p><p><strong>01</strong></p>\
<div style=\"float:right\"><div class=\"su-spoiler\"><div class=\"su-spoiler-title\">CDT 档案卡</div>\
<div class=\"su-spoiler-content\"><strong>标题：</strong>标题？<br><strong>作者：</strong><a href=\"#\">关不羽</a><br>\
<strong>发表日期：</strong>2025.2.12<br></div></div></div><p>第二段。</p>\
<div class=\"addtoany_share_save_container\"><a class=\"a2a_button_email\" href=\"https://www.addtoany.com/\">Email</a></div>";

    #[test]
    fn archive_prelude_card_and_share_buttons() {
        let d = read(ARCHIVE);
        assert_eq!(d.title.as_deref(), Some("关胖本胖｜标题？"));
        assert_eq!(
            d.url.as_deref(),
            Some("https://chinadigitaltimes.net/chinese/715803.html")
        );
        assert_eq!(d.author.as_deref(), Some("关不羽"));
        assert_eq!(d.date.as_ref().unwrap().iso, "2025-02-12T20:11:11+08:00");
        let (text, blocks) = d.body.finish();
        assert_eq!(text, "第一段&正文。\n\n01\n\n第二段。");
        assert_eq!(blocks[1].kind, BlockKind::Heading(3));
    }

    #[test]
    fn a_page_names_its_source_by_site_name_else_canonical_link() {
        let head = |meta: &str| {
            format!("<!DOCTYPE html><html><head><title>题</title>{meta}</head><body><p>正文</p></body></html>")
        };
        let d = read(&head(
            "<meta property=\"og:site_name\" content=\"少数派\"><link rel=\"canonical\" href=\"https://sspai.com/post/1\">",
        ));
        assert_eq!(d.source.as_ref().unwrap().zh, "少数派");
        assert_eq!(d.url.as_deref(), Some("https://sspai.com/post/1"));
        let d = read(&head("<link rel=\"canonical\" href=\"https://news.qq.com/a/1\">"));
        assert_eq!(d.source.unwrap().key, "qq");
        let d = read(&head("<link rel=\"canonical\" href=\"javascript:alert(1)\">"));
        assert!(d.source.is_none() && d.url.is_none());
        let d = read(ARCHIVE);
        assert_eq!(
            d.source.unwrap().key,
            "cdt",
            "the archive's title link is the page's address"
        );
    }

    #[test]
    fn card_date_is_used_without_a_timestamp_comment() {
        let d = read(&ARCHIVE.replace("<!--1739362271000-->\n", ""));
        assert_eq!(d.date.unwrap().display, "2025-02-12");
    }

    #[test]
    fn scripts_handlers_and_bad_links_are_removed_and_counted() {
        let d = read(
            "<p onclick=\"steal()\">安全的文字<script>alert('x')</script></p>\
<a href=\"javascript:alert(1)\">点</a><svg><script>alert(2)</script></svg><iframe src=\"data:text/html,x\"></iframe>\
<style>p{color:red}</style><div style=\"width:expression(alert(3))\">末</div>",
        );
        let p = &d.problems[0];
        assert_eq!(p.kind, ProblemKind::ActiveContent);
        assert!(
            p.detail.contains("2 script elements") && p.detail.contains("1 event-handler attribute"),
            "{}",
            p.detail
        );
        assert!(
            p.detail.contains("2 javascript:/data: links") && p.detail.contains("CSS expression"),
            "{}",
            p.detail
        );
        let (text, _) = d.body.finish();
        assert_eq!(text, "安全的文字\n\n点\n\n末");
    }

    #[test]
    fn harmless_embeds_are_kept_as_link_blocks_with_a_note() {
        let d = read(
            "<p>前</p><iframe src=\"https://v.qq.com/x/page/abc.html\"><p>后备文字</p></iframe>\
             <video controls><source src=\"https://example.org/a.webm\"></video><p>后</p>",
        );
        let notes: Vec<&str> = d.problems.iter().map(|p| p.detail.as_str()).collect();
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(d.problems.iter().all(|p| p.kind == ProblemKind::Embed));
        let (text, blocks) = d.body.finish();
        assert_eq!(text, "前\n\n后");
        let embeds: Vec<_> = blocks.iter().filter_map(|b| b.embed()).collect();
        assert_eq!(
            embeds,
            [
                (crate::model::EmbedKind::Video, "https://v.qq.com/x/page/abc.html"),
                (crate::model::EmbedKind::Video, "https://example.org/a.webm")
            ]
        );
    }

    #[test]
    fn markup_in_snippets_is_stripped() {
        assert_eq!(
            strip_tags("恶意<script>alert(1)</script>标题 &amp; 副题"),
            "恶意标题 & 副题"
        );
        assert_eq!(strip_tags("a < b"), "a < b");
    }

    #[test]
    fn full_documents_use_their_title() {
        let d = read(
            "<!DOCTYPE html><html><head><title>文档标题</title></head><body><h2>小节</h2><p>正文</p></body></html>",
        );
        assert_eq!(d.title.as_deref(), Some("文档标题"));
        assert_eq!(d.body.finish().0, "小节\n\n正文");
    }

    #[test]
    fn multibyte_text_around_the_sniffing_window_is_fine() {
        let html = format!("<p>{}</p>", "者".repeat(1000));
        assert_eq!(read(&html).body.finish().0.chars().count(), 1000);
    }

    #[test]
    fn hostile_nesting_is_read_flat_and_reported() {
        let html = format!(
            "<p>前</p>{}深处<script>alert(1)</script>{}<p>后 &amp; 尾</p>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let d = read(&html);
        assert_eq!(d.problems[0].kind, ProblemKind::BadMarkup);
        assert!(d.problems[1].detail.contains("1 script element"));
        assert_eq!(d.body.finish().0, "前\n\n深处\n\n后 & 尾");
    }

    #[test]
    fn deeply_nested_markup_does_not_overflow() {
        let html = format!("{}深处{}", "<div><span>".repeat(2_000), "</span></div>".repeat(2_000));
        let d = read(&html);
        assert!(d.body.finish().0.contains("深处"));
    }
}
