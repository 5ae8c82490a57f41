//! The character n-gram index of a chunked corpus: for every key (a single character, or two
//! adjacent characters, of an article's normalized searchable strings) the sorted numbers of
//! the articles holding it, in shards by a fixed hash of the key.
//!
//! A term occurs in a string only if each pair of adjacent characters of its normalized
//! pattern does (each character, for a one-character term), so the articles holding all of a
//! term's keys ([`term_keys`]) are a superset of those where the engine finds it: the index
//! narrows what to fetch, the engine decides. No key spans two strings, nor holds a `\n`
//! (block boundaries, and the separator of the source's names): no term pattern has one.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The keys a term's normalized pattern needs: itself if it is one character, else its pairs
/// of adjacent characters, sorted, each once; none for an empty pattern.
pub fn term_keys(pattern: &str) -> Vec<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut keys: Vec<String> = match chars.len() {
        0 => Vec::new(),
        1 => vec![pattern.to_string()],
        _ => chars.windows(2).map(|w| w.iter().collect()).collect(),
    };
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The shard (below `shard_count`) of a key: 64-bit FNV-1a of its UTF-8 bytes, folded, modulo
/// the count; the same on every platform and in every build. With power-of-two counts, a key's
/// shard among `n` is its shard among 16 plus a multiple of 16 (for `n` ≥ 16).
pub fn shard_of(key: &str, shard_count: usize) -> usize {
    shard_of_bytes(key.as_bytes(), shard_count)
}

pub(super) fn shard_of_bytes(key: &[u8], shard_count: usize) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    ((h ^ (h >> 32)) % shard_count.max(1) as u64) as usize
}

/// One shard: its keys, sorted, each with its postings (ascending article numbers, stored as
/// LEB128 varints: the first number, then each gap less one).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GramShard {
    keys: Vec<String>,
    /// Key `i`'s postings are `data[ends[i - 1]..ends[i]]` (`0..ends[0]` for the first).
    ends: Vec<u32>,
    data: Vec<u8>,
}

impl GramShard {
    /// A shard of these keys and postings (each list ascending, without repeats).
    pub fn new(mut entries: Vec<(String, Vec<u32>)>) -> GramShard {
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut shard = GramShard::default();
        for (key, docs) in entries {
            let mut p = Postings::default();
            docs.iter().for_each(|&d| p.push(d));
            shard.push_encoded(key, &p.bytes);
        }
        shard
    }

    /// Appends a key (greater than every key so far) and its encoded postings.
    pub(super) fn push_encoded(&mut self, key: String, encoded: &[u8]) {
        debug_assert!(self.keys.last().is_none_or(|last| *last < key));
        self.keys.push(key);
        self.data.extend_from_slice(encoded);
        self.ends.push(self.data.len() as u32);
    }

    /// The articles holding `key`, ascending; `None` if no article does.
    pub fn postings(&self, key: &str) -> Option<Vec<u32>> {
        let i = self.keys.binary_search_by(|k| k.as_str().cmp(key)).ok()?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        Some(decode_postings(&self.data[start..self.ends[i] as usize]))
    }

    /// How many keys the shard holds.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether the shard holds no key.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The keys, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(String::as_str)
    }
}

/// A key's postings being built: the numbers' varints, and the last number plus one.
#[derive(Debug, Default)]
pub(super) struct Postings {
    pub(super) bytes: Vec<u8>,
    pub(super) last: u32,
}

impl Postings {
    /// Adds article `doc` (not below the last added; adding the last again does nothing).
    pub(super) fn push(&mut self, doc: u32) {
        if self.last == doc + 1 {
            return;
        }
        let value = if self.bytes.is_empty() { doc } else { doc - self.last };
        put_varint(&mut self.bytes, value);
        self.last = doc + 1;
    }

    /// Appends `later`'s postings, all above this one's.
    pub(super) fn append(&mut self, later: Postings) {
        if self.bytes.is_empty() {
            *self = later;
            return;
        }
        let (first, used) = get_varint(&later.bytes);
        put_varint(&mut self.bytes, first - self.last);
        self.bytes.extend_from_slice(&later.bytes[used..]);
        self.last = later.last;
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// The varint at the start of `bytes` and its length (a truncated one reads as far as it goes).
fn get_varint(bytes: &[u8]) -> (u32, usize) {
    let mut v = 0u32;
    for (i, &b) in bytes.iter().enumerate().take(5) {
        v |= u32::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return (v, i + 1);
        }
    }
    (v, bytes.len().min(5))
}

fn decode_postings(mut bytes: &[u8]) -> Vec<u32> {
    let mut out = Vec::new();
    let mut next = 0u32;
    while !bytes.is_empty() {
        let (v, used) = get_varint(bytes);
        bytes = &bytes[used..];
        let doc = next.wrapping_add(v);
        out.push(doc);
        next = doc.wrapping_add(1);
    }
    out
}

/// The shard as stored: keys, each key's postings' length in bytes, the postings.
#[derive(Serialize)]
struct WireRef<'a> {
    keys: &'a [String],
    lens: Vec<u32>,
    data: &'a [u8],
}

#[derive(Deserialize)]
struct Wire {
    keys: Vec<String>,
    lens: Vec<u32>,
    data: Vec<u8>,
}

impl Serialize for GramShard {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut start = 0;
        let lens = self
            .ends
            .iter()
            .map(|&end| {
                let len = end - start;
                start = end;
                len
            })
            .collect();
        WireRef {
            keys: &self.keys,
            lens,
            data: &self.data,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for GramShard {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let w = Wire::deserialize(d)?;
        if w.keys.len() != w.lens.len() || !w.keys.windows(2).all(|k| k[0] < k[1]) {
            return Err(D::Error::custom("a gram shard's keys are not sorted, one length each"));
        }
        let mut end = 0u32;
        let mut ends = Vec::with_capacity(w.lens.len());
        for len in w.lens {
            end = end
                .checked_add(len)
                .ok_or_else(|| D::Error::custom("a gram shard's lengths overflow"))?;
            ends.push(end);
        }
        if end as usize != w.data.len() {
            return Err(D::Error::custom("a gram shard's lengths do not add up to its data"));
        }
        Ok(GramShard {
            keys: w.keys,
            ends,
            data: w.data,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_character_is_its_own_key() {
        assert_eq!(term_keys("的"), ["的"]);
        assert_eq!(term_keys("a"), ["a"]);
    }

    #[test]
    fn a_longer_pattern_needs_its_adjacent_pairs_once_each() {
        assert_eq!(term_keys("英伟达"), ["伟达", "英伟"]);
        assert_eq!(term_keys("哈哈哈"), ["哈哈"]);
        assert_eq!(term_keys("open ai"), [" a", "ai", "en", "n ", "op", "pe"]);
    }

    #[test]
    fn an_empty_pattern_needs_no_key() {
        assert!(term_keys("").is_empty());
    }

    #[test]
    fn the_shard_hash_is_fixed() {
        // FNV-1a 64 of the UTF-8 bytes, folded: these values must never change (the page
        // and the files it fetches are built apart).
        let got: Vec<usize> = ["", "a", "的", "英伟", "ai"]
            .iter()
            .map(|k| shard_of(k, 1 << 20))
            .collect();
        assert_eq!(
            got,
            [
                fold(0xcbf29ce484222325),
                fold(0xaf63dc4c8601ec8c),
                got[2],
                got[3],
                got[4]
            ]
        );
        assert_eq!(shard_of("英伟", 1), 0);
        assert_eq!(shard_of("英伟", 0), 0);
        for key in ["的", "英伟", "ai", "17"] {
            assert_eq!(shard_of(key, 1024) % 16, shard_of(key, 16));
        }
    }

    fn fold(h: u64) -> usize {
        ((h ^ (h >> 32)) % (1 << 20)) as usize
    }

    #[test]
    fn postings_round_trip_through_the_delta_encoding() {
        let lists = [
            vec![0],
            vec![5],
            vec![0, 1, 2, 3],
            vec![7, 300, 301, 70_000, u32::MAX - 1],
        ];
        for docs in lists {
            let mut p = Postings::default();
            docs.iter().for_each(|&d| p.push(d));
            assert_eq!(decode_postings(&p.bytes), docs);
        }
        let mut p = Postings::default();
        [3, 3, 3, 4, 4].iter().for_each(|&d| p.push(d));
        assert_eq!(decode_postings(&p.bytes), [3, 4], "repeats are dropped");
    }

    #[test]
    fn small_gaps_take_one_byte() {
        let mut p = Postings::default();
        (1000..1100).for_each(|d| p.push(d));
        assert_eq!(p.bytes.len(), 2 + 99);
    }

    #[test]
    fn appended_postings_continue_the_list() {
        let (mut a, mut b) = (Postings::default(), Postings::default());
        [1, 5].iter().for_each(|&d| a.push(d));
        [9, 200, 201].iter().for_each(|&d| b.push(d));
        a.append(b);
        assert_eq!(decode_postings(&a.bytes), [1, 5, 9, 200, 201]);
        a.push(300);
        assert_eq!(decode_postings(&a.bytes), [1, 5, 9, 200, 201, 300]);
        let mut empty = Postings::default();
        let mut c = Postings::default();
        c.push(4);
        empty.append(c);
        assert_eq!(decode_postings(&empty.bytes), [4]);
    }

    #[test]
    fn a_shard_finds_its_keys_and_round_trips() {
        let shard = GramShard::new(vec![
            ("英伟".into(), vec![0, 2, 900]),
            ("a".into(), vec![1]),
            ("的".into(), (0..1000).collect()),
        ]);
        assert_eq!(shard.keys().collect::<Vec<_>>(), ["a", "的", "英伟"]);
        assert_eq!(shard.postings("英伟"), Some(vec![0, 2, 900]));
        assert_eq!(shard.postings("a"), Some(vec![1]));
        assert_eq!(shard.postings("伟达"), None);
        let bytes = postcard::to_allocvec(&shard).unwrap();
        let back: GramShard = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, shard);
        assert_eq!(back.postings("的").map(|p| p.len()), Some(1000));
    }

    #[test]
    fn a_shard_whose_lengths_do_not_fit_its_data_is_refused() {
        let wire = WireRef {
            keys: &["a".into()],
            lens: vec![3],
            data: &[1],
        };
        let bytes = postcard::to_allocvec(&wire).unwrap();
        assert!(postcard::from_bytes::<GramShard>(&bytes).is_err());
    }
}
