//! The knowledge base: who and what Lamha can name, and the facts its cards show.
//!
//! A knowledge-base file is JSON (`schema/kb.schema.json` is its JSON Schema):
//!
//! ```json
//! {"lamha_kb": 1,
//!  "entries": [
//!   {"id": "Q801", "type": "country", "name_ar": "إسرائيل", "name_en": "Israel",
//!    "aliases": ["دولة إسرائيل"], "demonyms": ["إسرائيلي"], "wikidata": "Q801",
//!    "iso2": "IL", "capital": "Q1218", "region_ar": "غرب آسيا", "region_en": "Western Asia",
//!    "source": "CLDR names via ICU; capital and region: Wikidata"}]}
//! ```
//!
//! Files are merged by `id`, later files over earlier ones, field by field: a publisher's file
//! can add an alias list, change a summary or set `"disabled": true` without repeating the rest.
//!
//! **Invariant kept:** loading never panics and never silently drops data. Each problem becomes a
//! [`KbError`] naming the file, the entry and the field; a bad entry is skipped, every good one
//! loads. Nothing in a file is trusted as markup or as a URL until checked ([`safe_https_url`]).

pub mod compact;
// Publisher tooling (the CLI's `lamha kb …`): reads the default's JSON, which the browser build
// does not carry.
#[cfg(not(target_arch = "wasm32"))]
pub mod tools;

use serde::Serialize;
use serde_json::{Map, Value};
use crate::recognize::FxBuild;
use std::collections::HashMap;
use std::fmt;

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A person.
    Person,
    /// A sovereign state (UN member or observer).
    Country,
    /// A city, region, territory or geographic area.
    Place,
    /// An organisation, movement, agency or treaty body.
    Organization,
}

impl EntityType {
    /// The lower-case name used in JSON and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Country => "country",
            EntityType::Place => "place",
            EntityType::Organization => "organization",
        }
    }

    /// Parses the JSON name.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "person" => EntityType::Person,
            "country" => EntityType::Country,
            "place" => EntityType::Place,
            "organization" => EntityType::Organization,
            _ => return None,
        })
    }
}

/// A knowledge-base string: borrowed from the embedded default's bytes (no copy at start-up),
/// owned when it comes from a publisher's file.
pub type Text = std::borrow::Cow<'static, str>;

/// A role a person held before the current one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PastRole {
    /// The role in Arabic.
    pub role_ar: Text,
    /// The role in English.
    pub role_en: Option<Text>,
    /// Start (year or ISO date).
    pub from: Option<Text>,
    /// End (year or ISO date).
    pub to: Option<Text>,
}

/// One knowledge-base entry after validation.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Entry {
    /// Stable id: the Wikidata QID where known, else `lamha:<slug>`.
    pub id: Text,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: Option<EntityType>,
    /// Arabic canonical name.
    pub name_ar: Text,
    /// English canonical name.
    pub name_en: Text,
    /// Other full Arabic spellings and names that always identify this entry.
    pub aliases: Vec<Text>,
    /// Short forms (a surname, an acronym). Linked when no other entry shares them, or when the
    /// article also names the entry in full; otherwise left unlinked.
    pub short: Vec<Text>,
    /// Forms (from `name_ar`, `aliases` or `short`) that are also ordinary Arabic words
    /// (`سلام` peace, `عون` help, `قطر` diameter): they count only with supporting context.
    pub common: Vec<Text>,
    /// Masculine singular nisba (`إسرائيلي`), whose inflections are generated; a form not ending
    /// in ي is a broken plural (`مغاربة`), matched as written.
    pub demonyms: Vec<Text>,
    /// Words that, directly before a form, mean it is not this entity (`صلاة` before `المغرب`).
    pub not_after: Vec<Text>,
    /// Words that, directly after a form, mean it is not this entry (`القومي` after `مجلس الأمن`).
    pub not_before: Vec<Text>,
    /// Exact written forms that are not this entity (`اليمنى`, the right hand).
    pub not_forms: Vec<Text>,
    /// Wikidata QID.
    pub wikidata: Option<Text>,
    /// Hidden: the entry is neither highlighted nor shown.
    pub disabled: bool,
    /// Aliases suppressed by a publisher.
    pub disabled_aliases: Vec<Text>,
    /// Portrait or emblem (https only).
    pub image: Option<Text>,
    /// One-paragraph summary in Arabic.
    pub summary_ar: Option<Text>,
    /// One-paragraph summary in English.
    pub summary_en: Option<Text>,
    /// Where the facts were taken from.
    pub source: Option<Text>,
    /// Person: current role in Arabic.
    pub role_ar: Option<Text>,
    /// Person: current role in English.
    pub role_en: Option<Text>,
    /// Person, place, organisation: country id.
    pub country: Option<Text>,
    /// Person: in the role since (year or ISO date).
    pub since: Option<Text>,
    /// Date the facts were last checked (ISO date).
    pub as_of: Option<Text>,
    /// Person: earlier roles.
    pub past_roles: Vec<PastRole>,
    /// Country: ISO 3166-1 alpha-2.
    pub iso2: Option<Text>,
    /// Country: capital's entry id.
    pub capital: Option<Text>,
    /// Country: region in Arabic.
    pub region_ar: Option<Text>,
    /// Country: region in English.
    pub region_en: Option<Text>,
    /// Place/organisation: kind in Arabic (مدينة، منظمة دولية…).
    pub kind_ar: Option<Text>,
    /// Place/organisation: kind in English.
    pub kind_en: Option<Text>,
    /// Place/organisation: one-line description in Arabic.
    pub description_ar: Option<Text>,
    /// Place/organisation: one-line description in English.
    pub description_en: Option<Text>,
}

/// A problem in a knowledge-base file, precise enough for a newsroom editor to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KbError {
    /// The file (or URL) name.
    pub file: String,
    /// The entry's id, or `#N` (its index) when it has no usable id.
    pub entry: Option<String>,
    /// The field.
    pub field: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for KbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(e) = &self.entry {
            write!(f, ": entry '{e}'")?;
        }
        if let Some(k) = &self.field {
            write!(f, ": field '{k}'")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for KbError {}

/// A loaded knowledge base: valid entries by id, in load order.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeBase {
    entries: Vec<Entry>,
    by_id: HashMap<Text, usize, FxBuild>,
}

/// The files of the embedded default, merged in this order: the source of truth, compiled into
/// [`COMPACT_DEFAULT`]. Only native builds (the CLI and its tools, the tests) carry the JSON.
#[cfg(not(target_arch = "wasm32"))]
pub const DEFAULT_FILES: &[(&str, &str)] = &[
    ("data/kb/countries.json", include_str!("../../data/kb/countries.json")),
    ("data/kb/places.json", include_str!("../../data/kb/places.json")),
    ("data/kb/organizations.json", include_str!("../../data/kb/organizations.json")),
    ("data/kb/people.json", include_str!("../../data/kb/people.json")),
];

/// The embedded default's validated entries, in the compact form of [`compact`] (written by
/// `lamha kb compile`, i.e. `make kb`; checked against the JSON by a test).
pub const COMPACT_DEFAULT: &[u8] = include_bytes!("../../data/kb/default.lkb");

/// [`COMPACT_DEFAULT`] as text: the file is UTF-8 by design ([`compact`]), and this checks it
/// when Lamha is compiled, so that start-up does not (4–5 ms of the browser's first run).
pub const COMPACT_DEFAULT_TEXT: &str = match std::str::from_utf8(COMPACT_DEFAULT) {
    Ok(text) => text,
    Err(_) => panic!("data/kb/default.lkb is not UTF-8: run `make kb`"),
};

/// The file name that errors about the built-in entries carry.
pub const BUILTIN: &str = "data/kb/default.lkb";

const STRING_FIELDS: &[&str] = &[
    "wikidata", "image", "summary_ar", "summary_en", "source", "role_ar", "role_en", "country",
    "since", "as_of", "iso2", "capital", "region_ar", "region_en", "kind_ar", "kind_en",
    "description_ar", "description_en",
];
const LIST_FIELDS: &[&str] =
    &["aliases", "short", "common", "demonyms", "not_after", "not_before", "not_forms", "disabled_aliases"];
const KNOWN_FIELDS: &[&str] = &["id", "type", "name_ar", "name_en", "disabled", "past_roles"];

/// Longest accepted string field, in characters: a card shows a paragraph, not an article.
const MAX_FIELD_CHARS: usize = 2000;

impl KnowledgeBase {
    /// The embedded default knowledge base, read from [`COMPACT_DEFAULT`].
    ///
    /// Its JSON files are tested to load without errors and the compact file to be current and
    /// to decode; if it ever did not decode, the knowledge base would be empty, not a panic.
    pub fn embedded() -> Self {
        compact::decode_text(COMPACT_DEFAULT_TEXT).map(Self::from_entries).unwrap_or_default()
    }

    /// A knowledge base of entries already validated (ids are unique; a later duplicate wins).
    pub fn from_entries(entries: Vec<Entry>) -> Self {
        // Usually every id is distinct (the embedded default's are): the entries stay where they
        // are and only the index is built. An entry is large; moving 921 of them one by one
        // cost 2–3 ms of the browser's start-up.
        let mut by_id = HashMap::with_capacity_and_hasher(entries.len(), FxBuild::default());
        if entries.iter().enumerate().all(|(i, e)| by_id.insert(e.id.clone(), i).is_none()) {
            return KnowledgeBase { entries, by_id };
        }
        let mut kb = KnowledgeBase::default();
        for e in entries {
            match kb.by_id.get(&*e.id) {
                Some(&i) => kb.entries[i] = e,
                None => {
                    kb.by_id.insert(e.id.clone(), kb.entries.len());
                    kb.entries.push(e);
                }
            }
        }
        kb
    }

    /// Entries in load order, disabled ones included.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// Index of the entry with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }
}

/// One entry as merged so far: every state it went through, each with the file that made it.
/// Validation uses the newest state that is valid, so a publisher's bad override reports its
/// errors (naming the publisher's file) and leaves the built-in entry in place.
#[derive(Clone, Debug)]
struct Merged {
    states: Vec<(String, Map<String, Value>)>,
}

impl Merged {
    fn latest(&self) -> &Map<String, Value> {
        &self.states.last().expect("an entry has at least one state").1
    }
}

/// Knowledge-base files merged by id, not yet validated.
#[derive(Clone, Debug, Default)]
pub struct RawKb {
    entries: Vec<Merged>,
    by_id: HashMap<String, usize>,
    errors: Vec<KbError>,
}

impl RawKb {
    /// Starts from the embedded default's JSON files (native builds: the tools report errors
    /// against these files).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn embedded() -> Self {
        let mut raw = RawKb::default();
        for (name, text) in DEFAULT_FILES {
            let _ = raw.merge_json(name, text);
        }
        raw
    }

    /// Starts from the validated entries of `kb`, as if read from a file named `file`; a file
    /// merged over them overrides field by field, as over the JSON they came from.
    pub fn from_kb(kb: &KnowledgeBase, file: &str) -> Self {
        let mut raw = RawKb::default();
        for e in kb.entries() {
            let Ok(Value::Object(obj)) = serde_json::to_value(e) else { continue };
            raw.by_id.insert(e.id.to_string(), raw.entries.len());
            raw.entries.push(Merged { states: vec![(file.to_string(), obj)] });
        }
        raw
    }

    /// Parses `text` (named `file` in messages) and merges its entries over the current ones.
    /// Returns the file-level error if the JSON itself cannot be read; entry-level problems are
    /// collected and reported by [`RawKb::build`].
    pub fn merge_json(&mut self, file: &str, text: &str) -> Result<(), KbError> {
        let err = |message: String| KbError { file: file.to_string(), entry: None, field: None, message };
        let value: Value = serde_json::from_str(text).map_err(|e| err(format!("invalid JSON: {e}")))?;
        // Entries are taken by value: copying 900 parsed objects was a third of the load time.
        let entries = match value {
            Value::Object(mut o) => match o.remove("entries") {
                Some(Value::Array(a)) => a,
                Some(_) => return Err(err("'entries' must be a list of objects".into())),
                None => return Err(err("expected an object with an 'entries' list".into())),
            },
            Value::Array(a) => a,
            _ => return Err(err("expected an object with an 'entries' list".into())),
        };
        let mut seen_here = HashMap::new();
        for (i, e) in entries.into_iter().enumerate() {
            let Value::Object(obj) = e else {
                self.errors.push(KbError {
                    file: file.into(),
                    entry: Some(format!("#{i}")),
                    field: None,
                    message: "entry must be an object".into(),
                });
                continue;
            };
            let id = match obj.get("id") {
                Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
                _ => {
                    self.errors.push(KbError {
                        file: file.into(),
                        entry: Some(format!("#{i}")),
                        field: Some("id".into()),
                        message: "must be a non-empty string".into(),
                    });
                    continue;
                }
            };
            if let Some(prev) = seen_here.insert(id.clone(), i) {
                self.errors.push(KbError {
                    file: file.into(),
                    entry: Some(id.clone()),
                    field: Some("id".into()),
                    message: format!("duplicate id (also entry #{prev} of this file); the later one wins"),
                });
            }
            match self.by_id.get(&id) {
                Some(&j) => {
                    let mut next = self.entries[j].latest().clone();
                    next.extend(obj);
                    self.entries[j].states.push((file.to_string(), next));
                }
                None => {
                    self.by_id.insert(id, self.entries.len());
                    self.entries.push(Merged { states: vec![(file.to_string(), obj)] });
                }
            }
        }
        Ok(())
    }

    /// The merged entries as JSON objects, in load order.
    pub fn entries(&self) -> impl Iterator<Item = &Map<String, Value>> {
        self.entries.iter().map(Merged::latest)
    }

    /// The merged JSON object of the entry with this id.
    pub fn entry(&self, id: &str) -> Option<&Map<String, Value>> {
        self.by_id.get(id).map(|&i| self.entries[i].latest())
    }

    /// The merged file, as a knowledge-base JSON document.
    pub fn to_json(&self) -> Value {
        let entries = self.entries.iter().map(|m| Value::Object(m.latest().clone())).collect();
        serde_json::json!({"lamha_kb": 1, "entries": Value::Array(entries)})
    }

    /// Validates every merged entry. Returns the knowledge base of the valid entries and every
    /// problem found (in the files read and in the entries).
    pub fn build(self) -> (KnowledgeBase, Vec<KbError>) {
        self.build_with_known(|_| false)
    }

    /// Like [`RawKb::build`], with `known(id)` telling which ids outside these files exist (a
    /// publisher's file validated on its own refers to countries of the embedded default).
    pub fn build_with_known(mut self, known: impl Fn(&str) -> bool) -> (KnowledgeBase, Vec<KbError>) {
        let mut kb = KnowledgeBase::default();
        let mut errors = std::mem::take(&mut self.errors);
        let mut file_of: HashMap<String, String> = HashMap::new();
        for merged in &self.entries {
            // The newest valid state wins; the errors of newer, invalid states are reported
            // against the file that introduced them.
            for (n, (file, obj)) in merged.states.iter().enumerate().rev() {
                match validate_entry(file, obj) {
                    Ok((entry, warnings)) => {
                        errors.extend(warnings);
                        if n + 1 < merged.states.len() {
                            errors.push(KbError {
                                file: merged.states[n + 1].0.clone(),
                                entry: Some(entry.id.to_string()),
                                field: None,
                                message: format!("the override is not applied; the entry from {file} is kept"),
                            });
                        }
                        file_of.insert(entry.id.to_string(), file.clone());
                        kb.by_id.insert(entry.id.clone(), kb.entries.len());
                        kb.entries.push(entry);
                        break;
                    }
                    Err(e) => errors.extend(e),
                }
            }
        }
        // Cross-references: a person's country, a country's capital.
        for e in &kb.entries {
            for (field, target) in [("country", &e.country), ("capital", &e.capital)] {
                if let Some(t) = target {
                    if !kb.by_id.contains_key(&**t) && !known(t) {
                        errors.push(KbError {
                            file: file_of.get(&*e.id).cloned().unwrap_or_default(),
                            entry: Some(e.id.to_string()),
                            field: Some(field.into()),
                            message: format!("refers to '{t}', which is not an entry"),
                        });
                    }
                }
            }
        }
        (kb, errors)
    }
}

/// Returns `url` if it is an absolute `https:` URL without characters that could break out of an
/// attribute; `None` otherwise. `javascript:`, `data:`, `http:` and relative URLs are refused.
pub fn safe_https_url(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.get(..8)?.to_ascii_lowercase();
    if lower != "https://" || u.len() <= 8 || u.len() > 2048 {
        return None;
    }
    if u.chars().any(|c| c.is_control() || c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')) {
        return None;
    }
    Some(u)
}

/// Letters and digits of `s` once normalised (a ligature counts as its letters).
fn letter_count(s: &str) -> usize {
    use crate::normalize::{fold_char, is_word_char, Fold};
    s.chars()
        .map(|c| match fold_char(c) {
            Fold::One(f) => usize::from(is_word_char(f)),
            Fold::Many(m) => m.chars().filter(|&f| is_word_char(f)).count(),
            Fold::Drop => 0,
        })
        .sum()
}

fn validate_entry(file: &str, obj: &Map<String, Value>) -> Result<(Entry, Vec<KbError>), Vec<KbError>> {
    let id = obj.get("id").and_then(Value::as_str).unwrap_or_default().trim().to_string();
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mk = |field: &str, message: String| KbError {
        file: file.to_string(),
        entry: Some(id.clone()),
        field: Some(field.to_string()),
        message,
    };
    let mut e = Entry { id: id.clone().into(), ..Entry::default() };

    match obj.get("type").map(|v| (v, v.as_str().and_then(EntityType::parse))) {
        Some((_, Some(t))) => e.kind = Some(t),
        Some((v, None)) => {
            // Described, not printed: `Value`'s Display would bring serde_json's float writer
            // (17 KB of tables) into the browser build for this one message.
            let got = match v {
                Value::String(s) => format!("'{s}'"),
                Value::Number(_) => "a number".into(),
                Value::Bool(_) => "true or false".into(),
                Value::Null => "null".into(),
                Value::Array(_) => "a list".into(),
                Value::Object(_) => "an object".into(),
            };
            errors.push(mk("type", format!("must be one of person, country, place, organization (got {got})")));
        }
        None => errors.push(mk("type", "is required (person, country, place, organization)".into())),
    }
    if let Some(name) = obj.get("name_ar").and_then(Value::as_str) {
        // The one form an entry cannot do without: a typo here (`و`) would highlight a letter
        // all over every article, and a name of marks alone would never match.
        let letters = letter_count(name);
        if letters < 2 && !name.trim().is_empty() {
            errors.push(mk("name_ar", format!("must have at least two letters (got '{name}')")));
        }
    }
    for (field, slot, required) in [("name_ar", &mut e.name_ar, true), ("name_en", &mut e.name_en, true)] {
        match obj.get(field) {
            Some(Value::String(s)) if !s.trim().is_empty() && s.chars().count() <= MAX_FIELD_CHARS => *slot = s.trim().to_string().into(),
            Some(Value::String(_)) => errors.push(mk(field, format!("must be a non-empty string of at most {MAX_FIELD_CHARS} characters"))),
            Some(_) => errors.push(mk(field, "must be a string".into())),
            None if required => errors.push(mk(field, "is required".into())),
            None => {}
        }
    }
    for &field in STRING_FIELDS {
        match obj.get(field) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.chars().count() <= MAX_FIELD_CHARS => {
                let s = s.trim();
                if s.is_empty() {
                    continue;
                }
                if field == "image" && safe_https_url(s).is_none() {
                    // The image is optional: drop it, keep the entry.
                    warnings.push(mk(field, "must be an absolute https:// URL; the image is ignored".into()));
                    continue;
                }
                let v = Some(Text::Owned(s.to_string()));
                match field {
                    "wikidata" => e.wikidata = v,
                    "image" => e.image = v,
                    "summary_ar" => e.summary_ar = v,
                    "summary_en" => e.summary_en = v,
                    "source" => e.source = v,
                    "role_ar" => e.role_ar = v,
                    "role_en" => e.role_en = v,
                    "country" => e.country = v,
                    "since" => e.since = v,
                    "as_of" => e.as_of = v,
                    "iso2" => e.iso2 = v,
                    "capital" => e.capital = v,
                    "region_ar" => e.region_ar = v,
                    "region_en" => e.region_en = v,
                    "kind_ar" => e.kind_ar = v,
                    "kind_en" => e.kind_en = v,
                    "description_ar" => e.description_ar = v,
                    "description_en" => e.description_en = v,
                    _ => unreachable!("every STRING_FIELDS name is handled"),
                }
            }
            Some(Value::String(_)) => errors.push(mk(field, format!("must be at most {MAX_FIELD_CHARS} characters"))),
            Some(_) => errors.push(mk(field, "must be a string".into())),
        }
    }
    for &field in LIST_FIELDS {
        let list = match obj.get(field) {
            None | Some(Value::Null) => continue,
            Some(Value::Array(a)) if a.iter().all(Value::is_string) => {
                a.iter().filter_map(Value::as_str).map(str::trim).map(String::from).collect::<Vec<_>>()
            }
            Some(_) => {
                errors.push(mk(field, "must be a list of strings".into()));
                continue;
            }
        };
        let mut kept = Vec::with_capacity(list.len());
        for s in list {
            let letters = letter_count(&s);
            if !matches!(field, "disabled_aliases" | "not_after" | "not_before") && letters < 2 {
                warnings.push(mk(field, format!("'{s}' is shorter than two letters and is ignored")));
                continue;
            }
            if s.chars().count() > 200 {
                warnings.push(mk(field, "an item longer than 200 characters is ignored".into()));
                continue;
            }
            kept.push(Text::Owned(s));
        }
        match field {
            "aliases" => e.aliases = kept,
            "short" => e.short = kept,
            "common" => e.common = kept,
            "demonyms" => e.demonyms = kept,
            "not_after" => e.not_after = kept,
            "not_before" => e.not_before = kept,
            "not_forms" => e.not_forms = kept,
            "disabled_aliases" => e.disabled_aliases = kept,
            _ => unreachable!("every LIST_FIELDS name is handled"),
        }
    }
    match obj.get("disabled") {
        None | Some(Value::Null) => {}
        Some(Value::Bool(b)) => e.disabled = *b,
        Some(_) => errors.push(mk("disabled", "must be true or false".into())),
    }
    match obj.get("past_roles") {
        None | Some(Value::Null) => {}
        Some(Value::Array(a)) => {
            for (i, r) in a.iter().enumerate() {
                let get = |k: &str| r.get(k).and_then(Value::as_str).map(|s| Text::Owned(s.trim().to_string()));
                match get("role_ar") {
                    Some(role_ar) if !role_ar.is_empty() => e.past_roles.push(PastRole {
                        role_ar,
                        role_en: get("role_en"),
                        from: get("from"),
                        to: get("to"),
                    }),
                    _ => errors.push(mk("past_roles", format!("item {i} must be an object with a 'role_ar' string"))),
                }
            }
        }
        Some(_) => errors.push(mk("past_roles", "must be a list of objects".into())),
    }
    for k in obj.keys() {
        if !KNOWN_FIELDS.contains(&k.as_str()) && !STRING_FIELDS.contains(&k.as_str()) && !LIST_FIELDS.contains(&k.as_str()) {
            warnings.push(mk(k, "unknown field, ignored".into()));
        }
    }
    if let Some(iso) = &e.iso2 {
        if iso.len() != 2 || !iso.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.push(mk("iso2", format!("must be two upper-case letters (got '{iso}')")));
        }
    }
    if let Some(q) = &e.wikidata {
        if !(q.starts_with('Q') && q.len() > 1 && q[1..].bytes().all(|b| b.is_ascii_digit())) {
            errors.push(mk("wikidata", format!("must be a QID such as Q801 (got '{q}')")));
        }
    }
    if errors.is_empty() {
        Ok((e, warnings))
    } else {
        Err(errors)
    }
}

/// Loads the embedded default and then each `(name, text)` file over it. Errors about the
/// default's own entries name [`BUILTIN`].
pub fn load_with(files: &[(String, String)]) -> (KnowledgeBase, Vec<KbError>) {
    let mut raw = RawKb::from_kb(&KnowledgeBase::embedded(), BUILTIN);
    let mut file_errors = Vec::new();
    for (name, text) in files {
        if let Err(e) = raw.merge_json(name, text) {
            file_errors.push(e);
        }
    }
    let (kb, mut errors) = raw.build();
    file_errors.append(&mut errors);
    (kb, file_errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_default_is_current() {
        let (kb, errors) = RawKb::embedded().build();
        assert!(errors.is_empty(), "{errors:?}");
        assert!(
            compact::encode(&compact::embeddable(kb.entries())) == COMPACT_DEFAULT,
            "data/kb/default.lkb is older than data/kb/*.json: run `make kb`"
        );
        assert_eq!(KnowledgeBase::embedded().entries(), compact::embeddable(kb.entries()));
    }

    #[test]
    fn builtin_entries_round_trip_through_a_merge() {
        // The browser merges a publisher's file over entries read from the compact default:
        // turned back into JSON objects they must validate to exactly the same entries.
        let kb = KnowledgeBase::embedded();
        assert!(kb.entries().len() > 900);
        let (again, errors) = RawKb::from_kb(&kb, BUILTIN).build();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(again.entries(), kb.entries());
        let mut raw = RawKb::from_kb(&kb, BUILTIN);
        raw.merge_json("p.json", r#"{"entries": [{"id": "Q801", "summary_en": "Override."}]}"#).unwrap();
        let (merged, errors) = raw.build();
        assert!(errors.is_empty(), "{errors:?}");
        let israel = merged.get("Q801").unwrap();
        assert_eq!(israel.summary_en.as_deref(), Some("Override."));
        assert_eq!(israel.name_ar, kb.get("Q801").unwrap().name_ar);
    }

    fn load(text: &str) -> (KnowledgeBase, Vec<KbError>) {
        let mut raw = RawKb::default();
        if let Err(e) = raw.merge_json("test.json", text) {
            return (KnowledgeBase::default(), vec![e]);
        }
        raw.build()
    }

    #[test]
    fn embedded_default_loads_without_errors() {
        let mut raw = RawKb::default();
        for (name, text) in DEFAULT_FILES {
            raw.merge_json(name, text).unwrap();
        }
        let (kb, errors) = raw.build();
        assert!(errors.is_empty(), "{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
        assert!(!kb.entries().is_empty());
    }

    #[test]
    fn malformed_json_names_the_file() {
        let (_, errors) = load("{\"entries\": [");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().starts_with("test.json: invalid JSON"), "{}", errors[0]);
    }

    #[test]
    fn bad_field_is_named_and_good_entries_still_load() {
        let (kb, errors) = load(
            r#"{"entries": [
              {"id": "Q1", "type": "country", "name_ar": "مصر", "name_en": "Egypt", "aliases": "مصر"},
              {"id": "Q2", "type": "country", "name_ar": "لبنان", "name_en": "Lebanon"},
              {"type": "country", "name_ar": "x", "name_en": "y"},
              {"id": "Q3", "type": "planet", "name_ar": "زحل", "name_en": "Saturn"}]}"#,
        );
        let msgs: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(msgs.contains(&"test.json: entry 'Q1': field 'aliases': must be a list of strings".to_string()), "{msgs:?}");
        assert!(msgs.iter().any(|m| m.starts_with("test.json: entry '#2': field 'id'")), "{msgs:?}");
        assert!(msgs.iter().any(|m| m.starts_with("test.json: entry 'Q3': field 'type'")), "{msgs:?}");
        assert_eq!(kb.entries().len(), 1);
        assert_eq!(kb.get("Q2").unwrap().name_en, "Lebanon");
    }

    #[test]
    fn from_entries_keeps_order_and_lets_a_later_duplicate_win() {
        let e = |id: &str, name: &str| Entry { id: id.to_string().into(), name_en: name.to_string().into(), ..Entry::default() };
        let distinct = KnowledgeBase::from_entries(vec![e("Q1", "a"), e("Q2", "b")]);
        assert_eq!(distinct.entries().iter().map(|x| &*x.name_en).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(distinct.index_of("Q2"), Some(1));
        let dup = KnowledgeBase::from_entries(vec![e("Q1", "a"), e("Q2", "b"), e("Q1", "c")]);
        assert_eq!(dup.entries().iter().map(|x| &*x.name_en).collect::<Vec<_>>(), ["c", "b"]);
        assert_eq!((dup.index_of("Q1"), dup.index_of("Q2")), (Some(0), Some(1)));
        assert_eq!(dup.get("Q1").map(|x| &*x.name_en), Some("c"));
    }

    #[test]
    fn merge_by_id_overrides_fields() {
        let mut raw = RawKb::default();
        raw.merge_json("base.json", r#"{"entries":[{"id":"Q1","type":"country","name_ar":"مصر","name_en":"Egypt","capital":"Q85"},
            {"id":"Q85","type":"place","name_ar":"القاهرة","name_en":"Cairo"}]}"#).unwrap();
        raw.merge_json("pub.json", r#"{"entries":[{"id":"Q1","summary_ar":"دولة عربية","disabled":true}]}"#).unwrap();
        let (kb, errors) = raw.build();
        assert!(errors.is_empty(), "{errors:?}");
        let e = kb.get("Q1").unwrap();
        assert_eq!(e.name_en, "Egypt");
        assert_eq!(e.summary_ar.as_deref(), Some("دولة عربية"));
        assert!(e.disabled);
    }

    #[test]
    fn unsafe_urls_are_refused() {
        assert_eq!(safe_https_url("https://example.org/a.jpg"), Some("https://example.org/a.jpg"));
        for bad in ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:image/png;base64,xx", "http://x.org/a.jpg",
            "/img/a.jpg", "https://x.org/\"onerror=alert(1)", "https://", " https://x.org/a b"] {
            assert_eq!(safe_https_url(bad), None, "{bad}");
        }
        let (kb, errors) = load(r#"{"entries":[{"id":"Q1","type":"person","name_ar":"سعد","name_en":"S","image":"javascript:alert(1)"}]}"#);
        assert_eq!(kb.get("Q1").unwrap().image, None);
        assert!(errors[0].to_string().contains("field 'image'"));
    }

    #[test]
    fn one_letter_alias_is_ignored_with_a_warning() {
        let (kb, errors) = load(r#"{"entries":[{"id":"Q1","type":"person","name_ar":"سعد","name_en":"S","aliases":["س",""]}]}"#);
        assert!(kb.get("Q1").unwrap().aliases.is_empty());
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn dangling_reference_is_reported() {
        let (_, errors) = load(r#"{"entries":[{"id":"Q1","type":"person","name_ar":"سعد","name_en":"S","country":"Q999"}]}"#);
        assert_eq!(errors[0].to_string(), "test.json: entry 'Q1': field 'country': refers to 'Q999', which is not an entry");
    }
}
