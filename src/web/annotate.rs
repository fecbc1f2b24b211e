//! Where mentions become DOM ranges and wrapped words: the annotation of one page.
//!
//! A *pass* annotates one root: it reads the text ([`TextMap`]), runs the core once over all of
//! it, plans which mentions to highlight, and then, in slices of at most [`SLICE_MS`] between
//! which it yields to the page, wraps each mention's word in a `<lamha-mark>` element (the
//! hover and focus target that cards attach to) and paints the mention's exact range.
//!
//! **Why whole words.** Splitting a word between two elements can break cursive joining in some
//! engines, and splitting `لإ` at the clitic breaks the lam-alef ligature. So the wrapper covers
//! the whole word the mention is in, proclitics included (`لكازاخستان`), and only the painted
//! range ([`crate::web::paint`]) is exact. Words already split by the page's own markup
//! (`<b>كازاخ</b>ستان`) get one wrapper per text node, all carrying the same mention index.
//!
//! **Invariants kept:** no text changes (`textContent` is identical; only text nodes are split
//! and moved); [`Annotation::restore`] undoes every edit in reverse, merging split nodes back
//! into the original node objects, so the root's `innerHTML` is exactly what it was and the
//! page's own references to its text nodes stay valid; text already inside a wrapper is never
//! read again, so annotating twice never double-wraps.

use super::paint::{highlight_name, Paint};
use super::text::{Rules, Segment, TextMap, MARK_CLASS, MARK_TAG};
use crate::normalize::{is_arabic_mark, is_word_char, normalize_str};
use crate::recognize::{Mention, MentionType, Options, Recognizer};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::rc::{Rc, Weak};
use web_sys::{Element, Node, Range, Text};

/// Longest stretch of wrapping and painting before the pass yields to the page. Well under the
/// 50 ms that counts as a long task, leaving room for the style and layout work the browser
/// does after each slice.
pub const SLICE_MS: f64 = 12.0;

/// What a pass highlights.
#[derive(Clone, Debug)]
pub struct PassOptions {
    /// Types to keep.
    pub types: Vec<MentionType>,
    /// Only the first mention of each entity is highlighted.
    pub first_only: bool,
    /// Mentions inside links are highlighted.
    pub links: bool,
    /// What the text walk skips.
    pub rules: Rules,
    /// Reference date and other recognition options.
    pub recognition: Options,
}

/// One mention of the article, as annotated.
#[derive(Clone, Debug)]
pub struct AnnotatedMention {
    /// The core's mention (its offsets are bytes of the text of the pass that found it).
    pub mention: Mention,
    /// The mention's text.
    pub text: String,
    /// The wrappers around its word, in text order; empty when it is not highlighted
    /// (`mentions: "first"` and an earlier mention of the same entity exists).
    pub elements: Vec<Element>,
    /// The exact painted range, when highlighted.
    pub range: Option<Range>,
}

impl AnnotatedMention {
    /// `person`, `country`, `place`, `organization` or `date`.
    pub fn type_name(&self) -> &'static str {
        self.mention.kind.as_str()
    }
}

/// One DOM edit, recorded so that it can be undone exactly.
#[derive(Debug)]
enum Edit {
    /// `head.splitText()` produced `tail`.
    Split { head: Text, tail: Text },
    /// `text` was moved into the new wrapper `mark`.
    Wrap { mark: Element, text: Text },
}

/// The annotation state of the page: every mention found so far, the recogniser and knowledge
/// base they link into, and every edit made. Dropping it (or [`Annotation::restore`]) undoes
/// everything.
pub struct Annotation {
    /// The recogniser (and through it the knowledge base, [`Recognizer::kb`]).
    pub recognizer: Rc<Recognizer>,
    /// Options of every pass.
    pub options: PassOptions,
    /// Every mention, in the order found; `data-lamha-mention` indexes this list.
    pub mentions: Vec<AnnotatedMention>,
    /// Entities already highlighted (for `mentions: "first"`).
    seen: HashSet<SeenKey>,
    edits: Vec<Edit>,
    paint: Paint,
}

#[derive(Hash, PartialEq, Eq)]
enum SeenKey {
    Entity(usize),
    Text(MentionType, String),
}

/// A mention the pass will annotate: its word (`wrap`) and whether it is highlighted.
struct Planned {
    index: usize,
    wrap: (usize, usize),
    segments: std::ops::Range<usize>,
}

/// Counts and timing of one pass, for the `lamha:ready` event.
#[derive(Clone, Debug, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PassReport {
    /// Highlighted mentions per type.
    pub counts: BTreeMap<&'static str, usize>,
    /// Highlighted mentions in all.
    pub highlighted: usize,
    /// Milliseconds from the start to the end of the pass (including the time yielded).
    pub ms: f64,
    /// The longest slice of work without yielding, in milliseconds.
    pub longest_slice_ms: f64,
    /// Reference date used for relative dates.
    pub ref_date: Option<String>,
}

impl Annotation {
    /// An empty annotation; registers the highlights.
    pub fn new(recognizer: Rc<Recognizer>, options: PassOptions) -> Annotation {
        Annotation { recognizer, options, mentions: Vec::new(), seen: HashSet::new(), edits: Vec::new(), paint: Paint::new() }
    }

    /// Undoes every edit, newest first, and forgets every mention.
    pub fn restore(&mut self) {
        for edit in self.edits.drain(..).rev() {
            match edit {
                Edit::Wrap { mark, text } => {
                    if let Some(parent) = mark.parent_node() {
                        let _ = parent.insert_before(&text, Some(&mark));
                        let _ = parent.remove_child(&mark);
                    }
                }
                Edit::Split { head, tail } => {
                    let head_node: &Node = head.as_ref();
                    if tail.previous_sibling().as_ref() == Some(head_node) {
                        let _ = head.append_data(&tail.data());
                        tail.remove();
                    }
                }
            }
        }
        self.mentions.clear();
        self.seen.clear();
    }

    /// Chooses the mentions of `map` to annotate, appending them to [`Annotation::mentions`].
    fn plan(&mut self, map: &TextMap) -> (Vec<Planned>, Option<crate::dates::Date>) {
        let recognition = self.recognizer.recognize(&map.text, &self.options.recognition);
        let found = recognition.mentions;
        let mut planned: Vec<Planned> = Vec::new();
        let mut prev_end = 0;
        for (k, m) in found.iter().enumerate() {
            if !self.options.types.contains(&m.kind) {
                continue;
            }
            let Some(segments) = map.covering(m.start, m.end) else { continue };
            if !self.options.links && map.segments[segments.clone()].iter().any(|s| s.in_link) {
                continue;
            }
            let index = self.mentions.len();
            self.mentions.push(AnnotatedMention {
                mention: m.clone(),
                text: map.text[m.start..m.end].to_string(),
                elements: Vec::new(),
                range: None,
            });
            let key = match m.entity {
                Some(e) => SeenKey::Entity(e),
                None => SeenKey::Text(m.kind, normalize_str(&map.text[m.start..m.end])),
            };
            if !self.seen.insert(key) && self.options.first_only {
                continue;
            }
            let next_start = found.get(k + 1).map_or(map.text.len(), |n| n.start);
            let wrap = word_span(&map.text, m.start, m.end, prev_end, next_start);
            prev_end = wrap.1;
            let segments = map.covering(wrap.0, wrap.1).unwrap_or(segments);
            planned.push(Planned { index, wrap, segments });
        }
        (planned, recognition.ref_date)
    }

    /// Wraps and paints one planned mention. Returns false (and leaves the DOM as it was) if
    /// the page changed the text since it was read.
    fn apply(&mut self, map: &TextMap, p: &Planned) -> bool {
        let segs = &map.segments[p.segments.clone()];
        let fresh = segs.iter().all(|s| {
            let node: &Node = s.node.as_ref();
            node.is_connected() && s.node.length() >= map.node_offset(s, s.end.min(p.wrap.1).max(s.start))
        });
        if !fresh {
            return false;
        }
        let kind = self.mentions[p.index].mention.kind;
        let entity_id = self.mentions[p.index].mention.entity.map(|e| self.recognizer.kb().entries()[e].id.clone());
        // Wrap the pieces from last to first: splitting a node keeps its head in the original
        // node object, so the offsets of earlier pieces stay valid.
        let mut pieces: Vec<(Element, Text, usize, usize)> = Vec::new();
        for seg in segs.iter().rev() {
            let (a, b) = (p.wrap.0.max(seg.start), p.wrap.1.min(seg.end));
            match self.wrap_piece(map, seg, a, b, kind, entity_id.as_deref(), p.index) {
                Some((mark, text)) => pieces.push((mark, text, a, b)),
                None => return false,
            }
        }
        pieces.reverse();
        let m = &self.mentions[p.index].mention;
        let (start, end) = (m.start, m.end);
        let range = Range::new().ok().and_then(|range| {
            let first = pieces.iter().find(|x| x.2 <= start && start < x.3)?;
            let last = pieces.iter().find(|x| x.2 < end && end <= x.3)?;
            let local = |x: &(Element, Text, usize, usize), at: usize| {
                crate::offsets::OffsetCounter::new(&map.text[x.2..x.3]).at(at - x.2).utf16 as u32
            };
            range.set_start(&first.1, local(first, start)).ok()?;
            range.set_end(&last.1, local(last, end)).ok()?;
            Some(range)
        });
        if let Some(r) = &range {
            self.paint.add(kind, r);
        }
        let am = &mut self.mentions[p.index];
        am.elements = pieces.into_iter().map(|x| x.0).collect();
        am.range = range;
        true
    }

    /// Moves bytes `a..b` of the map (inside `seg`) into a new wrapper.
    #[allow(clippy::too_many_arguments)]
    fn wrap_piece(
        &mut self,
        map: &TextMap,
        seg: &Segment,
        a: usize,
        b: usize,
        kind: MentionType,
        entity_id: Option<&str>,
        index: usize,
    ) -> Option<(Element, Text)> {
        let node = &seg.node;
        let (la, lb) = (map.node_offset(seg, a), map.node_offset(seg, b));
        if lb < node.length() {
            let tail = node.split_text(lb).ok()?;
            self.edits.push(Edit::Split { head: node.clone(), tail });
        }
        let piece = if la > 0 {
            let tail = node.split_text(la).ok()?;
            self.edits.push(Edit::Split { head: node.clone(), tail: tail.clone() });
            tail
        } else {
            node.clone()
        };
        let doc = piece.owner_document()?;
        let mark = doc.create_element(MARK_TAG).ok()?;
        mark.set_class_name(&format!("{MARK_CLASS} {}", highlight_name(kind)));
        let _ = mark.set_attribute("data-lamha-type", kind.as_str());
        if let Some(id) = entity_id {
            let _ = mark.set_attribute("data-lamha-id", id);
        }
        let _ = mark.set_attribute("data-lamha-mention", &index.to_string());
        let parent = piece.parent_node()?;
        parent.insert_before(&mark, Some(&piece)).ok()?;
        mark.append_child(&piece).ok()?;
        self.edits.push(Edit::Wrap { mark: mark.clone(), text: piece.clone() });
        Some((mark, piece))
    }
}

impl Drop for Annotation {
    fn drop(&mut self) {
        self.restore();
    }
}

/// The word around bytes `start..end` of `text`: extended over adjacent word characters
/// (letters, digits, Arabic marks, joiners) but never before `lo` or past `hi`.
pub fn word_span(text: &str, start: usize, end: usize, lo: usize, hi: usize) -> (usize, usize) {
    let in_word = |c: char| is_word_char(c) || is_arabic_mark(c) || matches!(c, '\u{200C}' | '\u{200D}');
    let mut s = start;
    for (i, c) in text[lo.min(start)..start].char_indices().rev() {
        if !in_word(c) {
            break;
        }
        s = lo.min(start) + i;
    }
    let mut e = end;
    for (i, c) in text[end..hi.max(end)].char_indices() {
        if !in_word(c) {
            break;
        }
        e = end + i + c.len_utf8();
    }
    (s, e)
}

/// Something that sees the page's own DOM changes: before and after each slice of its work, a
/// pass hands over the records queued so far, so that its own edits are never mistaken for
/// the page's.
pub trait MutationSink {
    /// Called before a slice with records the page caused, and after it with the pass's own.
    fn take(&self, own: bool);
}

/// Annotates `root`: reads, recognises, then wraps and paints in slices. Stops quietly if the
/// annotation is dropped meanwhile (`Lamha.destroy()`).
pub async fn run_pass(annotation: Weak<RefCell<Annotation>>, root: Element, sink: Option<Rc<dyn MutationSink>>) -> Option<PassReport> {
    let perf = web_sys::window()?.performance()?;
    let t0 = perf.now();
    let mut longest: f64 = 0.0;
    let (map, planned, ref_date) = {
        let strong = annotation.upgrade()?;
        let mut a = strong.borrow_mut();
        let map = TextMap::collect(&root, &a.options.rules);
        let (planned, ref_date) = a.plan(&map);
        (map, planned, ref_date)
    };
    longest = longest.max(perf.now() - t0);
    let mut report = PassReport { ref_date: ref_date.map(|d| d.iso()), ..PassReport::default() };
    // Last to first: see `apply`.
    let mut todo = planned.iter().rev().peekable();
    while todo.peek().is_some() {
        super::page::yield_to_page().await;
        let strong = annotation.upgrade()?;
        let mut a = strong.borrow_mut();
        if let Some(s) = &sink {
            s.take(false);
        }
        let slice_start = perf.now();
        while let Some(p) = todo.next() {
            if a.apply(&map, p) {
                *report.counts.entry(a.mentions[p.index].type_name()).or_default() += 1;
                report.highlighted += 1;
            }
            if perf.now() - slice_start > SLICE_MS {
                break;
            }
        }
        if let Some(s) = &sink {
            s.take(true);
        }
        longest = longest.max(perf.now() - slice_start);
    }
    annotation.upgrade()?;
    report.ms = perf.now() - t0;
    report.longest_slice_ms = longest;
    Some(report)
}
