//! Clean text assembly: whitespace rules for mixed Chinese and Latin text, and
//! the builder that joins blocks into one plain text with byte ranges.

use crate::model::{Block, BlockKind, EmbedKind};
use crate::script::{is_cjk_punct, is_han};

/// Collapses every whitespace run to one space, trims, drops control characters,
/// and removes spaces next to Chinese punctuation (`（ AI）` becomes `（AI）`).
/// Spaces between Chinese and Latin (`Wikipedia 会`) are kept.
pub(crate) fn clean_inline(raw: &str) -> String {
    clean(raw, false)
}

/// The cleaner behind [`clean_inline`]; with `join_han` it also removes spaces
/// between two Chinese characters, an artefact of PDF extraction (`标志性 事件`
/// becomes `标志性事件`). Other formats keep such spaces, which are meant there
/// (`记者 邹永勤`).
fn clean(raw: &str, join_han: bool) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if c.is_control() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}') {
            continue;
        }
        if pending_space {
            let prev = out.chars().next_back().unwrap_or(' ');
            let stray = (join_han && is_han(prev) && is_han(c)) || is_cjk_punct(prev) || is_cjk_punct(c);
            if !stray {
                out.push(' ');
            }
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// The opening of a text for a summary: the first paragraph (not a heading),
/// cut to `max_chars` characters with an ellipsis when cut.
pub(crate) fn opening(text: &str, blocks: &[Block], max_chars: usize) -> String {
    let first = blocks
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph)
        .or(blocks.first())
        .map(|b| &text[b.range.clone()])
        .unwrap_or("");
    let mut chars = first.chars();
    let cut: String = chars.by_ref().take(max_chars).collect();
    if chars.next().is_some() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// Joins cleaned blocks into one text (blocks separated by a blank line) and
/// remembers where each block sits.
#[derive(Debug, Default)]
pub(crate) struct TextBuilder {
    text: String,
    blocks: Vec<Block>,
    extracted: bool,
}

impl TextBuilder {
    /// A builder for text extracted from PDFs, joining stray spaces between Chinese characters.
    pub(crate) fn for_extracted_text() -> Self {
        TextBuilder {
            extracted: true,
            ..Default::default()
        }
    }

    /// Adds a block; raw text is cleaned with [`clean_inline`] (joining Chinese for extracted text),
    /// empty blocks are skipped.
    pub(crate) fn push(&mut self, kind: BlockKind, raw: &str) {
        let cleaned = clean(raw, self.extracted);
        if cleaned.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(&cleaned);
        self.blocks.push(Block {
            kind,
            range: start..self.text.len(),
            link: None,
        });
    }

    /// Adds a placeholder for an embed: a block with an empty range (no text) and the
    /// embed's address as its [`Block::link`].
    pub(crate) fn push_embed(&mut self, kind: EmbedKind, url: String) {
        let at = self.text.len();
        self.blocks.push(Block {
            kind: BlockKind::Embed(kind),
            range: at..at,
            link: Some(url),
        });
    }

    /// Number of blocks so far.
    pub(crate) fn len(&self) -> usize {
        self.blocks.len()
    }

    /// The text and kind of the last block, if any.
    pub(crate) fn last(&self) -> Option<(BlockKind, &str)> {
        self.blocks.last().map(|b| (b.kind, &self.text[b.range.clone()]))
    }

    /// Removes the last block.
    pub(crate) fn pop(&mut self) {
        if let Some(b) = self.blocks.pop() {
            self.text.truncate(b.range.start);
            let trimmed = self.text.trim_end_matches('\n').len();
            self.text.truncate(trimmed);
        }
    }

    /// The text and its blocks.
    pub(crate) fn finish(self) -> (String, Vec<Block>) {
        (self.text, self.blocks)
    }
}

/// Whether a short, unpunctuated line reads as a heading (`一、为什么…`, `01`, `**意义**`).
pub(crate) fn looks_like_heading(line: &str) -> bool {
    let n = line.chars().count();
    n > 0 && n <= 40 && !line.ends_with(['。', '！', '？', '；', '：', '，', '.', '!', '?', ';', ':', ','])
}

/// The kind of a block of text read from markup (HTML or Markdown), the one rule for both:
/// `heading` if it closed a heading; else a quote inside a quotation, a list item inside
/// one; else a level-3 heading if all of its text was bold (`bold_only`) and `raw` looks
/// like one ([`looks_like_heading`]); else a paragraph.
pub(crate) fn block_kind(
    heading: Option<BlockKind>,
    in_quote: bool,
    in_item: bool,
    bold_only: bool,
    raw: &str,
) -> BlockKind {
    match heading {
        Some(h) => h,
        None if in_quote => BlockKind::Quote,
        None if in_item => BlockKind::ListItem,
        None if bold_only && looks_like_heading(raw.trim()) => BlockKind::Heading(3),
        None => BlockKind::Paragraph,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_spaces_inside_chinese_are_removed_from_extracted_text() {
        assert_eq!(clean("新的标志性 事件", true), "新的标志性事件");
        assert_eq!(clean_inline("记者 邹永勤"), "记者 邹永勤");
        assert_eq!(clean_inline("人工智能（ AI）发展"), "人工智能（AI）发展");
        assert_eq!(clean_inline("近期 ，DeepSeek"), "近期，DeepSeek");
    }

    #[test]
    fn spaces_between_chinese_and_latin_stay() {
        assert_eq!(clean_inline("为什么 DeepSeek 会引起"), "为什么 DeepSeek 会引起");
        assert_eq!(clean_inline("暴跌 17%"), "暴跌 17%");
        assert_eq!(clean_inline("  a \n\t b  "), "a b");
    }

    #[test]
    fn control_and_zero_width_characters_are_dropped() {
        assert_eq!(clean_inline("a\u{0}b\u{200B}c\u{7}"), "abc");
    }

    #[test]
    fn builder_joins_blocks_with_blank_lines_and_exact_ranges() {
        let mut b = TextBuilder::for_extracted_text();
        b.push(BlockKind::Heading(2), "标题");
        b.push(BlockKind::Paragraph, "  ");
        b.push(BlockKind::Paragraph, "正文 一段");
        let (text, blocks) = b.finish();
        assert_eq!(text, "标题\n\n正文一段");
        assert_eq!(blocks.len(), 2);
        assert_eq!(&text[blocks[1].range.clone()], "正文一段");
    }

    #[test]
    fn pop_removes_the_last_block_and_its_separator() {
        let mut b = TextBuilder::default();
        b.push(BlockKind::Paragraph, "一");
        b.push(BlockKind::Paragraph, "qq");
        b.pop();
        assert_eq!(b.finish().0, "一");
    }

    #[test]
    fn opening_cuts_with_an_ellipsis() {
        let mut b = TextBuilder::default();
        b.push(BlockKind::Heading(1), "题");
        b.push(BlockKind::Paragraph, "一二三四五");
        let (t, bl) = b.finish();
        assert_eq!(opening(&t, &bl, 3), "一二三…");
        assert_eq!(opening(&t, &bl, 5), "一二三四五");
    }
}
