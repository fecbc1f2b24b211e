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

use super::paint::Paint;
use super::text::{Rules, Segment, TextMap, Walk};
use crate::dates::lexicon::MonthNames;
use crate::normalize::{is_arabic_mark, is_word_char, normalize_str};
use crate::recognize::{FxBuild, Mention, MentionType, Options, Recognizer, Scope};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::rc::{Rc, Weak};
use web_sys::{Element, Node, Range, Text};

/// Longest stretch of work before the pass yields to the page. Well under the 50 ms that counts
/// as a long task (one more mention or window may run over it), and long enough that the
/// browser's style and layout work between slices stays a small share of the total. The
/// wrapping of a pass's last window runs to twice this (still under 50 ms): a short article is
/// then highlighted in one task instead of waiting a frame for its last words.
pub const SLICE_MS: f64 = 20.0;

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
    /// The roots the widget started with: the article the page's date describes is theirs. A
    /// later pass over another article (infinite scroll, `Lamha.annotate`) dates its text by that
    /// article's own `<time datetime>` ([`crate::web::page::own_article_date`]).
    pub start_roots: Vec<Element>,
    /// The Gregorian month names the page's language tag names (`lang="ar-MA"`), if any; an
    /// article's own language tag and dates override it ([`Annotation::month_names`]).
    pub month_names: Option<MonthNames>,
    /// Text (UTF-8 bytes) above which a pass wraps and paints only what is near the viewport
    /// ([`crate::web::lazy`]); `usize::MAX` never does.
    pub lazy_above: usize,
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
    pub range: Option<PaintedRange>,
    /// The pass highlights it: it is wrapped (`elements`), or will be when its paragraph comes
    /// near the viewport ([`crate::web::lazy`]). False for later mentions under
    /// `mentions: "first"`.
    pub planned: bool,
    /// The publication date its text was read against: the page's, or that of the article it
    /// belongs to ([`PassOptions::start_roots`]), for the card's distance from publication.
    pub published: Option<crate::dates::Date>,
    /// The article it belongs to ([`Annotation::article_of`]).
    pub article: u32,
}

/// A mention's exact extent, from a point in its first wrapped text node to a point in its last.
///
/// Painted as a `StaticRange`: a live `Range` is updated by the browser on every DOM change in
/// the document, so thousands of them make each later edit (Lamha's own wrapping, and the
/// page's) slow: annotating 1,000 paragraphs took 5.5 s with live ranges. The wrapped text
/// nodes are never split again, so the static boundaries stay right. A live `Range` is made on
/// demand, for measuring.
#[derive(Clone, Debug)]
pub struct PaintedRange {
    start: (Text, u32),
    end: (Text, u32),
    painted: web_sys::StaticRange,
}

impl PaintedRange {
    fn new(start: (Text, u32), end: (Text, u32)) -> Option<PaintedRange> {
        let init = web_sys::StaticRangeInit::new(&end.0, end.1, &start.0, start.1);
        let painted = web_sys::StaticRange::new(&init).ok()?;
        Some(PaintedRange { start, end, painted })
    }

    /// What the highlight registry holds.
    pub fn painted(&self) -> &web_sys::StaticRange {
        &self.painted
    }

    /// A new live `Range` over the mention (for `getClientRects`, selection, scrolling).
    pub fn to_range(&self) -> Option<Range> {
        let range = Range::new().ok()?;
        range.set_start(&self.start.0, self.start.1).ok()?;
        range.set_end(&self.end.0, self.end.1).ok()?;
        Some(range)
    }

    /// The mention's line boxes, as `Range.getClientRects()` gives them.
    pub fn get_client_rects(&self) -> Option<web_sys::DomRectList> {
        self.to_range()?.get_client_rects()
    }

    /// The mention's text, as `Range.toString()` gives it.
    pub fn text(&self) -> String {
        self.to_range().map(|r| String::from(r.to_string())).unwrap_or_default()
    }
}

impl AnnotatedMention {
    /// `person`, `country`, `place`, `organization` or `date`.
    pub fn type_name(&self) -> &'static str {
        self.mention.kind.as_str()
    }
}

/// Where the parts of split text nodes went: for a segment of the map, the nodes now holding
/// its text, by the byte where each starts. Splitting keeps the head in the original node and
/// moves the rest to a new one, so later mentions of the same node are found in the new one.
#[derive(Default)]
pub struct Fragments(std::collections::HashMap<usize, Vec<(usize, Text)>, FxBuild>);

impl Fragments {
    /// The node holding byte `byte` of segment `i`, and the byte where that node starts.
    fn at(&self, i: usize, seg: &Segment, byte: usize) -> (usize, Text) {
        match self.0.get(&i) {
            Some(parts) => {
                let k = parts.partition_point(|(start, _)| *start <= byte);
                parts[k.saturating_sub(1)].clone()
            }
            None => (seg.start, seg.node.clone()),
        }
    }

    fn add(&mut self, i: usize, seg: &Segment, start: usize, node: &Text) {
        let parts = self.0.entry(i).or_insert_with(|| vec![(seg.start, seg.node.clone())]);
        let k = parts.partition_point(|(s, _)| *s < start);
        parts.insert(k, (start, node.clone()));
    }
}

/// One DOM edit, recorded so that it can be undone exactly.
#[derive(Debug)]
enum Edit {
    /// `head.splitText()` produced `tail`.
    Split { head: Text, tail: Text },
    /// `text` was moved into the new wrapper `mark`.
    Wrap { mark: Element, text: Text },
    /// The block `element` got the [`super::paint::PAINT_ATTR`] attribute.
    Mark { element: Element },
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
    seen: HashSet<SeenKey, FxBuild>,
    edits: Vec<Edit>,
    pub(super) paint: Paint,
    /// What lazy passes left for later: blocks not yet near the viewport, and the observer.
    pub(super) lazy: super::lazy::Lazy,
    /// The articles passes have read (the closest `<article>` around a pass's root, or none for
    /// text outside any), in the order first read: each one's month names, for the cards.
    articles: Vec<ArticleInfo>,
}

/// What the cards need to know of one article of the page.
struct ArticleInfo {
    /// The `<article>`, `None` for the page's text outside any.
    element: Option<Element>,
    /// The month names its root's language tag names (`lang="ar-MA"`), else the page's.
    months_lang: Option<MonthNames>,
    /// The month names of its first date that marks a regional set (`شتنبر`).
    months_read: Option<MonthNames>,
}

#[derive(Clone, Hash, PartialEq, Eq)]
pub(super) enum SeenKey {
    Entity(usize),
    Text(MentionType, String),
}

/// A mention the pass will annotate: its index in [`Annotation::mentions`], its word (`wrap`,
/// bytes of the map) and the map's segments that word covers.
#[derive(Clone, Debug)]
pub(super) struct Planned {
    pub(super) index: usize,
    pub(super) wrap: (usize, usize),
    pub(super) segments: std::ops::Range<usize>,
}

/// Counts and timing of one pass, for the `lamha:ready` event.
#[derive(Clone, Debug, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PassReport {
    /// Highlights per type: every mention the pass highlights, now or (lazy) when its
    /// paragraph comes near the viewport.
    pub counts: BTreeMap<&'static str, usize>,
    /// Mentions wrapped and painted by the end of the pass.
    pub highlighted: usize,
    /// Mentions left to wrap and paint when their paragraph comes near the viewport (0 unless
    /// `lazy`).
    pub deferred: usize,
    /// The pass was lazy: its text was longer than [`PassOptions::lazy_above`], so only the
    /// blocks near the viewport (and the first mention of each entity) were wrapped.
    pub lazy: bool,
    /// Milliseconds from the start of the pass to the first highlights handed to the browser.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_paint_ms: Option<f64>,
    /// Milliseconds from the start to the end of the pass (including the time yielded).
    pub ms: f64,
    /// Reading the DOM text, in milliseconds.
    pub read_ms: f64,
    /// Running the core on it, in milliseconds.
    pub recognize_ms: f64,
    /// The longest slice of work without yielding, in milliseconds.
    pub longest_slice_ms: f64,
    /// Slices of work (the pass yielded to the page between them).
    pub slices: usize,
    /// Time spent working, all slices together (the rest of `ms` was the page's).
    pub work_ms: f64,
    /// Time the browser spent laying the page out after the pass's wrapping, in tasks of their
    /// own between slices (lazy passes only; not part of `work_ms`).
    pub layout_ms: f64,
    /// Reference date used for relative dates.
    pub ref_date: Option<String>,
}

impl PassReport {
    fn end_slice(&mut self, ms: f64) {
        self.longest_slice_ms = self.longest_slice_ms.max(ms);
        self.work_ms += ms;
        self.slices += 1;
    }
}

impl Annotation {
    /// An empty annotation; registers the highlights.
    pub fn new(recognizer: Rc<Recognizer>, options: PassOptions) -> Annotation {
        Annotation {
            recognizer,
            options,
            mentions: Vec::new(),
            seen: HashSet::default(),
            edits: Vec::new(),
            paint: Paint::new(),
            lazy: Default::default(),
            articles: Vec::new(),
        }
    }

    /// The article (index into `articles`) a pass over `root` reads: the closest `<article>`
    /// around it, registered on first sight.
    pub(super) fn article_of(&mut self, root: &Element) -> u32 {
        let element = root.closest("article").ok().flatten();
        let same = |a: &ArticleInfo| match (&a.element, &element) {
            (Some(x), Some(y)) => x.is_same_node(Some(y.as_ref())),
            (None, None) => true,
            _ => false,
        };
        if let Some(i) = self.articles.iter().position(same) {
            return i as u32;
        }
        let months_lang = super::page::month_names_of(root).or(self.options.month_names);
        self.articles.push(ArticleInfo { element, months_lang, months_read: None });
        (self.articles.len() - 1) as u32
    }

    /// The Gregorian month names the card of mention `index` shows dates with: those its
    /// article's dates are written with, else those of the article's (or the page's) language
    /// tag, else CLDR's `ar`.
    pub fn month_names(&self, index: usize) -> MonthNames {
        let article = self.mentions.get(index).and_then(|m| self.articles.get(m.article as usize));
        article.and_then(|a| a.months_read.or(a.months_lang)).or(self.options.month_names).unwrap_or_default()
    }

    /// Undoes every edit, newest first, and forgets every mention (and stops watching the
    /// blocks a lazy pass left for later).
    pub fn restore(&mut self) {
        self.lazy_clear();
        for edit in self.edits.drain(..).rev() {
            match edit {
                Edit::Mark { element } => {
                    let _ = element.remove_attribute(super::paint::PAINT_ATTR);
                }
                Edit::Wrap { mark, text } => {
                    if let Some(parent) = mark.parent_node() {
                        let _ = parent.insert_before(&text, Some(&mark));
                        let _ = parent.remove_child(&mark);
                    }
                }
                Edit::Split { head, tail } => {
                    let head_node: &Node = head.as_ref();
                    if tail.previous_sibling().as_ref() == Some(head_node) {
                        append_raw(&head, &tail);
                        tail.remove();
                    }
                }
            }
        }
        self.mentions.clear();
        self.seen.clear();
    }

    /// Chooses the mentions of `map` to annotate, appending them to [`Annotation::mentions`].
    /// `window` is a run of whole paragraphs of the map (see [`windows`]); `ref_date` overrides
    /// the configured one (a dateline found in the first window dates the later ones); `scope`
    /// is the automaton to use ([`Recognizer::scope`]).
    pub(super) fn plan(&mut self, map: &TextMap, window: std::ops::Range<usize>, ref_date: Option<crate::dates::Date>, scope: &Scope, article: u32) -> (Vec<Planned>, Option<crate::dates::Date>) {
        let opts = Options { ref_date: ref_date.or(self.options.recognition.ref_date) };
        let recognition = self.recognizer.recognize_in(scope, &map.text[window.clone()], &opts);
        let ref_date = recognition.ref_date;
        // Room for all of them at once: the 1 MB article grows these to 32,000 mentions.
        self.mentions.reserve(recognition.mentions.len());
        let mut planned: Vec<Planned> = Vec::with_capacity(recognition.mentions.len());
        // Moved, not cloned: a date's value and Hijri date are strings. Each mention used to be
        // cloned twice here; a CPU profile of the 1 MB article's pass showed 10 ms of string
        // clones, gone after this change.
        let mut found = recognition
            .mentions
            .into_iter()
            .map(|mut m| {
                m.start += window.start;
                m.end += window.start;
                m
            })
            .peekable();
        let mut prev_end = window.start;
        while let Some(m) = found.next() {
            if !self.options.types.contains(&m.kind) {
                continue;
            }
            let Some(segments) = map.covering(m.start, m.end) else { continue };
            if !self.options.links && map.segments[segments.clone()].iter().any(|s| s.in_link) {
                continue;
            }
            let (start, end) = (m.start, m.end);
            let key = match m.entity {
                Some(e) => SeenKey::Entity(e),
                None => SeenKey::Text(m.kind, normalize_str(&map.text[start..end])),
            };
            if let Some(info) = self.articles.get_mut(article as usize) {
                if m.kind == MentionType::Date && info.months_read.is_none() {
                    info.months_read = MonthNames::of_date_text(&map.text[start..end]);
                }
            }
            let index = self.mentions.len();
            self.mentions.push(AnnotatedMention {
                mention: m,
                text: map.text[start..end].to_string(),
                elements: Vec::new(),
                range: None,
                planned: false,
                published: ref_date,
                article,
            });
            if !self.seen.insert(key) && self.options.first_only {
                continue;
            }
            let next_start = found.peek().map_or(window.end, |n| n.start);
            let wrap = word_span(&map.text, start, end, prev_end, next_start);
            prev_end = wrap.1;
            let segments = map.covering(wrap.0, wrap.1).unwrap_or(segments);
            self.mentions[index].planned = true;
            planned.push(Planned { index, wrap, segments });
        }
        (planned, ref_date)
    }

    /// Wraps one planned mention and makes its exact range (painted by the caller,
    /// [`Annotation::paint_mention`]). Returns false (and leaves the DOM as it was) if the page
    /// changed the text since it was read.
    pub(super) fn apply(&mut self, map: &TextMap, fragments: &mut Fragments, p: &Planned) -> bool {
        let fresh = p.segments.clone().all(|i| {
            let seg = &map.segments[i];
            let (start, node) = fragments.at(i, seg, p.wrap.0.max(seg.start));
            let end = p.wrap.1.min(seg.end);
            let n: &Node = node.as_ref();
            n.is_connected() && node.length() as usize >= map.utf16_between(start, end)
        });
        if !fresh {
            return false;
        }
        let kind = self.mentions[p.index].mention.kind;
        let entity_id = self.mentions[p.index].mention.entity.map(|e| self.recognizer.kb().entries()[e].id.clone());
        let mut pieces: Vec<(Element, Text, usize, usize)> = Vec::new();
        for i in p.segments.clone().rev() {
            let seg = &map.segments[i];
            let (a, b) = (p.wrap.0.max(seg.start), p.wrap.1.min(seg.end));
            match self.wrap_piece(map, fragments, i, a, b, kind, entity_id.as_deref(), p.index) {
                Some((mark, text)) => pieces.push((mark, text, a, b)),
                None => return false,
            }
        }
        pieces.reverse();
        let m = &self.mentions[p.index].mention;
        let (start, end) = (m.start, m.end);
        let range = (|| {
            let first = pieces.iter().find(|x| x.2 <= start && start < x.3)?;
            let last = pieces.iter().find(|x| x.2 < end && end <= x.3)?;
            // Each piece is a whole node now, starting at byte x.2 of the map.
            let local = |x: &(Element, Text, usize, usize), at: usize| {
                crate::offsets::OffsetCounter::new(&map.text[x.2..x.3]).at(at - x.2).utf16 as u32
            };
            PaintedRange::new((first.1.clone(), local(first, start)), (last.1.clone(), local(last, end)))
        })();
        let am = &mut self.mentions[p.index];
        am.elements = pieces.into_iter().map(|x| x.0).collect();
        am.range = range;
        true
    }

    /// The exact range of planned mention `p` over the page's text nodes as they are now,
    /// without wrapping anything: what [`crate::web::lazy`] paints while the reader scrolls.
    /// `None` if the page changed the text since it was read.
    pub(super) fn unwrapped_range(&self, map: &TextMap, fragments: &Fragments, p: &Planned) -> Option<PaintedRange> {
        let m = &self.mentions[p.index].mention;
        // The node holding byte `at` (the last byte before it for an end point), and the
        // UTF-16 offset of `at` in that node.
        let point = |at: usize, end: bool| -> Option<(Text, u32)> {
            let probe = if end { at.checked_sub(1)? } else { at };
            let i = p.segments.clone().find(|&i| map.segments[i].start <= probe && probe < map.segments[i].end)?;
            let (node_start, node) = fragments.at(i, &map.segments[i], probe);
            let local = map.utf16_between(node_start, at) as u32;
            let n: &Node = node.as_ref();
            (n.is_connected() && local <= node.length()).then_some((node, local))
        };
        PaintedRange::new(point(m.start, false)?, point(m.end, true)?)
    }

    /// Marks `block` so that the highlight rules apply to text anywhere inside it (ranges
    /// painted before their words are wrapped, [`crate::web::lazy`]); undone by `restore`.
    pub(super) fn mark_block(&mut self, block: &Element) {
        if !block.has_attribute(super::paint::PAINT_ATTR) && block.set_attribute(super::paint::PAINT_ATTR, "").is_ok() {
            self.edits.push(Edit::Mark { element: block.clone() });
        }
    }

    /// Queues mention `index`'s range to be painted (`add`) or unpainted at the next flush.
    pub(super) fn paint_mention(&mut self, index: usize, add: bool) {
        let m = &self.mentions[index];
        if let Some(r) = &m.range {
            if add {
                self.paint.add(m.mention.kind, r.painted());
            } else {
                self.paint.remove(m.mention.kind, r.painted());
            }
        }
    }

    /// Moves bytes `a..b` of the map (inside `seg`) into a new wrapper.
    #[allow(clippy::too_many_arguments)]
    fn wrap_piece(
        &mut self,
        map: &TextMap,
        fragments: &mut Fragments,
        seg_index: usize,
        a: usize,
        b: usize,
        kind: MentionType,
        entity_id: Option<&str>,
        index: usize,
    ) -> Option<(Element, Text)> {
        let seg = &map.segments[seg_index];
        let (start, node) = fragments.at(seg_index, seg, a);
        let (la, lb) = (map.utf16_between(start, a) as u32, map.utf16_between(start, b) as u32);
        if lb < node.length() {
            let tail = node.split_text(lb).ok()?;
            fragments.add(seg_index, seg, b, &tail);
            self.edits.push(Edit::Split { head: node.clone(), tail });
        }
        let piece = if la > 0 {
            let tail = node.split_text(la).ok()?;
            fragments.add(seg_index, seg, a, &tail);
            self.edits.push(Edit::Split { head: node.clone(), tail: tail.clone() });
            tail
        } else {
            node.clone()
        };
        let mark = super::text::wrap_word(&piece, kind, entity_id, index)?;
        self.edits.push(Edit::Wrap { mark: mark.clone(), text: piece.clone() });
        Some((mark, piece))
    }
}

/// `head.appendData(tail.data)`, with the data kept as a JS string: read into Rust, a lone
/// UTF-16 surrogate would become U+FFFD and the restored text would differ.
fn append_raw(head: &Text, tail: &Text) {
    let data = js_sys::Reflect::get(tail, &"data".into()).unwrap_or_default();
    if let Ok(append) = js_sys::Reflect::get(head, &"appendData".into()) {
        if let Some(append) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&append) {
            let _ = append.call1(head, &data);
        }
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

/// Longest text the core reads in one slice, in bytes. Articles are shorter, so they are
/// recognised whole (a surname links to the full name said earlier anywhere in them); a longer
/// page is cut at paragraph breaks into windows of about this size, so that no slice of
/// recognition blocks the page for long (the core reads a few MB/s in wasm). It is the longest
/// text the core compiles an automaton of its own for, so such a text is recognised in one scope.
pub const WINDOW_BYTES: usize = crate::recognize::gazetteer::SCOPE_MAX_BYTES;

/// Windows of `text`: consecutive byte ranges of at most [`WINDOW_BYTES`], each ending at a
/// paragraph break (`"\n\n"`) where there is one, else at a sentence end or a space.
pub fn windows(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > WINDOW_BYTES {
        let mut limit = start + WINDOW_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        // A paragraph break, else (one enormous paragraph) a sentence end or a space.
        let cut = text[start..limit]
            .rfind("\n\n")
            .filter(|&i| i > 0)
            .map(|i| start + i + 2)
            .or_else(|| text[start..limit].rfind(['.', '!', '?', '؟', '\n']).filter(|&i| i > 0).map(|i| start + i + 1))
            .or_else(|| text[start..limit].rfind(' ').filter(|&i| i > 0).map(|i| start + i + 1))
            .unwrap_or(limit);
        out.push(start..cut);
        start = cut;
    }
    if start < text.len() || out.is_empty() {
        out.push(start..text.len());
    }
    out
}

/// Annotates `root`: reads its text, then recognises, wraps and paints it window by window, in
/// slices of at most about [`SLICE_MS`] with a yield to the page between them. Stops quietly
/// if the annotation is dropped meanwhile (`Lamha.destroy()`).
///
/// A text longer than [`PassOptions::lazy_above`] is still read and recognised whole, but only
/// the blocks near the viewport and the first mention of each entity are wrapped during the
/// pass; the rest is wrapped and painted as the reader scrolls to it ([`crate::web::lazy`]).
pub async fn run_pass(annotation: Weak<RefCell<Annotation>>, root: Element, sink: Option<Rc<dyn MutationSink>>) -> Option<PassReport> {
    let perf = web_sys::window()?.performance()?;
    let t0 = perf.now();
    let mut report = PassReport::default();
    let mut slice_start = t0;
    // Text an earlier lazy pass claimed is its own: blocks around `root` are wrapped now (the
    // page may have added text to them), blocks inside it are skipped by the walk.
    let (mut walk, lazy_above, own_date, article) = {
        let strong = annotation.upgrade()?;
        let mut a = strong.borrow_mut();
        a.materialise_around(&root);
        let own_date = super::page::own_article_date(&root, &a.options.start_roots);
        let article = a.article_of(&root);
        (Walk::new(&root, &a.options.rules, a.lazy.claimed()), a.options.lazy_above, own_date, article)
    };
    loop {
        annotation.upgrade()?;
        if walk.step(slice_start + SLICE_MS) {
            break;
        }
        if perf.now() - slice_start > SLICE_MS {
            report.end_slice(perf.now() - slice_start);
            super::page::yield_to_page().await;
            slice_start = perf.now();
        }
    }
    let map = walk.finish();
    report.read_ms = perf.now() - t0;
    let windows = windows(&map.text);
    // A text of several windows is scanned with the full automaton. Compiling it (about 30 ms
    // the first time in the browser) is a slice of its own, so that no task adds it to a slice
    // of recognition.
    if windows.len() > 1 {
        let recognizer = annotation.upgrade()?.borrow().recognizer.clone();
        if !recognizer.has_full() {
            report.end_slice(perf.now() - slice_start);
            super::page::yield_to_page().await;
            slice_start = perf.now();
            recognizer.build_full();
        }
    }
    let map = if map.text.len() > lazy_above {
        let strong = annotation.upgrade()?;
        let begun = strong.borrow_mut().lazy_begin(annotation.clone(), map, sink.clone());
        match begun {
            Ok(pass) => return lazy_pass(annotation, pass, windows, (own_date, article), report, t0, slice_start, sink, root).await,
            // Nothing to watch the viewport with: everything now, as for a short article.
            Err(map) => map,
        }
    } else {
        map
    };
    // A short text (one window, as an article is) is scanned with an automaton of its own
    // forms until the full one exists: a few times cheaper to build at start-up. Building it is
    // part of the recogniser's start-up, which is not cut into slices (as the widget's setup is
    // not), so its time does not count towards the first slice.
    let scope_start = perf.now();
    let scope = match windows.as_slice() {
        [_] => annotation.upgrade()?.borrow().recognizer.scope(&map.text),
        _ => Scope::default(),
    };
    slice_start += perf.now() - scope_start;
    let mut fragments = Fragments::default();
    by_window(
        &annotation,
        windows,
        own_date,
        &mut report,
        &mut slice_start,
        sink.as_ref(),
        |a, window, ref_date, _| a.plan(&map, window, ref_date, &scope, article),
        |a, p, report| {
            if a.apply(&map, &mut fragments, p) {
                a.paint_mention(p.index, true);
                *report.counts.entry(a.mentions[p.index].type_name()).or_default() += 1;
                report.highlighted += 1;
            }
        },
        |_, _| {},
        None,
    )
    .await?;
    // One hand-over for the whole pass: the browser's cost is per hand-over and per range held.
    {
        let strong = annotation.upgrade()?;
        let mut a = strong.borrow_mut();
        if a.paint.has_pending() {
            report.first_paint_ms = Some(perf.now() - t0);
        }
        a.paint.flush();
    }
    report.end_slice(perf.now() - slice_start);
    report.ms = perf.now() - t0;
    Some(report)
}

/// Ends the current slice and yields to the page once it has run for `limit` milliseconds
/// ([`SLICE_MS`], or twice that for the wrapping of a pass's last window).
async fn yield_if_due(perf: &web_sys::Performance, report: &mut PassReport, slice_start: &mut f64, limit: f64) {
    if perf.now() - *slice_start > limit {
        report.end_slice(perf.now() - *slice_start);
        super::page::yield_to_page().await;
        *slice_start = perf.now();
    }
}

/// The recognise-then-apply loop both kinds of pass share: recognises `windows` one by one
/// (`plan`, given `ref_date` if the pass has one of its own, then the reference date the first
/// window used) and applies each window's items
/// (`apply`) in slices of at most [`SLICE_MS`], handing each slice's own DOM records to `sink`
/// so that they do not come back as work, and calling `after_slice` at the end of each slice.
/// `None` if the annotation was dropped meanwhile.
#[allow(clippy::too_many_arguments)]
async fn by_window<T>(
    annotation: &Weak<RefCell<Annotation>>,
    windows: Vec<std::ops::Range<usize>>,
    mut ref_date: Option<crate::dates::Date>,
    report: &mut PassReport,
    slice_start: &mut f64,
    sink: Option<&Rc<dyn MutationSink>>,
    mut plan: impl FnMut(&mut Annotation, std::ops::Range<usize>, Option<crate::dates::Date>, &mut PassReport) -> (Vec<T>, Option<crate::dates::Date>),
    mut apply: impl FnMut(&mut Annotation, &T, &mut PassReport),
    mut after_slice: impl FnMut(&mut Annotation, &mut PassReport),
    mut settle: Option<&Element>,
) -> Option<()> {
    let perf = web_sys::window()?.performance()?;
    let last_window = windows.len().saturating_sub(1);
    for (w, window) in windows.into_iter().enumerate() {
        yield_if_due(&perf, report, slice_start, SLICE_MS).await;
        let recognize_start = perf.now();
        let items = {
            let strong = annotation.upgrade()?;
            let mut a = strong.borrow_mut();
            let (items, found_date) = plan(&mut a, window, ref_date, report);
            if w == 0 {
                ref_date = found_date;
                report.ref_date = found_date.map(|d| d.iso());
            }
            items
        };
        report.recognize_ms += perf.now() - recognize_start;
        let mut left = items.len();
        if settle.is_some() && left > 0 {
            // The window's wrapping, and the layout after it, in a task of their own: no frame
            // can come between the two (see `settle_layout`).
            report.end_slice(perf.now() - *slice_start);
            super::page::yield_to_page().await;
            *slice_start = perf.now();
        }
        // See below: the last window's slices run to twice the usual length.
        let limit = if w == last_window { SLICE_MS * 2.0 } else { SLICE_MS };
        while left > 0 {
            yield_if_due(&perf, report, slice_start, limit).await;
            let before = left;
            {
                let strong = annotation.upgrade()?;
                let mut a = strong.borrow_mut();
                if let Some(s) = sink {
                    s.take(false);
                }
                while left > 0 {
                    // Over the slice: yield. The last window runs on to twice the slice (still
                    // under the 50 ms of a long task), so that a short article is highlighted in
                    // one task: a yield in the middle gave the browser a frame that laid out and
                    // painted the half-wrapped page, 15–45 ms before the rest. (It used to run
                    // on only if the pace so far promised to finish in time; the first items'
                    // pace includes the engine compiling the wrapping code, and the seed page
                    // yielded in one load in three.)
                    if perf.now() - *slice_start > limit {
                        break;
                    }
                    left -= 1;
                    apply(&mut a, &items[left], report);
                }
                if let Some(s) = sink {
                    s.take(true);
                }
                after_slice(&mut a, report);
            }
            if let Some(root) = settle.filter(|_| left < before) {
                if settle_layout(&perf, root, report, slice_start).await > SETTLE_GIVE_UP_MS {
                    // A page this slow to lay out gets a long task either way; laying it out
                    // after every slice would only add layouts (one 1 MB text node: 2 s each).
                    settle = None;
                }
            }
        }
    }
    Some(())
}

/// After a slice that wrapped words of a long article: makes the browser lay the page out again
/// now, then yields. Otherwise that layout (of the whole article, 15–35 ms on the 1 MB page)
/// happens in the next frame, on top of its paint, or inside the next slice that measures a
/// paragraph: one task of 45–60 ms instead of two of half that. A short slice (the wrapping of
/// one window, which starts a task of its own) is followed by the layout in the same task, so
/// that no frame comes between them; after a longer one the layout gets a task of its own. The
/// time is counted in `report.layout_ms`, not as a slice of Lamha's own work. Returns the
/// layout's milliseconds.
async fn settle_layout(perf: &web_sys::Performance, root: &Element, report: &mut PassReport, slice_start: &mut f64) -> f64 {
    let slice = perf.now() - *slice_start;
    report.end_slice(slice);
    if slice > SETTLE_SAME_TASK_MS {
        super::page::yield_to_page().await;
    }
    let t = perf.now();
    // Reading a box makes the browser bring style and layout up to date now.
    let _ = root.get_bounding_client_rect();
    let ms = perf.now() - t;
    report.layout_ms += ms;
    super::page::yield_to_page().await;
    *slice_start = perf.now();
    ms
}

/// A layout longer than this (milliseconds) ends the settling for the rest of the pass
/// ([`settle_layout`]): it is a long task by itself, and settling after every slice would only
/// multiply such layouts (one 1 MB text node took 2.4 times as long with it).
const SETTLE_GIVE_UP_MS: f64 = 100.0;

/// A wrapping slice up to this long (milliseconds) is followed by the layout in the same task
/// ([`settle_layout`]); the 1 MB article's windows wrap in 1–10 ms.
const SETTLE_SAME_TASK_MS: f64 = 12.0;

/// The rest of a lazy pass (see [`crate::web::lazy`]): recognises window by window; after each
/// window wraps the first mention of each entity and every mention in a block near the
/// viewport, and paints those blocks; leaves the other blocks to the observer.
#[allow(clippy::too_many_arguments)]
async fn lazy_pass(
    annotation: Weak<RefCell<Annotation>>,
    pass: usize,
    windows: Vec<std::ops::Range<usize>>,
    (own_date, article): (Option<crate::dates::Date>, u32),
    mut report: PassReport,
    t0: f64,
    mut slice_start: f64,
    sink: Option<Rc<dyn MutationSink>>,
    root: Element,
) -> Option<PassReport> {
    let perf = web_sys::window()?.performance()?;
    report.lazy = true;
    // The plan measures where paragraphs are (`getBoundingClientRect`). If the page changed
    // since the browser last laid it out (text just inserted), measuring lays it out inside a
    // slice of the pass: over a second on one 1 MB text node (the hardening test saw a slice of
    // 1,123 ms). After one frame the layout is the browser's own, outside any slice.
    report.end_slice(perf.now() - slice_start);
    super::lazy::next_frame().await;
    super::page::yield_to_page().await;
    slice_start = perf.now();
    by_window(
        &annotation,
        windows,
        own_date,
        &mut report,
        &mut slice_start,
        sink.as_ref(),
        |a, window, ref_date, report| a.lazy_plan(pass, window, ref_date, article, &mut report.counts),
        |a, &(block, k), _| {
            a.lazy_apply(block, k);
        },
        |a, report| {
            if a.lazy_flush(false) && report.first_paint_ms.is_none() {
                report.first_paint_ms = Some(perf.now() - t0);
            }
        },
        Some(&root),
    )
    .await?;
    {
        let strong = annotation.upgrade()?;
        let mut a = strong.borrow_mut();
        if a.lazy_flush(true) && report.first_paint_ms.is_none() {
            report.first_paint_ms = Some(perf.now() - t0);
        }
        let (highlighted, deferred) = a.lazy_counts(pass);
        report.highlighted = highlighted;
        report.deferred = deferred;
        // The pass measured blocks as it went; the next frame looks again with the final layout.
        a.lazy_schedule();
        a.lazy_watch(&root);
    }
    report.end_slice(perf.now() - slice_start);
    report.ms = perf.now() - t0;
    Some(report)
}
