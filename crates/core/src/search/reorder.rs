//! Moving items into a computed order: each item is swapped into its place once, which
//! beats a comparison sort over large items (search results, concordance lines).

/// Sorts `items` by `key`, ties in the order they came in (as a stable sort would): the
/// keys, each with its item's position, are sorted, then every item is moved once.
pub(crate) fn sort_keyed<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let mut keys: Vec<(K, usize)> = items.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    keys.sort_unstable();
    reorder(items, keys.into_iter().map(|(_, i)| i).collect());
}

/// Puts `items[source[k]]` at place `k` for every `k` (`source` is a permutation of the
/// places), one cycle of the permutation at a time: each item is swapped into its place once.
pub(crate) fn reorder<T>(items: &mut [T], mut source: Vec<usize>) {
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
pub(crate) fn total_order_key(x: f32) -> u32 {
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
