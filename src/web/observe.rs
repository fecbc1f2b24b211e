//! Content added after load (infinite scroll, lazy paragraphs, a single-page-app route change):
//! a `MutationObserver` on each root collects the added elements and, once the page has been
//! quiet for [`DEBOUNCE_MS`], hands them over to be annotated.
//!
//! The widget's own edits never come back as work: each slice of a pass takes the records it
//! caused out of the observer's queue ([`MutationSink`]) before they are delivered, and anything
//! inside a Lamha wrapper is ignored. Dropping the [`Watcher`] disconnects the observer and
//! cancels a pending run.

use super::annotate::MutationSink;
use super::text::{MARK_CLASS, MARK_TAG};
use gloo_timers::callback::Timeout;
use js_sys::Array;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationRecord, Node};

/// How long the page must be quiet before added content is annotated: long enough to batch a
/// framework's burst of inserts into one pass, short enough that a reader does not notice.
pub const DEBOUNCE_MS: u32 = 150;

/// What to do with the elements added to the roots.
pub type OnAdded = Box<dyn Fn(Vec<Element>, Rc<dyn MutationSink>)>;

struct Queue {
    observer: MutationObserver,
    pending: RefCell<Vec<Element>>,
    timer: RefCell<Option<Timeout>>,
    on_added: OnAdded,
    me: Weak<Queue>,
}

impl Queue {
    fn absorb(&self, records: &Array) {
        let mut any = false;
        for record in records.iter() {
            let record: MutationRecord = record.unchecked_into();
            let added = record.added_nodes();
            for i in 0..added.length() {
                let Some(node) = added.item(i) else { continue };
                let el = match node.node_type() {
                    Node::ELEMENT_NODE => node.unchecked_into::<Element>(),
                    Node::TEXT_NODE => match node.parent_element() {
                        Some(p) => p,
                        None => continue,
                    },
                    _ => continue,
                };
                if el.closest(&format!("{MARK_TAG}.{MARK_CLASS}")).ok().flatten().is_some() {
                    continue;
                }
                self.pending.borrow_mut().push(el);
                any = true;
            }
        }
        if any {
            let me = self.me.clone();
            // Replacing the timer drops (cancels) the previous one: the debounce.
            *self.timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                if let Some(q) = me.upgrade() {
                    q.flush();
                }
            }));
        }
    }

    fn flush(self: Rc<Self>) {
        self.timer.borrow_mut().take();
        let nodes: Vec<Element> = std::mem::take(&mut *self.pending.borrow_mut());
        // Only the outermost connected elements: a pass over a parent covers its children.
        let mut keep: Vec<Element> = Vec::new();
        for n in nodes {
            let node: &Node = n.as_ref();
            if !node.is_connected() || keep.iter().any(|k| k.contains(Some(node))) {
                continue;
            }
            keep.retain(|k| !node.contains(Some(k.as_ref())));
            keep.push(n);
        }
        if !keep.is_empty() {
            (self.on_added)(keep, self.clone());
        }
    }
}

impl MutationSink for Queue {
    fn take(&self, own: bool) {
        let records = self.observer.take_records();
        if !own {
            self.absorb(&records);
        }
    }
}

/// A `MutationObserver` on the roots; disconnected on drop.
pub struct Watcher {
    queue: Rc<Queue>,
    _callback: Closure<dyn FnMut(Array, MutationObserver)>,
    init: web_sys::MutationObserverInit,
}

impl Watcher {
    /// Observes `roots` (their whole subtrees) and calls `on_added` with what the page adds.
    pub fn new(roots: &[Element], on_added: OnAdded) -> Option<Watcher> {
        let cell: Rc<RefCell<Weak<Queue>>> = Rc::new(RefCell::new(Weak::new()));
        let target = cell.clone();
        let callback = Closure::<dyn FnMut(Array, MutationObserver)>::new(move |records: Array, _| {
            if let Some(q) = target.borrow().upgrade() {
                q.absorb(&records);
            }
        });
        let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        let queue = Rc::new_cyclic(|me| Queue {
            observer: observer.clone(),
            pending: RefCell::new(Vec::new()),
            timer: RefCell::new(None),
            on_added,
            me: me.clone(),
        });
        *cell.borrow_mut() = Rc::downgrade(&queue);
        let init = web_sys::MutationObserverInit::new();
        init.set_child_list(true);
        init.set_subtree(true);
        for root in roots {
            observer.observe_with_options(root, &init).ok()?;
        }
        Some(Watcher { queue, _callback: callback, init })
    }

    /// Observes one more root.
    pub fn observe(&self, root: &Element) {
        let _ = self.queue.observer.observe_with_options(root, &self.init);
    }

    /// The sink passes report their own edits to.
    pub fn sink(&self) -> Rc<dyn MutationSink> {
        self.queue.clone()
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.queue.observer.disconnect();
        self.queue.timer.borrow_mut().take();
        self.queue.pending.borrow_mut().clear();
    }
}
