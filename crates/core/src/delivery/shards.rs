//! Builds the n-gram index's shards ([`GramShard`]) from a corpus's [`SearchIndex`], at build
//! time, for corpora of 100,000 articles: keys are packed in a `u64` (no string per key until
//! the end, none per posting), the keys of a block of articles are radix-sorted so that each
//! key's postings grow once per block, postings are varint-encoded as they are collected, and
//! the articles are split among threads whose tables are then joined.

use super::grams::{shard_of_bytes, GramShard, Postings};
use crate::search::SearchIndex;
use std::collections::hash_map::Entry as Slot;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A shard's raw size the build aims under, on average: a query fetches a few shards.
pub const SHARD_TARGET_BYTES: usize = 64 << 10;

/// The fewest shards an index has, so a small corpus's query still fetches a part of it.
pub const MIN_SHARDS: usize = 16;

/// The number of shards for an index of `raw_bytes`: the smallest power of two, at least
/// [`MIN_SHARDS`], that brings the average shard to at most [`SHARD_TARGET_BYTES`] (so, past
/// the minimum, to between half of it and all of it).
pub fn shard_count_for(raw_bytes: usize) -> usize {
    let mut n = MIN_SHARDS;
    while raw_bytes > n.saturating_mul(SHARD_TARGET_BYTES) {
        n *= 2;
    }
    n
}

/// The shards of the n-gram index of every article in `index` (shard `i` holds the keys that
/// [`super::grams::shard_of`] sends to `i`), built on every available core.
pub fn build_shards(index: &SearchIndex) -> Vec<GramShard> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    build_shards_with(index, threads)
}

/// [`build_shards`] on `threads` threads (at least one).
pub fn build_shards_with(index: &SearchIndex, threads: usize) -> Vec<GramShard> {
    let docs = index.len();
    let threads = threads.clamp(1, docs.max(1));
    let per = docs.div_ceil(threads);
    let mut tables: Vec<Table> = std::thread::scope(|s| {
        let jobs: Vec<_> = (0..threads)
            .map(|t| s.spawn(move || collect(index, t * per..((t + 1) * per).min(docs))))
            .collect();
        jobs.into_iter()
            .map(|j| j.join().expect("a gram thread panicked"))
            .collect()
    });
    let mut table = tables.remove(0);
    for later in tables {
        for (key, postings) in later {
            match table.entry(key) {
                Slot::Occupied(mut slot) => slot.get_mut().append(postings),
                Slot::Vacant(slot) => {
                    slot.insert(postings);
                }
            }
        }
    }
    into_shards(table)
}

type Table = HashMap<u64, Postings, BuildHasherDefault<KeyHasher>>;

/// Bits of an article number in a block entry (below a key's 42): at most 4 million articles.
const DOC_BITS: u32 = 22;

/// Entries (key and article) sorted at a time: 8 MB, and as much again to sort them (larger
/// blocks measured no faster, smaller ones slower).
const BLOCK_ENTRIES: usize = 1 << 20;

/// Every key of articles `docs` with its postings. The articles' keys are collected a block
/// at a time as (key, article) in one `u64`, radix-sorted, and each key's run appended to
/// its postings: one table lookup per key and block, not per occurrence.
fn collect(index: &SearchIndex, docs: std::ops::Range<usize>) -> Table {
    assert!(
        docs.end < 1 << DOC_BITS,
        "the gram index holds at most 4 million articles"
    );
    let mut table = Table::default();
    let mut block: Vec<u64> = Vec::new();
    let mut scratch: Vec<u64> = Vec::new();
    for d in docs {
        for s in index.field_texts(d) {
            for_each_key(s, |key| block.push((key << DOC_BITS) | d as u64));
        }
        if block.len() >= BLOCK_ENTRIES {
            flush(&mut block, &mut scratch, &mut table);
        }
    }
    flush(&mut block, &mut scratch, &mut table);
    table
}

/// Sorts a block's entries and appends each key's articles to its postings.
fn flush(block: &mut Vec<u64>, scratch: &mut Vec<u64>, table: &mut Table) {
    // Entries were pushed in article order, and the sort keeps it: sort by key only.
    radix_sort(block, scratch, DOC_BITS);
    let mut run = block.iter().peekable();
    while let Some(&first) = run.next() {
        let key = first >> DOC_BITS;
        let postings = table.entry(key).or_default();
        postings.push((first & ((1 << DOC_BITS) - 1)) as u32);
        while let Some(&&next) = run.peek() {
            if next >> DOC_BITS != key {
                break;
            }
            postings.push((next & ((1 << DOC_BITS) - 1)) as u32);
            run.next();
        }
    }
    block.clear();
}

/// Sorts `v` by its bits from `low` up, keeping the order of entries equal there (a stable
/// least-significant-digit radix sort, 8 bits a pass, skipping a pass where every entry has
/// the same digit).
fn radix_sort(v: &mut Vec<u64>, scratch: &mut Vec<u64>, low: u32) {
    const BITS: u32 = 8;
    const BUCKETS: usize = 1 << BITS;
    let passes = (64 - low).div_ceil(BITS) as usize;
    let n = v.len();
    let mut counts = vec![[0usize; BUCKETS]; passes];
    for &x in v.iter() {
        let x = x >> low;
        for (p, count) in counts.iter_mut().enumerate() {
            count[((x >> (p as u32 * BITS)) as usize) & (BUCKETS - 1)] += 1;
        }
    }
    scratch.clear();
    scratch.resize(n, 0);
    for (p, count) in counts.iter_mut().enumerate() {
        if count.contains(&n) {
            continue;
        }
        let mut sum = 0;
        for c in count.iter_mut() {
            (*c, sum) = (sum, sum + *c);
        }
        let shift = low + p as u32 * BITS;
        for &x in v.iter() {
            let b = ((x >> shift) as usize) & (BUCKETS - 1);
            scratch[count[b]] = x;
            count[b] += 1;
        }
        std::mem::swap(v, scratch);
    }
}

/// Calls `f` with every single-character and adjacent-pair key of `s`, skipping `\n`.
fn for_each_key(s: &str, mut f: impl FnMut(u64)) {
    let mut prev: Option<char> = None;
    for c in s.chars() {
        if c == '\n' {
            prev = None;
            continue;
        }
        f(single(c));
        if let Some(p) = prev {
            f(pair(p, c));
        }
        prev = Some(c);
    }
}

/// Keys packed in 42 bits so that their order is their strings' order: the first character in
/// the high 21 bits, the second plus one (0 for none) in the low 21.
fn single(c: char) -> u64 {
    u64::from(c) << 21
}

fn pair(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | (u64::from(b) + 1)
}

fn key_chars(key: u64) -> (char, Option<char>) {
    let first = char::from_u32((key >> 21) as u32).expect("keys hold characters");
    let low = (key & ((1 << 21) - 1)) as u32;
    (
        first,
        (low > 0).then(|| char::from_u32(low - 1).expect("keys hold characters")),
    )
}

/// The key's UTF-8 bytes, in `buf`.
fn key_utf8(key: u64, buf: &mut [u8; 8]) -> &[u8] {
    let (a, b) = key_chars(key);
    let n = a.encode_utf8(&mut buf[..]).len();
    let m = b.map_or(0, |b| b.encode_utf8(&mut buf[n..]).len());
    &buf[..n + m]
}

fn key_string(key: u64) -> String {
    let (a, b) = key_chars(key);
    std::iter::once(a).chain(b).collect()
}

fn varint_len(v: usize) -> usize {
    (usize::BITS - (v | 1).leading_zeros()).div_ceil(7) as usize
}

/// Sizes the shards and sorts every key into its own.
fn into_shards(table: Table) -> Vec<GramShard> {
    let mut buf = [0u8; 8];
    let raw: usize = table
        .iter()
        .map(|(&k, p)| {
            let key = key_utf8(k, &mut buf).len();
            1 + key + varint_len(p.bytes.len()) + p.bytes.len()
        })
        .sum();
    let n = shard_count_for(raw);
    let mut buckets: Vec<Vec<(u64, Postings)>> = (0..n).map(|_| Vec::new()).collect();
    for (k, p) in table {
        buckets[shard_of_bytes(key_utf8(k, &mut buf), n)].push((k, p));
    }
    buckets
        .into_iter()
        .map(|mut keys| {
            keys.sort_unstable_by_key(|&(k, _)| k);
            let mut shard = GramShard::default();
            for (k, p) in keys {
                shard.push_encoded(key_string(k), &p.bytes);
            }
            shard
        })
        .collect()
}

/// A fast hash of packed keys for the build's tables (not stored anywhere).
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    }

    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }
}

#[cfg(test)]
mod tests {
    use super::super::grams::shard_of;
    use super::*;
    use crate::search::SearchDoc;
    use std::collections::{BTreeMap, BTreeSet};

    fn index() -> SearchIndex {
        let docs = [
            (
                "英伟达股价",
                "英伟达的股价下跌17%",
                Some("李国杰"),
                ["qq", "腾讯新闻", "Tencent News"],
            ),
            (
                "开源",
                "开源与闭源\n\n模型蒸馏 Open AI",
                None,
                ["kjdb", "科技导报", "S&T Review"],
            ),
            ("", "", None, ["", "", ""]),
            (
                "𠀀字",
                "哈哈哈 DeepSeek",
                Some("ＡＢ"),
                ["qq", "腾讯新闻", "Tencent News"],
            ),
        ];
        SearchIndex::from_docs(docs.iter().map(|&(title, text, author, source)| SearchDoc {
            title,
            text,
            author,
            source,
            date: None,
        }))
    }

    /// The index as its definition says, one string key at a time.
    fn naive(index: &SearchIndex) -> BTreeMap<String, BTreeSet<u32>> {
        let mut out: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
        for d in 0..index.len() {
            for s in index.field_texts(d) {
                for part in s.split('\n') {
                    let chars: Vec<char> = part.chars().collect();
                    for (i, c) in chars.iter().enumerate() {
                        out.entry(c.to_string()).or_default().insert(d as u32);
                        if let Some(next) = chars.get(i + 1) {
                            out.entry(format!("{c}{next}")).or_default().insert(d as u32);
                        }
                    }
                }
            }
        }
        out
    }

    #[test]
    fn the_shards_hold_every_key_and_only_those_in_their_shard() {
        let idx = index();
        let expected = naive(&idx);
        for threads in [1, 2, 3, 8] {
            let shards = build_shards_with(&idx, threads);
            assert_eq!(shards.len(), MIN_SHARDS);
            let mut found = BTreeMap::new();
            for (i, shard) in shards.iter().enumerate() {
                for key in shard.keys() {
                    assert_eq!(shard_of(key, shards.len()), i, "{key}");
                    let docs: BTreeSet<u32> = shard.postings(key).unwrap().into_iter().collect();
                    found.insert(key.to_string(), docs);
                }
            }
            assert_eq!(found, expected, "{threads} threads");
        }
        assert!(expected.contains_key("达的") && expected.contains_key("腾讯") && expected.contains_key("n "));
        assert!(!expected.keys().any(|k| k.contains('\n')));
    }

    #[test]
    fn packed_keys_sort_as_their_strings() {
        let keys = ["a", "ab", "b", "的", "的确", "英", "英伟", "𠀀", "𠀀字"];
        let packed: Vec<u64> = keys
            .iter()
            .map(|k| {
                let mut c = k.chars();
                let a = c.next().unwrap();
                c.next().map_or(single(a), |b| pair(a, b))
            })
            .collect();
        assert!(packed.windows(2).all(|w| w[0] < w[1]));
        let back: Vec<String> = packed.iter().map(|&k| key_string(k)).collect();
        assert_eq!(back, keys);
    }

    #[test]
    fn the_shard_count_is_a_power_of_two_at_least_sixteen() {
        assert_eq!(shard_count_for(0), 16);
        assert_eq!(shard_count_for(16 * SHARD_TARGET_BYTES), 16);
        assert_eq!(shard_count_for(16 * SHARD_TARGET_BYTES + 1), 32);
        assert_eq!(shard_count_for(1000 * SHARD_TARGET_BYTES), 1024);
    }

    #[test]
    fn the_radix_sort_sorts() {
        let mut state = 7u64;
        let mut v: Vec<u64> = (0..5000)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                state >> (state % 40)
            })
            .collect();
        v.extend([0, u64::MAX, 5, 5]);
        let mut expected = v.clone();
        expected.sort_unstable();
        radix_sort(&mut v, &mut Vec::new(), 0);
        assert_eq!(v, expected);
        let mut same = vec![3u64; 10];
        radix_sort(&mut same, &mut Vec::new(), 0);
        assert_eq!(same, [3; 10]);
        // Sorted by the high bits only, entries equal there keep their order.
        let mut v = vec![(2 << 8) | 1, (1 << 8) | 9, (2 << 8), (1 << 8) | 3];
        radix_sort(&mut v, &mut Vec::new(), 8);
        assert_eq!(v, [(1 << 8) | 9, (1 << 8) | 3, (2 << 8) | 1, (2 << 8)]);
    }

    #[test]
    fn varint_lengths() {
        let got: Vec<usize> = [0, 1, 127, 128, 16383, 16384].map(varint_len).into();
        assert_eq!(got, [1, 1, 1, 2, 2, 3]);
    }
}
