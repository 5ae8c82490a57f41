//! A fast hash for the words' tables (the vocabulary, the clusters), the multiply-rotate hash
//! of Firefox and rustc (FxHash): the page builds these tables from millions of tokens at a
//! keystroke, and the standard library's SipHash, made to resist chosen keys, is several times
//! slower on short keys. The keys here are the corpus's own words, chosen by no attacker.

use std::hash::{BuildHasher, Hasher};

/// Builds [`FxHasher`]s; the `S` of the tables' `HashMap<K, V, S>`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FxBuild;

impl BuildHasher for FxBuild {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

/// The hash state: each word of input rotated in and multiplied.
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FxBuild`].
pub(crate) type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_equal_and_tables_work() {
        let mut map: FxHashMap<String, u32> = FxHashMap::default();
        map.insert("开源".into(), 1);
        map.insert("生态".into(), 2);
        assert_eq!(map.get("开源"), Some(&1));
        assert_eq!(FxBuild.hash_one([1u32, 2]), FxBuild.hash_one([1u32, 2]));
        assert_ne!(FxBuild.hash_one([1u32, 2]), FxBuild.hash_one([2u32, 1]));
    }
}
