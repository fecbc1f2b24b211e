//! Sorting, in one place. The standard library's sorts are fast but large: each element type
//! and each key closure gets its own copy of the whole algorithm (5–8 KB of wasm each; twelve
//! copies were 19.6 KB of the `.wasm`'s gzip size, and dozens of functions the browser compiles
//! on the seed page's first run). Here every sort is one sort of `u128`: the key in the high
//! bits and the item's index in the low 32 (so it is stable), then the items are moved into that
//! order in place. Sorting plain integers ([`sort_u64`]) is the standard sort of `u64`.

/// Sorts plain integers (ascending).
pub fn sort_u64(v: &mut [u64]) {
    v.sort_unstable();
}

/// Sorts `items` by `key`, ascending and stable (items with equal keys keep their order).
/// At most 2^32 items.
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> u64) {
    // Lists are often in order already (mentions come in text order).
    if items.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    let mut order: Vec<u128> = items.iter().enumerate().map(|(i, t)| (u128::from(key(t)) << 32) | i as u128).collect();
    sort_u128(&mut order);
    // from[i]: the index (before sorting) of the item that goes to position i.
    let mut from: Vec<u32> = order.into_iter().map(|o| o as u32).collect();
    // Follow each cycle of the permutation; a position is marked done by pointing at itself.
    for start in 0..from.len() {
        let mut at = start;
        loop {
            let next = from[at] as usize;
            from[at] = at as u32;
            if next == start || next == at {
                break;
            }
            items.swap(at, next);
            at = next;
        }
    }
}

fn sort_u128(v: &mut [u128]) {
    v.sort_unstable();
}

/// A key that orders by `a`, then by `b` (both under 2^32).
pub fn pair(a: usize, b: usize) -> u64 {
    ((a as u64) << 32) | (b as u64 & 0xFFFF_FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, on any list, keys with many ties.
        #[test]
        fn same_as_std_stable_sort(items in proptest::collection::vec((0u64..8, 0u32..1000), 0..200)) {
            let mut want = items.clone();
            want.sort_by_key(|&(k, _)| k);
            let mut got = items;
            sort_by_key(&mut got, |&(k, _)| k);
            prop_assert_eq!(got, want);
        }

        /// Large keys use all 64 bits.
        #[test]
        fn full_width_keys(mut items in proptest::collection::vec(any::<u64>(), 0..100)) {
            let mut want = items.clone();
            want.sort_unstable();
            sort_by_key(&mut items, |&k| k);
            prop_assert_eq!(items, want);
        }
    }

    #[test]
    fn pairs_order_by_first_then_second() {
        let mut v = vec![(3, 1), (1, 9), (3, 0), (1, 2)];
        sort_by_key(&mut v, |&(a, b)| pair(a, b));
        assert_eq!(v, [(1, 2), (1, 9), (3, 0), (3, 1)]);
    }
}
