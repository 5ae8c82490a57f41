//! Which reader a seed goes to: by extension when it names a format, else by content.

use crate::model::Format;

/// The format a file name's extension names, if any.
pub(crate) fn format_from_name(name: &str) -> Option<Format> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" | "mdown" => Some(Format::Markdown),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        _ => None,
    }
}

/// Decides the format: `.md`/`.html` extensions win; otherwise a leading `---`
/// means front matter, a leading `<` means HTML, Markdown syntax means
/// Markdown, and anything else is plain text.
pub(crate) fn detect_format(name: &str, text: &str) -> Format {
    if let Some(f) = format_from_name(name) {
        return f;
    }
    let start = text.trim_start();
    if start.starts_with("---") {
        return Format::Markdown;
    }
    if start.starts_with('<') {
        return Format::Html;
    }
    let markdown_lines = text
        .lines()
        .filter(|l| {
            let l = l.trim_start();
            l.starts_with("# ")
                || l.starts_with("## ")
                || l.starts_with("![")
                || l.starts_with("**")
                || (l.starts_with('[') && l.contains("](http"))
        })
        .count();
    if markdown_lines >= 2 {
        Format::Markdown
    } else {
        Format::PlainText
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_for_txt_files() {
        assert_eq!(detect_format("a.txt", "---\ntitle: x\n---\n"), Format::Markdown);
        assert_eq!(detect_format("a.txt", "<!--1739362271000-->\n[t](u)"), Format::Html);
        assert_eq!(detect_format("a.txt", " 标题\n\n正文"), Format::PlainText);
        assert_eq!(detect_format("a.txt", "# 标题\n\n**粗体**\n"), Format::Markdown);
    }

    #[test]
    fn extension_wins() {
        assert_eq!(detect_format("a.md", "plain"), Format::Markdown);
        assert_eq!(detect_format("a.HTML", "plain"), Format::Html);
    }
}
