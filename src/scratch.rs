//! Large working vectors kept for the next call on the same thread.
//!
//! Recognising a long text (the 10 MB of `cargo bench`, a CLI run over a book) fills vectors of
//! several megabytes: the normalised copy, the automaton's candidates, the spans and their
//! order. The system allocator hands such blocks back to the kernel when they are freed, and the
//! next call faults every page in again: a sixth of the time of a 10 MB text went to the kernel
//! (`perf`, BENCHMARKS.md). A vector given back here keeps its memory for the next [`take`] of
//! the same element type on this thread. Only vectors of at least [`MIN_BYTES`] are kept (an
//! article's vectors are small, and the allocator reuses their memory anyway), and at most
//! [`MAX_BYTES`] in all per thread, so a thread holds at most that much after its largest text.
//! In the browser, a WebAssembly memory never shrinks, so keeping them costs nothing there.

use std::any::{Any, TypeId};
use std::cell::RefCell;

/// The smallest vector worth keeping, in bytes of capacity.
pub const MIN_BYTES: usize = 1 << 20;

/// The most kept per thread, in bytes of capacity.
pub const MAX_BYTES: usize = 96 << 20;

struct Kept {
    ty: TypeId,
    bytes: usize,
    vec: Box<dyn Any>,
}

thread_local! {
    static KEPT: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
}

/// An empty vector with room for at least `capacity` elements: a kept one of the same element
/// type when there is one (the largest), otherwise a new one.
pub fn take<T: 'static>(capacity: usize) -> Vec<T> {
    if capacity.saturating_mul(size_of::<T>().max(1)) >= MIN_BYTES / 4 {
        let ty = TypeId::of::<T>();
        let found = KEPT.with(|k| {
            let mut k = k.borrow_mut();
            let best = k.iter().enumerate().filter(|(_, e)| e.ty == ty).max_by_key(|(_, e)| e.bytes).map(|(i, _)| i)?;
            Some(k.swap_remove(best).vec)
        });
        if let Some(mut v) = found.and_then(|b| b.downcast::<Vec<T>>().ok()).map(|b| *b) {
            v.reserve(capacity);
            return v;
        }
    }
    Vec::with_capacity(capacity)
}

/// Gives `v` back for a later [`take`], emptied, if it is large enough to be worth keeping and
/// the thread's total stays under [`MAX_BYTES`]; otherwise frees it.
pub fn give<T: 'static>(mut v: Vec<T>) {
    let bytes = v.capacity() * size_of::<T>();
    if bytes < MIN_BYTES {
        return;
    }
    v.clear();
    // A thread being torn down has no store: the vector is then simply freed.
    let _ = KEPT.try_with(|k| {
        let mut k = k.borrow_mut();
        if k.iter().map(|e| e.bytes).sum::<usize>() + bytes <= MAX_BYTES {
            k.push(Kept { ty: TypeId::of::<T>(), bytes, vec: Box::new(v) });
        }
    });
}

/// The bytes kept on this thread.
pub fn kept_bytes() -> usize {
    KEPT.with(|k| k.borrow().iter().map(|e| e.bytes).sum())
}

/// Frees every vector kept on this thread.
pub fn release() {
    KEPT.with(|k| k.borrow_mut().clear());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_vector_is_reused_and_a_small_one_is_not() {
        release();
        let mut v: Vec<u64> = take(1 << 18);
        v.push(7);
        let p = v.as_ptr();
        give(v);
        assert_eq!(kept_bytes(), (1 << 18) * 8);
        // Another element type does not get it.
        let w: Vec<u32> = take(1 << 18);
        assert_ne!(w.as_ptr() as usize, p as usize);
        drop(w);
        // A small request does not look (an article's vectors come from the allocator).
        let small: Vec<u64> = take(1000);
        assert_ne!(small.as_ptr(), p);
        assert_eq!(kept_bytes(), (1 << 18) * 8);
        let again: Vec<u64> = take(1 << 16);
        assert_eq!(again.as_ptr(), p);
        assert!(again.is_empty() && again.capacity() >= 1 << 18);
        assert_eq!(kept_bytes(), 0);
        give(Vec::<u64>::with_capacity(16));
        assert_eq!(kept_bytes(), 0);
        give(again);
        release();
        assert_eq!(kept_bytes(), 0);
    }

    #[test]
    fn the_total_kept_is_bounded() {
        release();
        for _ in 0..(MAX_BYTES / MIN_BYTES + 4) {
            give(Vec::<u8>::with_capacity(MIN_BYTES));
        }
        assert_eq!(kept_bytes(), MAX_BYTES);
        release();
    }
}
