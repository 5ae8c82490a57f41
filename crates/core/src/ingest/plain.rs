//! Plain-text seeds: the title on the first non-empty line, paragraphs
//! separated by blank lines (or one per line when the file has no blank lines).
//! Short unpunctuated lines that open with an enumerator (`一、`, `（二）`, `3.`)
//! are section headings. Stray spaces from PDF extraction are removed by the
//! shared text cleaner.

use super::text::{looks_like_heading, TextBuilder};
use super::Draft;
use crate::model::BlockKind;

/// Reads a plain-text seed.
pub(crate) fn read(doc: &str) -> Draft {
    let mut draft = Draft {
        body: TextBuilder::for_extracted_text(),
        ..Draft::default()
    };
    let doc = doc.replace("\r\n", "\n");
    let mut lines = doc.lines().skip_while(|l| l.trim().is_empty());
    draft.title = lines.next().map(|t| t.trim().to_string());
    let rest: Vec<&str> = lines.collect();
    let has_blank_lines = rest.iter().any(|l| l.trim().is_empty());
    let paragraphs: Vec<String> = if has_blank_lines {
        rest.split(|l| l.trim().is_empty()).map(|p| p.join("\n")).collect()
    } else {
        rest.iter().map(|l| l.to_string()).collect()
    };
    for p in paragraphs {
        let kind = if is_section_heading(p.trim()) {
            BlockKind::Heading(2)
        } else {
            BlockKind::Paragraph
        };
        draft.body.push(kind, &p);
    }
    draft
}

/// `一、为什么…`, `（二）…`, `3. …`, `第三章…`: short, unpunctuated, enumerated.
fn is_section_heading(line: &str) -> bool {
    if !looks_like_heading(line) || line.contains('\n') {
        return false;
    }
    let numerals = "一二三四五六七八九十百零〇";
    let lead: String = line
        .trim_start_matches(['（', '('])
        .chars()
        .take_while(|c| numerals.contains(*c) || c.is_ascii_digit())
        .collect();
    let after = line
        .trim_start_matches(['（', '('])
        .trim_start_matches(|c: char| numerals.contains(c) || c.is_ascii_digit());
    (!lead.is_empty() && after.starts_with(['、', '）', ')', '.', '．']))
        || (line.starts_with('第') && line.chars().nth(2).is_some_and(|c| "章节部分篇".contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_is_the_title() {
        let d = read(" DeepSeek 引发的 AI发展路径思考（转载）\n\n近期 ，DeepSeek的横空出世。\n");
        assert_eq!(d.title.as_deref(), Some("DeepSeek 引发的 AI发展路径思考（转载）"));
        assert_eq!(d.body.finish().0, "近期，DeepSeek的横空出世。");
    }

    #[test]
    fn enumerated_short_lines_are_headings() {
        let d = read("题\n\n一、为什么 DeepSeek 会引起全球性的科技震撼\n\n正文。\n\n（二）小节\n\n2025年1月，OpenAI提出规模法则。\n");
        let kinds: Vec<BlockKind> = d.body.finish().1.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading(2),
                BlockKind::Paragraph,
                BlockKind::Heading(2),
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn without_blank_lines_each_line_is_a_paragraph() {
        let d = read("题\n第一段\n第二段\n");
        assert_eq!(d.body.finish().1.len(), 2);
    }

    #[test]
    fn empty_file_has_no_title_and_no_text() {
        let d = read("\n \n");
        assert!(d.title.is_none());
        assert!(d.body.finish().0.is_empty());
    }
}
