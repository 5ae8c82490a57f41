//! Markup nested too deeply to parse as a tree: how deep it is, estimated cheaply, and its
//! text read without structure.

use super::active::ActiveContent;
use super::walker::strip_tags;
use crate::ingest::text::TextBuilder;
use crate::model::BlockKind;

/// Deeper nesting than this is not parsed as a tree: HTML tree building costs
/// time proportional to depth for every element, so hostile nesting would stall the build.
pub(super) const MAX_DEPTH: usize = 512;

/// A cheap upper estimate of how deeply elements nest: opening tags minus closing tags,
/// ignoring void elements and self-closing tags.
pub(super) fn approx_max_depth(html: &str) -> usize {
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
pub(super) fn read_flat(html: &str, body: &mut TextBuilder, active: &mut ActiveContent) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_estimate_ignores_void_and_closed_elements() {
        assert_eq!(
            approx_max_depth("<div><p>a<br><img src=x></div><div><span></span></div>"),
            2
        );
        assert_eq!(approx_max_depth("a < b and 3<4"), 0);
    }
}
