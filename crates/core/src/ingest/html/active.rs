//! Active content in a seed's markup (scripts, handlers, unsafe links, unsafe embeds, CSS
//! expressions): counted, never kept, reported as one problem. Harmless embeds are not active
//! content: they are kept as links (see `embeds`), each with an information note.

use super::embeds::{self, EmbedCheck};
use crate::model::{EmbedKind, Problem, ProblemKind};
use scraper::{Html, Node};

/// A tally of active content found (and removed) in a seed's markup.
#[derive(Debug, Default)]
pub(crate) struct ActiveContent {
    pub(super) scripts: usize,
    pub(super) handlers: usize,
    bad_urls: usize,
    embeds: usize,
    css_expressions: usize,
    /// Raw-text elements (script/style) opened in inline Markdown HTML and not yet closed.
    pub(crate) inline_raw_depth: usize,
    /// The harmless embeds kept as links, in text order.
    kept: Vec<(EmbedKind, String)>,
}

impl ActiveContent {
    /// Counts what is active in one element: scripts, embeds, `on*` handlers, unsafe URLs, CSS expressions.
    pub(super) fn scan_element(&mut self, el: &scraper::node::Element) {
        if el.name() == "script" {
            self.scripts += 1;
        } else if embeds::check(el) == EmbedCheck::Removed {
            self.embeds += 1;
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

    /// Records a harmless embed kept as a link, for its note (see [`ActiveContent::embed_notes`]).
    pub(crate) fn keep_embed(&mut self, kind: EmbedKind, url: &str) {
        self.kept.push((kind, url.to_string()));
    }

    /// One information note per embed kept as a link.
    pub(crate) fn embed_notes(&self) -> Vec<Problem> {
        self.kept.iter().map(|(kind, url)| embeds::note(*kind, url)).collect()
    }

    /// Scans a snippet of raw markup (inline HTML in Markdown); tracks `<script>…</script>`
    /// spans so the Markdown reader can drop the text between them. Returns the harmless
    /// embeds the snippet holds, for the reader to keep as links (it records them with
    /// [`ActiveContent::keep_embed`] when it does).
    pub(crate) fn scan_markup(&mut self, markup: &str) -> Vec<(EmbedKind, String)> {
        let lower = markup.trim().to_ascii_lowercase();
        if lower.starts_with("<script") || lower.starts_with("<style") {
            if !lower.ends_with("/>") && !lower.contains("</") {
                self.inline_raw_depth += 1;
            }
        } else if lower.starts_with("</script") || lower.starts_with("</style") {
            self.inline_raw_depth = self.inline_raw_depth.saturating_sub(1);
        }
        let parsed = Html::parse_fragment(markup);
        let mut kept = Vec::new();
        for node in parsed.tree.root().descendants() {
            if let Node::Element(el) = node.value() {
                self.scan_element(el);
                if let EmbedCheck::Kept(kind, url) = embeds::check_node(node, el) {
                    kept.push((kind, url));
                }
            }
        }
        kept
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
