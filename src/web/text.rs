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

use crate::offsets::OffsetCounter;
use web_sys::{Element, Node, Text};
use wasm_bindgen::JsCast;

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

/// Whether elements named `name` flow inside a line (the others break the text into paragraphs).
pub fn is_inline(name: &str) -> bool {
    INLINE.contains(&name)
}

/// What a text walk leaves out.
#[derive(Clone, Debug)]
pub struct Rules {
    /// Elements whose subtree is skipped (a CSS selector list).
    pub skip: String,
}

/// A text walk that can stop and resume, so that reading a huge page never blocks it: each
/// [`Walk::step`] reads nodes until its budget runs out.
pub struct Walk {
    root: Node,
    next: Option<Node>,
    link_depth: usize,
    map: TextMap,
    /// Elements whose text an earlier pass has already claimed (blocks whose wrapping is
    /// deferred until they near the viewport, [`crate::web::lazy`]): skipped like wrappers.
    claimed: Option<js_sys::Set>,
}

impl Walk {
    /// A walk over the text under `root` (nothing, if `root` is itself skipped).
    pub fn new(root: &Element, rules: &Rules) -> Walk {
        let skipped = root.matches(&rules.skip).unwrap_or(false) || root.closest(&rules.skip).ok().flatten().is_some();
        let root_node: &Node = root.as_ref();
        Walk {
            root: root_node.clone(),
            next: if skipped { None } else { root_node.first_child() },
            link_depth: usize::from(root.closest("a[href]").ok().flatten().is_some()),
            map: TextMap::default(),
            claimed: None,
        }
    }

    /// Skips the elements in `claimed` (and their subtrees) as if they were wrappers.
    pub fn skipping(mut self, claimed: Option<js_sys::Set>) -> Walk {
        self.claimed = claimed;
        self
    }

    /// Reads nodes while `more()` says so (asked every few nodes). Returns true when the walk
    /// is complete. Iterative, so deeply nested markup cannot overflow the stack.
    pub fn step(&mut self, rules: &Rules, more: &mut dyn FnMut() -> bool) -> bool {
        let map = &mut self.map;
        let mut read = 0u32;
        while let Some(node) = self.next.take() {
            read += 1;
            if read.is_multiple_of(64) && !more() {
                self.next = Some(node);
                return false;
            }
            let mut descend = false;
            match node.node_type() {
                Node::TEXT_NODE => {
                    let text: &Text = node.unchecked_ref();
                    let data = text.data();
                    if !data.is_empty() {
                        let start = map.text.len();
                        map.text.push_str(&data);
                        map.segments.push(Segment { node: text.clone(), start, end: map.text.len(), in_link: self.link_depth > 0 });
                    }
                }
                Node::ELEMENT_NODE => {
                    let el: &Element = node.unchecked_ref();
                    let name = el.local_name();
                    if name == MARK_TAG && el.class_list().contains(MARK_CLASS)
                        || el.matches(&rules.skip).unwrap_or(true)
                        || self.claimed.as_ref().is_some_and(|c| c.has(el))
                    {
                        map.paragraph_break();
                    } else {
                        if !INLINE.contains(&name.as_str()) {
                            map.paragraph_break();
                        }
                        if name == "a" && el.has_attribute("href") {
                            self.link_depth += 1;
                        }
                        descend = node.has_child_nodes();
                        if !descend {
                            map.leave(el, &mut self.link_depth);
                        }
                    }
                }
                _ => {}
            }
            let mut next = if descend { node.first_child() } else { None };
            // Climb until a next sibling, closing the elements left on the way.
            let mut at = node;
            while next.is_none() {
                if let Some(sib) = at.next_sibling() {
                    next = Some(sib);
                    break;
                }
                match at.parent_node() {
                    Some(parent) if parent != self.root => {
                        map.leave(parent.unchecked_ref(), &mut self.link_depth);
                        at = parent;
                    }
                    _ => break,
                }
            }
            self.next = next;
        }
        true
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
}

/// The text of a root and where each part of it lives.
#[derive(Clone, Debug, Default)]
pub struct TextMap {
    /// Every readable text node's data, in document order, with paragraph breaks between blocks.
    pub text: String,
    /// The nodes, in document order (and so by ascending `start`).
    pub segments: Vec<Segment>,
    /// `(byte, UTF-16 offset)` of the text at character boundaries about every
    /// [`CHECKPOINT_BYTES`], so that converting an offset never rescans a long text node.
    checkpoints: Vec<(usize, usize)>,
}

/// Spacing of the UTF-16 checkpoints: a conversion scans at most this many bytes.
const CHECKPOINT_BYTES: usize = 1024;

impl TextMap {
    /// Reads the text under `root` (not entering skipped elements or existing highlights).
    pub fn collect(root: &Element, rules: &Rules) -> TextMap {
        let mut walk = Walk::new(root, rules);
        walk.step(rules, &mut || true);
        walk.finish()
    }

    fn index_utf16(&mut self) {
        let mut units = 0;
        let mut next = 0;
        for (b, c) in self.text.char_indices() {
            if b >= next {
                self.checkpoints.push((b, units));
                next = b + CHECKPOINT_BYTES;
            }
            units += c.len_utf16();
        }
    }

    /// UTF-16 offset of byte `byte` of the joined text.
    fn utf16(&self, byte: usize) -> usize {
        let k = self.checkpoints.partition_point(|&(b, _)| b <= byte);
        let (b, units) = if k == 0 { (0, 0) } else { self.checkpoints[k - 1] };
        units + OffsetCounter::new(&self.text[b..]).at(byte - b).utf16
    }

    fn leave(&mut self, el: &Element, link_depth: &mut usize) {
        let name = el.local_name();
        if name == "a" && el.has_attribute("href") {
            *link_depth = link_depth.saturating_sub(1);
        }
        if !INLINE.contains(&name.as_str()) {
            self.paragraph_break();
        }
    }

    fn paragraph_break(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push_str("\n\n");
        }
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
