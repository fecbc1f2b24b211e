//! The cards: what a reader gets when hovering, focusing or tapping a highlight.
//!
//! One card at a time lives in a shadow root attached to a `<lamha-card>` element appended to
//! `document.body`: the page's CSS cannot reach inside and the card's CSS (a constructed
//! stylesheet adopted by the shadow root, allowed under `style-src 'self'`) cannot leak out.
//! The content comes from [`crate::card::content`], the position from
//! [`crate::card::placement`]; this module only measures, renders and listens.
//!
//! ## Behaviour
//! - **Mouse:** hover intent: the card opens after the pointer rests on a highlight for
//!   [`CardOptions::delay_ms`], and closes [`CardOptions::grace_ms`] after the pointer leaves
//!   both the highlight and the card, so the pointer can travel into the (interactive) card.
//!   While a card is showing, moving to another highlight switches at once.
//! - **Keyboard:** the first highlighted mention of each entity is a tab stop (`tabindex=0`,
//!   `role=button`, `aria-expanded`, `aria-haspopup=dialog`); the others are reached with the
//!   card's "next mention" button. One stop per entity keeps the tab order short (the seed
//!   article has some forty highlights but a dozen entities) while every card stays reachable.
//!   Focus opens the card and points `aria-describedby` at it, so a screen reader reads it;
//!   Tab moves into the card, Tab past its last control comes back to the highlight, the next
//!   Tab continues through the page; Escape closes it and returns focus to the highlight.
//!   A highlight inside a link is not made a second tab stop: the link's own focus opens it.
//! - **Touch:** a tap opens the card (on a link, the first tap opens the card and the second
//!   follows the link); a tap outside closes it.
//! - **Placement:** anchored to the line under the pointer when a name wraps; follows scroll and
//!   resize; hidden while its highlight is out of view.
//! - **Events:** `lamha:open` and `lamha:close` on the highlight (bubbling), with `id` (the
//!   knowledge-base id or `null`), `type` and `mention` (the index in `data-lamha-mention`).
//!
//! Everything added here (the host, the stylesheet, listeners, timers, attributes on the
//! highlights) is removed when [`Cards`] is dropped.

pub(crate) mod listen;
mod render;
mod style;

use super::annotate::{AnnotatedMention, Annotation};
use super::config::{Config, Theme};
use super::text::{MARK_CLASS, MARK_TAG};
use crate::card::content::{ArticleMention, CardSource, LinkTemplate};
use crate::card::placement::{css_px, place, Direction, PlacementInput, Rect, Side};
use crate::card::Lang;
use crate::recognize::Mention;
use gloo_timers::callback::Timeout;
use listen::Listener;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Document, Element, Event, EventTarget, HtmlElement, KeyboardEvent, PointerEvent, ShadowRoot};

/// The id of the card's host element, which highlights name in `aria-describedby`.
pub const HOST_ID: &str = "lamha-card";
const HOST_TAG: &str = "lamha-card";
/// Distance kept between the card and the viewport's edges, in CSS pixels.
const MARGIN: f64 = 8.0;
/// Distance between the line and the card: room for the arrow.
const GAP: f64 = 10.0;
/// The arrow stays this far from the card's sides, clear of the rounded corners.
const ARROW_PADDING: f64 = 18.0;

impl ArticleMention for AnnotatedMention {
    fn mention(&self) -> &Mention {
        &self.mention
    }
    fn surface(&self) -> &str {
        &self.text
    }
    fn highlighted(&self) -> bool {
        // Wrapped, or to be wrapped when its paragraph comes near (the jump wraps it first).
        self.planned
    }
    fn article(&self) -> u32 {
        self.article
    }
}

/// The card settings a publisher can change.
#[derive(Clone, Debug, PartialEq)]
pub struct CardOptions {
    /// How long the pointer rests on a highlight before its card opens, in milliseconds
    /// (default 300: long enough that sweeping the mouse across a paragraph opens nothing).
    pub delay_ms: u32,
    /// How long a card stays after the pointer leaves, in milliseconds (default 300: time to
    /// cross the gap into the card).
    pub grace_ms: u32,
    /// Label language (default Arabic).
    pub lang: Lang,
    /// The publisher's entity page pattern (`/tag/{id}`).
    pub link_template: Option<LinkTemplate>,
    /// `light`, `dark` or `auto`.
    pub theme: &'static str,
}

impl Default for CardOptions {
    fn default() -> Self {
        CardOptions { delay_ms: 300, grace_ms: 300, lang: Lang::Ar, link_template: None, theme: "auto" }
    }
}

impl CardOptions {
    /// The publisher's card settings, with the widget configuration's theme.
    pub fn from_config(config: &Config) -> CardOptions {
        let theme = match config.theme {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        };
        CardOptions { theme, ..config.cards.clone() }
    }

    /// Applies one configuration key if it is a card key: `cardDelay` (milliseconds, 0–5000),
    /// `cardLabels` (`ar` or `en`), `linkTemplate` (`/tag/{id}`). Returns `None` for any other
    /// key, and `Some(Err(expected))` with what was expected for a bad value.
    pub fn apply_key(&mut self, key: &str, value: &JsValue) -> Option<Result<(), String>> {
        Some(match key {
            "cardDelay" => match value.as_f64().or_else(|| value.as_string().and_then(|s| crate::web::config::parse_number(&s))) {
                Some(ms) if (0.0..=5000.0).contains(&ms) => {
                    self.delay_ms = ms as u32;
                    Ok(())
                }
                _ => Err("a number of milliseconds from 0 to 5000".into()),
            },
            "cardLabels" => match value.as_string().as_deref().and_then(Lang::parse) {
                Some(lang) => {
                    self.lang = lang;
                    Ok(())
                }
                None => Err("\"ar\" or \"en\"".into()),
            },
            "linkTemplate" => match value.as_string().map(|s| LinkTemplate::parse(&s)) {
                Some(Ok(t)) => {
                    self.link_template = Some(t);
                    Ok(())
                }
                Some(Err(e)) => Err(e.to_string()),
                None => Err("a string such as \"/tag/{id}\"".into()),
            },
            _ => return None,
        })
    }
}

thread_local! {
    static CARDS: RefCell<Option<Cards>> = const { RefCell::new(None) };
}

/// Starts the cards over the widget's annotation (replacing any previous cards).
pub fn start(annotation: Weak<RefCell<Annotation>>, options: CardOptions) {
    stop();
    let cards = Cards::new(annotation, options);
    CARDS.with(|c| *c.borrow_mut() = cards);
}

/// Removes the cards and everything they added.
pub fn stop() {
    let cards = CARDS.with(|c| c.borrow_mut().take());
    drop(cards);
}

/// Makes the highlights added since the last call reachable by keyboard (called after every
/// annotation pass).
pub fn refresh() {
    let state = CARDS.with(|c| c.borrow().as_ref().map(|c| c.state.clone()));
    if let Some(s) = state {
        refresh_tab_stops(&s);
    }
}

/// How a card was opened; it decides what closes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Via {
    Pointer,
    Focus,
    Touch,
}

struct Open {
    mention: usize,
    /// The highlight piece the card is attached to.
    anchor: Element,
    /// Where focus returns and where `aria-*` go: the highlight, or the link around it.
    owner: Element,
    via: Via,
    /// Pointer position at opening, to pick the line of a wrapped name.
    pointer: Option<(f64, f64)>,
    /// The line chosen at opening: after a scroll the pointer may be over another line, but
    /// the card stays with the one the reader pointed at.
    line: Option<usize>,
    /// Focus has been inside the card during this opening.
    entered: bool,
    /// The owner's own `aria-describedby` (a page's link may have one), put back on close.
    described_before: Option<String>,
}

/// The cards' state. Dropping it removes the host, the attributes and (through [`Cards`]) the
/// listeners.
struct State {
    annotation: Weak<RefCell<Annotation>>,
    options: CardOptions,
    document: Document,
    host: HtmlElement,
    shadow: ShadowRoot,
    card: HtmlElement,
    open: Option<Open>,
    open_timer: Option<Timeout>,
    close_timer: Option<Timeout>,
    /// Latest pointer position over a highlight.
    pointer: Option<(f64, f64)>,
    /// The kind of the last pointer that went down (`mouse`, `pen`, `touch`).
    last_pointer: String,
    /// Elements given keyboard attributes, to strip on drop.
    tab_stops: Vec<Element>,
    /// Mentions already considered for a tab stop.
    stops_done: usize,
    /// Entities (or unlinked names) that have their tab stop.
    stop_keys: std::collections::HashSet<String>,
    /// Focus is being returned to a highlight after a close: its `focusin` must not reopen.
    returning_focus: bool,
}

impl Drop for State {
    fn drop(&mut self) {
        self.open_timer.take();
        self.close_timer.take();
        for el in self.tab_stops.drain(..) {
            for attr in ["tabindex", "role", "aria-expanded", "aria-haspopup", "aria-describedby"] {
                let _ = el.remove_attribute(attr);
            }
        }
        if let Some(open) = &self.open {
            reset_aria(open);
        }
        self.host.remove();
    }
}

/// The live cards: the state and the listeners that drive it.
pub struct Cards {
    // Listeners drop first, so no event reaches a half-dropped state.
    _listeners: Vec<Listener>,
    state: Rc<RefCell<State>>,
}

impl Cards {
    /// Creates the (hidden) host and starts listening. `None` outside a document with a body.
    pub fn new(annotation: Weak<RefCell<Annotation>>, options: CardOptions) -> Option<Cards> {
        let window = web_sys::window()?;
        let document = window.document()?;
        let body = document.body()?;
        let host: HtmlElement = document.create_element(HOST_TAG).ok()?.dyn_into().ok()?;
        host.set_id(HOST_ID);
        guard_host(&host);
        show_host(&host, false);
        host.set_attribute("role", "dialog").ok()?;
        host.set_attribute("data-theme", options.theme).ok()?;
        let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
        let shadow = host.attach_shadow(&init).ok()?;
        let sheet = CssStyleSheet::new().ok()?;
        sheet.replace_sync(style::CARD_CSS).ok()?;
        js_sys::Reflect::set(&shadow, &"adoptedStyleSheets".into(), &js_sys::Array::of1(&sheet)).ok()?;
        let card: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
        card.set_class_name("card");
        shadow.append_child(&card).ok()?;
        body.append_child(&host).ok()?;

        let state = Rc::new(RefCell::new(State {
            annotation,
            options,
            document: document.clone(),
            host,
            shadow: shadow.clone(),
            card,
            open: None,
            open_timer: None,
            close_timer: None,
            pointer: None,
            last_pointer: String::new(),
            tab_stops: Vec::new(),
            stops_done: 0,
            stop_keys: Default::default(),
            returning_focus: false,
        }));
        refresh_tab_stops(&state);

        let doc: &EventTarget = document.as_ref();
        let win: &EventTarget = window.as_ref();
        let w = Rc::downgrade(&state);
        let on = |f: fn(&Rc<RefCell<State>>, Event)| {
            let w = w.clone();
            move |e: Event| {
                if let Some(s) = w.upgrade() {
                    f(&s, e);
                }
            }
        };
        let listeners = vec![
            Listener::new(doc, "pointerover", true, true, on(on_pointer_over)),
            Listener::new(doc, "pointerout", true, true, on(on_pointer_out)),
            Listener::new(doc, "pointermove", true, true, on(on_pointer_move)),
            Listener::new(doc, "pointerdown", true, true, on(on_pointer_down)),
            Listener::new(doc, "click", true, false, on(on_click)),
            Listener::new(doc, "focusin", true, true, on(on_focus_in)),
            Listener::new(doc, "focusout", true, true, on(on_focus_out)),
            Listener::new(doc, "keydown", true, false, on(on_key_down)),
            Listener::new(doc, "scroll", true, true, on(|s, _| position(s))),
            Listener::new(win, "resize", false, true, on(|s, _| position(s))),
            Listener::new(doc, "lamha:ready", false, true, on(|s, _| refresh_tab_stops(s))),
            Listener::new(shadow.as_ref(), "click", false, false, on(on_card_click)),
            // `error` does not bubble; capturing it at the shadow root catches a failed portrait,
            // which becomes an empty box of the same size (no broken-image icon, no layout jump).
            Listener::new(shadow.as_ref(), "error", true, true, on(|_, e| {
                if let Some(img) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                    let _ = img.remove_attribute("src");
                    let _ = img.set_attribute("alt", "");
                    let _ = img.set_attribute("data-failed", "");
                }
            })),
        ];
        Some(Cards { _listeners: listeners, state })
    }
}

/// Pins the host's own box with inline `!important` declarations (set through the CSSOM, which
/// `style-src 'self'` allows): they outrank every page rule, so a page's `body > *` or
/// `[id] { position: static !important }` cannot move, scale or hide the card.
fn guard_host(host: &HtmlElement) {
    let style = host.style();
    for (property, value) in [
        ("position", "fixed"),
        ("inset", "0 auto auto 0"),
        ("width", "0"),
        ("height", "0"),
        ("margin", "0"),
        ("padding", "0"),
        ("border", "0"),
        ("transform", "none"),
        ("filter", "none"),
        ("opacity", "1"),
        ("visibility", "visible"),
        ("z-index", "2147483000"),
    ] {
        let _ = style.set_property_with_priority(property, value, "important");
    }
}

/// Shows or hides the host: the `hidden` attribute for assistive technology, and an inline
/// `display` that no page rule can override.
fn show_host(host: &HtmlElement, shown: bool) {
    host.set_hidden(!shown);
    let _ = host.style().set_property_with_priority("display", if shown { "block" } else { "none" }, "important");
}

/// The highlight element (or the piece of it) an event target is in.
fn mark_of(target: Option<EventTarget>) -> Option<(Element, usize)> {
    let el: Element = target?.dyn_into().ok()?;
    let mark = el.closest(&format!("{MARK_TAG}.{MARK_CLASS}")).ok()??;
    let index = mark.get_attribute("data-lamha-mention")?.parse().ok()?;
    Some((mark, index))
}

/// The highlight a focused element stands for: the highlight itself, or the first one inside a
/// focused link.
fn mark_for_focus(target: Option<EventTarget>) -> Option<(Element, Element, usize)> {
    let el: Element = target?.dyn_into().ok()?;
    if let Some((mark, i)) = mark_of(Some(el.clone().into())) {
        return Some((mark.clone(), mark, i));
    }
    if el.tag_name().eq_ignore_ascii_case("a") {
        let mark = el.query_selector(&format!("{MARK_TAG}.{MARK_CLASS}")).ok()??;
        let i = mark.get_attribute("data-lamha-mention")?.parse().ok()?;
        return Some((mark, el, i));
    }
    None
}

fn in_host(s: &State, target: Option<EventTarget>) -> bool {
    let Some(node) = target.and_then(|t| t.dyn_into::<web_sys::Node>().ok()) else { return false };
    s.host.contains(Some(&node))
}

/// The link a highlight is in, if any.
fn link_around(el: &Element) -> Option<Element> {
    el.closest("a[href]").ok().flatten()
}

fn on_pointer_down(s: &Rc<RefCell<State>>, e: Event) {
    if let Some(p) = e.dyn_ref::<PointerEvent>() {
        s.borrow_mut().last_pointer = p.pointer_type();
    }
}

fn on_pointer_over(s: &Rc<RefCell<State>>, e: Event) {
    let Some(p) = e.dyn_ref::<PointerEvent>() else { return };
    if p.pointer_type() == "touch" {
        return;
    }
    if in_host(&s.borrow(), e.target()) {
        s.borrow_mut().close_timer.take();
        return;
    }
    let Some((mark, index)) = mark_of(e.target()) else { return };
    let at = (f64::from(p.client_x()), f64::from(p.client_y()));
    let showing = {
        let mut st = s.borrow_mut();
        st.pointer = Some(at);
        st.close_timer.take();
        if st.open.as_ref().is_some_and(|o| o.mention == index) {
            return;
        }
        st.open.is_some()
    };
    if showing {
        open(s, index, mark.clone(), mark, Via::Pointer, Some(at));
        return;
    }
    let delay = s.borrow().options.delay_ms;
    let w = Rc::downgrade(s);
    let timer = Timeout::new(delay, move || {
        if let Some(s) = w.upgrade() {
            s.borrow_mut().open_timer = None;
            let at = s.borrow().pointer;
            open(&s, index, mark.clone(), mark, Via::Pointer, at);
        }
    });
    s.borrow_mut().open_timer = Some(timer);
}

fn on_pointer_move(s: &Rc<RefCell<State>>, e: Event) {
    let Some(p) = e.dyn_ref::<PointerEvent>() else { return };
    let mut st = s.borrow_mut();
    if st.open_timer.is_some() {
        st.pointer = Some((f64::from(p.client_x()), f64::from(p.client_y())));
    }
}

fn on_pointer_out(s: &Rc<RefCell<State>>, e: Event) {
    let Some(p) = e.dyn_ref::<PointerEvent>() else { return };
    if p.pointer_type() == "touch" {
        return;
    }
    let from_host = in_host(&s.borrow(), e.target());
    let from_mark = mark_of(e.target());
    if !from_host && from_mark.is_none() {
        return;
    }
    let to = p.related_target();
    if in_host(&s.borrow(), to.clone()) {
        return;
    }
    let to_mark = mark_of(to);
    if let (Some((_, a)), Some((_, b))) = (&from_mark, &to_mark) {
        if a == b {
            return; // another piece of the same name
        }
    }
    let mut st = s.borrow_mut();
    st.open_timer.take();
    if to_mark.is_some() {
        return; // the next highlight's pointerover switches the card
    }
    if st.open.as_ref().is_some_and(|o| o.via == Via::Pointer) {
        let w = Rc::downgrade(s);
        st.close_timer = Some(Timeout::new(st.options.grace_ms, move || {
            if let Some(s) = w.upgrade() {
                s.borrow_mut().close_timer = None;
                close(&s, false);
            }
        }));
    }
}

fn on_click(s: &Rc<RefCell<State>>, e: Event) {
    if in_host(&s.borrow(), e.target()) {
        return;
    }
    let touch = s.borrow().last_pointer == "touch";
    let Some((mark, index)) = mark_of(e.target()) else {
        // A click or tap anywhere else closes the card.
        if s.borrow().open.is_some() {
            close(s, false);
        }
        return;
    };
    let open_here = s.borrow().open.as_ref().is_some_and(|o| o.mention == index);
    let link = link_around(&mark);
    if open_here {
        // Second tap: a link is followed; a tap on plain text closes the card.
        if touch && link.is_none() {
            close(s, false);
        }
        return;
    }
    if touch && link.is_some() {
        e.prevent_default();
    }
    let at = e.dyn_ref::<web_sys::MouseEvent>().map(|m| (f64::from(m.client_x()), f64::from(m.client_y())));
    let owner = link.unwrap_or_else(|| mark.clone());
    open(s, index, mark, owner, if touch { Via::Touch } else { Via::Pointer }, at);
}

fn on_focus_in(s: &Rc<RefCell<State>>, e: Event) {
    if in_host(&s.borrow(), e.target()) {
        let mut st = s.borrow_mut();
        st.close_timer.take();
        if let Some(o) = st.open.as_mut() {
            o.entered = true;
        }
        return;
    }
    let Some((mark, owner, index)) = mark_for_focus(e.target()) else { return };
    if s.borrow().last_pointer == "touch" || s.borrow().returning_focus {
        return; // a tap focuses too (the click handler decides); a returned focus stays closed
    }
    if s.borrow().open.as_ref().is_some_and(|o| o.mention == index) {
        if let Some(o) = s.borrow_mut().open.as_mut() {
            o.via = Via::Focus;
        }
        return;
    }
    open(s, index, mark, owner, Via::Focus, None);
}

fn on_focus_out(s: &Rc<RefCell<State>>, e: Event) {
    let Some(f) = e.dyn_ref::<web_sys::FocusEvent>() else { return };
    let to = f.related_target();
    let st = s.borrow();
    let Some(o) = &st.open else { return };
    if o.via != Via::Focus || in_host(&st, to.clone()) {
        return;
    }
    let to_el = to.and_then(|t| t.dyn_into::<Element>().ok());
    if to_el.as_ref() == Some(&o.owner) {
        return;
    }
    let leaving = in_host(&st, e.target()) || e.target().and_then(|t| t.dyn_into::<Element>().ok()).as_ref() == Some(&o.owner);
    drop(st);
    if leaving && mark_for_focus(to_el.map(Into::into)).is_none() {
        close(s, false);
    }
}

fn on_key_down(s: &Rc<RefCell<State>>, e: Event) {
    let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
    // The reader is on the keyboard now: focus opens cards again after a tap.
    s.borrow_mut().last_pointer.clear();
    let key = k.key();
    let target = e.target();
    match key.as_str() {
        "Escape" if s.borrow().open.is_some() => {
            e.prevent_default();
            close(s, true);
        }
        "Enter" | " " => {
            // A highlight with role=button acts like one (inside a link, Enter follows it).
            let Some((mark, owner, index)) = mark_for_focus(target) else { return };
            if owner != mark || mark.get_attribute("role").as_deref() != Some("button") {
                return;
            }
            e.prevent_default();
            if s.borrow().open.as_ref().is_some_and(|o| o.mention == index) {
                close(s, true);
            } else {
                open(s, index, mark, owner, Via::Focus, None);
            }
        }
        "Tab" => {
            let (on_owner, in_card, entered) = {
                let st = s.borrow();
                let Some(o) = &st.open else { return };
                let t = target.clone().and_then(|t| t.dyn_into::<Element>().ok());
                (t.as_ref() == Some(&o.owner), in_host(&st, target.clone()), o.entered)
            };
            let controls = focusables(s);
            if on_owner && !k.shift_key() && !entered {
                if let Some(first) = controls.first() {
                    e.prevent_default();
                    let _ = first.focus();
                }
            } else if in_card {
                let active = s.borrow().shadow.active_element();
                let at_end = if k.shift_key() { controls.first() } else { controls.last() };
                if active.is_some() && active.as_ref() == at_end.map(|h| h.as_ref()) {
                    e.prevent_default();
                    let owner = s.borrow().open.as_ref().map(|o| o.owner.clone());
                    if let Some(owner) = owner.and_then(|o| o.dyn_into::<HtmlElement>().ok()) {
                        let _ = owner.focus();
                    }
                }
            }
        }
        _ => {}
    }
}

/// The card's focusable controls, in order.
fn focusables(s: &Rc<RefCell<State>>) -> Vec<HtmlElement> {
    let st = s.borrow();
    let Ok(list) = st.card.query_selector_all("a[href],button") else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect()
}

fn on_card_click(s: &Rc<RefCell<State>>, e: Event) {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(button) = el.closest("button[data-goto]").ok().flatten() else { return };
    let Some(index) = button.get_attribute("data-goto").and_then(|v| v.parse::<usize>().ok()) else { return };
    go_to_mention(s, index);
}

/// Scrolls to mention `index`, focuses its highlight and so opens its card.
fn go_to_mention(s: &Rc<RefCell<State>>, index: usize) {
    let target = {
        let st = s.borrow();
        let Some(a) = st.annotation.upgrade() else { return };
        let Ok(mut a) = a.try_borrow_mut() else { return };
        // On a long article its paragraph may not be wrapped yet ([`super::lazy`]).
        a.materialise_mention(index);
        a.mentions.get(index).and_then(|m| m.elements.first().cloned())
    };
    let Some(mark) = target else { return };
    let owner = link_around(&mark).unwrap_or_else(|| mark.clone());
    if owner == mark && mark.get_attribute("tabindex").is_none() {
        make_focusable(&mut s.borrow_mut(), &mark, "-1");
    }
    let reduced = web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches());
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    opts.set_behavior(if reduced { web_sys::ScrollBehavior::Auto } else { web_sys::ScrollBehavior::Smooth });
    mark.scroll_into_view_with_scroll_into_view_options(&opts);
    close(s, false);
    s.borrow_mut().last_pointer.clear();
    if let Ok(h) = owner.clone().dyn_into::<HtmlElement>() {
        let fo = web_sys::FocusOptions::new();
        fo.set_prevent_scroll(true);
        let _ = h.focus_with_options(&fo);
    }
    // Focus opens the card; if the owner could not take focus, open it directly.
    if s.borrow().open.as_ref().map(|o| o.mention) != Some(index) {
        open(s, index, mark, owner, Via::Focus, None);
    }
}

fn make_focusable(st: &mut State, el: &Element, tabindex: &str) {
    let _ = el.set_attribute("tabindex", tabindex);
    let _ = el.set_attribute("role", "button");
    let _ = el.set_attribute("aria-haspopup", "dialog");
    let _ = el.set_attribute("aria-expanded", "false");
    st.tab_stops.push(el.clone());
}

/// Gives the first highlighted mention of each entity (not inside a link) its tab stop.
fn refresh_tab_stops(s: &Rc<RefCell<State>>) {
    let mut st = s.borrow_mut();
    let Some(a) = st.annotation.upgrade() else { return };
    let Ok(a) = a.try_borrow() else { return };
    let kb = a.recognizer.kb();
    let start = st.stops_done.min(a.mentions.len());
    for m in &a.mentions[start..] {
        let Some(first) = m.elements.first() else { continue };
        let key = match m.mention.entity {
            Some(e) => kb.entries()[e].id.to_string(),
            None => format!("{}:{}", m.mention.kind.as_str(), m.text.trim()),
        };
        if link_around(first).is_some() || st.stop_keys.contains(&key) {
            continue;
        }
        st.stop_keys.insert(key);
        make_focusable(&mut st, first, "0");
    }
    // Mentions still being wrapped (no elements yet) are looked at again next time.
    st.stops_done = a.mentions.iter().rposition(|m| !m.elements.is_empty()).map_or(start, |i| i + 1);
}

/// Opens (or switches to) the card of mention `index`.
fn open(s: &Rc<RefCell<State>>, index: usize, anchor: Element, owner: Element, via: Via, pointer: Option<(f64, f64)>) {
    let previous = {
        let mut st = s.borrow_mut();
        st.open_timer.take();
        st.close_timer.take();
        st.open.take()
    };
    if let Some(p) = previous {
        finish_close(s, p);
    }
    let built = {
        let st = s.borrow();
        let Some(a) = st.annotation.upgrade() else { return };
        let Ok(a) = a.try_borrow() else { return };
        let source = CardSource {
            kb: a.recognizer.kb(),
            mentions: &a.mentions,
            published: a.mentions.get(index).and_then(|m| m.published).or(a.options.recognition.ref_date),
            month_names: a.month_names(index),
            lang: st.options.lang,
            link_template: st.options.link_template.as_ref(),
        };
        source.card(index)
    };
    let Some(card) = built else { return };
    {
        let st = s.borrow();
        if render::render(&st.document, &st.card, &card).is_none() {
            return;
        }
        let _ = st.host.set_attribute("aria-label", &card.title.text);
        show_host(&st.host, true);
        if owner.get_attribute("role").as_deref() == Some("button") {
            let _ = owner.set_attribute("aria-expanded", "true");
        }
    }
    let described_before = owner.get_attribute("aria-describedby");
    let described = match &described_before {
        Some(ids) if ids.split_whitespace().any(|id| id == HOST_ID) => ids.clone(),
        Some(ids) => format!("{ids} {HOST_ID}"),
        None => HOST_ID.to_string(),
    };
    let _ = owner.set_attribute("aria-describedby", &described);
    s.borrow_mut().open =
        Some(Open { mention: index, anchor: anchor.clone(), owner, via, pointer, line: None, entered: false, described_before });
    position(s);
    super::page::dispatch(&anchor, "lamha:open", &detail(card.entity_id.as_deref(), card.kind, index));
}

/// Closes the open card; with `return_focus`, focus goes back to the highlight when it was on
/// the highlight or in the card.
fn close(s: &Rc<RefCell<State>>, return_focus: bool) {
    let open = {
        let mut st = s.borrow_mut();
        st.close_timer.take();
        st.open_timer.take();
        st.open.take()
    };
    let Some(o) = open else { return };
    let focus_back = return_focus && {
        let st = s.borrow();
        let active = st.document.active_element();
        active.as_ref() == Some(&o.owner) || active.as_ref().is_some_and(|a| a == st.host.as_ref() as &Element)
    };
    {
        let st = s.borrow();
        show_host(&st.host, false);
        st.card.set_text_content(None);
    }
    let owner = o.owner.clone();
    finish_close(s, o);
    if focus_back {
        if let Ok(h) = owner.dyn_into::<HtmlElement>() {
            s.borrow_mut().returning_focus = true;
            let _ = h.focus();
            s.borrow_mut().returning_focus = false;
        }
    }
}

fn reset_aria(o: &Open) {
    if o.owner.get_attribute("role").as_deref() == Some("button") {
        let _ = o.owner.set_attribute("aria-expanded", "false");
    }
    let _ = match &o.described_before {
        Some(ids) => o.owner.set_attribute("aria-describedby", ids),
        None => o.owner.remove_attribute("aria-describedby"),
    };
}

/// Resets the highlight's ARIA state and announces the close.
fn finish_close(s: &Rc<RefCell<State>>, o: Open) {
    reset_aria(&o);
    let (id, kind) = {
        let st = s.borrow();
        let ann = st.annotation.upgrade();
        let info = ann.as_ref().and_then(|a| {
            let a = a.try_borrow().ok()?;
            let m = a.mentions.get(o.mention)?;
            Some((m.mention.entity.map(|e| a.recognizer.kb().entries()[e].id.clone()), m.type_name()))
        });
        info.unwrap_or((None, "person"))
    };
    super::page::dispatch(&o.anchor, "lamha:close", &detail(id.as_deref(), kind, o.mention));
}

fn detail(id: Option<&str>, kind: &str, mention: usize) -> JsValue {
    super::page::to_js(&serde_json::json!({ "id": id, "type": kind, "mention": mention }))
}

/// Places the open card beside its highlight, or hides it while the highlight is out of view.
fn position(s: &Rc<RefCell<State>>) {
    let chosen = position_now(&s.borrow());
    if let (Some(line), Some(o)) = (chosen, s.borrow_mut().open.as_mut()) {
        o.line.get_or_insert(line);
    }
}

/// Measures and places; returns the index of the line the card is attached to.
fn position_now(st: &State) -> Option<usize> {
    let o = st.open.as_ref()?;
    let all = anchor_lines(st, o);
    let (lines, pointer, offset) = match o.line {
        Some(i) if i < all.len() => (&all[i..=i], None, i),
        _ => (&all[..], o.pointer, 0),
    };
    let root = st.document.document_element()?;
    let viewport = Rect::new(0.0, 0.0, f64::from(root.client_width()), f64::from(root.client_height()));
    let style = st.card.style();
    let _ = style.remove_property("max-height");
    let size = st.card.get_bounding_client_rect();
    let direction = web_sys::window()
        .and_then(|w| w.get_computed_style(&o.anchor).ok().flatten())
        .and_then(|cs| cs.get_property_value("direction").ok())
        .map_or(Direction::Rtl, |d| if d == "ltr" { Direction::Ltr } else { Direction::Rtl });
    let placed = place(&PlacementInput {
        lines,
        pointer,
        card_width: size.width(),
        card_height: size.height(),
        viewport,
        margin: MARGIN,
        gap: GAP,
        arrow_padding: ARROW_PADDING,
        direction,
        preferred: Side::Below,
    });
    match placed {
        None => {
            let _ = st.card.set_attribute("data-out", "");
            None
        }
        Some(p) => {
            let _ = st.card.remove_attribute("data-out");
            let _ = style.set_property("left", &css_px(p.left));
            let _ = style.set_property("top", &css_px(p.top));
            let _ = style.set_property("max-height", &css_px(p.max_height));
            let _ = style.set_property("--lamha-arrow-x", &css_px(p.arrow_x));
            let _ = st.card.set_attribute("data-side", p.side.as_str());
            Some(offset + p.line)
        }
    }
}

/// The line boxes of the open mention: its painted range's client rects (one or more per line
/// of a wrapped name), else its highlight elements'.
fn anchor_lines(st: &State, o: &Open) -> Vec<Rect> {
    let to_rects = |list: Option<web_sys::DomRectList>| -> Vec<Rect> {
        let Some(list) = list else { return Vec::new() };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter(|r| r.width() > 0.0 && r.height() > 0.0)
            .map(|r| Rect::new(r.left(), r.top(), r.width(), r.height()))
            .collect()
    };
    let from_range = st.annotation.upgrade().and_then(|a| {
        let a = a.try_borrow().ok()?;
        let m = a.mentions.get(o.mention)?;
        let rects = to_rects(m.range.as_ref().and_then(|r| r.get_client_rects()));
        let rects = if rects.is_empty() {
            m.elements.iter().flat_map(|e| to_rects(Some(e.get_client_rects()))).collect()
        } else {
            rects
        };
        Some(rects)
    });
    match from_range {
        Some(r) if !r.is_empty() => r,
        _ => to_rects(Some(o.anchor.get_client_rects())),
    }
}
