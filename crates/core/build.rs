//! Generates the search's character fold table (`OUT_DIR/fold_table.bin`).
//!
//! For every Unicode scalar value `c` the search folds `c` to the fixed point of
//! `quotes(simplified(lowercase(NFKC(c))))`, where
//! - NFKC comes from the `unicode-normalization` crate (applied to the single character),
//! - lowercase is Rust's `char::to_lowercase`,
//! - simplified is `fast2s::convert` applied to the single character (no phrase context),
//! - quotes maps typographic double quotes to `"` and typographic single quotes to `'`,
//!
//! and then ASCII punctuation is written in its full-width form (`,` as `，`, `"` as `＂`):
//! each class of equal characters needs one representative, and choosing the full-width one,
//! which Chinese text uses, keeps normalized Chinese text byte-aligned with the original.
//!
//! Only the characters whose fold differs from themselves are written, compactly (see
//! `src/search/fold_encode.rs`); `src/search/fold.rs` decodes the table once, at first use. The page then
//! needs neither crate at run time: their tables would cost about 65 KB of WebAssembly
//! (gzip), this one costs about 15 KB.

use unicode_normalization::UnicodeNormalization;

/// The table's byte format, shared with the ingest's pruned tables.
#[path = "src/search/fold_encode.rs"]
mod fold_encode;

/// Typographic double quotes (after NFKC) that fold to `"`.
const DOUBLE_QUOTES: &[char] = &['“', '”', '„', '‟', '«', '»', '「', '」', '〝', '〞', '〟'];
/// Typographic single quotes (after NFKC) that fold to `'`.
const SINGLE_QUOTES: &[char] = &['‘', '’', '‚', '‛', '‹', '›', '『', '』'];

fn fold_once(s: &str) -> String {
    let mut out = String::new();
    for c in s.nfkc().flat_map(char::to_lowercase) {
        let simplified = if c.len_utf8() == 3 {
            fast2s::convert(c.encode_utf8(&mut [0; 4])).chars().next().unwrap_or(c)
        } else {
            c
        };
        let quoted = if DOUBLE_QUOTES.contains(&simplified) {
            '"'
        } else if SINGLE_QUOTES.contains(&simplified) {
            '\''
        } else {
            simplified
        };
        out.push(full_width(quoted));
    }
    out
}

/// ASCII punctuation as its full-width form (kept in sync with `src/search/fold.rs`).
fn full_width(c: char) -> char {
    if c.is_ascii_punctuation() {
        char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap_or(c)
    } else {
        c
    }
}

fn fold(c: char) -> String {
    let mut s = c.to_string();
    for _ in 0..8 {
        let next = fold_once(&s);
        if next == s {
            return s;
        }
        s = next;
    }
    panic!("folding U+{:04X} does not reach a fixed point", c as u32);
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/search/fold_encode.rs");
    let mut singles: Vec<(u32, u32)> = Vec::new();
    let mut multi: Vec<(u32, String)> = Vec::new();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        if c.is_ascii() {
            continue; // handled in code: A-Z and punctuation change
        }
        let f = fold(c);
        if f == c.to_string() {
            continue;
        }
        let mut chars = f.chars();
        match (chars.next(), chars.next()) {
            (Some(one), None) => singles.push((c as u32, one as u32)),
            _ => multi.push((c as u32, f)),
        }
    }

    let out = fold_encode::encode(&singles, &multi);
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&dir).join("fold_table.bin"), out).expect("OUT_DIR is writable");
}
