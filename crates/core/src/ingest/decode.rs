//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 as a
//! fallback for legacy Chinese files, and lossy UTF-8 as the last resort.
//! Binary files and oversized files are recognised and reported.

use super::MAX_SEED_BYTES;
use crate::model::{Problem, ProblemKind};

/// A decoded seed: its text and what was wrong with its bytes.
pub(crate) struct Decoded {
    pub(crate) text: String,
    pub(crate) problems: Vec<Problem>,
}

pub(crate) fn decode(bytes: &[u8]) -> Decoded {
    let mut problems = Vec::new();
    if looks_binary(bytes) {
        problems.push(Problem {
            kind: ProblemKind::Binary,
            detail: format!(
                "{} bytes of what looks like binary data (NUL or control bytes), not text; nothing from it is shown",
                bytes.len()
            ),
        });
        return Decoded {
            text: String::new(),
            problems,
        };
    }
    let mut text = to_text(bytes, &mut problems);
    if text.len() > MAX_SEED_BYTES {
        let mut cut = MAX_SEED_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        problems.push(Problem {
            kind: ProblemKind::TooLarge,
            detail: format!(
                "the file is {:.1} MB; only the first {:.1} MB are kept (split it into several articles to keep all of it)",
                text.len() as f64 / 1_048_576.0,
                MAX_SEED_BYTES as f64 / 1_048_576.0
            ),
        });
        text.truncate(cut);
    }
    Decoded { text, problems }
}

fn to_text(bytes: &[u8], problems: &mut Vec<Problem>) -> String {
    let (encoding, bom_len) = encoding_rs::Encoding::for_bom(bytes).unwrap_or((encoding_rs::UTF_8, 0));
    let body = &bytes[bom_len..];
    if encoding != encoding_rs::UTF_8 {
        return encoding.decode_without_bom_handling(body).0.into_owned();
    }
    match std::str::from_utf8(body) {
        Ok(s) => s.to_string(),
        Err(e) => {
            let (text, note) = decode_line_by_line(body);
            problems.push(Problem {
                kind: ProblemKind::NotUtf8,
                detail: format!(
                    "not valid UTF-8 (first bad byte at offset {}); {note}. Save it as UTF-8 to fix",
                    e.valid_up_to() + bom_len
                ),
            });
            text
        }
    }
}

/// Decodes each line on its own: UTF-8 where it is valid, else GB18030 (legacy
/// Chinese) where that decodes cleanly, else UTF-8 with replacement characters.
/// Files that mix encodings (a GB18030 part pasted into a UTF-8 file) come out whole.
fn decode_line_by_line(body: &[u8]) -> (String, String) {
    let (mut gb_lines, mut lossy_lines) = (0usize, 0usize);
    let mut text = String::with_capacity(body.len());
    for line in body.split_inclusive(|&b| b == b'\n') {
        match std::str::from_utf8(line) {
            Ok(s) => text.push_str(s),
            Err(_) => match encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(line) {
                Some(s) => {
                    gb_lines += 1;
                    text.push_str(&s);
                }
                None => {
                    lossy_lines += 1;
                    text.push_str(&String::from_utf8_lossy(line));
                }
            },
        }
    }
    let mut parts = Vec::new();
    if gb_lines > 0 {
        parts.push(format!(
            "{gb_lines} line{} read as GB18030",
            if gb_lines == 1 { "" } else { "s" }
        ));
    }
    if lossy_lines > 0 {
        parts.push(format!(
            "bad bytes in {lossy_lines} line{} shown as \u{FFFD}",
            if lossy_lines == 1 { "" } else { "s" }
        ));
    }
    (text, parts.join(", "))
}

/// Known binary signatures (images, archives, PDF, executables), or control bytes
/// (NUL included) making up more than 5% of the first 8 KB with the rest not valid UTF-8,
/// mean binary data. Stray NULs in a text file do not, however many: its text is kept.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false; // UTF-16 has NUL bytes but is text
    }
    const MAGIC: &[&[u8]] = &[
        b"\x89PNG",
        b"GIF8",
        b"\xFF\xD8\xFF",
        b"%PDF",
        b"PK\x03\x04",
        b"\x7FELF",
        b"\x1F\x8B",
        b"BM",
        b"RIFF",
        b"\0asm",
    ];
    if MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return true;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let is_control = |b: u8| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C);
    let controls = head.iter().filter(|&&b| is_control(b)).count();
    if controls * 20 <= head.len().max(1) {
        return false;
    }
    // Random bytes are almost never valid UTF-8; text with control bytes mixed in is (a
    // character cut at the 8 KB mark is not an error).
    let rest: Vec<u8> = head.iter().copied().filter(|&b| !is_control(b)).collect();
    std::str::from_utf8(&rest).is_err_and(|e| e.error_len().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_is_clean() {
        let d = decode("\u{FEFF}标题".as_bytes());
        assert_eq!(d.text, "标题");
        assert!(d.problems.is_empty());
    }

    #[test]
    fn gb18030_is_recognised() {
        let (bytes, _, _) = encoding_rs::GB18030.encode("深度求索发布模型");
        let d = decode(&bytes);
        assert_eq!(d.text, "深度求索发布模型");
        assert_eq!(d.problems[0].kind, ProblemKind::NotUtf8);
        assert!(d.problems[0].detail.contains("GB18030"));
    }

    #[test]
    fn mixed_utf8_and_gb18030_lines_both_decode() {
        let mut bytes = "第一行是 UTF-8\n".as_bytes().to_vec();
        bytes.extend(encoding_rs::GB18030.encode("第二行是国标\n").0.iter());
        let d = decode(&bytes);
        assert_eq!(d.text, "第一行是 UTF-8\n第二行是国标\n");
        assert!(
            d.problems[0].detail.contains("1 line read as GB18030"),
            "{}",
            d.problems[0].detail
        );
    }

    #[test]
    fn hopeless_bytes_are_replaced_and_reported() {
        let d = decode(b"ok \xFF\xFE\xFD\x80 end");
        assert!(d.text.starts_with("ok ") && d.text.contains('\u{FFFD}'));
        assert!(d.problems[0].detail.contains("offset 3"), "{}", d.problems[0].detail);
    }

    #[test]
    fn a_stray_nul_does_not_make_text_binary() {
        let d = decode("第一段正文，内容很长。\0第二段。".as_bytes());
        assert!(d.problems.is_empty());
        assert!(d.text.contains("第二段"));
    }

    #[test]
    fn text_with_many_control_bytes_is_still_text() {
        let d = decode("---\ntitle: t\n---\n\n蒸馏不等于盗窃。\n\n\0\0\0\u{7}\0".as_bytes());
        assert!(d.text.contains("蒸馏不等于盗窃"), "{:?}", d.text);
    }

    #[test]
    fn unsigned_binary_is_recognised_by_its_control_bytes() {
        let d = decode(b"\x00\x01\x02\xFF\xFE\x00\x80\x81\x03\x04\x00\xC3\x28\x00\x05\x06");
        assert_eq!(d.problems[0].kind, ProblemKind::Binary);
    }

    #[test]
    fn binary_is_not_shown() {
        let d = decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        assert!(d.text.is_empty());
        assert_eq!(d.problems[0].kind, ProblemKind::Binary);
    }

    #[test]
    fn oversized_text_is_cut_on_a_character_boundary() {
        let big = "字".repeat(MAX_SEED_BYTES / 3 + 10);
        let d = decode(big.as_bytes());
        assert!(d.text.len() <= MAX_SEED_BYTES);
        assert!(d.text.chars().all(|c| c == '字'));
        assert_eq!(d.problems[0].kind, ProblemKind::TooLarge);
    }
}
