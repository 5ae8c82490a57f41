//! HTML seeds, above all archived web pages: a `<!--epoch ms-->` comment, a
//! Markdown title link underlined with `------`, then raw HTML holding the
//! article, an "archive card" of metadata and a block of share buttons.
//!
//! Only text is taken. Scripts, styles, embedded objects, forms, images, share
//! buttons and the archive card never become article text; scripts, event
//! handlers and `javascript:`/`data:` links are counted and reported. Nothing of
//! the markup is ever put into the page as HTML.

use super::text::{looks_like_heading, TextBuilder};
use super::{dates, Draft};
use crate::model::{BlockKind, Problem, ProblemKind};
use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use scraper::{Html, Node};

/// Elements whose whole subtree is not article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
    "math", "canvas", "video", "audio", "img", "picture", "source", "track", "button", "form", "input", "select",
    "textarea", "nav", "head", "title", "meta", "link", "base", "dialog", "map",
];

/// Elements that end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "header",
    "footer",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "address",
    "details",
    "summary",
    "center",
    "body",
    "html",
];

/// Class-name fragments that mark share buttons and similar page chrome.
const CHROME_CLASSES: &[&str] = &[
    "addtoany",
    "a2a_",
    "share",
    "social",
    "sharedaddy",
    "related",
    "comment",
];

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
    let card = walker.card.unwrap_or_default();
    draft.title = draft
        .title
        .take()
        .or(card.title)
        .or(walker.doc_title)
        .or(walker.first_heading);
    draft.author = draft.author.take().or(card.author);
    if draft.date.is_none() {
        draft.date = card.date.as_deref().and_then(dates::parse_date);
    }
    draft
}

/// Deeper nesting than this is not parsed as a tree: HTML tree building costs
/// time proportional to depth for every element, so hostile nesting would stall the build.
const MAX_DEPTH: usize = 512;

/// A cheap upper estimate of how deeply elements nest: opening tags minus closing tags,
/// ignoring void elements and self-closing tags.
fn approx_max_depth(html: &str) -> usize {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    ];
    let (mut depth, mut max) = (0usize, 0usize);
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<') {
        i += off + 1;
        let closing = bytes.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let end = bytes[start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |e| start + e);
        if end == start || !bytes[start].is_ascii_alphabetic() {
            continue;
        }
        let name = html[start..end].to_ascii_lowercase();
        if VOID.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// Text of markup too deep to parse as a tree: tags dropped, script and style
/// contents skipped, entities decoded, one paragraph per block-level tag.
fn read_flat(html: &str, body: &mut TextBuilder, active: &mut ActiveContent) {
    let lower = html.to_ascii_lowercase();
    let mut out = String::new();
    let mut i = 0;
    while i < html.len() {
        let Some(off) = html[i..].find('<') else {
            out.push_str(&html[i..]);
            break;
        };
        out.push_str(&html[i..i + off]);
        let tag_start = i + off;
        let tag_end = html[tag_start..].find('>').map_or(html.len(), |e| tag_start + e + 1);
        let tag = &lower[tag_start..tag_end];
        for raw in ["script", "style"] {
            if tag.starts_with(&format!("<{raw}")) {
                if raw == "script" {
                    active.scripts += 1;
                }
                let close = lower[tag_end..]
                    .find(&format!("</{raw}"))
                    .map_or(html.len(), |e| tag_end + e);
                i = close;
                break;
            }
        }
        if i > tag_start {
            continue;
        }
        if tag.contains(" on") && tag.contains('=') {
            active.handlers += 1;
        }
        if ["<p", "<div", "<br", "<h", "<li", "</p", "</div", "</h", "</li"]
            .iter()
            .any(|b| tag.starts_with(b))
        {
            out.push('\u{1}');
        }
        i = tag_end;
    }
    for part in out.split('\u{1}') {
        body.push(BlockKind::Paragraph, &strip_tags(part));
    }
}

/// Reads text blocks out of an HTML fragment embedded in another format (e.g. Markdown).
pub(crate) fn read_fragment_into(fragment: &str, body: &mut TextBuilder, active: &mut ActiveContent) {
    let parsed = Html::parse_fragment(fragment);
    Walker::default().walk(parsed.tree.root(), body, active);
}

/// The text of a snippet that may hold markup (a title, an author): tags and
/// scripts are dropped, entities decoded. Snippets without `<` or `&` are returned as they are.
pub(crate) fn strip_tags(snippet: &str) -> String {
    if !snippet.contains(['<', '&']) {
        return snippet.to_string();
    }
    let mut body = TextBuilder::default();
    read_fragment_into(snippet, &mut body, &mut ActiveContent::default());
    body.finish().0.replace("\n\n", " ")
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

/// Metadata read from an archive card (`标题：…`, `作者：…`, `发表日期：…`, `来源：…`).
#[derive(Debug, Default)]
struct Card {
    title: Option<String>,
    author: Option<String>,
    date: Option<String>,
}

impl Card {
    fn parse(text: &str) -> Card {
        let mut card = Card::default();
        for line in text.lines() {
            let Some((key, value)) = line.split_once(['：', ':']) else {
                continue;
            };
            let value = Some(value.trim().to_string()).filter(|v| !v.is_empty());
            match key.trim() {
                "标题" | "Title" | "title" => card.title = value,
                "作者" | "Author" | "author" => card.author = value,
                "发表日期" | "日期" | "Date" | "date" => card.date = value,
                _ => {}
            }
        }
        card
    }
}

#[derive(Default)]
struct Walker {
    buf: String,
    skip_until: Option<ego_tree::NodeId>,
    card_until: Option<ego_tree::NodeId>,
    card_text: String,
    card: Option<Card>,
    strong_depth: usize,
    quote_depth: usize,
    item_depth: usize,
    plain_text_seen: bool,
    doc_title: Option<String>,
    first_heading: Option<String>,
}

impl Walker {
    fn walk(&mut self, root: NodeRef<'_, Node>, body: &mut TextBuilder, active: &mut ActiveContent) {
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) => self.open(node, body, active),
                Edge::Close(node) => self.close(node, body),
            }
        }
        self.flush(body, None);
    }

    fn open(&mut self, node: NodeRef<'_, Node>, body: &mut TextBuilder, active: &mut ActiveContent) {
        match node.value() {
            Node::Element(el) => {
                active.scan_element(el);
                let name = el.name();
                if name == "title" && self.doc_title.is_none() {
                    let t: String = node
                        .descendants()
                        .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
                        .collect();
                    self.doc_title = Some(t).filter(|t| !t.trim().is_empty());
                }
                if self.skip_until.is_some() {
                    return;
                }
                if self.card_until.is_none() && is_archive_card(el) {
                    self.card_until = Some(node.id());
                    return;
                }
                if SKIPPED.contains(&name) || is_chrome(el) {
                    self.skip_until = Some(node.id());
                    return;
                }
                if self.card_until.is_some() {
                    if name == "br" || BLOCKS.contains(&name) {
                        self.card_text.push('\n');
                    }
                    return;
                }
                match name {
                    "br" => self.buf.push('\n'),
                    "strong" | "b" => self.strong_depth += 1,
                    "blockquote" => {
                        self.flush(body, None);
                        self.quote_depth += 1;
                    }
                    "li" | "dd" => {
                        self.flush(body, None);
                        self.item_depth += 1;
                    }
                    "td" | "th" => self.buf.push(' '),
                    _ if BLOCKS.contains(&name) => self.flush(body, None),
                    _ => {}
                }
            }
            Node::Text(t) if self.skip_until.is_none() => {
                if self.card_until.is_some() {
                    self.card_text.push_str(t);
                } else {
                    if !t.trim().is_empty() && self.strong_depth == 0 {
                        self.plain_text_seen = true;
                    }
                    self.buf.push_str(t);
                }
            }
            _ => {}
        }
    }

    fn close(&mut self, node: NodeRef<'_, Node>, body: &mut TextBuilder) {
        if self.skip_until == Some(node.id()) {
            self.skip_until = None;
            return;
        }
        if self.card_until == Some(node.id()) {
            self.card_until = None;
            if self.card.is_none() {
                self.card = Some(Card::parse(&std::mem::take(&mut self.card_text)));
            }
            return;
        }
        if self.skip_until.is_some() || self.card_until.is_some() {
            return;
        }
        let Node::Element(el) = node.value() else { return };
        match el.name() {
            "strong" | "b" => self.strong_depth = self.strong_depth.saturating_sub(1),
            h @ ("h1" | "h2" | "h3" | "h4" | "h5" | "h6") => {
                let level = h[1..].parse().unwrap_or(2);
                self.flush(body, Some(BlockKind::Heading(level)));
            }
            "blockquote" => {
                self.flush(body, None);
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            "li" | "dd" => {
                self.flush(body, None);
                self.item_depth = self.item_depth.saturating_sub(1);
            }
            name if BLOCKS.contains(&name) => self.flush(body, None),
            _ => {}
        }
    }

    fn flush(&mut self, body: &mut TextBuilder, heading: Option<BlockKind>) {
        let raw = std::mem::take(&mut self.buf);
        let bold_only = !std::mem::take(&mut self.plain_text_seen);
        if raw.trim().is_empty() {
            return;
        }
        let kind = match heading {
            Some(h) => h,
            None if self.quote_depth > 0 => BlockKind::Quote,
            None if self.item_depth > 0 => BlockKind::ListItem,
            None if bold_only && looks_like_heading(raw.trim()) => BlockKind::Heading(3),
            None => BlockKind::Paragraph,
        };
        body.push(kind, &raw);
        if matches!(heading, Some(BlockKind::Heading(1))) && self.first_heading.is_none() {
            self.first_heading = body.last().map(|(_, t)| t.to_string());
        }
    }
}

fn is_archive_card(el: &scraper::node::Element) -> bool {
    el.classes().any(|c| c == "su-spoiler" || c == "archive-card")
}

fn is_chrome(el: &scraper::node::Element) -> bool {
    let id = el.id().unwrap_or("").to_ascii_lowercase();
    el.classes()
        .map(|c| c.to_ascii_lowercase())
        .chain(std::iter::once(id))
        .any(|c| CHROME_CLASSES.iter().any(|k| c.contains(k)))
}

/// A tally of active content found (and removed) in a seed's markup.
#[derive(Debug, Default)]
pub(crate) struct ActiveContent {
    scripts: usize,
    handlers: usize,
    bad_urls: usize,
    embeds: usize,
    css_expressions: usize,
    /// Raw-text elements (script/style) opened in inline Markdown HTML and not yet closed.
    pub(crate) inline_raw_depth: usize,
}

impl ActiveContent {
    /// Counts what is active in one element: scripts, embeds, `on*` handlers, unsafe URLs, CSS expressions.
    fn scan_element(&mut self, el: &scraper::node::Element) {
        match el.name() {
            "script" => self.scripts += 1,
            "iframe" | "frame" | "object" | "embed" | "applet" | "base" => self.embeds += 1,
            _ => {}
        }
        for (name, value) in el.attrs() {
            let name = name.to_ascii_lowercase();
            if name.starts_with("on") {
                self.handlers += 1;
            } else if matches!(
                name.as_str(),
                "href" | "src" | "action" | "formaction" | "xlink:href" | "data" | "srcdoc"
            ) {
                self.check_url(value);
            } else if name == "style" && value.to_ascii_lowercase().contains("expression(") {
                self.css_expressions += 1;
            }
        }
    }

    /// Counts a link target that would run code or smuggle a document.
    pub(crate) fn check_url(&mut self, url: &str) {
        let u: String = url
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect::<String>()
            .to_ascii_lowercase();
        if u.starts_with("javascript:") || u.starts_with("vbscript:") || u.starts_with("data:") {
            self.bad_urls += 1;
        }
    }

    /// Scans a snippet of raw markup (inline HTML in Markdown); tracks `<script>…</script>`
    /// spans so the Markdown reader can drop the text between them.
    pub(crate) fn scan_markup(&mut self, markup: &str) {
        let lower = markup.trim().to_ascii_lowercase();
        if lower.starts_with("<script") || lower.starts_with("<style") {
            if !lower.ends_with("/>") && !lower.contains("</") {
                self.inline_raw_depth += 1;
            }
        } else if lower.starts_with("</script") || lower.starts_with("</style") {
            self.inline_raw_depth = self.inline_raw_depth.saturating_sub(1);
        }
        let parsed = Html::parse_fragment(markup);
        for node in parsed.tree.root().descendants() {
            if let Node::Element(el) = node.value() {
                self.scan_element(el);
            }
        }
    }

    /// The problem to report, if anything active was found.
    pub(crate) fn problem(&self) -> Option<Problem> {
        let parts: Vec<String> = [
            (self.scripts, "script element"),
            (self.handlers, "event-handler attribute"),
            (self.bad_urls, "javascript:/data: link"),
            (self.embeds, "embedded frame or object"),
            (self.css_expressions, "CSS expression"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}{}", if *n == 1 { "" } else { "s" }))
        .collect();
        (!parts.is_empty()).then(|| Problem {
            kind: ProblemKind::ActiveContent,
            detail: format!(
                "removed {}; only the text is kept and nothing from the file runs in the page",
                parts.join(", ")
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn depth_estimate_ignores_void_and_closed_elements() {
        assert_eq!(
            approx_max_depth("<div><p>a<br><img src=x></div><div><span></span></div>"),
            2
        );
        assert_eq!(approx_max_depth("a < b and 3<4"), 0);
    }

    #[test]
    fn deeply_nested_markup_does_not_overflow() {
        let html = format!("{}深处{}", "<div><span>".repeat(2_000), "</span></div>".repeat(2_000));
        let d = read(&html);
        assert!(d.body.finish().0.contains("深处"));
    }
}
