//! Sentences of an article's text, as the figures store them (build time).

use std::ops::Range;

/// Byte ranges of the sentences of `text`: a sentence ends after 。！？!? (with any closing
/// quotes or brackets right after) or at a line break; leading and trailing whitespace is left out.
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let end = if c == '\n' {
            Some((at, at + 1))
        } else if matches!(c, '。' | '！' | '？' | '!' | '?') {
            let mut end = at + c.len_utf8();
            while let Some(&(next_at, next)) = chars.peek() {
                if matches!(
                    next,
                    '”' | '’' | '」' | '』' | '）' | ')' | '"' | '》' | '。' | '！' | '？'
                ) {
                    end = next_at + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            Some((end, end))
        } else {
            None
        };
        if let Some((sentence_end, next_start)) = end {
            push_trimmed(text, start..sentence_end, &mut out);
            start = next_start;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = range.start + (piece.len() - piece.trim_start().len());
    out.push(start..start + trimmed.len());
}
