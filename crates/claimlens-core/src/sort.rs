//! Stable sorts that share one compiled copy of the standard library's sort.
//!
//! Each `sort_by` on its own element and comparator type is a whole copy of the standard sort
//! (drift sort, quicksort, small sorts: about 5 KB of WebAssembly each), and the explorer's
//! page held 121 such functions, a fifth of its code beside the views (issue 16). These
//! helpers sort the positions `0..len` with a comparator behind `dyn`, which compiles the
//! standard sort once, then move the items into that order. The order is the standard stable
//! sort's: equal items keep their order. Code on the browser's paths (claimlens-export, the
//! explorer) sorts through here; the analysis, which runs natively, sorts as it likes.
//!
//! ```
//! let mut words = vec!["pear", "fig", "apple", "kiwi"];
//! claimlens_core::sort::sort_by_key(&mut words, |w| w.len());
//! assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
//! ```

use std::cmp::Ordering;

/// The positions `0..len` in the stable order `cmp` gives them: the one instantiation of the
/// standard sort behind every helper here.
pub fn order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Sorts `items` by `cmp`, stably (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = order(items.len(), &mut |a, b| cmp(&items[a], &items[b]));
    arrange(items, order);
}

/// Sorts `items` by a key, stably (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by a key worked out once per item, stably (as `slice::sort_by_cached_key`,
/// which is not stable).
pub fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = order(items.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    arrange(items, order);
}

/// Sorts `items` in their own order (as `slice::sort`).
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// Sorts `items` and drops repeats (`sort` then `Vec::dedup`).
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort(items);
    items.dedup();
}

/// Moves `items` into `order` (a permutation of their positions).
fn arrange<T>(items: &mut Vec<T>, order: Vec<usize>) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut pairs, |p| p.0);
        assert_eq!(pairs, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c')];
        sort_by_cached_key(&mut pairs, |p| std::cmp::Reverse(p.0));
        assert_eq!(pairs, [(2, 'a'), (2, 'c'), (1, 'b')]);
    }

    #[test]
    fn sorts_as_the_standard_sort() {
        let mut seed = 7u64;
        let mut items: Vec<(u8, u16)> = (0..500u16)
            .map(|i| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((seed >> 59) as u8, i)
            })
            .collect();
        let mut expected = items.clone();
        expected.sort_by_key(|b| std::cmp::Reverse(b.0));
        sort_by(&mut items, |a, b| b.0.cmp(&a.0));
        assert_eq!(items, expected);
        let mut words = vec!["b", "a", "c", "a", "b"];
        sort_dedup(&mut words);
        assert_eq!(words, ["a", "b", "c"]);
    }
}
