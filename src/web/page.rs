//! What the widget reads from and tells the page: the publication date, an extra knowledge-base
//! file, console warnings, events, and yielding the main thread.

use crate::dates::lexicon::MonthNames;
use crate::dates::Date;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, EventTarget};

/// Lets the page run (input, rendering, its own scripts) before the next slice of work.
/// Mostly `scheduler.yield()`, which resumes ahead of other queued tasks and is not clamped
/// like nested `setTimeout`s; but because it resumes *ahead*, the page's own timers would wait
/// for the whole pass, so every [`FAIR_EVERY`]th yield is a `setTimeout(0)` that queues behind
/// them.
pub async fn yield_to_page() {
    thread_local!(static YIELDS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let n = YIELDS.with(|c| {
        c.set(c.get().wrapping_add(1));
        c.get()
    });
    if !n.is_multiple_of(FAIR_EVERY) {
        let global = js_sys::global();
        if let Ok(scheduler) = Reflect::get(&global, &"scheduler".into()) {
            if let Ok(f) = Reflect::get(&scheduler, &"yield".into()) {
                if let Some(f) = f.dyn_ref::<Function>() {
                    if let Ok(p) = f.call0(&scheduler) {
                        let _ = JsFuture::from(Promise::from(p)).await;
                        return;
                    }
                }
            }
        }
    }
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// One yield in this many lets every queued task of the page run first.
const FAIR_EVERY: u32 = 4;

/// The article's publication date, from (in this order) `<meta property="article:published_time">`,
/// the first `<time datetime>` in a root (else in the page), or a JSON-LD `datePublished`.
/// `None` lets the core use the article's dateline.
pub fn reference_date(doc: &Document, roots: &[web_sys::Element]) -> Option<Date> {
    let attr = |sel: &str, name: &str| doc.query_selector(sel).ok().flatten().and_then(|e| e.get_attribute(name));
    if let Some(d) = attr("meta[property='article:published_time']", "content").and_then(|s| Date::parse_iso(&s)) {
        return Some(d);
    }
    let in_roots = roots.iter().find_map(|r| r.query_selector("time[datetime]").ok().flatten());
    let time = in_roots.or_else(|| doc.query_selector("time[datetime]").ok().flatten());
    if let Some(d) = time.and_then(|t| t.get_attribute("datetime")).and_then(|s| Date::parse_iso(&s)) {
        return Some(d);
    }
    let scripts = doc.query_selector_all("script[type='application/ld+json']").ok()?;
    (0..scripts.length()).find_map(|i| {
        let text = scripts.item(i)?.text_content()?;
        let value: serde_json::Value = serde_json::from_str(&text).ok()?;
        find_date_published(&value)
    })
}

/// The publication date of another article than the page's: for a pass over `root` (content
/// the page added later, `Lamha.annotate`, or a second article root of a page with several), the
/// first `<time datetime>` of the closest `<article>` around `root`, or of the first `<article>`
/// inside it, unless that article holds the first of `start_roots`: that one is the page's own
/// story, which the page's date describes. `None` keeps the page's date.
pub fn own_article_date(root: &web_sys::Element, start_roots: &[web_sys::Element]) -> Option<Date> {
    let first = start_roots.first();
    if first.is_some_and(|f| f.is_same_node(Some(root.as_ref()))) {
        return None;
    }
    let article = root.closest("article").ok().flatten().or_else(|| root.query_selector("article").ok().flatten())?;
    if first.is_some_and(|f| article.contains(Some(f.as_ref()))) {
        return None;
    }
    let time = article.query_selector("time[datetime]").ok().flatten()?;
    Date::parse_iso(&time.get_attribute("datetime")?)
}

/// The month names the page's language tag (`<html lang="ar-MA">`) names by its region.
pub fn month_names(doc: &Document) -> Option<MonthNames> {
    MonthNames::of_lang(&doc.document_element()?.get_attribute("lang")?)
}

/// The month names the language tag closest around `el` (`<article lang="ar-LB">`) names by its
/// region; `None` when that tag names none (`ar`), so that the page's applies.
pub fn month_names_of(el: &web_sys::Element) -> Option<MonthNames> {
    MonthNames::of_lang(&el.closest("[lang]").ok().flatten()?.get_attribute("lang")?)
}

/// The first `datePublished` anywhere in a JSON-LD document (it may sit in `@graph` or a list).
fn find_date_published(v: &serde_json::Value) -> Option<Date> {
    match v {
        serde_json::Value::Object(o) => {
            o.get("datePublished").and_then(|d| d.as_str()).and_then(Date::parse_iso).or_else(|| o.values().find_map(find_date_published))
        }
        serde_json::Value::Array(a) => a.iter().find_map(find_date_published),
        _ => None,
    }
}

/// Fetches `url` as text, giving up after `timeout_ms`. The error says what went wrong in
/// words a publisher can act on.
pub async fn fetch_text(url: &str, timeout_ms: u32) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let controller = web_sys::AbortController::new().map_err(|_| "fetch cannot be cancelled here")?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let abort = controller.clone();
    let _timer = gloo_timers::callback::Timeout::new(timeout_ms, move || abort.abort());
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await.map_err(|e| {
        if controller.signal().aborted() {
            format!("no answer within {timeout_ms} ms")
        } else {
            format!("the request failed ({})", describe(&e))
        }
    })?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {} {}", response.status(), response.status_text()));
    }
    let text = response.text().map_err(|e| describe(&e))?;
    let text = JsFuture::from(text).await.map_err(|e| {
        if controller.signal().aborted() {
            format!("no complete answer within {timeout_ms} ms")
        } else {
            format!("the response could not be read ({})", describe(&e))
        }
    })?;
    Ok(text.as_string().unwrap_or_default())
}

/// A JS error's message, or its string form.
pub fn describe(e: &JsValue) -> String {
    Reflect::get(e, &"message".into()).ok().and_then(|m| m.as_string()).or_else(|| e.as_string()).unwrap_or_else(|| format!("{e:?}"))
}

/// One console warning.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Dispatches a bubbling `CustomEvent` named `name` with `detail` on `target`.
pub fn dispatch(target: &EventTarget, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Converts a serialisable value to a plain JS object (maps become objects, not `Map`s).
pub fn to_js<T: serde::Serialize>(value: &T) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}
