//! Where ranges become highlights, and the stylesheet that paints them.
//!
//! Highlights are painted with the CSS Custom Highlight API: each mention's `Range` is added to
//! a `Highlight` registered as `lamha-person`, `lamha-country`, … and styled with
//! `::highlight(lamha-person)`. Painting a range changes neither the DOM nor the layout, so
//! Arabic letters stay joined and lam-alef ligatures stay whole, even when a highlight starts
//! after a proclitic (`ل|إسرائيل`). Browsers without the API fall back to styling the wrapping
//! elements ([`crate::web::text::MARK_TAG`]), which Lamha places on whole words for that reason.
//!
//! The stylesheet is a constructed `CSSStyleSheet` adopted by the document, so it needs no
//! `<style>` element and no `style-src 'unsafe-inline'`. Every selector is Lamha's own
//! (`lamha-mark::highlight(lamha-…)`, `lamha-mark.lamha-hl`), so nothing leaks onto the host page.
//!
//! **Why the highlight rules name their elements.** A rule `::highlight(lamha-person)` applies
//! to every element, so adopting it makes Chromium recompute the style of the whole page: on the
//! 1 MB article's 5,000 rendered paragraphs that took 31–58 ms in one task (and 69 ms inside
//! the pass, where it showed as a long task at load), against 1.8–2.5 ms for the same rule
//! limited to `lamha-mark` and `[data-lamha-paint]` (measured in the page, adoption then a
//! forced layout). Highlight styles are inherited (CSS Pseudo 4), so text inside a wrapper, or
//! anywhere inside a block marked with [`PAINT_ATTR`], is painted; every painted range lies in
//! one or the other: a mention is painted once its word is wrapped, or, on a long article
//! while the reader scrolls, once its block is marked (setting the attribute on ten paragraphs
//! cost 0.3–0.5 ms, no layout).
//! Both [`Paint`] and [`Styles`] undo themselves when dropped.
//!
//! ## Publisher CSS custom properties
//! For each type `T` in `person`, `country`, `place`, `organization`, `date`, set on the root or
//! any ancestor: `--lamha-T-color` (text), `--lamha-T-bg` (background), `--lamha-T-line`
//! (underline colour), `--lamha-T-underline` (underline style), `--lamha-T-thickness`; and
//! `--lamha-focus` (the focus ring colour). They win over the configuration, which wins over
//! the built-in palette.

use super::config::{Config, Theme, TypeStyle, ALL_TYPES};
use crate::recognize::MentionType;
use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{AbstractRange, CssStyleSheet};

#[wasm_bindgen]
extern "C" {
    /// `Highlight` of the CSS Custom Highlight API.
    #[wasm_bindgen(js_name = Highlight)]
    type JsHighlight;
    #[wasm_bindgen(constructor, js_class = "Highlight", catch)]
    fn new() -> Result<JsHighlight, JsValue>;
    #[wasm_bindgen(method, js_class = "Highlight", js_name = add)]
    fn add(this: &JsHighlight, range: &AbstractRange);
    #[wasm_bindgen(method, js_class = "Highlight", js_name = delete)]
    fn delete(this: &JsHighlight, range: &AbstractRange) -> bool;

    /// `CSS.highlights`.
    type HighlightRegistry;
    #[wasm_bindgen(method, js_name = set)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &JsHighlight);
    #[wasm_bindgen(method, js_name = delete)]
    fn delete(this: &HighlightRegistry, name: &str) -> bool;
}

/// The attribute on a block whose text is painted before it is wrapped ([`crate::web::lazy`]):
/// the highlight rules apply to text inside wrappers and inside blocks that carry it.
pub const PAINT_ATTR: &str = "data-lamha-paint";

/// The name a type's highlight is registered under, and its CSS class.
pub fn highlight_name(kind: MentionType) -> &'static str {
    match kind {
        MentionType::Entity(crate::kb::EntityType::Person) => "lamha-person",
        MentionType::Entity(crate::kb::EntityType::Country) => "lamha-country",
        MentionType::Entity(crate::kb::EntityType::Place) => "lamha-place",
        MentionType::Entity(crate::kb::EntityType::Organization) => "lamha-organization",
        MentionType::Date => "lamha-date",
    }
}

/// The registered highlights, one per type; unregistered on drop.
pub struct Paint {
    registry: Option<HighlightRegistry>,
    highlights: Vec<JsHighlight>,
    /// Changes not yet handed to the browser (see [`Paint::flush`]): the highlight, the range,
    /// and whether it is added (else removed).
    pending: Vec<(usize, AbstractRange, bool)>,
    /// Ranges in the registry once the pending changes are handed over.
    after_flush: usize,
    /// Ranges in the registry now.
    registered: usize,
}

impl Paint {
    /// Registers an empty highlight per type (nothing, where the API is missing).
    pub fn new() -> Paint {
        let registry = Reflect::get(&js_sys::global(), &"CSS".into())
            .and_then(|css| Reflect::get(&css, &"highlights".into()))
            .ok()
            .filter(|r| r.is_object())
            .map(JsCast::unchecked_into::<HighlightRegistry>);
        let mut highlights = Vec::new();
        if let Some(reg) = &registry {
            for kind in ALL_TYPES {
                match JsHighlight::new() {
                    Ok(h) => {
                        reg.set(highlight_name(kind), &h);
                        highlights.push(h);
                    }
                    Err(_) => return Paint { registry: None, highlights: Vec::new(), pending: Vec::new(), after_flush: 0, registered: 0 },
                }
            }
        }
        Paint { registry, highlights, pending: Vec::new(), after_flush: 0, registered: 0 }
    }

    /// Whether ranges are painted (the CSS Custom Highlight API is there).
    pub fn active(&self) -> bool {
        !self.highlights.is_empty()
    }

    /// Queues `range` to be painted as a mention of `kind` at the next [`Paint::flush`].
    pub fn add(&mut self, kind: MentionType, range: &AbstractRange) {
        self.queue(kind, range, true);
    }

    /// Queues `range` (painted as a mention of `kind`) to be unpainted at the next flush.
    pub fn remove(&mut self, kind: MentionType, range: &AbstractRange) {
        self.queue(kind, range, false);
    }

    fn queue(&mut self, kind: MentionType, range: &AbstractRange, add: bool) {
        if let Some(i) = ALL_TYPES.iter().position(|&t| t == kind) {
            if i < self.highlights.len() {
                self.pending.push((i, range.clone(), add));
                self.after_flush = if add { self.after_flush + 1 } else { self.after_flush.saturating_sub(1) };
            }
        }
    }

    /// Ranges the registry will hold after the next flush.
    pub fn after_flush(&self) -> usize {
        self.after_flush
    }

    /// Ranges the registry holds now.
    pub fn registered(&self) -> usize {
        self.registered
    }

    /// Whether changes are waiting for [`Paint::flush`].
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Hands the queued changes to the browser. Batched because Chromium re-validates every
    /// range of every registered highlight in the next frame after any change to the registry,
    /// the DOM or the style: handing over a 1 MB article's 32,000 ranges window by window cost
    /// 3 s of rendering, once 0.1 s. (The lazy mode keeps the registry to what is near the
    /// viewport for the same reason, [`crate::web::lazy`].)
    pub fn flush(&mut self) {
        for (i, range, add) in self.pending.drain(..) {
            if add {
                self.highlights[i].add(&range);
            } else {
                self.highlights[i].delete(&range);
            }
        }
        self.registered = self.after_flush;
    }
}

impl Default for Paint {
    fn default() -> Self {
        Paint::new()
    }
}

impl Drop for Paint {
    fn drop(&mut self) {
        if let Some(reg) = &self.registry {
            for kind in ALL_TYPES {
                reg.delete(highlight_name(kind));
            }
        }
    }
}

/// The adopted stylesheet; removed from the document on drop.
pub struct Styles {
    sheet: Option<CssStyleSheet>,
}

impl Styles {
    /// Builds the stylesheet for `config` and adopts it (nothing, where constructed
    /// stylesheets are missing: highlights are then unstyled but everything else works).
    pub fn adopt(document: &web_sys::Document, config: &Config) -> Styles {
        let sheet = CssStyleSheet::new().ok().filter(|s| s.replace_sync(&stylesheet(config)).is_ok());
        if let Some(s) = &sheet {
            let adopted = Reflect::get(document, &"adoptedStyleSheets".into()).ok().filter(Array::is_array);
            match adopted {
                Some(list) => {
                    let list = Array::from(&list);
                    list.push(s);
                    let _ = Reflect::set(document, &"adoptedStyleSheets".into(), &list);
                }
                None => return Styles { sheet: None },
            }
        }
        Styles { sheet }
    }
}

impl Drop for Styles {
    fn drop(&mut self) {
        let (Some(sheet), Some(doc)) = (&self.sheet, web_sys::window().and_then(|w| w.document())) else { return };
        if let Ok(list) = Reflect::get(&doc, &"adoptedStyleSheets".into()) {
            let mine: &JsValue = sheet.as_ref();
            let kept: Array = Array::from(&list).filter(&mut |s, _, _| &s != mine);
            let _ = Reflect::set(&doc, &"adoptedStyleSheets".into(), &kept);
        }
    }
}

/// Built-in palette per type: (background, underline colour) for light and dark pages.
const PALETTE: [(&str, &str, &str, &str); 5] = [
    ("rgba(37,99,235,.12)", "#2563eb", "rgba(96,165,250,.22)", "#93c5fd"),
    ("rgba(5,150,105,.12)", "#059669", "rgba(52,211,153,.2)", "#6ee7b7"),
    ("rgba(217,119,6,.14)", "#d97706", "rgba(251,191,36,.2)", "#fcd34d"),
    ("rgba(147,51,234,.12)", "#9333ea", "rgba(192,132,252,.22)", "#d8b4fe"),
    ("rgba(71,85,105,.12)", "#475569", "rgba(148,163,184,.22)", "#cbd5e1"),
];

/// The stylesheet text for `config`. Publisher values have been checked by the browser's CSS
/// parser (see [`crate::web::config`]), so they can be written into declarations as they are.
pub fn stylesheet(config: &Config) -> String {
    let mut light = String::new();
    let mut dark = String::new();
    let mut fallback = String::new();
    for (i, kind) in ALL_TYPES.into_iter().enumerate() {
        let style = &config.styles[i];
        if style.none {
            continue;
        }
        let name = highlight_name(kind);
        let t = &name["lamha-".len()..];
        let (lbg, lline, dbg, dline) = PALETTE[i];
        // Only wrappers and marked blocks: see the module notes.
        let painted = format!("{tag}::highlight({name}),[{attr}]::highlight({name})", tag = super::text::MARK_TAG, attr = PAINT_ATTR);
        light.push_str(&rule(&painted, t, style, lbg, lline));
        dark.push_str(&rule(&painted, t, style, dbg, dline));
        fallback.push_str(&rule(&format!("{}.{name}", super::text::MARK_TAG), t, style, lbg, lline));
    }
    let focus = format!(
        "{}.lamha-hl:focus-visible{{outline:2px solid var(--lamha-focus,#2563eb);outline-offset:1px;border-radius:2px}}",
        super::text::MARK_TAG
    );
    let themed = match config.theme {
        Theme::Light => light,
        Theme::Dark => dark,
        Theme::Auto => format!("{light}@media (prefers-color-scheme: dark){{{dark}}}"),
    };
    format!("{themed}@supports not selector(::highlight(a)){{{fallback}}}{focus}")
}

fn rule(selector: &str, t: &str, style: &TypeStyle, bg: &str, line: &str) -> String {
    let bg = style.background.as_deref().unwrap_or(bg);
    let line_colour = style.color.as_deref().unwrap_or(line);
    let underline = style.underline.as_deref().unwrap_or("solid");
    let thickness = style.thickness.as_deref().unwrap_or("2px");
    // Without a configured colour the property has no fallback: unset, the text keeps its own.
    let colour = match style.color.as_deref() {
        Some(c) => format!("color:var(--lamha-{t}-color,{c});"),
        None => format!("color:var(--lamha-{t}-color);"),
    };
    let decoration = if underline == "none" {
        "text-decoration:none;".to_string()
    } else {
        format!(
            "text-decoration-line:underline;text-decoration-style:var(--lamha-{t}-underline,{underline});\
             text-decoration-color:var(--lamha-{t}-line,{line_colour});text-decoration-thickness:var(--lamha-{t}-thickness,{thickness});"
        )
    };
    format!("{selector}{{{colour}background-color:var(--lamha-{t}-bg,{bg});{decoration}}}")
}
