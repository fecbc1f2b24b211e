//! The publisher's configuration: one typed [`Config`], read from three layers.
//!
//! Precedence, highest first: data attributes on the `<script>` tag (`data-lamha-root`, …), a
//! global `window.LamhaConfig` object set before the script, and the object given to
//! `Lamha.init(config)`. Each layer is read key by key with `serde-wasm-bindgen`, so a bad key
//! costs only itself: it logs one console warning naming the key, the layer and what was
//! expected, and every other key still applies.
//!
//! | key (attribute)                | value                                                      | default |
//! |--------------------------------|------------------------------------------------------------|---------|
//! | `root` (`data-lamha-root`)     | CSS selector, or a list of them (attribute: comma-separated) | `article` |
//! | `types` (`data-lamha-types`)   | list of `person`, `country`, `place`, `organization`, `date` | all five |
//! | `styles` (`data-lamha-styles`) | `{type: "none" \| {color, background, underline, thickness}}` (attribute: JSON) | built-in palette |
//! | `mentions` (`data-lamha-mentions`) | `all` or `first` (the first mention of each entity only) | `all` |
//! | `skip` (`data-lamha-skip`)     | CSS selectors of elements never annotated (added to the fixed list) | none |
//! | `links` (`data-lamha-links`)   | `true`/`false`: highlight names inside links             | `true` |
//! | `theme` (`data-lamha-theme`)   | `light`, `dark` or `auto` (follows `prefers-color-scheme`) | `auto` |
//! | `kb` (`data-lamha-kb`)         | URL(s) of extra knowledge-base JSON files (comma-separated, or a list), merged over the built-in one in order | none |
//! | `kbTimeout` (`data-lamha-kb-timeout`) | milliseconds to wait for `kb` before using the built-in one | `3000` |
//! | `auto` (`data-lamha-auto`)     | annotate the roots as soon as the page is ready          | `true` |
//! | `observe` (`data-lamha-observe`) | annotate content added to the roots later              | `true` |
//! | `cardDelay` (`data-lamha-card-delay`) | milliseconds the pointer rests on a name before its card opens | `300` |
//! | `cardLabels` (`data-lamha-card-labels`) | card label language, `ar` or `en`                   | `ar` |
//! | `linkTemplate` (`data-lamha-link-template`) | the publisher's entity page, `/tag/{id}`        | none |

use crate::kb::EntityType;
use crate::recognize::MentionType;
use js_sys::{Array, Object};
use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};

/// Elements whose text is never annotated, whatever the configuration says: code and
/// preformatted text, form fields, editable regions, embedded non-HTML content, and anything the
/// publisher marks with `data-lamha-skip`.
pub const ALWAYS_SKIP: &str = "script,style,code,pre,textarea,input,select,button,[contenteditable],\
[data-lamha-skip],template,noscript,svg,math,iframe,object,[hidden]";

/// Every mention type, in the order the configuration documents them.
pub const ALL_TYPES: [MentionType; 5] = [
    MentionType::Entity(EntityType::Person),
    MentionType::Entity(EntityType::Country),
    MentionType::Entity(EntityType::Place),
    MentionType::Entity(EntityType::Organization),
    MentionType::Date,
];

/// The colour scheme of the built-in palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Light backgrounds.
    Light,
    /// Dark backgrounds.
    Dark,
    /// Follows the reader's `prefers-color-scheme`.
    Auto,
}

/// How one mention type is painted. Every field is optional: what is left out keeps the
/// built-in value (or the publisher's CSS custom property, which wins over both).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypeStyle {
    /// Not painted at all (the mention is still wrapped, for cards).
    pub none: bool,
    /// Text colour (any CSS colour).
    pub color: Option<String>,
    /// Background colour (any CSS colour).
    pub background: Option<String>,
    /// Underline style: `solid`, `dotted`, `dashed`, `wavy`, `double` or `none`.
    pub underline: Option<String>,
    /// Underline thickness (a CSS length such as `2px`).
    pub thickness: Option<String>,
}

/// The configuration after all layers are merged.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// CSS selectors of the elements to annotate.
    pub roots: Vec<String>,
    /// Mention types to highlight.
    pub types: Vec<MentionType>,
    /// Per-type paint, indexed like [`ALL_TYPES`].
    pub styles: [TypeStyle; 5],
    /// Highlight only the first mention of each entity.
    pub first_only: bool,
    /// Extra skip selectors (valid ones only).
    pub skip: Vec<String>,
    /// Highlight names inside links.
    pub links: bool,
    /// Palette.
    pub theme: Theme,
    /// Extra knowledge-base URL.
    pub kb: Vec<String>,
    /// How long to wait for `kb`, in milliseconds.
    pub kb_timeout_ms: u32,
    /// Annotate at load.
    pub auto: bool,
    /// Annotate content added later.
    pub observe: bool,
    /// Show cards on hover, focus and tap (`cards: false`: highlights only, for a page that
    /// handles them itself).
    pub show_cards: bool,
    /// Card settings: hover delay, label language, link template (`cardDelay`, `cardLabels`,
    /// `linkTemplate`).
    pub cards: super::cards::CardOptions,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            roots: vec!["article".into()],
            types: ALL_TYPES.to_vec(),
            styles: Default::default(),
            first_only: false,
            skip: Vec::new(),
            links: true,
            theme: Theme::Auto,
            kb: Vec::new(),
            kb_timeout_ms: 3000,
            auto: true,
            observe: true,
            show_cards: true,
            cards: super::cards::CardOptions::default(),
        }
    }
}

impl Config {
    /// The selector of everything skipped: the fixed list plus the publisher's.
    pub fn skip_selector(&self) -> String {
        let mut s = ALWAYS_SKIP.to_string();
        for extra in &self.skip {
            s.push(',');
            s.push_str(extra);
        }
        s
    }

    /// Merges the layers, lowest precedence first, warning through `warn` about each bad key.
    /// `attributes` is the `<script>` element (its `data-lamha-*` attributes are read);
    /// `global` is `window.LamhaConfig`, `init` the argument of `Lamha.init`.
    pub fn from_layers(init: &JsValue, global: &JsValue, attributes: Option<&web_sys::Element>, warn: &mut dyn FnMut(String)) -> Config {
        let mut cfg = Config::default();
        cfg.apply_object(init, "Lamha.init()", warn);
        cfg.apply_object(global, "window.LamhaConfig", warn);
        if let Some(script) = attributes {
            cfg.apply_attributes(script, warn);
        }
        cfg
    }

    /// Applies every key of a plain object.
    pub fn apply_object(&mut self, layer: &JsValue, source: &str, warn: &mut dyn FnMut(String)) {
        if layer.is_undefined() || layer.is_null() {
            return;
        }
        if !layer.is_object() || layer.is_function() || Array::is_array(layer) {
            warn(format!("Lamha: {source} must be an object of options; it was ignored."));
            return;
        }
        for pair in Object::entries(layer.unchecked_ref::<Object>()).iter() {
            let pair: Array = pair.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            self.apply_key(&key, &pair.get(1), source, warn);
        }
    }

    /// Applies the `data-lamha-*` attributes of the script element, converting each string to
    /// the type its key expects (lists are comma-separated, `styles` is JSON).
    pub fn apply_attributes(&mut self, script: &web_sys::Element, warn: &mut dyn FnMut(String)) {
        let names = script.get_attribute_names();
        for name in names.iter() {
            let name = name.as_string().unwrap_or_default();
            let Some(rest) = name.strip_prefix("data-lamha-") else { continue };
            let raw = script.get_attribute(&name).unwrap_or_default();
            let key = camel_case(rest);
            let source = format!("attribute {name}");
            let value = match KEYS.iter().find(|k| k.name == key).map(|k| k.attribute) {
                Some(Attr::List) => {
                    let list = Array::new();
                    for part in split_selector_list(&raw) {
                        list.push(&JsValue::from_str(part));
                    }
                    list.into()
                }
                Some(Attr::Bool) => match raw.trim() {
                    "" | "true" => JsValue::TRUE,
                    "false" => JsValue::FALSE,
                    other => JsValue::from_str(other),
                },
                Some(Attr::Number) => parse_number(&raw).map_or_else(|| JsValue::from_str(&raw), JsValue::from_f64),
                Some(Attr::Json) => match js_sys::JSON::parse(&raw) {
                    Ok(v) => v,
                    Err(_) => {
                        warn(format!("Lamha: {source}: expected JSON ({}); it was ignored.", expected(&key)));
                        continue;
                    }
                },
                Some(Attr::Text) | None => JsValue::from_str(&raw),
            };
            self.apply_key(&key, &value, &source, warn);
        }
    }

    fn apply_key(&mut self, key: &str, value: &JsValue, source: &str, warn: &mut dyn FnMut(String)) {
        let mut bad = |detail: String| {
            warn(format!("Lamha: config key '{key}' ({source}): expected {}{detail}; this key was ignored.", expected(key)))
        };
        let got = |e: serde_wasm_bindgen::Error| format!(" ({e})");
        match key {
            "root" => match serde_wasm_bindgen::from_value::<OneOrMany>(value.clone()) {
                Ok(v) => {
                    let (good, wrong) = partition_selectors(v.into_vec());
                    if !wrong.is_empty() {
                        bad(format!("; not a valid selector: {}", wrong.join(", ")));
                    }
                    if !good.is_empty() {
                        self.roots = good;
                    }
                }
                Err(e) => bad(got(e)),
            },
            "types" => match serde_wasm_bindgen::from_value::<OneOrMany>(value.clone()) {
                Ok(v) => {
                    let mut types = Vec::new();
                    let mut wrong = Vec::new();
                    for name in v.into_vec() {
                        match type_index(name.trim()) {
                            Some(i) => types.push(ALL_TYPES[i]),
                            None => wrong.push(name),
                        }
                    }
                    if !wrong.is_empty() {
                        bad(format!("; unknown type {}", wrong.join(", ")));
                    }
                    if wrong.is_empty() || !types.is_empty() {
                        self.types = types;
                    }
                }
                Err(e) => bad(got(e)),
            },
            "styles" => match serde_wasm_bindgen::from_value::<std::collections::BTreeMap<String, StyleValue>>(value.clone()) {
                Ok(map) => {
                    for (name, style) in map {
                        let Some(i) = type_index(&name) else {
                            bad(format!("; unknown type '{name}'"));
                            continue;
                        };
                        match style.check() {
                            Ok(s) => self.styles[i] = s,
                            Err(msg) => bad(format!("; styles.{name}: {msg}")),
                        }
                    }
                }
                Err(e) => bad(got(e)),
            },
            "mentions" => match value.as_string().as_deref() {
                Some("all") => self.first_only = false,
                Some("first") => self.first_only = true,
                _ => bad(String::new()),
            },
            "skip" => match serde_wasm_bindgen::from_value::<OneOrMany>(value.clone()) {
                Ok(v) => {
                    let (good, wrong) = partition_selectors(v.into_vec());
                    if !wrong.is_empty() {
                        bad(format!("; not a valid selector: {}", wrong.join(", ")));
                    }
                    self.skip = good;
                }
                Err(e) => bad(got(e)),
            },
            "links" => match value.as_bool() {
                Some(b) => self.links = b,
                None => bad(String::new()),
            },
            "auto" => match value.as_bool() {
                Some(b) => self.auto = b,
                None => bad(String::new()),
            },
            "observe" => match value.as_bool() {
                Some(b) => self.observe = b,
                None => bad(String::new()),
            },
            "cards" => match value.as_bool() {
                Some(b) => self.show_cards = b,
                None => bad(String::new()),
            },
            "theme" => match value.as_string().as_deref() {
                Some("light") => self.theme = Theme::Light,
                Some("dark") => self.theme = Theme::Dark,
                Some("auto") => self.theme = Theme::Auto,
                _ => bad(String::new()),
            },
            // One URL, several separated by commas (`data-lamha-kb="/a.json, /b.json"`), or a
            // list: merged over the built-in knowledge base in that order.
            "kb" => {
                let urls: Option<Vec<String>> = if let Some(text) = value.as_string() {
                    Some(text.split(',').map(str::trim).filter(|u| !u.is_empty()).map(String::from).collect())
                } else if value.is_null() {
                    Some(Vec::new())
                } else if js_sys::Array::is_array(value) {
                    js_sys::Array::from(value).iter().map(|v| v.as_string().map(|u| u.trim().to_string())).collect()
                } else {
                    None
                };
                match urls.map(|list| list.iter().map(|u| checked_kb_url(u)).collect::<Result<Vec<_>, _>>()) {
                    Some(Ok(list)) => self.kb = list,
                    Some(Err(msg)) => bad(format!("; {msg}")),
                    None => bad(String::new()),
                }
            }
            "kbTimeout" => match value.as_f64() {
                Some(ms) if (0.0..=60_000.0).contains(&ms) => self.kb_timeout_ms = ms as u32,
                _ => bad(String::new()),
            },
            "cardDelay" | "cardLabels" | "linkTemplate" => {
                if let Some(Err(e)) = self.cards.apply_key(key, value) {
                    bad(format!("; {e}"));
                }
            }
            _ => warn(format!(
                "Lamha: unknown config key '{key}' ({source}); known keys are {}. It was ignored.",
                KEYS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
            )),
        }
    }
}

/// How a data attribute's string becomes a value.
#[derive(Clone, Copy)]
enum Attr {
    Text,
    List,
    Bool,
    Number,
    Json,
}

struct Key {
    name: &'static str,
    attribute: Attr,
    expected: &'static str,
}

/// Every configuration key: its name, how its attribute is read, and what a warning says it
/// expects.
const KEYS: &[Key] = &[
    Key { name: "root", attribute: Attr::List, expected: "a CSS selector or a list of selectors" },
    Key { name: "types", attribute: Attr::List, expected: "a list of person, country, place, organization, date" },
    Key { name: "styles", attribute: Attr::Json, expected: "an object {type: \"none\" | {color, background, underline, thickness}}" },
    Key { name: "mentions", attribute: Attr::Text, expected: "\"all\" or \"first\"" },
    Key { name: "skip", attribute: Attr::List, expected: "a CSS selector or a list of selectors" },
    Key { name: "links", attribute: Attr::Bool, expected: "true or false" },
    Key { name: "theme", attribute: Attr::Text, expected: "\"light\", \"dark\" or \"auto\"" },
    Key { name: "kb", attribute: Attr::Text, expected: "the URL of a knowledge-base JSON file, or several separated by commas or in a list (https:, or paths on this site)" },
    Key { name: "kbTimeout", attribute: Attr::Number, expected: "a number of milliseconds from 0 to 60000" },
    Key { name: "auto", attribute: Attr::Bool, expected: "true or false" },
    Key { name: "observe", attribute: Attr::Bool, expected: "true or false" },
    Key { name: "cards", attribute: Attr::Bool, expected: "true or false" },
    Key { name: "cardDelay", attribute: Attr::Number, expected: "a number of milliseconds from 0 to 5000" },
    Key { name: "cardLabels", attribute: Attr::Text, expected: "\"ar\" or \"en\"" },
    Key { name: "linkTemplate", attribute: Attr::Text, expected: "a path or https URL containing {id}, e.g. /tag/{id}" },
];

fn expected(key: &str) -> &'static str {
    KEYS.iter().find(|k| k.name == key).map_or("a known key", |k| k.expected)
}

/// `kb-timeout` → `kbTimeout`.
fn camel_case(kebab: &str) -> String {
    let mut out = String::with_capacity(kebab.len());
    let mut upper = false;
    for c in kebab.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits a comma-separated list, keeping commas inside brackets and parentheses (`:is(a, b)`,
/// `[title="a,b"]`) with their selector.
fn split_selector_list(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut quote, mut start) = (0i32, None, 0);
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[') => depth += 1,
            (None, ')' | ']') => depth -= 1,
            (None, ',') if depth == 0 => {
                parts.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(s[start..].trim());
    parts.retain(|p| !p.is_empty());
    parts
}

/// Valid selectors, and the invalid ones (which `querySelector` would throw on).
fn partition_selectors(list: Vec<String>) -> (Vec<String>, Vec<String>) {
    let doc = web_sys::window().and_then(|w| w.document());
    list.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).partition(|s| {
        doc.as_ref().is_some_and(|d| d.query_selector(s).is_ok())
    })
}

fn type_index(name: &str) -> Option<usize> {
    ALL_TYPES.iter().position(|t| t.as_str() == name)
}

/// Accepts `https:` URLs and same-site paths; anything else (`javascript:`, `data:`, `http:`)
/// is refused, so the widget never fetches from an unexpected scheme.
fn checked_kb_url(url: &str) -> Result<String, String> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    if lower.starts_with("https://") || (u.starts_with('/') && !u.starts_with("//")) || u.starts_with("./") {
        Ok(u.to_string())
    } else {
        Err(format!("'{u}' is neither https: nor a path on this site"))
    }
}

/// A string or a list of strings.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => split_selector_list(&s).into_iter().map(String::from).collect(),
            OneOrMany::Many(v) => v,
        }
    }
}

/// `"none"` or a style object, as written by the publisher.
#[derive(Deserialize)]
#[serde(untagged)]
enum StyleValue {
    Keyword(String),
    Style(StyleObject),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StyleObject {
    color: Option<String>,
    background: Option<String>,
    underline: Option<String>,
    thickness: Option<String>,
}

impl StyleValue {
    /// Checks every value with the browser's own CSS parser (`CSS.supports`), and refuses
    /// anything that could end a declaration, so a value can never inject a rule.
    fn check(self) -> Result<TypeStyle, String> {
        let s = match self {
            StyleValue::Keyword(k) if k == "none" => return Ok(TypeStyle { none: true, ..TypeStyle::default() }),
            StyleValue::Keyword(k) => return Err(format!("'{k}' is not \"none\" or a style object")),
            StyleValue::Style(s) => s,
        };
        let css = |prop: &str, field: &str, v: Option<String>| -> Result<Option<String>, String> {
            match v {
                None => Ok(None),
                Some(v) if v.contains([';', '{', '}', '\\', '<']) || !css_supports(prop, &v) => {
                    Err(format!("{field} '{v}' is not a valid CSS {prop} value"))
                }
                Some(v) => Ok(Some(v)),
            }
        };
        if let Some(u) = &s.underline {
            if !matches!(u.as_str(), "solid" | "dotted" | "dashed" | "wavy" | "double" | "none") {
                return Err(format!("underline '{u}' is not solid, dotted, dashed, wavy, double or none"));
            }
        }
        Ok(TypeStyle {
            none: false,
            color: css("color", "color", s.color)?,
            background: css("background-color", "background", s.background)?,
            underline: s.underline,
            thickness: css("text-decoration-thickness", "thickness", s.thickness)?,
        })
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = CSS, js_name = supports)]
    fn css_supports(property: &str, value: &str) -> bool;
}


/// A decimal number written in an attribute or a string value (`"300"`, `" 1.5 "`), read by the
/// browser's JSON parser: Rust's own float parser would add its tables to the `.wasm` for the
/// sake of a few configuration values.
pub(crate) fn parse_number(s: &str) -> Option<f64> {
    js_sys::JSON::parse(s.trim()).ok()?.as_f64().filter(|n| n.is_finite())
}
