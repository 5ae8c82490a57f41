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
//! Only the characters whose fold differs from themselves are written, compactly (see the
//! end of `main`); `src/search/fold.rs` decodes the table once, at first use. The page then
//! needs neither crate at run time: their tables would cost about 65 KB of WebAssembly
//! (gzip), this one costs about 15 KB.

use unicode_normalization::UnicodeNormalization;

/// Typographic double quotes (after NFKC) that fold to `"`.
const DOUBLE_QUOTES: &[char] = &['“', '”', '„', '‟', '«', '»', '「', '」', '〝', '〞', '〟'];
/// Typographic single quotes (after NFKC) that fold to `'`.
const SINGLE_QUOTES: &[char] = &['‘', '’', '‚', '‛', '‹', '›', '『', '』'];
/// Shortest run of code points with a constant shift that is stored as a run.
const MIN_RUN: u32 = 4;

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

struct Run {
    start: u32,
    len: u32,
    shift: i32,
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
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

    // Runs: consecutive code points shifted by the same amount.
    let mut runs: Vec<Run> = Vec::new();
    let mut rest: Vec<(u32, u32)> = Vec::new();
    let mut i = 0;
    while i < singles.len() {
        let (k, v) = singles[i];
        let shift = v as i64 - k as i64;
        let mut j = i + 1;
        while j < singles.len()
            && singles[j].0 == k + (j - i) as u32
            && singles[j].1 as i64 - singles[j].0 as i64 == shift
        {
            j += 1;
        }
        if (j - i) as u32 >= MIN_RUN {
            runs.push(Run {
                start: k,
                len: (j - i) as u32,
                shift: shift as i32,
            });
        } else {
            rest.extend_from_slice(&singles[i..j]);
        }
        i = j;
    }

    // One byte stream, LEB128 varints: counts, then runs, singles and multi-character folds,
    // each sorted by code point with keys as deltas from the previous key and single values as
    // (zigzag) deltas from the previous value (traditional characters of one radical map to
    // simplified ones of one radical in the same stroke order, so those deltas are small).
    // Singles and multi-character folds write all their keys first, then all their values or
    // lengths: like kinds of numbers side by side gzip better (0.7 KB less gzip on its own).
    let mut out = Vec::new();
    for n in [runs.len(), rest.len(), multi.len()] {
        varint(&mut out, n as u64);
    }
    let mut prev = 0;
    for r in &runs {
        varint(&mut out, u64::from(r.start - prev));
        varint(&mut out, u64::from(r.len));
        varint(&mut out, zigzag(i64::from(r.shift)));
        prev = r.start;
    }
    let mut prev = 0;
    for &(k, _) in &rest {
        varint(&mut out, u64::from(k - prev));
        prev = k;
    }
    let mut prev = 0;
    for &(_, v) in &rest {
        varint(&mut out, zigzag(i64::from(v) - i64::from(prev)));
        prev = v;
    }
    let mut prev = 0;
    for (k, _) in &multi {
        varint(&mut out, u64::from(k - prev));
        prev = *k;
    }
    for (_, s) in &multi {
        varint(&mut out, s.len() as u64);
    }
    for (_, s) in &multi {
        out.extend_from_slice(s.as_bytes());
    }
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&dir).join("fold_table.bin"), out).expect("OUT_DIR is writable");
}

fn varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7F) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn zigzag(d: i64) -> u64 {
    ((d << 1) ^ (d >> 63)) as u64
}
