//! The browser layer (wasm32 only): measures and mutates the DOM; all recognition is in the core.
//!
//! A page embeds Lamha with one tag, `<script src="/lamha/lamha.js" data-lamha-root="article"
//! defer></script>`. The loader (`src/web/loader.js`, built into `dist/lamha.js` by
//! `scripts/dist.sh`) instantiates `lamha_bg.wasm` from next to itself and defines the only
//! global, `Lamha`, whose methods call the functions exported here:
//!
//! - `Lamha.init(config)`: (re)starts with `config` as the lowest-precedence layer
//!   ([`config`]); resolves with the `lamha:ready` detail.
//! - `Lamha.annotate(element)`: annotates an element the page rendered late (only its text not
//!   yet annotated), and watches it for additions.
//! - `Lamha.destroy()`: restores every root exactly and removes every style, highlight,
//!   listener and observer, by dropping the widget state.
//!
//! Where things happen: [`text`] turns the DOM into one text with a map back to the nodes, the
//! core turns text into mentions, [`annotate`] turns mentions into ranges and wrapped words,
//! [`paint`] turns ranges into highlights, [`lazy`] keeps a long article's wrapping and painting
//! to what is near the viewport, and [`observe`] notices content added later.
//!
//! Events, dispatched on each root and bubbling: `lamha:ready` once a root's text is read and
//! recognised (detail: `mentions` in the whole page, `counts` per type of the pass's highlights,
//! `highlighted` (wrapped and painted so far) and `deferred` (left until their paragraph nears the
//! viewport, when `lazy`), `ms` for the pass, `firstPaintMs`, `longestSliceMs`, `refDate`,
//! `instantiateMs`, `sinceScriptStartMs`) and `lamha:error` (detail: `message`).

pub mod annotate;
pub mod cards;
pub mod config;
pub mod lazy;
pub mod observe;
pub mod page;
pub mod paint;
pub mod text;

use crate::kb;
use crate::recognize::{Options, Recognizer};
use annotate::{run_pass, Annotation, MutationSink, PassOptions, PassReport};
use config::Config;
use js_sys::Promise;
use observe::Watcher;
use paint::Styles;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{Document, Element};

/// Everything Lamha has added to the page. Fields drop in declaration order, and dropping is
/// how `Lamha.destroy()` cleans up: first the observer stops, then the DOM is restored and the
/// highlights unregistered, then the stylesheet goes.
pub struct Widget {
    watcher: Option<Watcher>,
    /// The annotation state: mentions, their wrappers and ranges, the recogniser.
    pub annotation: Rc<RefCell<Annotation>>,
    _styles: Styles,
    /// The merged configuration.
    pub config: Config,
    /// The annotated roots.
    pub roots: Vec<Element>,
}

struct Boot {
    script: Option<Element>,
    script_start: f64,
    wasm_ready: f64,
}

thread_local! {
    static WIDGET: RefCell<Option<Widget>> = const { RefCell::new(None) };
    static INIT_LAYER: RefCell<JsValue> = const { RefCell::new(JsValue::UNDEFINED) };
    static BOOT: RefCell<Boot> = const { RefCell::new(Boot { script: None, script_start: 0.0, wasm_ready: 0.0 }) };
    /// Bumped by every start and destroy; a start that finds it changed after an await stops.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
    static DEFAULT_RECOGNIZER: RefCell<Option<Rc<Recognizer>>> = const { RefCell::new(None) };
    /// Warnings already shown: a configuration is re-read on every start, but each problem is
    /// said once per page.
    static WARNED: RefCell<std::collections::HashSet<String>> = RefCell::new(std::collections::HashSet::new());
}

/// Logs `message` as a console warning, unless this page has already shown it.
fn warn_once(message: String) {
    if WARNED.with(|w| w.borrow_mut().insert(message.clone())) {
        page::warn(&message);
    }
}

/// The `lamha:ready` detail.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Ready {
    #[serde(flatten)]
    pass: PassReport,
    mentions: usize,
    /// Reading the configuration, fetching an extra knowledge base, building the recogniser.
    #[serde(skip_serializing_if = "Option::is_none")]
    setup_ms: Option<f64>,
    instantiate_ms: f64,
    since_script_start_ms: f64,
}

/// Called once by the loader when the wasm is instantiated: remembers the script element (for
/// its data attributes) and the timings, and starts if the configuration says `auto`.
#[wasm_bindgen]
pub fn boot(script: JsValue, script_start: f64, wasm_ready: f64) -> Promise {
    install_panic_hook();
    let script = script.dyn_into::<Element>().ok();
    BOOT.with(|b| *b.borrow_mut() = Boot { script, script_start, wasm_ready });
    let config = current_config(&mut warn_once);
    if config.auto {
        future_to_promise(async { start(None, Some(config)).await })
    } else {
        Promise::resolve(&JsValue::UNDEFINED)
    }
}

/// `Lamha.init(config)`: restarts with `config` under the page's other layers.
#[wasm_bindgen]
pub fn init(config: JsValue) -> Promise {
    INIT_LAYER.with(|l| *l.borrow_mut() = config);
    future_to_promise(async { start(None, None).await })
}

/// `Lamha.annotate(element)`: annotates `element` (its text not yet annotated) and watches it.
#[wasm_bindgen]
pub fn annotate(element: JsValue) -> Promise {
    let Ok(el) = element.dyn_into::<Element>() else {
        page::warn("Lamha.annotate(element): expected a DOM element; nothing was annotated.");
        return Promise::resolve(&JsValue::UNDEFINED);
    };
    let running = WIDGET.with(|w| w.borrow().is_some());
    if !running {
        return future_to_promise(async move { start(Some(vec![el]), None).await });
    }
    future_to_promise(async move {
        let (weak, sink) = WIDGET.with(|w| {
            let mut w = w.borrow_mut();
            let widget = w.as_mut()?;
            if !widget.roots.iter().any(|r| r.contains(Some(el.as_ref()))) {
                widget.roots.push(el.clone());
                if let Some(watcher) = &widget.watcher {
                    watcher.observe(&el);
                }
            }
            Some((Rc::downgrade(&widget.annotation), widget.watcher.as_ref().map(Watcher::sink)))
        })
        .ok_or(JsValue::UNDEFINED)?;
        let report = run_pass(weak, el.clone(), sink).await;
        Ok(ready(&el, report, None))
    })
}

/// `Lamha.destroy()`: restores the page exactly as it was.
#[wasm_bindgen]
pub fn destroy() {
    GENERATION.with(|g| g.set(g.get() + 1));
    // Cards hook (issue 5): the cards go first, while the highlights they annotate still exist.
    cards::stop();
    let widget = WIDGET.with(|w| w.borrow_mut().take());
    drop(widget);
}

/// Runs `f` with the live widget state (for the cards layer and tests).
pub fn with_widget<R>(f: impl FnOnce(Option<&Widget>) -> R) -> R {
    WIDGET.with(|w| f(w.borrow().as_ref()))
}

fn current_config(warn: &mut dyn FnMut(String)) -> Config {
    let window = web_sys::window();
    let global = window.as_ref().and_then(|w| js_sys::Reflect::get(w, &"LamhaConfig".into()).ok()).unwrap_or(JsValue::UNDEFINED);
    let script = BOOT.with(|b| b.borrow().script.clone());
    INIT_LAYER.with(|l| Config::from_layers(&l.borrow(), &global, script.as_ref(), warn))
}

/// Starts (or restarts) the widget on the configured roots, or on `roots` when given, with
/// `config` when the caller has just read it (the loader's first start), else read now.
async fn start(roots: Option<Vec<Element>>, config: Option<Config>) -> Result<JsValue, JsValue> {
    destroy();
    let generation = GENERATION.with(Cell::get);
    let stale = move || GENERATION.with(Cell::get) != generation;
    let config = config.unwrap_or_else(|| current_config(&mut warn_once));
    let document = web_sys::window().and_then(|w| w.document()).ok_or(JsValue::UNDEFINED)?;
    dom_ready(&document).await;
    if stale() {
        return Ok(JsValue::UNDEFINED);
    }
    let setup_start = now();
    let roots = roots.unwrap_or_else(|| find_roots(&document, &config.roots));
    if roots.is_empty() {
        let message = format!("Lamha: no element matches the root selector '{}'; nothing was annotated.", config.roots.join(", "));
        warn_once(message.clone());
        page::dispatch(&document, "lamha:error", &page::to_js(&serde_json::json!({ "message": message })));
        return Ok(JsValue::UNDEFINED);
    }
    let recognizer = recognizer_for(&config, &roots).await;
    if stale() {
        return Ok(JsValue::UNDEFINED);
    }
    let setup_ms = now() - setup_start;
    let options = PassOptions {
        types: config.types.clone(),
        first_only: config.first_only,
        links: config.links,
        rules: text::Rules { skip: config.skip_selector() },
        recognition: Options { ref_date: page::reference_date(&document, &roots) },
        start_roots: roots.clone(),
        month_names: page::month_names(&document),
        lazy_above: lazy::LAZY_ABOVE_BYTES,
    };
    let annotation = Rc::new(RefCell::new(Annotation::new(recognizer, options)));
    let styles = Styles::adopt(&document, &config);
    let watcher = if config.observe { Watcher::new(&roots, on_added(Rc::downgrade(&annotation))) } else { None };
    let sink = watcher.as_ref().map(Watcher::sink);
    let weak = Rc::downgrade(&annotation);
    // Cards hook (issue 5): the cards follow this annotation; they are ready before the first
    // pass so that its `lamha:ready` gives the highlights their tab stops.
    let card_options = cards::CardOptions::from_config(&config);
    let show_cards = config.show_cards;
    WIDGET.with(|w| *w.borrow_mut() = Some(Widget { watcher, annotation, _styles: styles, config, roots: roots.clone() }));
    if show_cards {
        cards::start(weak.clone(), card_options);
    } else {
        cards::stop();
    }
    let mut last = JsValue::UNDEFINED;
    for root in roots {
        let report = run_pass(weak.clone(), root.clone(), sink.clone()).await;
        last = ready(&root, report, Some(setup_ms));
    }
    Ok(last)
}

/// Dispatches `lamha:ready` on `root` for a finished pass and returns its detail.
fn ready(root: &Element, report: Option<PassReport>, setup_ms: Option<f64>) -> JsValue {
    let Some(pass) = report else { return JsValue::UNDEFINED };
    let now = now();
    let (script_start, wasm_ready) = BOOT.with(|b| (b.borrow().script_start, b.borrow().wasm_ready));
    let mentions = with_widget(|w| w.map_or(0, |w| w.annotation.borrow().mentions.len()));
    let detail = page::to_js(&Ready { pass, mentions, setup_ms, instantiate_ms: wasm_ready - script_start, since_script_start_ms: now - script_start });
    page::dispatch(root, "lamha:ready", &detail);
    detail
}

/// `performance.now()`.
fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// What the watcher does with added content: a pass over each added element.
fn on_added(annotation: std::rc::Weak<RefCell<Annotation>>) -> observe::OnAdded {
    Box::new(move |elements: Vec<Element>, sink: Rc<dyn MutationSink>| {
        let annotation = annotation.clone();
        wasm_bindgen_futures::spawn_local(async move {
            for el in elements {
                run_pass(annotation.clone(), el, Some(sink.clone())).await;
            }
            // Cards hook (issue 5): tab stops for the highlights just added.
            cards::refresh();
        });
    })
}

/// The outermost elements matching any root selector, in document order.
fn find_roots(document: &Document, selectors: &[String]) -> Vec<Element> {
    let mut roots: Vec<Element> = Vec::new();
    let Ok(list) = document.query_selector_all(&selectors.join(",")) else { return roots };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if !roots.iter().any(|r| r.contains(Some(el.as_ref()))) {
            roots.push(el);
        }
    }
    roots
}

/// Waits for the document to be parsed (a `defer` script already is; an `async` one may not).
async fn dom_ready(document: &Document) {
    if document.ready_state() != "loading" {
        return;
    }
    let target = document.clone();
    let promise = Promise::new(&mut |resolve, _| {
        let opts = web_sys::AddEventListenerOptions::new();
        opts.set_once(true);
        let _ = target.add_event_listener_with_callback_and_add_event_listener_options("DOMContentLoaded", &resolve, &opts);
    });
    let _ = JsFuture::from(promise).await;
}

/// The recogniser for `config`: the embedded knowledge base, or the embedded one with the
/// publisher's files merged over it in order. A file that cannot be fetched or read is left out,
/// with one warning and a `lamha:error` event each (all of them failing leaves the embedded one);
/// bad entries are listed in one warning per file.
async fn recognizer_for(config: &Config, roots: &[Element]) -> Rc<Recognizer> {
    if config.kb.is_empty() {
        return default_recognizer();
    }
    let fail = |message: String| {
        warn_once(message.clone());
        for root in roots {
            page::dispatch(root, "lamha:error", &page::to_js(&serde_json::json!({ "message": message })));
        }
    };
    let mut files = Vec::with_capacity(config.kb.len());
    for url in &config.kb {
        match page::fetch_text(url, config.kb_timeout_ms).await {
            Ok(t) => files.push((url.clone(), t)),
            Err(why) => fail(format!("Lamha: could not load the knowledge base {url}: {why}; using the built-in one without it.")),
        }
    }
    if files.is_empty() {
        return default_recognizer();
    }
    let (kb, errors) = kb::load_with(&files);
    let mut read = 0;
    for (url, _) in &files {
        if let Some(file_error) = errors.iter().find(|e| e.entry.is_none() && e.file == *url) {
            fail(format!("Lamha: could not read the knowledge base: {file_error}; using the built-in one without it."));
        } else {
            read += 1;
        }
        // Problems of the embedded files are Lamha's, already caught by its own tests.
        let list: Vec<String> = errors.iter().filter(|e| e.file == *url && e.entry.is_some()).map(ToString::to_string).collect();
        if !list.is_empty() {
            warn_once(format!("Lamha: the knowledge base {url} has {} problem(s); those entries were skipped:\n{}", list.len(), list.join("\n")));
        }
    }
    if read == 0 {
        return default_recognizer();
    }
    Rc::new(Recognizer::deferred(kb))
}

fn default_recognizer() -> Rc<Recognizer> {
    DEFAULT_RECOGNIZER.with(|r| r.borrow_mut().get_or_insert_with(|| Rc::new(Recognizer::embedded())).clone())
}

/// Reports a panic once, on the console and as `lamha:error` on the document, instead of an
/// opaque `unreachable` trap.
fn install_panic_hook() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = format!("Lamha: internal error: {info}");
            web_sys::console::error_1(&message.clone().into());
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                page::dispatch(&doc, "lamha:error", &page::to_js(&serde_json::json!({ "message": message })));
            }
        }));
    });
}
