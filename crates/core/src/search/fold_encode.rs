//! The fold table's byte format, written: shared by the crate's `build.rs` (the full table,
//! included here with `#[path]`) and the ingest (a corpus's pruned table, `fold_prune`), so
//! both write what `fold.rs` decodes.
//!
//! One byte stream of LEB128 varints: counts, then runs, singles and multi-character folds,
//! each sorted by code point with keys as deltas from the previous key and single values as
//! (zigzag) deltas from the previous value (traditional characters of one radical map to
//! simplified ones of one radical in the same stroke order, so those deltas are small).
//! Singles and multi-character folds write all their keys first, then all their values or
//! lengths: like kinds of numbers side by side gzip better (0.7 KB less gzip on its own).

/// Shortest run of code points with a constant shift that is stored as a run.
const MIN_RUN: usize = 4;

/// Encodes the fold entries: `singles` maps a code point to one other character, `multi`
/// to a string (possibly empty). Both must be sorted by code point, without repeated keys.
pub(crate) fn encode(singles: &[(u32, u32)], multi: &[(u32, String)]) -> Vec<u8> {
    // Runs: consecutive code points shifted by the same amount.
    let mut runs: Vec<(u32, u32, i64)> = Vec::new();
    let mut rest: Vec<(u32, u32)> = Vec::new();
    let mut i = 0;
    while i < singles.len() {
        let (k, v) = singles[i];
        let shift = i64::from(v) - i64::from(k);
        let mut j = i + 1;
        while j < singles.len()
            && i64::from(singles[j].0) == i64::from(k) + (j - i) as i64
            && i64::from(singles[j].1) - i64::from(singles[j].0) == shift
        {
            j += 1;
        }
        if j - i >= MIN_RUN {
            runs.push((k, (j - i) as u32, shift));
        } else {
            rest.extend_from_slice(&singles[i..j]);
        }
        i = j;
    }

    let mut out = Vec::new();
    for n in [runs.len(), rest.len(), multi.len()] {
        varint(&mut out, n as u64);
    }
    let mut prev = 0;
    for &(start, len, shift) in &runs {
        varint(&mut out, u64::from(start - prev));
        varint(&mut out, u64::from(len));
        varint(&mut out, zigzag(shift));
        prev = start;
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
    for (k, _) in multi {
        varint(&mut out, u64::from(k - prev));
        prev = *k;
    }
    for (_, s) in multi {
        varint(&mut out, s.len() as u64);
    }
    for (_, s) in multi {
        out.extend_from_slice(s.as_bytes());
    }
    out
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
