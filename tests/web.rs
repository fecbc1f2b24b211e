//! The browser layer in headless Chromium (`scripts/test-web.sh`, `make test-wasm`): the DOM
//! text map, names split across elements, skip rules, whole-word wrapping, exact restore, and
//! configuration layers. Fixtures are appended to `document.body` (the runner reports through an
//! element in it, so the body itself is never replaced) and removed at the end of each test.
#![cfg(target_arch = "wasm32")]

use lamha::kb::KnowledgeBase;
use lamha::recognize::{Options, Recognizer};
use lamha::web::annotate::{run_pass, word_span, Annotation, PassOptions};
use lamha::web::config::{Config, Theme, ALL_TYPES};
use lamha::web::text::{Rules, TextMap, Walk, STEP_UNITS};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{Element, Node};

wasm_bindgen_test_configure!(run_in_browser);

/// A `<div>` holding `html`, appended to the body; removed when dropped.
struct Fixture(Element);

impl Fixture {
    fn new(html: &str) -> Fixture {
        use_walker();
        let doc = web_sys::window().unwrap().document().unwrap();
        let div = doc.create_element("div").unwrap();
        div.set_attribute("dir", "rtl").unwrap();
        div.set_inner_html(html);
        doc.body().unwrap().append_child(&div).unwrap();
        Fixture(div)
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        self.0.remove();
    }
}

/// Hands the wasm the DOM text walk of `src/web/walk.js`, as the loader does (made here with
/// `new Function` from the same file: the test page has no content security policy).
fn use_walker() {
    let body = format!("{}\nreturn textWalker;", include_str!("../src/web/walk.js"));
    let make = js_sys::Function::new_no_args(&body);
    let walker = make.call0(&JsValue::NULL).unwrap();
    lamha::web::text::use_text_walker(walker.into());
}

fn rules() -> Rules {
    Rules { skip: Config::default().skip_selector() }
}

fn recognizer() -> Rc<Recognizer> {
    thread_local!(static R: Rc<Recognizer> = Rc::new(Recognizer::new(KnowledgeBase::embedded())));
    R.with(Rc::clone)
}

fn options() -> PassOptions {
    PassOptions {
        types: ALL_TYPES.to_vec(),
        first_only: false,
        links: true,
        rules: rules(),
        recognition: Options { ref_date: lamha::dates::Date::parse_iso("2026-01-27") },
        start_roots: Vec::new(),
        month_names: None,
        // Eager: these tests check wrapping itself (the lazy mode is tested end to end).
        lazy_above: usize::MAX,
    }
}

#[wasm_bindgen_test]
fn text_map_joins_inline_elements_and_breaks_blocks() {
    let f = Fixture::new("<p>إسرائيل <b>كازاخ</b>ستان</p><p>غزة</p><pre>حماس</pre><p>لبنان<br>اليمن</p>");
    let map = TextMap::collect(&f.0, &rules());
    assert_eq!(map.text, "إسرائيل كازاخستان\n\nغزة\n\nلبنان\n\nاليمن\n\n");
    // Every segment is exactly its node's data.
    for s in &map.segments {
        assert_eq!(&map.text[s.start..s.end], s.node.data());
    }
    let start = map.text.find("كازاخستان").unwrap();
    let end = start + "كازاخستان".len();
    assert_eq!(map.covering(start, end).map(|r| r.len()), Some(2), "a name split by <b> is covered by two nodes");
    let across = map.text.find("لبنان").unwrap();
    assert_eq!(map.covering(across, map.text.len() - 2), None, "a span across <br> is refused");
}

#[wasm_bindgen_test]
fn a_long_walk_is_read_in_steps_and_each_node_keeps_its_text_and_block() {
    // Over `STEP_UNITS` of text, with emoji (two UTF-16 units), inline elements and nested blocks.
    let para = "<p>😀 زار <b>توكاييف</b> <a href=\"#\">إسرائيل</a> في ٢٧ يناير</p>";
    let html = format!("<div><section>{}</section>نص مباشر<blockquote>{}</blockquote></div>", para.repeat(3000), para.repeat(1000));
    let f = Fixture::new(&html);
    let mut walk = Walk::new(&f.0, &rules(), None);
    let mut steps = 1;
    while !walk.step(f64::INFINITY) {
        steps += 1;
    }
    let map = walk.finish();
    let units: usize = map.text.encode_utf16().count();
    assert!(units > 2 * STEP_UNITS as usize, "{units} units");
    assert!(steps >= 3, "read in {steps} steps");
    assert_eq!(map.text.matches("توكاييف").count(), 4000);
    let mut blocks_seen = std::collections::HashSet::new();
    for s in &map.segments {
        assert_eq!(&map.text[s.start..s.end], s.node.data());
        // The block: the nearest ancestor that is not inline (never above the fixture).
        let mut el = s.node.parent_element().unwrap();
        while el != f.0 && ["b", "a"].contains(&el.local_name().as_str()) {
            el = el.parent_element().unwrap();
        }
        assert_eq!(map.blocks[s.block], el, "block of {:?}", s.node.data());
        assert_eq!(s.in_link, s.node.parent_element().unwrap().local_name() == "a");
        blocks_seen.insert(s.block);
    }
    // 4,000 paragraphs and the <div> holding the text between its two blocks, each listed once.
    assert_eq!(blocks_seen.len(), 4001);
    assert_eq!(map.blocks.len(), 4001);
    let direct = map.text.find("نص مباشر").unwrap();
    assert_eq!(map.blocks[map.segments.iter().find(|s| s.start == direct).unwrap().block].local_name(), "div");
}

#[wasm_bindgen_test]
fn lone_surrogates_at_node_ends_stay_in_their_nodes() {
    // An emoji split across two text nodes: each node alone holds a lone surrogate.
    let f = Fixture::new("<p></p>");
    let p = f.0.first_element_child().unwrap();
    let make = js_sys::Function::new_with_args("p", "p.append('زار \\uD83D', '\\uDE00 إسرائيل');");
    make.call1(&JsValue::NULL, &p).unwrap();
    let map = TextMap::collect(&f.0, &rules());
    assert_eq!(map.segments.len(), 2);
    for s in &map.segments {
        assert_eq!(&map.text[s.start..s.end], s.node.data(), "each node keeps its own text");
    }
    assert_eq!(map.text, "زار \u{FFFD}\u{FFFD} إسرائيل\n\n");
    let seg = &map.segments[1];
    assert_eq!(map.node_offset(seg, map.text.find('إ').unwrap()), 2);
}

#[wasm_bindgen_test]
fn text_map_offsets_are_utf16_code_units_of_the_node() {
    let f = Fixture::new("<p>😀 إسرائيل</p>");
    let map = TextMap::collect(&f.0, &rules());
    let seg = &map.segments[0];
    let at = map.text.find('إ').unwrap();
    // 😀 is two UTF-16 code units, then a space.
    assert_eq!(map.node_offset(seg, at), 3);
}

#[wasm_bindgen_test]
fn skip_rules_leave_out_code_forms_editable_and_marked_regions() {
    let f = Fixture::new(
        "<p>غزة <code>إسرائيل</code> <span data-lamha-skip>لبنان</span></p>\
         <div contenteditable>اليمن</div><textarea>قطر</textarea><p class=\"ad\">مصر</p><script>1</script>",
    );
    let mut r = rules();
    r.skip.push_str(",.ad");
    let map = TextMap::collect(&f.0, &r);
    for gone in ["إسرائيل", "لبنان", "اليمن", "قطر", "مصر", "1"] {
        assert!(!map.text.contains(gone), "{gone} was read: {:?}", map.text);
    }
    assert!(map.text.contains("غزة"));
}

#[wasm_bindgen_test]
fn word_span_extends_over_proclitics_but_not_past_limits() {
    let text = "الطريق لإسرائيل، وكازاخستان";
    let s = text.find("إسرائيل").unwrap();
    let e = s + "إسرائيل".len();
    let word = text.find("لإسرائيل").unwrap();
    assert_eq!(word_span(text, s, e, 0, text.len()), (word, e));
    assert_eq!(word_span(text, s, e, s, text.len()), (s, e), "never before the previous mention");
    let k = text.find("كازاخستان").unwrap();
    assert_eq!(word_span(text, k, text.len(), 0, text.len()).0, text.find("وكازاخستان").unwrap());
}

#[wasm_bindgen_test]
async fn annotate_wraps_whole_words_paints_exact_ranges_and_restores_exactly() {
    let html = "<p>زار الوفد <b>كازاخ</b>ستان، وقال الوزير إن الطريق لإسرائيل مفتوح.</p><p><code>إسرائيل</code></p>";
    let f = Fixture::new(html);
    let first_text: Node = f.0.first_child().unwrap().first_child().unwrap();
    let annotation = Rc::new(RefCell::new(Annotation::new(recognizer(), options())));
    let report = run_pass(Rc::downgrade(&annotation), f.0.clone(), None).await.expect("pass ran");
    assert_eq!(report.highlighted, 2, "{:?}", annotation.borrow().mentions.iter().map(|m| &m.text).collect::<Vec<_>>());
    {
        let a = annotation.borrow();
        let kz = a.mentions.iter().find(|m| m.text == "كازاخستان").expect("split name found");
        assert_eq!(kz.elements.len(), 2);
        assert_eq!(kz.range.as_ref().unwrap().text(), "كازاخستان");
        for el in &kz.elements {
            assert_eq!(el.get_attribute("data-lamha-type").as_deref(), Some("country"));
            assert_eq!(el.get_attribute("data-lamha-id").as_deref(), Some("Q232"));
        }
        let il = a.mentions.iter().find(|m| m.text == "إسرائيل").expect("clitic name found");
        assert_eq!(il.elements.len(), 1);
        assert_eq!(il.elements[0].text_content().as_deref(), Some("لإسرائيل"), "the wrapper covers the whole word");
        assert_eq!(il.range.as_ref().unwrap().text(), "إسرائيل", "the painted range is exact");
    }
    assert_ne!(f.0.inner_html(), html);
    assert_eq!(f.0.text_content().unwrap(), "زار الوفد كازاخستان، وقال الوزير إن الطريق لإسرائيل مفتوح.إسرائيل");
    // A second pass finds nothing new: wrapped text is never read again.
    let again = run_pass(Rc::downgrade(&annotation), f.0.clone(), None).await.unwrap();
    assert_eq!(again.highlighted, 0);
    assert_eq!(f.0.query_selector_all("lamha-mark lamha-mark").unwrap().length(), 0);
    annotation.borrow_mut().restore();
    assert_eq!(f.0.inner_html(), html);
    let restored_first: Node = f.0.first_child().unwrap().first_child().unwrap();
    assert!(restored_first.is_same_node(Some(&first_text)), "the page's own text node object is kept");
}

#[wasm_bindgen_test]
async fn dropping_the_annotation_mid_pass_stops_it_and_restores() {
    let paragraphs: String = (0..1500).map(|_| "<p>زار ساعر كازاخستان والتقى توكاييف في أستانا.</p>").collect();
    let f = Fixture::new(&paragraphs);
    let before = f.0.inner_html();
    let annotation = Rc::new(RefCell::new(Annotation::new(recognizer(), options())));
    let pass = run_pass(Rc::downgrade(&annotation), f.0.clone(), None);
    let weak = Rc::downgrade(&annotation);
    let stopper = async move {
        // Let the first slice run, then drop the only strong reference. Through
        // `scheduler.yield()` itself, not `yield_to_page`: one of its yields in four is a plain
        // task, which the pass's own `scheduler.yield()` continuations all go ahead of, so the
        // pass sometimes finished before the drop (the test failed in one run of four).
        prioritized_yield().await;
        drop(annotation);
    };
    let (report, ()) = futures_join(pass, stopper).await;
    assert!(report.is_none(), "a dropped annotation ends its pass");
    assert!(weak.upgrade().is_none());
    assert_eq!(f.0.inner_html(), before);
}

/// `await scheduler.yield()`: resumes ahead of plain tasks, in the order the continuations were
/// queued.
async fn prioritized_yield() {
    let scheduler = js_sys::Reflect::get(&js_sys::global(), &"scheduler".into()).expect("scheduler");
    let f: js_sys::Function = js_sys::Reflect::get(&scheduler, &"yield".into()).expect("scheduler.yield").into();
    let p: js_sys::Promise = f.call0(&scheduler).expect("scheduler.yield()").into();
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// Runs `b` as its own task while awaiting `a`, then waits for both.
async fn futures_join<A: std::future::Future, B: std::future::Future<Output = ()> + 'static>(a: A, b: B) -> (A::Output, ()) {
    let b = wasm_bindgen_futures::JsFuture::from(wasm_bindgen_futures::future_to_promise(async move {
        b.await;
        Ok(JsValue::UNDEFINED)
    }));
    let out = a.await;
    let _ = b.await;
    (out, ())
}

#[wasm_bindgen_test]
fn config_layers_apply_in_order_and_bad_keys_only_warn() {
    let init = js_sys::JSON::parse(r#"{"types": ["place"], "links": false, "theme": "dark", "colour": "red"}"#).unwrap();
    let global = js_sys::JSON::parse(r#"{"types": ["person", "nobody"], "mentions": "sometimes", "root": "main, article"}"#).unwrap();
    let script = web_sys::window().unwrap().document().unwrap().create_element("script").unwrap();
    script.set_attribute("data-lamha-theme", "light").unwrap();
    script.set_attribute("data-lamha-styles", r#"{"date": "none", "person": {"color": "red; }", "underline": "wavy"}}"#).unwrap();
    let mut warnings = Vec::new();
    let c = Config::from_layers(&init, &global, Some(&script), &mut |w| warnings.push(w));
    assert_eq!(c.types, vec![ALL_TYPES[0]], "window.LamhaConfig beats Lamha.init; its one good type is kept");
    assert!(!c.links, "Lamha.init applies where nothing overrides it");
    assert_eq!(c.theme, Theme::Light, "the attribute beats Lamha.init");
    assert_eq!(c.roots, vec!["main".to_string(), "article".to_string()]);
    assert!(!c.first_only);
    assert!(c.styles[4].none, "date: none");
    assert_eq!(c.styles[0].color, None, "a colour that could inject CSS is refused");
    let named = |key: &str| warnings.iter().filter(|w| w.contains(&format!("'{key}'"))).count();
    assert_eq!(named("colour"), 1, "{warnings:?}");
    assert_eq!(named("types"), 1, "{warnings:?}");
    assert_eq!(named("mentions"), 1, "{warnings:?}");
    assert_eq!(named("styles"), 1, "{warnings:?}");
    assert_eq!(warnings.len(), 4, "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("nobody")));
}

#[wasm_bindgen_test]
fn card_settings_are_configurable_and_checked() {
    let init = js_sys::JSON::parse(r#"{"cardDelay": 120, "cardLabels": "en"}"#).unwrap();
    let global = js_sys::JSON::parse(r#"{"cardLabels": "fr", "linkTemplate": "javascript:alert({id})"}"#).unwrap();
    let script = web_sys::window().unwrap().document().unwrap().create_element("script").unwrap();
    script.set_attribute("data-lamha-link-template", "/tag/{id}").unwrap();
    let mut warnings = Vec::new();
    let c = Config::from_layers(&init, &global, Some(&script), &mut |w| warnings.push(w));
    assert_eq!(c.cards.delay_ms, 120);
    assert_eq!(c.cards.lang, lamha::card::labels::Lang::En, "a bad cardLabels keeps the good layer's value");
    assert!(c.cards.link_template.is_some(), "the attribute's template applies");
    assert_eq!(warnings.iter().filter(|w| w.contains("'cardLabels'")).count(), 1, "{warnings:?}");
    assert_eq!(warnings.iter().filter(|w| w.contains("'linkTemplate'")).count(), 1, "{warnings:?}");
}

#[wasm_bindgen_test]
async fn one_long_text_node_is_wrapped_across_recognition_windows_and_restored() {
    // Longer than one recognition window (48 KB), all in one text node: later windows must
    // find their text in the nodes split off by earlier ones.
    let sentence = "زار ساعر كازاخستان والتقى توكاييف في أستانا. ";
    let count = 1200;
    let f = Fixture::new(&format!("<p>{}</p>", sentence.repeat(count)));
    let before = f.0.inner_html();
    let annotation = Rc::new(RefCell::new(Annotation::new(recognizer(), options())));
    let report = run_pass(Rc::downgrade(&annotation), f.0.clone(), None).await.unwrap();
    assert!(sentence.repeat(count).len() > 2 * lamha::web::annotate::WINDOW_BYTES);
    assert_eq!(report.highlighted, annotation.borrow().mentions.len());
    assert!(report.highlighted >= 4 * count, "only {} of {} mentions wrapped", report.highlighted, 4 * count);
    assert_eq!(f.0.text_content().unwrap(), sentence.repeat(count));
    annotation.borrow_mut().restore();
    assert_eq!(f.0.inner_html(), before);
    assert_eq!(f.0.first_child().unwrap().child_nodes().length(), 1, "split nodes merged back into one");
}

#[wasm_bindgen_test]
fn numbers_in_attributes_are_read_and_bad_ones_warned_about() {
    let document = web_sys::window().unwrap().document().unwrap();
    let read = |delay: &str, timeout: &str| {
        let script = document.create_element("script").unwrap();
        script.set_attribute("data-lamha-card-delay", delay).unwrap();
        script.set_attribute("data-lamha-kb-timeout", timeout).unwrap();
        let mut warnings = Vec::new();
        let c = Config::from_layers(&JsValue::UNDEFINED, &JsValue::UNDEFINED, Some(&script), &mut |w| warnings.push(w));
        (c.cards.delay_ms, c.kb_timeout_ms, warnings)
    };
    let (delay, timeout, warnings) = read(" 250 ", "1500.5");
    assert_eq!((delay, timeout), (250, 1500), "{warnings:?}");
    assert!(warnings.is_empty(), "{warnings:?}");
    let default = read("", "").0;
    for bad in ["12abc", "Infinity", "-5", "1e9"] {
        let (delay, _, warnings) = read(bad, "100");
        assert_eq!(delay, default, "'{bad}' must keep the default delay");
        assert_eq!(warnings.iter().filter(|w| w.contains("'cardDelay'")).count(), 1, "'{bad}': {warnings:?}");
    }
}

/// In wasm too (32-bit `usize`), an automaton built for the seed alone finds exactly what the
/// full one finds; a pass over a short text with a deferred recogniser (the widget's) uses such
/// an automaton and never builds the full one.
#[wasm_bindgen_test]
async fn an_article_is_recognised_with_an_automaton_of_its_own_forms() {
    let seed = include_str!("fixtures/seed-israel-kazakhstan.txt");
    let deferred = Rc::new(Recognizer::deferred(KnowledgeBase::embedded()));
    let scope = deferred.scope(seed);
    let own = scope.own_patterns().expect("an article gets its own automaton");
    assert!(own * 5 < deferred.pattern_count(), "{own} of {} patterns", deferred.pattern_count());
    let opts = Options::default();
    let scoped = deferred.recognize_in(&scope, seed, &opts);
    let full = recognizer().recognize(seed, &opts);
    assert!(full.mentions.len() > 80);
    assert_eq!(scoped.mentions, full.mentions);
    assert_eq!(scoped.ref_date, full.ref_date);

    let f = Fixture::new("<p>زار الوفد <b>كازاخ</b>ستان، وقال الوزير إن الطريق لإسرائيل مفتوح.</p>");
    let annotation = Rc::new(RefCell::new(Annotation::new(deferred.clone(), options())));
    let report = run_pass(Rc::downgrade(&annotation), f.0.clone(), None).await.expect("pass ran");
    assert_eq!(report.highlighted, 2);
    assert!(!deferred.has_full(), "the full automaton was never built");
    annotation.borrow_mut().restore();
}
