//! Where the DOM becomes text: the text nodes under a root, joined into one string with a map
//! back to each node.
//!
//! The core recognises the whole article at once (a surname links to the full name said
//! earlier, a dateline dates the article), so the text nodes are joined in document order.
//! Inline elements (`<b>كازاخ</b>ستان`, a link inside a name) join without a gap, so a name split
//! across them is still one name. Block boundaries, `<br>` and skipped elements become a
//! paragraph break (`"\n\n"`) that belongs to no node, so no name is ever found across two
//! paragraphs or around a code sample.
//!
//! **Invariant kept:** `text[seg.start..seg.end]` is exactly the data of `seg.node` when the
//! map was made (lone UTF-16 surrogates read as U+FFFD, which has the same UTF-16 length, so
//! UTF-16 offsets into a node are exact).

use super::config::ALL_TYPES;
use crate::offsets::OffsetCounter;
use crate::recognize::MentionType;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Text};

/// The class every element Lamha wraps around a mention carries; text inside one is already
/// annotated and is never read again.
pub const MARK_CLASS: &str = "lamha-hl";

/// The tag Lamha wraps mentions in. A custom element name, so that no host-page rule written
/// for `span` (margins, padding, fonts) can reach it and change the layout.
pub const MARK_TAG: &str = "lamha-mark";

/// Elements that flow inside a line; every other element breaks the text into paragraphs.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "font", "i", "kbd", "label", "mark",
    "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "ins", "del",
    MARK_TAG,
];

/// What a text walk leaves out.
#[derive(Clone, Debug)]
pub struct Rules {
    /// Elements whose subtree is skipped (a CSS selector list).
    pub skip: String,
}

thread_local! {
    /// `textWalker` of `src/web/walk.js`, handed over by the loader ([`use_text_walker`]).
    static WALKER: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Gives the wasm the DOM text walk, `textWalker` of `src/web/walk.js` (the loader calls this
/// before anything else; tests make the function from the same file).
#[wasm_bindgen]
pub fn use_text_walker(walker: js_sys::Function) {
    WALKER.with(|w| *w.borrow_mut() = Some(walker));
}

#[wasm_bindgen]
extern "C" {
    /// `textWalker` itself, for the helper it carries.
    type JsWalker;
    #[wasm_bindgen(method, catch, js_name = wrapWord)]
    fn wrap_word(this: &JsWalker, piece: &Text, tag: &JsValue, class: &JsValue, kind: &JsValue, id: &JsValue, index: u32) -> Result<Option<Element>, JsValue>;

    /// A walk made by `textWalker`.
    type JsWalk;
    #[wasm_bindgen(method, catch)]
    fn step(this: &JsWalk, deadline: f64, units: u32) -> Result<bool, JsValue>;
    #[wasm_bindgen(method)]
    fn take(this: &JsWalk) -> WalkChunk;

    /// What a walk read since the last `take()`.
    type WalkChunk;
    #[wasm_bindgen(method, getter)]
    fn text(this: &WalkChunk) -> String;
    #[wasm_bindgen(method, getter)]
    fn nodes(this: &WalkChunk) -> js_sys::Array;
    #[wasm_bindgen(method, getter)]
    fn bounds(this: &WalkChunk) -> Vec<u32>;
    #[wasm_bindgen(method, getter)]
    fn links(this: &WalkChunk) -> Vec<u8>;
    #[wasm_bindgen(method, getter)]
    fn blocks(this: &WalkChunk) -> Vec<u32>;
    #[wasm_bindgen(method, getter, js_name = blockElements)]
    fn block_elements(this: &WalkChunk) -> js_sys::Array;
}

/// The strings every wrapper carries, made into JavaScript strings once: the tag, and per
/// mention type the class and `data-lamha-type` (each string handed over from the wasm is
/// decoded again: a start that wrapped the seed's 87 names decoded 1,163 of them).
struct MarkStrings {
    tag: JsValue,
    /// Indexed like [`ALL_TYPES`]: (class, type).
    kinds: Vec<(JsValue, JsValue)>,
}

thread_local! {
    static MARK_STRINGS: MarkStrings = MarkStrings {
        tag: JsValue::from_str(MARK_TAG),
        kinds: ALL_TYPES
            .iter()
            .map(|&k| (JsValue::from_str(&format!("{MARK_CLASS} {}", crate::web::paint::highlight_name(k))), JsValue::from_str(k.as_str())))
            .collect(),
    };
}

/// Wraps the text node `piece` in a new wrapper (`<lamha-mark class="lamha-hl lamha-{type}"
/// data-lamha-type data-lamha-id data-lamha-mention>`) where `piece` was, in one call to
/// `textWalker.wrapWord` of `src/web/walk.js`. `None`, with nothing changed, if `piece` has no
/// parent or the walk script is missing.
pub fn wrap_word(piece: &Text, kind: MentionType, id: Option<&str>, index: usize) -> Option<Element> {
    let id = id.map_or(JsValue::UNDEFINED, JsValue::from_str);
    let k = ALL_TYPES.iter().position(|&t| t == kind)?;
    WALKER.with(|w| {
        let walker = w.borrow();
        let walker: &JsWalker = walker.as_ref()?.unchecked_ref();
        MARK_STRINGS.with(|m| walker.wrap_word(piece, &m.tag, &m.kinds[k].0, &m.kinds[k].1, &id, index as u32).ok().flatten())
    })
}

/// UTF-16 code units a [`Walk::step`] reads at most. The page's JavaScript reads the 1 MB
/// article's 5,000 paragraphs in 6–18 ms, but taking the text over into the wasm costs about
/// 40 ms per million code units: a step of this size takes a few milliseconds, so a slice never
/// runs far over its time.
pub const STEP_UNITS: u32 = 64 * 1024;

/// A text walk that can stop and resume, so that reading a huge page never blocks it: each
/// [`Walk::step`] reads nodes until its deadline and takes over what they hold.
///
/// **Why the walk is JavaScript.** Reading a node from Rust through `web-sys` takes a dozen
/// calls across the wasm boundary (its type, its name as a string, the skip selector as a
/// string, its children, its siblings, its parent), each converting values: on the 1 MB article
/// (5,000 paragraphs) reading took 100–170 ms, against 6–18 ms for the same walk in the page's
/// own JavaScript (`BENCHMARKS.md`). `src/web/walk.js` walks the DOM and hands over, after
/// each step, the text read (one string), its text nodes with their UTF-16 bounds and their
/// blocks; here the bounds become bytes of the text. The walk only reads the page.
pub struct Walk {
    walk: Option<JsWalk>,
    map: TextMap,
}

impl Walk {
    /// A walk over the text under `root` (nothing, if `root` is itself skipped), leaving out
    /// the elements in `claimed` (and their subtrees) as if they were wrappers: blocks an
    /// earlier pass has claimed for later wrapping ([`crate::web::lazy`]).
    pub fn new(root: &Element, rules: &Rules, claimed: Option<js_sys::Set>) -> Walk {
        let inline: js_sys::Array = INLINE.iter().map(|n| JsValue::from_str(n)).collect();
        let args = js_sys::Array::new();
        for arg in [
            root.into(),
            JsValue::from_str(&rules.skip),
            claimed.map_or(JsValue::UNDEFINED, JsValue::from),
            inline.into(),
            JsValue::from_str(MARK_TAG),
            JsValue::from_str(MARK_CLASS),
        ] {
            args.push(&arg);
        }
        let walk = WALKER.with(|w| w.borrow().as_ref().and_then(|f| f.apply(&JsValue::NULL, &args).ok()));
        if walk.is_none() {
            web_sys::console::warn_1(&"Lamha: the text walk (src/web/walk.js) is missing; nothing is read.".into());
        }
        Walk { walk: walk.map(JsCast::unchecked_into), map: TextMap::default() }
    }

    /// Reads nodes until `deadline` (`performance.now()`, looked at every 64 nodes) or until
    /// [`STEP_UNITS`] are read, and takes over what they hold. Returns true when the walk is
    /// complete.
    pub fn step(&mut self, deadline: f64) -> bool {
        let Some(walk) = &self.walk else { return true };
        let done = walk.step(deadline, STEP_UNITS).unwrap_or(true);
        let chunk = walk.take();
        let map = &mut self.map;
        let text = chunk.text();
        let nodes = chunk.nodes();
        let links = chunk.links();
        let blocks = chunk.blocks();
        let bytes = crate::offsets::bytes_of_utf16(&text, &chunk.bounds());
        let base = map.text.len();
        for (i, (&in_link, &block)) in links.iter().zip(&blocks).enumerate() {
            let (Some(&start), Some(&end)) = (bytes.get(2 * i), bytes.get(2 * i + 1)) else { break };
            let node = nodes.get(i as u32).unchecked_into();
            map.segments.push(Segment { node, start: base + start, end: base + end, in_link: in_link != 0, block: block as usize });
        }
        map.text.push_str(&text);
        map.blocks.extend(chunk.block_elements().iter().map(JsCast::unchecked_into));
        done
    }

    /// The text read.
    pub fn finish(mut self) -> TextMap {
        self.map.index_utf16();
        self.map
    }
}

/// One text node's place in the joined text.
#[derive(Clone, Debug)]
pub struct Segment {
    /// The node.
    pub node: Text,
    /// Start in bytes of [`TextMap::text`].
    pub start: usize,
    /// End (exclusive) in bytes of [`TextMap::text`].
    pub end: usize,
    /// Inside an `<a href>`.
    pub in_link: bool,
    /// Its block (the nearest ancestor that is not inline, or the root), in [`TextMap::blocks`].
    pub block: usize,
}

/// The text of a root and where each part of it lives.
#[derive(Clone, Debug, Default)]
pub struct TextMap {
    /// Every readable text node's data, in document order, with paragraph breaks between blocks.
    pub text: String,
    /// The nodes, in document order (and so by ascending `start`).
    pub segments: Vec<Segment>,
    /// The blocks of the nodes, each once, in the order first met.
    pub blocks: Vec<Element>,
    /// `(byte, UTF-16 offset)` of the text at character boundaries about every
    /// [`CHECKPOINT_BYTES`], so that converting an offset never rescans a long text node.
    checkpoints: Vec<(usize, usize)>,
}

/// Spacing of the UTF-16 checkpoints: a conversion scans at most this many bytes.
const CHECKPOINT_BYTES: usize = 1024;

impl TextMap {
    /// Reads the text under `root` (not entering skipped elements or existing highlights).
    pub fn collect(root: &Element, rules: &Rules) -> TextMap {
        let mut walk = Walk::new(root, rules, None);
        walk.step(f64::INFINITY);
        walk.finish()
    }

    fn index_utf16(&mut self) {
        self.checkpoints = crate::offsets::utf16_checkpoints(&self.text, CHECKPOINT_BYTES);
    }

    /// UTF-16 offset of byte `byte` of the joined text.
    fn utf16(&self, byte: usize) -> usize {
        let k = self.checkpoints.partition_point(|&(b, _)| b <= byte);
        let (b, units) = if k == 0 { (0, 0) } else { self.checkpoints[k - 1] };
        units + OffsetCounter::new(&self.text[b..]).at(byte - b).utf16
    }

    /// The segments overlapping bytes `start..end`, if those bytes are all inside text nodes
    /// that follow one another with no break between them; `None` if the span crosses a
    /// paragraph break or a skipped element.
    pub fn covering(&self, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
        let first = self.segments.partition_point(|s| s.end <= start);
        let mut at = start;
        let mut i = first;
        while at < end {
            let seg = self.segments.get(i)?;
            if seg.start > at {
                return None;
            }
            at = seg.end;
            i += 1;
        }
        Some(first..i)
    }

    /// UTF-16 offset, inside its segment's node, of byte `byte` of the joined text.
    pub fn node_offset(&self, seg: &Segment, byte: usize) -> u32 {
        self.utf16_between(seg.start, byte) as u32
    }

    /// UTF-16 length of bytes `start..end` of the joined text.
    pub fn utf16_between(&self, start: usize, end: usize) -> usize {
        self.utf16(end) - self.utf16(start)
    }
}
