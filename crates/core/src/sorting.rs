//! Putting things in order, with as few copies of a sort algorithm in the page as possible.
//!
//! Every `sort_by` call with its own closure or element type compiles to its own copy of the
//! standard sort (2 to 3 KB of WebAssembly each). The page's short lists (list order, groups,
//! snippet candidates, labels) are sorted by [`sort_by`], which shares one copy; the long,
//! hot sorts (hits, results, concordance lines) keep their specialized keys and [`reorder`]:
//! each item is swapped into its place once, which beats a comparison sort over large items.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably (ties keep their order). All callers share one
/// compiled sort: meant for short lists, as each comparison is a dynamic call.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a as usize], &items[b as usize]));
    reorder(items, order.into_iter().map(|i| i as usize).collect());
}

/// Sorts `items` by `key`, stably, through [`sort_by`].
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The one sort behind [`sort_by`]: positions, by `compare`, then by position.
#[inline(never)]
fn sort_positions(order: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    order.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
}

/// Sorts `items` by `key`, ties in the order they came in (as a stable sort would): the
/// keys, each with its item's position, are sorted, then every item is moved once.
pub fn sort_keyed<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let mut keys: Vec<(K, usize)> = items.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    keys.sort_unstable();
    reorder(items, keys.into_iter().map(|(_, i)| i).collect());
}

/// Puts `items[source[k]]` at place `k` for every `k` (`source` is a permutation of the
/// places), one cycle of the permutation at a time: each item is swapped into its place once.
pub fn reorder<T>(items: &mut [T], mut source: Vec<usize>) {
    // A place is marked done by pointing at itself.
    for start in 0..source.len() {
        let mut at = start;
        loop {
            let from = source[at];
            source[at] = at;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// A number that orders like [`f32::total_cmp`] orders the floats.
pub fn total_order_key(x: f32) -> u32 {
    let bits = x.to_bits();
    if bits >> 31 == 1 {
        !bits
    } else {
        bits | 1 << 31
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_is_stable_and_agrees_with_std() {
        let mut state = 7u32;
        let items: Vec<(u8, u32)> = (0..5000)
            .map(|i| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((state >> 24) as u8 % 17, i)
            })
            .collect();
        let mut ours = items.clone();
        sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
        let mut std = items.clone();
        std.sort_by_key(|x| std::cmp::Reverse(x.0));
        assert_eq!(ours, std);
        let mut by_key = items;
        sort_by_key(&mut by_key, |x| std::cmp::Reverse(x.0));
        assert_eq!(by_key, std);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, Ord::cmp);
        assert!(empty.is_empty());
    }

    #[test]
    fn total_order_keys_order_like_total_cmp() {
        let floats = [
            f32::NEG_INFINITY,
            -1e30,
            -1.5,
            -f32::MIN_POSITIVE,
            -0.0,
            0.0,
            f32::MIN_POSITIVE,
            1.0,
            2.5,
            f32::INFINITY,
            f32::NAN,
            -f32::NAN,
        ];
        for a in floats {
            for b in floats {
                assert_eq!(total_order_key(a).cmp(&total_order_key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }

    #[test]
    fn reorder_puts_each_item_in_its_place() {
        let source = vec![3, 0, 4, 1, 2, 5, 7, 6];
        let mut items: Vec<char> = "abcdefgh".chars().collect();
        reorder(&mut items, source.clone());
        let expected: Vec<char> = source.iter().map(|&i| "abcdefgh".as_bytes()[i] as char).collect();
        assert_eq!(items, expected);
    }
}
