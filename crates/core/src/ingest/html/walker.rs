//! The tree walk over parsed HTML: which elements are text, which end a block, which are
//! page chrome or the archive card; and the fragment readers built on it.

use super::active::ActiveContent;
use super::embeds::{self, EmbedCheck};
use crate::ingest::text::{block_kind, TextBuilder};
use crate::model::BlockKind;
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

/// Metadata read from an archive card (`标题：…`, `作者：…`, `发表日期：…`, `来源：…`).
#[derive(Debug, Default)]
pub(super) struct Card {
    pub(super) title: Option<String>,
    pub(super) author: Option<String>,
    pub(super) date: Option<String>,
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

/// Walks a parsed tree, putting its text into blocks and reading the archive card.
#[derive(Default)]
pub(super) struct Walker {
    buf: String,
    skip_until: Option<ego_tree::NodeId>,
    card_until: Option<ego_tree::NodeId>,
    card_text: String,
    pub(super) card: Option<Card>,
    strong_depth: usize,
    quote_depth: usize,
    item_depth: usize,
    plain_text_seen: bool,
    pub(super) doc_title: Option<String>,
    pub(super) first_heading: Option<String>,
    /// The page's `<meta property="og:site_name">`, if any.
    pub(super) site_name: Option<String>,
    /// The page's `<link rel="canonical">` address, if any.
    pub(super) canonical: Option<String>,
}

impl Walker {
    pub(super) fn walk(&mut self, root: NodeRef<'_, Node>, body: &mut TextBuilder, active: &mut ActiveContent) {
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
                self.read_page_metadata(el);
                if self.skip_until.is_some() {
                    return;
                }
                if self.card_until.is_none() && is_archive_card(el) {
                    self.card_until = Some(node.id());
                    return;
                }
                if self.card_until.is_none() {
                    if let EmbedCheck::Kept(kind, url) = embeds::check_node(node, el) {
                        self.flush(body, None);
                        active.keep_embed(kind, &url);
                        body.push_embed(kind, url);
                        self.skip_until = Some(node.id());
                        return;
                    }
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

    /// Notes the page's own name and address (`og:site_name`, `rel=canonical`), first of each.
    fn read_page_metadata(&mut self, el: &scraper::node::Element) {
        let attr = |name| el.attr(name).map(str::trim).filter(|v| !v.is_empty());
        match el.name() {
            "meta" if self.site_name.is_none() => {
                let key = attr("property").or_else(|| attr("name")).unwrap_or("");
                if key.eq_ignore_ascii_case("og:site_name") {
                    self.site_name = attr("content").map(str::to_string);
                }
            }
            "link" if self.canonical.is_none() => {
                let canonical =
                    attr("rel").is_some_and(|r| r.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")));
                if canonical {
                    self.canonical = attr("href").map(str::to_string);
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
        let kind = block_kind(heading, self.quote_depth > 0, self.item_depth > 0, bold_only, &raw);
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
