//! Lazy wrapping and painting: on a long article the cost follows the screen, not the article.
//!
//! Wrapping a name costs 25–35 µs of DOM calls, and Chromium re-validates every range in the
//! highlight registry in the frame after any change to the DOM, the style or the registry: on
//! a 1 MB article (32,400 highlights) wrapping everything took 2–3 s and painting it one task
//! of 300–600 ms. So a pass over a text longer than [`LAZY_ABOVE_BYTES`] still reads and
//! recognises the *whole* article (a surname links to the full name said earlier, the cards
//! count every mention), but wraps and paints only:
//!
//! - every mention in a **block** (the nearest non-inline ancestor of its text, such as a `<p>`)
//!   that is near the viewport: within [`MARGIN_ABOVE`] viewport heights above it or
//!   [`MARGIN_BELOW`] below it;
//! - the **first mention of each entity** (and its first one outside a link), wherever it is,
//!   so that the cards' tab stops (one per entity, [`crate::web::cards`]) all exist when
//!   `lamha:ready` fires: Tab reaches every entity without scrolling first. An article has a
//!   few hundred entities at most, so this is cheap.
//!
//! The other blocks are *claimed*. On scroll and resize (once per animation frame) the blocks
//! near the viewport are found by a binary search over each pass's blocks in document order
//! (about 15 `getBoundingClientRect` calls, always live, so nothing goes stale when the page's
//! layout changes) and painted at once: their mentions not yet wrapped are painted over the
//! text nodes as they are ([`Annotation::unwrapped_range`]). The claimed ones among them are
//! wrapped, nearest first, one batch per animation frame, once the reader has stopped
//! scrolling for [`SETTLE_MS`]. A block that moves far from the viewport is unpainted (its
//! wrappers stay): the highlight registry holds only what is near the screen, so Chromium never
//! re-validates tens of thousands of ranges. The registry is changed only when a block near
//! the viewport is not painted, and then [`PAINT_AHEAD`] viewports beyond are painted too, so
//! a reader scrolling down meets one change every few viewports, not one per frame.
//!
//! **Why nothing is wrapped while the reader scrolls.** Any wrapped word costs Chromium a
//! layout of the whole article in the next frame (about 12 ms for 5,000 paragraphs, whatever
//! was wrapped, measured in Chrome traces), on top of the paint of the scroll itself, so
//! wrapping as blocks came near made frames of 50–120 ms while scrolling the 1 MB article (the
//! benchmark: 34–117 tasks over 50 ms per scroll through, on the shared machine). Painting a
//! range changes no layout. Scrolling through it without wrapping gave no task over 50 ms (two
//! runs against two of the build before, side by side, `BENCHMARKS.md`). The wrappers are what
//! the cards attach to (hover, tap, screen readers), so a word passed at scrolling speed is
//! highlighted but has no card until the reader stops near it; the cards' tab stops (the first
//! mention of each entity) are wrapped from the start.
//!
//! **Why not an `IntersectionObserver` per block.** It was the first version. With 5,000
//! observed paragraphs, Chromium recomputes every observed target's intersection in each frame
//! whose layout changed, and scrolling the 1 MB article while wrapping gave several times more
//! tasks over 50 ms than the same DOM changes without the observer (37–73 against 7–24 per
//! scroll through, on the loaded machine: noisy, but consistent). The binary search touches
//! about 15 blocks per frame however long the article.
//!
//! **Why one batch per frame.** After any change inside the article, Chromium lays out the
//! article again: about 5 ms for 5,000 paragraphs whatever changed, plus 0.1 ms per re-wrapped
//! paragraph (median of 12, measured in the page). So the wrapping is paced by
//! `requestAnimationFrame`, one batch of up to [`BLOCKS_PER_FRAME`] blocks per frame: one
//! layout per frame, never several batches (and layouts) squeezed into one.
//!
//! Invariants kept: the text never changes and every edit is in the annotation's one undo log,
//! so `Lamha.destroy()` restores the page exactly after any amount of scrolling; a later pass
//! never reads text a lazy pass has claimed (it is skipped like a wrapper, and a pass over an
//! element inside a claimed block wraps that block first), so nothing is wrapped twice; each
//! slice hands its own DOM records to the `MutationObserver` sink, so the widget's own edits
//! never come back as work; dropping the annotation removes the listeners and the observer.

use super::annotate::{Annotation, Fragments, MutationSink, Planned, SeenKey, SLICE_MS};
use super::config::ALL_TYPES;
use super::cards::listen::Listener;
use super::text::TextMap;
use crate::recognize::{FxBuild, Scope};
use js_sys::{Function, Map, Promise, Set};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashSet};
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};

/// Text (UTF-8 bytes) above which a pass is lazy. The seed article is 9 KB and a long feature
/// 40–60 KB, with a few hundred highlights: those are wrapped and painted whole, as before.
/// Above about 100 KB an article has over 1,500 highlights, whose wrapping (about 50 ms) and
/// first paint (Chromium: about 14 µs a range, 20 ms) start to show.
pub const LAZY_ABOVE_BYTES: usize = 100 * 1024;

/// Viewport heights above the viewport within which blocks are wrapped and painted.
pub const MARGIN_ABOVE: f64 = 1.0;
/// Viewport heights below the viewport within which blocks are wrapped and painted (more than
/// above: readers scroll down).
pub const MARGIN_BELOW: f64 = 2.0;
/// Viewport heights painted beyond the near zone, above and below, whenever the registry must
/// change (see [`Annotation::update_near`]). With text decorations in a highlight's style,
/// Chromium recomputes the visual overflow of every highlighted text node's ancestors after
/// any change to the registry: on the 1 MB article, whose 5,000 paragraphs share one parent,
/// that is 5–16 ms of pre-paint per change. Painting ahead makes the changes rarer: one every
/// few viewports of scrolling instead of one per viewport.
pub const PAINT_AHEAD: f64 = 2.0;
/// Blocks wrapped per animation frame at most (see the module notes): 16 paragraphs (about 100
/// names, 3 ms of DOM calls, 6.5 ms of layout) is two viewports of text, and 960 paragraphs a
/// second outruns any reader.
pub const BLOCKS_PER_FRAME: usize = 16;

/// Ranges the highlight registry may hold before new ones wait for the end of the pass (or of
/// the frame-by-frame work): each range costs Chromium about 10 µs in every frame after a change,
/// so one flush over this bound would make that frame a long task. Only a single enormous
/// block near the viewport reaches it.
pub const PAINT_CAP: usize = 2000;

/// Milliseconds without a scroll event before waiting blocks are wrapped (see the module
/// notes): while the reader scrolls, blocks coming near are only painted.
pub const SETTLE_MS: f64 = 150.0;

/// A lazy pass's text and where its split nodes went, kept until its blocks are all wrapped.
#[derive(Default)]
struct PassData {
    map: TextMap,
    fragments: Fragments,
    planned: usize,
    applied: usize,
    failed: usize,
    /// A block below the near zone was seen: later blocks of this pass (in document order) are
    /// taken as far without measuring them; the frame update corrects any exception.
    below: bool,
    /// The walk's block index ([`crate::web::text::Segment::block`]) → index in
    /// [`Lazy::blocks`], once the block has a mention.
    by_walk: Vec<Option<usize>>,
    /// This pass's blocks, in document order.
    blocks: Vec<usize>,
    /// Block element → index in [`Lazy::blocks`].
    ids: Option<Map>,
}

/// A block element and its mentions.
struct Block {
    element: Element,
    pass: usize,
    /// Planned mentions not yet wrapped (taken as they are).
    todo: Vec<Option<Planned>>,
    left: usize,
    /// Mentions wrapped, for painting and unpainting.
    done: Vec<usize>,
    /// Within the margins of the viewport (last measured or observed).
    near: bool,
    /// Its wrapped mentions are in the highlight registry.
    painted: bool,
    /// It carries the attribute that styles ranges painted before wrapping.
    marked: bool,
    /// In the work queue.
    queued: bool,
    /// Distance from the viewport when last measured, in pixels (nearest is wrapped first).
    distance: f64,
}

/// What watches the viewport: scroll and resize listeners and a `ResizeObserver` on the lazy
/// roots, which schedule one update per animation frame. Dropping it removes them all and
/// cancels a scheduled frame.
struct Tracker {
    _listeners: Vec<Listener>,
    resize: Option<ResizeObserver>,
    _resize_callback: Closure<dyn FnMut()>,
    frame: Rc<Cell<Option<i32>>>,
    update: Function,
    _update_callback: Closure<dyn FnMut()>,
    /// `performance.now()` of the last scroll event.
    last_scroll: Rc<Cell<f64>>,
}

impl Tracker {
    fn schedule(&self) {
        schedule(&self.frame, &self.update);
    }
}

fn schedule(frame: &Cell<Option<i32>>, update: &Function) {
    if frame.get().is_none() {
        if let Some(id) = web_sys::window().and_then(|w| w.request_animation_frame(update).ok()) {
            frame.set(Some(id));
        }
    }
}

impl Drop for Tracker {
    fn drop(&mut self) {
        if let (Some(id), Some(w)) = (self.frame.take(), web_sys::window()) {
            let _ = w.cancel_animation_frame(id);
        }
        if let Some(r) = &self.resize {
            r.disconnect();
        }
    }
}

/// Mention index → (block, index in its block's `todo`), for the mentions not yet wrapped. The
/// mention indices are dense (`Annotation::mentions`), so this is a vector indexed by them: a
/// hash map cost hashing, growing and probing for each of the 1 MB article's 32,000 mentions
/// (about 5 ms of the load in a CPU profile; BENCHMARKS.md, fifteenth session).
#[derive(Default)]
struct Deferred {
    slots: Vec<Option<(u32, u32)>>,
    len: usize,
}

impl Deferred {
    fn insert(&mut self, index: usize, (block, k): (usize, usize)) {
        if self.slots.len() <= index {
            self.slots.resize(index + 1, None);
        }
        if self.slots[index].replace((block as u32, k as u32)).is_none() {
            self.len += 1;
        }
    }

    fn remove(&mut self, index: usize) {
        if self.slots.get_mut(index).and_then(Option::take).is_some() {
            self.len -= 1;
        }
    }

    fn get(&self, index: usize) -> Option<(usize, usize)> {
        self.slots.get(index).copied().flatten().map(|(block, k)| (block as usize, k as usize))
    }
}

/// The state lazy passes leave behind (in [`Annotation`]).
#[derive(Default)]
pub struct Lazy {
    passes: Vec<PassData>,
    blocks: Vec<Block>,
    /// Block elements with mentions not yet wrapped: a later pass skips them.
    claimed: Option<Set>,
    /// Mention index → (block, index in its `todo`), for mentions not yet wrapped.
    deferred: Deferred,
    /// Entities whose first mention is wrapped eagerly, and those whose first mention outside
    /// a link is.
    first_keys: HashSet<SeenKey, FxBuild>,
    first_unlinked_keys: HashSet<SeenKey, FxBuild>,
    tracker: Option<Tracker>,
    /// Blocks painted now.
    painted: Vec<usize>,
    queue: Vec<usize>,
    working: bool,
    sink: Option<Rc<dyn MutationSink>>,
}

impl Lazy {
    /// The claimed block elements, if any (for [`crate::web::text::Walk::skipping`]).
    pub fn claimed(&self) -> Option<Set> {
        self.claimed.clone().filter(|s| s.size() > 0)
    }

    /// Drops from the work queue the blocks that are done or no longer near.
    fn prune_queue(&mut self) {
        let blocks = &mut self.blocks;
        self.queue.retain(|&b| {
            let keep = blocks[b].near && blocks[b].left > 0;
            if !keep {
                blocks[b].queued = false;
            }
            keep
        });
    }

    /// Mentions waiting for their block to come near the viewport.
    pub fn deferred(&self) -> usize {
        self.deferred.len
    }
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn viewport_height() -> f64 {
    web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(800.0)
}

impl Annotation {
    /// Starts a lazy pass over `map`: starts watching the viewport on first use (the root's
    /// size once the pass is over, [`Annotation::lazy_watch`]). Gives the map back where
    /// `requestAnimationFrame` is missing (the pass is then eager).
    pub(super) fn lazy_begin(
        &mut self,
        me: Weak<RefCell<Annotation>>,
        map: TextMap,
        sink: Option<Rc<dyn MutationSink>>,
    ) -> Result<usize, TextMap> {
        if self.lazy.tracker.is_none() {
            match new_tracker(me) {
                Some(t) => self.lazy.tracker = Some(t),
                None => return Err(map),
            }
        }
        let lazy = &mut self.lazy;
        lazy.claimed.get_or_insert_with(|| Set::new(&JsValue::UNDEFINED));
        if sink.is_some() {
            lazy.sink = sink;
        }
        lazy.passes.push(PassData { map, ids: Some(Map::new()), ..Default::default() });
        Ok(lazy.passes.len() - 1)
    }

    /// Recognises `window` of lazy pass `pass`, files each planned mention under its block,
    /// counts it in `counts`, and returns the mentions to wrap now: the first of each entity
    /// and those of blocks near the viewport.
    pub(super) fn lazy_plan(
        &mut self,
        pass: usize,
        window: std::ops::Range<usize>,
        ref_date: Option<crate::dates::Date>,
        article: u32,
        counts: &mut BTreeMap<&'static str, usize>,
    ) -> (Vec<(usize, usize)>, Option<crate::dates::Date>) {
        let mut data = std::mem::take(&mut self.lazy.passes[pass]);
        let (planned, found) = self.plan(&data.map, window, ref_date, &Scope::default(), article);
        let ids = data.ids.clone().expect("a lazy pass has its block map");
        let (near_top, near_bottom) = near_zone();
        let mut now_items = Vec::new();
        data.planned += planned.len();
        // Counted by type here, added to `counts` once (a map entry per mention cost as much).
        let mut per_type = [0usize; ALL_TYPES.len()];
        for p in planned {
            let m = &self.mentions[p.index];
            if let Some(t) = ALL_TYPES.iter().position(|&t| t == m.mention.kind) {
                per_type[t] += 1;
            }
            let key = match m.mention.entity {
                Some(e) => SeenKey::Entity(e),
                None => SeenKey::Text(m.mention.kind, m.text.trim().to_string()),
            };
            let in_link = data.map.segments[p.segments.clone()].iter().any(|s| s.in_link);
            let first = self.lazy.first_keys.insert(key.clone());
            let first_unlinked = !in_link && self.lazy.first_unlinked_keys.insert(key);
            // The block of the mention's first text node, as the walk found it.
            let walk_block = data.map.segments[p.segments.start].block;
            if data.by_walk.len() <= walk_block {
                data.by_walk.resize(walk_block + 1, None);
            }
            let block = match data.by_walk[walk_block] {
                Some(b) => b,
                None => {
                    let element = data.map.blocks[walk_block].clone();
                    let b = match ids.get(&element).as_f64() {
                        Some(b) => b as usize,
                        None => {
                            // Measured until one block is below the zone; the frame update
                            // after the pass corrects any block taken as far by mistake.
                            let near = !data.below && {
                                let r = element.get_bounding_client_rect();
                                if r.top() > near_bottom {
                                    data.below = true;
                                }
                                r.bottom() >= near_top && r.top() <= near_bottom
                            };
                            let b = self.lazy.blocks.len();
                            ids.set(&element, &JsValue::from(b as f64));
                            data.blocks.push(b);
                            if near {
                                self.lazy.painted.push(b);
                            }
                            self.lazy.blocks.push(Block {
                                element,
                                pass,
                                todo: Vec::new(),
                                left: 0,
                                done: Vec::new(),
                                near,
                                painted: near,
                                marked: false,
                                queued: false,
                                distance: 0.0,
                            });
                            b
                        }
                    };
                    data.by_walk[walk_block] = Some(b);
                    b
                }
            };
            let blk = &mut self.lazy.blocks[block];
            let k = blk.todo.len();
            if blk.left == 0 {
                if let Some(c) = &self.lazy.claimed {
                    c.add(&blk.element);
                }
            }
            self.lazy.deferred.insert(p.index, (block, k));
            blk.todo.push(Some(p));
            blk.left += 1;
            if blk.near || first || first_unlinked {
                now_items.push((block, k));
            }
        }
        self.lazy.passes[pass] = data;
        for (t, n) in ALL_TYPES.iter().zip(per_type).filter(|(_, n)| *n > 0) {
            *counts.entry(t.as_str()).or_default() += n;
        }
        (now_items, found)
    }

    /// Wraps mention `k` of block `block` if it is still waiting, and paints it if its block is
    /// painted. Returns whether it was waiting.
    pub(super) fn lazy_apply(&mut self, block: usize, k: usize) -> bool {
        let Some(p) = self.lazy.blocks[block].todo[k].take() else { return false };
        let pass = self.lazy.blocks[block].pass;
        let mut data = std::mem::take(&mut self.lazy.passes[pass]);
        // Painted unwrapped (while the reader scrolled): that range goes, the wrapped one comes.
        if self.lazy.blocks[block].painted {
            self.paint_mention(p.index, false);
        }
        let ok = self.apply(&data.map, &mut data.fragments, &p);
        if ok {
            data.applied += 1;
        } else {
            data.failed += 1;
            self.mentions[p.index].range = None;
        }
        self.lazy.passes[pass] = data;
        self.lazy.deferred.remove(p.index);
        let blk = &mut self.lazy.blocks[block];
        blk.left -= 1;
        if blk.left == 0 {
            if let Some(c) = &self.lazy.claimed {
                c.delete(&blk.element);
            }
        }
        if ok {
            blk.done.push(p.index);
            if blk.painted {
                self.paint_mention(p.index, true);
            }
        }
        true
    }

    /// Hands the queued paint changes to the browser unless that would put more than
    /// [`PAINT_CAP`] ranges in the registry before `last` (the end of the work). Returns
    /// whether the registry holds ranges after it.
    pub(super) fn lazy_flush(&mut self, last: bool) -> bool {
        if !self.paint.has_pending() || !(last || self.paint.after_flush() <= PAINT_CAP) {
            return false;
        }
        self.paint.flush();
        self.paint.registered() > 0
    }

    /// Mentions of lazy pass `pass` wrapped so far, and those still waiting.
    pub(super) fn lazy_counts(&self, pass: usize) -> (usize, usize) {
        let d = &self.lazy.passes[pass];
        (d.applied, d.planned - d.applied - d.failed)
    }

    /// Asks for the blocks near the viewport to be looked at in the next animation frame (at
    /// the end of a lazy pass: corrects the pass's estimate).
    pub(super) fn lazy_schedule(&self) {
        if let Some(t) = &self.lazy.tracker {
            t.schedule();
        }
    }

    /// Watches `root`'s size from now on (at the end of its lazy pass). Not from the start of
    /// the pass: a `ResizeObserver` reports a new target once, after the next layout, and the
    /// frame update it asks for would then measure paragraphs in the middle of the pass, making
    /// that frame lay out the article the pass has just changed on top of painting it (one task
    /// of 40-60 ms on the 1 MB page). The pass measures what it needs itself.
    pub(super) fn lazy_watch(&self, root: &Element) {
        if let Some(r) = self.lazy.tracker.as_ref().and_then(|t| t.resize.as_ref()) {
            r.observe(root);
        }
    }

    /// Wraps every waiting mention of `block` now (the DOM edits are reported to the sink).
    fn materialise(&mut self, block: usize) {
        if self.lazy.blocks[block].left == 0 {
            return;
        }
        if let Some(s) = &self.lazy.sink {
            s.take(false);
        }
        for k in (0..self.lazy.blocks[block].todo.len()).rev() {
            self.lazy_apply(block, k);
        }
        if let Some(s) = &self.lazy.sink {
            s.take(true);
        }
    }

    /// Before a pass over `root`: wraps the claimed blocks that are `root` or contain it, whose
    /// text that pass could otherwise never read (the page may have added text to them).
    pub(super) fn materialise_around(&mut self, root: &Element) {
        let Some(claimed) = self.lazy.claimed() else { return };
        let maps: Vec<Map> = self.lazy.passes.iter().filter_map(|p| p.ids.clone()).collect();
        let mut at = Some(root.clone());
        while let Some(el) = at {
            if claimed.has(&el) {
                for ids in &maps {
                    if let Some(b) = ids.get(&el).as_f64() {
                        self.materialise(b as usize);
                    }
                }
            }
            at = el.parent_element();
        }
        self.lazy_flush(true);
    }

    /// Makes sure mention `index` is wrapped and painted (the cards jump to it): wraps its
    /// block now if it was waiting.
    pub fn materialise_mention(&mut self, index: usize) {
        let Some((block, _)) = self.lazy.deferred.get(index) else { return };
        self.materialise(block);
        self.paint_block(block, true);
        self.lazy_flush(true);
        self.lazy_schedule();
    }

    fn paint_block(&mut self, block: usize, paint: bool) {
        let blk = &mut self.lazy.blocks[block];
        if blk.painted == paint {
            return;
        }
        blk.painted = paint;
        if paint {
            self.lazy.painted.push(block);
            // The mentions not wrapped yet are painted over the text nodes as they are now
            // (made afresh each time: wrapping a later word of the block splits a node).
            let blk = &self.lazy.blocks[block];
            let data = &self.lazy.passes[blk.pass];
            let ranges: Vec<_> = blk.todo.iter().flatten().map(|p| (p.index, self.unwrapped_range(&data.map, &data.fragments, p))).collect();
            if !ranges.is_empty() && !blk.marked {
                let element = blk.element.clone();
                self.lazy.blocks[block].marked = true;
                self.mark_block(&element);
            }
            for (index, range) in ranges {
                self.mentions[index].range = range;
            }
        } else {
            self.lazy.painted.retain(|&b| b != block);
        }
        let blk = &self.lazy.blocks[block];
        let mentions: Vec<usize> = blk.done.iter().copied().chain(blk.todo.iter().flatten().map(|p| p.index)).collect();
        for m in mentions {
            self.paint_mention(m, paint);
        }
    }

    /// Milliseconds wrapping should still wait for the reader to stop scrolling (0: go on).
    /// Without the highlight API nothing is painted before it is wrapped, so nothing waits.
    fn settle_wait(&self) -> f64 {
        match &self.lazy.tracker {
            Some(t) if self.paint.active() => (SETTLE_MS - (now() - t.last_scroll.get())).max(0.0),
            _ => 0.0,
        }
    }

    /// Stops watching and forgets every lazy pass (before the edits are undone).
    pub(super) fn lazy_clear(&mut self) {
        self.lazy = Lazy::default();
    }

    /// Once per animation frame after a scroll or resize: finds the blocks near the viewport
    /// and queues the claimed ones to be wrapped. When one of them is not painted, the highlight
    /// registry is brought up to date, in one change, with [`PAINT_AHEAD`] more viewports
    /// painted above and below and the blocks beyond unpainted; otherwise it is left alone.
    fn update_near(&mut self) {
        let (zone_top, zone_bottom) = near_zone();
        let vh = viewport_height();
        let (ahead_top, ahead_bottom) = (zone_top - PAINT_AHEAD * vh, zone_bottom + PAINT_AHEAD * vh);
        // (block, distance from the viewport, within the near zone)
        let mut ahead: Vec<(usize, f64, bool)> = Vec::new();
        for pass in &self.lazy.passes {
            let blocks = &pass.blocks;
            if blocks.is_empty() {
                continue;
            }
            // Blocks in document order are in vertical order in normal flow: the first whose
            // bottom reaches the zone, then forward while their tops are in it.
            let first = blocks.partition_point(|&b| self.lazy.blocks[b].element.get_bounding_client_rect().bottom() < ahead_top);
            for &b in &blocks[first..] {
                let r = self.lazy.blocks[b].element.get_bounding_client_rect();
                if r.top() > ahead_bottom {
                    break;
                }
                if r.bottom() >= ahead_top && self.lazy.blocks[b].element.is_connected() {
                    let distance = if r.bottom() < 0.0 { -r.bottom() } else { (r.top() - vh).max(0.0) };
                    ahead.push((b, distance, r.bottom() >= zone_top && r.top() <= zone_bottom));
                }
            }
        }
        for &b in &self.lazy.painted {
            self.lazy.blocks[b].near = false;
        }
        let mut stale = false;
        for &(b, distance, near) in &ahead {
            let blk = &mut self.lazy.blocks[b];
            blk.near = near;
            if !near {
                continue;
            }
            blk.distance = distance;
            if blk.left > 0 && !blk.queued {
                blk.queued = true;
                self.lazy.queue.push(b);
            }
            stale |= !blk.painted;
        }
        if stale {
            let far: Vec<usize> = self.lazy.painted.iter().copied().filter(|b| !ahead.iter().any(|(n, _, _)| n == b)).collect();
            for b in far {
                self.paint_block(b, false);
            }
            for &(b, _, _) in &ahead {
                self.paint_block(b, true);
            }
        }
        let idle = self.lazy.queue.is_empty() && !self.lazy.working;
        self.lazy_flush(idle);
    }

    /// One frame's work: wraps queued blocks, nearest first, at most [`BLOCKS_PER_FRAME`] of
    /// them and for at most [`SLICE_MS`]. Returns whether work is left.
    fn lazy_slice(&mut self) -> bool {
        let start = now();
        if let Some(s) = &self.lazy.sink {
            s.take(false);
        }
        let mut blocks_done = 0;
        'slice: while blocks_done < BLOCKS_PER_FRAME && now() - start <= SLICE_MS {
            // Blocks that went far before their turn wait for the next time they come near.
            self.lazy.prune_queue();
            let blocks = &self.lazy.blocks;
            let Some(&b) = self.lazy.queue.iter().min_by(|&&x, &&y| blocks[x].distance.total_cmp(&blocks[y].distance)) else {
                break;
            };
            for k in (0..self.lazy.blocks[b].todo.len()).rev() {
                if self.lazy.blocks[b].todo[k].is_some() {
                    self.lazy_apply(b, k);
                    if now() - start > SLICE_MS {
                        break 'slice;
                    }
                }
            }
            blocks_done += 1;
        }
        if let Some(s) = &self.lazy.sink {
            s.take(true);
        }
        self.lazy.prune_queue();
        let more = !self.lazy.queue.is_empty();
        self.lazy_flush(!more);
        if !more {
            self.lazy.working = false;
        }
        more
    }
}

/// The zone, in viewport coordinates, within which blocks are wrapped and painted.
fn near_zone() -> (f64, f64) {
    let vh = viewport_height();
    (-MARGIN_ABOVE * vh, (1.0 + MARGIN_BELOW) * vh)
}

/// What happens in a scheduled frame: the update, and the worker started if there is work.
fn on_frame(me: &Weak<RefCell<Annotation>>) {
    let Some(strong) = me.upgrade() else { return };
    let start = {
        // Frame callbacks run as their own tasks, never inside a pass's slice.
        let Ok(mut a) = strong.try_borrow_mut() else { return };
        a.update_near();
        let start = !a.lazy.queue.is_empty() && !a.lazy.working;
        if start {
            a.lazy.working = true;
        }
        start
    };
    if start {
        wasm_bindgen_futures::spawn_local(work(me.clone()));
    }
}

/// Scroll (of the page or any scroll container, seen in the capture phase) and resize
/// listeners, and a `ResizeObserver` for the roots (fonts, images, late layout).
fn new_tracker(me: Weak<RefCell<Annotation>>) -> Option<Tracker> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let frame: Rc<Cell<Option<i32>>> = Rc::new(Cell::new(None));
    let update_callback = Closure::<dyn FnMut()>::new({
        let frame = frame.clone();
        move || {
            frame.set(None);
            on_frame(&me);
        }
    });
    let update: Function = update_callback.as_ref().unchecked_ref::<Function>().clone();
    let last_scroll = Rc::new(Cell::new(f64::NEG_INFINITY));
    let on_resize = {
        let (frame, update) = (frame.clone(), update.clone());
        move |_: web_sys::Event| schedule(&frame, &update)
    };
    let on_scroll = {
        let (frame, update, last_scroll) = (frame.clone(), update.clone(), last_scroll.clone());
        move |_: web_sys::Event| {
            last_scroll.set(now());
            schedule(&frame, &update)
        }
    };
    let listeners = vec![
        Listener::new(document.as_ref(), "scroll", true, true, on_scroll),
        Listener::new(window.as_ref(), "resize", false, true, on_resize),
    ];
    let resize_callback = Closure::<dyn FnMut()>::new({
        let (frame, update) = (frame.clone(), update.clone());
        move || schedule(&frame, &update)
    });
    let resize = ResizeObserver::new(resize_callback.as_ref().unchecked_ref()).ok();
    Some(Tracker {
        _listeners: listeners,
        resize,
        _resize_callback: resize_callback,
        frame,
        update,
        _update_callback: update_callback,
        last_scroll,
    })
}

/// The next animation frame.
pub(super) async fn next_frame() {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// `ms` milliseconds later.
async fn sleep(ms: f64) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms.ceil() as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Wraps the queued blocks, one batch per animation frame (so that each frame lays out only a
/// few re-wrapped paragraphs), until none is left; none while the reader is scrolling.
async fn work(me: Weak<RefCell<Annotation>>) {
    loop {
        let wait = match me.upgrade() {
            Some(strong) => strong.try_borrow().map_or(0.0, |a| a.settle_wait()),
            None => return,
        };
        if wait > 0.0 {
            sleep(wait).await;
            continue;
        }
        next_frame().await;
        let Some(strong) = me.upgrade() else { return };
        let more = match strong.try_borrow_mut() {
            // A scroll event came in this frame: wait again.
            Ok(mut a) => a.settle_wait() > 0.0 || a.lazy_slice(),
            Err(_) => true,
        };
        drop(strong);
        if !more {
            return;
        }
    }
}
