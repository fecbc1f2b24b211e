//! Sorting, in one place. The standard library's sorts are fast but large: each element type
//! and each key closure gets its own copy of the whole algorithm (5–8 KB of wasm each; twelve
//! copies were 19.6 KB of the `.wasm`'s gzip size, and dozens of functions the browser compiles
//! on the seed page's first run). Here every sort is one sort of `u128`: the key in the high
//! bits and the item's index in the low 32 (so it is stable), then the items are moved into that
//! order in place. Plain integers ([`sort_u64`]) are sorted the same way without the index.
//!
//! What is sorted is nearly in order already: spans found in text order, give or take a few
//! neighbours (an automaton reports matches by their end, a demonym's span starts at its
//! article). On the 4 MB benchmark text the date anchors (38,184) had 947 places where the
//! order turns back, and the names and dates that `select_longest` orders (78,776) were two
//! such lists one after the other. A list with a few places out of order is put in order by
//! moving each item back the few places it needs ([`nearly_in_order`]), a list made of a few
//! runs in order is merged ([`merge_runs`]), and only a list that is neither goes to the
//! standard (unstable) sort. On that text this took the recogniser's sorting from about 25 M
//! instructions to about 10 M (BENCHMARKS.md, fifteenth session).

/// Sorts plain integers (ascending).
pub fn sort_u64(v: &mut [u64]) {
    sort_ints(v);
}

/// Runs in order up to which a list is merged rather than sorted.
const MERGE_RUNS: usize = 4;

fn sort_ints<T: Copy + Ord + 'static>(v: &mut [T]) {
    let descents = v.windows(2).filter(|w| w[0] > w[1]).count();
    if descents == 0 {
        return;
    }
    if descents < MERGE_RUNS {
        merge_runs(v);
    } else if !nearly_in_order(v) {
        v.sort_unstable();
    }
}

/// Sorts a list made of runs in order by merging neighbouring runs until one is left.
fn merge_runs<T: Copy + Ord + 'static>(v: &mut [T]) {
    let mut buf: Vec<T> = crate::scratch::take(v.len());
    loop {
        // The ends of the runs, the last at v.len().
        let mut ends: Vec<usize> = (1..v.len()).filter(|&i| v[i - 1] > v[i]).collect();
        if ends.is_empty() {
            crate::scratch::give(buf);
            return;
        }
        ends.push(v.len());
        let mut start = 0;
        for pair in ends.chunks(2) {
            let [mid, end] = *pair else { break };
            buf.clear();
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                // Ties take the earlier run's item first: stable.
                if v[j] < v[i] {
                    buf.push(v[j]);
                    j += 1;
                } else {
                    buf.push(v[i]);
                    i += 1;
                }
            }
            buf.extend_from_slice(&v[i..mid]);
            buf.extend_from_slice(&v[j..end]);
            v[start..end].copy_from_slice(&buf);
            start = end;
        }
    }
}

/// Insertion sort, given up (returning false, `v` then a permutation of what it was) once it
/// has moved items more places in all than `v` has items: linear on a list that is in order
/// but for items a few places from theirs, and never worse than twice the standard sort.
fn nearly_in_order<T: Copy + Ord>(v: &mut [T]) -> bool {
    let mut budget = v.len();
    for i in 1..v.len() {
        let x = v[i];
        if v[i - 1] <= x {
            continue;
        }
        let mut j = i;
        while j > 0 && v[j - 1] > x {
            if budget == 0 {
                v[j] = x;
                return false;
            }
            v[j] = v[j - 1];
            j -= 1;
            budget -= 1;
        }
        v[j] = x;
    }
    true
}

/// Sorts `items` by `key`, ascending and stable (items with equal keys keep their order).
/// At most 2^32 items.
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> u64) {
    // Lists are often in order already (mentions come in text order).
    if items.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    let mut order: Vec<u128> = crate::scratch::take(items.len());
    order.extend(items.iter().enumerate().map(|(i, t)| (u128::from(key(t)) << 32) | i as u128));
    sort_u128(&mut order);
    // from[i]: the index (before sorting) of the item that goes to position i.
    let mut from: Vec<u32> = crate::scratch::take(items.len());
    from.extend(order.iter().map(|&o| o as u32));
    crate::scratch::give(order);
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
    crate::scratch::give(from);
}

fn sort_u128(v: &mut [u128]) {
    sort_ints(v);
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

        /// Lists nearly in order (each item at most a few places from its own) and lists far
        /// from it (where the insertion sort gives up) come out as the standard sort orders them.
        #[test]
        fn nearly_sorted_and_shuffled_lists(mut v in proptest::collection::vec(0u64..1000, 0..300), swaps in proptest::collection::vec((0usize..300, 0usize..4), 0..60), far in any::<bool>()) {
            v.sort_unstable();
            let split = swaps.len() % 3 == 1;
            for (i, d) in swaps {
                if i + d < v.len() {
                    v.swap(i, i + d);
                }
            }
            if far {
                v.reverse();
            }
            // Two or three lists in order, one after the other, sometimes.
            if v.len() > 20 && split {
                let k = v.len() / 3;
                v[..k].sort_unstable();
                v[k..].sort_unstable();
            }
            let mut want = v.clone();
            want.sort_unstable();
            sort_u64(&mut v);
            prop_assert_eq!(&v, &want);
            let mut wide: Vec<u128> = want.iter().rev().map(|&x| u128::from(x) << 64).collect();
            sort_u128(&mut wide);
            prop_assert!(wide.windows(2).all(|w| w[0] <= w[1]));
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
    fn runs_are_merged() {
        let mut v: Vec<u64> = [(0..50).collect::<Vec<u64>>(), (10..20).collect(), (5..60).collect()].concat();
        let mut want = v.clone();
        want.sort_unstable();
        sort_u64(&mut v);
        assert_eq!(v, want);
        let mut ties = vec![(2, 'a'), (5, 'b'), (1, 'c'), (2, 'd'), (5, 'e')];
        sort_by_key(&mut ties, |&(k, _)| k);
        assert_eq!(ties, [(1, 'c'), (2, 'a'), (2, 'd'), (5, 'b'), (5, 'e')]);
    }

    #[test]
    fn the_insertion_sort_gives_up_on_a_list_far_from_order() {
        let mut reversed: Vec<u64> = (0..100).rev().collect();
        assert!(!nearly_in_order(&mut reversed));
        let mut nearly: Vec<u64> = (0..100).map(|i| i ^ 1).collect();
        assert!(nearly_in_order(&mut nearly));
        assert!(nearly.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn pairs_order_by_first_then_second() {
        let mut v = vec![(3, 1), (1, 9), (3, 0), (1, 2)];
        sort_by_key(&mut v, |&(a, b)| pair(a, b));
        assert_eq!(v, [(1, 2), (1, 9), (3, 0), (3, 1)]);
    }
}
