//! Tests of the embedded knowledge-base *data* (`data/kb/*.json`): every entry validates against
//! `schema/kb.schema.json` and loads without errors; names are not silently shared; references
//! resolve; coverage promises hold; a sample of entries and every declared trap behave as intended
//! in the recogniser.

use lamha::kb::{KnowledgeBase, RawKb, DEFAULT_FILES};
use lamha::normalize::normalize_str;
use lamha::recognize::{Options, Recognizer};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(rel: &str) -> Value {
    let text = std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

// ---------------------------------------------------------------------------------------------
// A validator for the subset of JSON Schema (draft 2020-12) that kb.schema.json uses: type, enum,
// required, properties, additionalProperties: false, items, minLength/maxLength, local $ref into
// $defs, and pattern — patterns limited to anchored sequences of literals and character classes
// with ?, +, {n} or {m,n} quantifiers, and parenthesised groups with {m,n}.
// ---------------------------------------------------------------------------------------------

/// One schema violation: where (a JSON pointer) and what.
#[derive(Debug)]
struct Violation {
    at: String,
    what: String,
}

struct Validator<'a> {
    root: &'a Value,
}

impl Validator<'_> {
    fn resolve<'s>(&'s self, schema: &'s Value) -> &'s Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let name = r.strip_prefix("#/$defs/").unwrap_or_else(|| panic!("unsupported $ref {r}"));
                self.root["$defs"].get(name).unwrap_or_else(|| panic!("missing $defs/{name}"))
            }
            None => schema,
        }
    }

    fn validate(&self, schema: &Value, v: &Value, at: &str, out: &mut Vec<Violation>) {
        let schema = self.resolve(schema);
        let mut err = |what: String| out.push(Violation { at: at.to_string(), what });
        if let Some(t) = schema.get("type").and_then(Value::as_str) {
            let ok = match t {
                "object" => v.is_object(),
                "array" => v.is_array(),
                "string" => v.is_string(),
                "boolean" => v.is_boolean(),
                "integer" => v.is_i64() || v.is_u64(),
                other => panic!("unsupported type {other}"),
            };
            if !ok {
                err(format!("expected {t}, got {v}"));
                return;
            }
        }
        if let Some(options) = schema.get("enum").and_then(Value::as_array) {
            if !options.contains(v) {
                err(format!("{v} is not one of {options:?}"));
            }
        }
        if let Some(s) = v.as_str() {
            let n = s.chars().count() as u64;
            if let Some(min) = schema.get("minLength").and_then(Value::as_u64) {
                if n < min {
                    err(format!("shorter than {min} characters"));
                }
            }
            if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
                if n > max {
                    err(format!("longer than {max} characters"));
                }
            }
            if let Some(p) = schema.get("pattern").and_then(Value::as_str) {
                if !pattern_matches(p, s) {
                    err(format!("'{s}' does not match {p}"));
                }
            }
        }
        if let Some(items) = v.as_array() {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    self.validate(item_schema, item, &format!("{at}/{i}"), out);
                }
            }
        }
        if let Some(obj) = v.as_object() {
            let props = schema.get("properties").and_then(Value::as_object);
            for req in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
                let k = req.as_str().unwrap();
                if !obj.contains_key(k) {
                    out.push(Violation { at: at.to_string(), what: format!("missing required field '{k}'") });
                }
            }
            for (k, val) in obj {
                match props.and_then(|p| p.get(k)) {
                    Some(s) => self.validate(s, val, &format!("{at}/{k}"), out),
                    None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                        out.push(Violation { at: format!("{at}/{k}"), what: "field not allowed by the schema".into() })
                    }
                    None => {}
                }
            }
        }
    }
}

/// One element of a compiled pattern.
#[derive(Debug, Clone)]
enum Atom {
    Lit(char),
    Class(Vec<(char, char)>),
    Group(Vec<(Atom, usize, usize)>),
}

/// Compiles the pattern subset described above. Panics on anything else, so a schema edit that
/// needs more is noticed here rather than silently unchecked.
fn compile(p: &[char], i: &mut usize, in_group: bool) -> Vec<(Atom, usize, usize)> {
    let mut seq = Vec::new();
    while *i < p.len() {
        let atom = match p[*i] {
            '(' => {
                *i += 1;
                let g = compile(p, i, true);
                assert_eq!(p.get(*i), Some(&')'), "unclosed group");
                Atom::Group(g)
            }
            ')' if in_group => return seq,
            '[' => {
                let mut ranges = Vec::new();
                *i += 1;
                while p[*i] != ']' {
                    if p.get(*i + 1) == Some(&'-') && p.get(*i + 2).is_some_and(|&c| c != ']') {
                        ranges.push((p[*i], p[*i + 2]));
                        *i += 3;
                    } else {
                        ranges.push((p[*i], p[*i]));
                        *i += 1;
                    }
                }
                Atom::Class(ranges)
            }
            '\\' => {
                *i += 1;
                Atom::Lit(p[*i])
            }
            c if "^$.*|".contains(c) => panic!("unsupported pattern syntax '{c}'"),
            c => Atom::Lit(c),
        };
        *i += 1;
        let (mut min, mut max) = (1, 1);
        match p.get(*i) {
            Some('+') => {
                max = usize::MAX;
                *i += 1;
            }
            Some('?') => {
                min = 0;
                *i += 1;
            }
            Some('{') => {
                let close = (*i..p.len()).find(|&j| p[j] == '}').expect("unclosed {");
                let body: String = p[*i + 1..close].iter().collect();
                let (a, b) = body.split_once(',').unwrap_or((&body, &body));
                min = a.parse().unwrap();
                max = b.parse().unwrap();
                *i = close + 1;
            }
            _ => {}
        }
        seq.push((atom, min, max));
    }
    seq
}

/// All end positions reachable by matching `seq[k..]` from `pos`.
fn match_from(seq: &[(Atom, usize, usize)], k: usize, s: &[char], pos: usize, out: &mut HashSet<usize>) {
    let Some((atom, min, max)) = seq.get(k) else {
        out.insert(pos);
        return;
    };
    // Positions after n repetitions, for n = 0..=max.
    let mut frontier: HashSet<usize> = [pos].into();
    for n in 0..=*max {
        if n >= *min {
            for &p in &frontier {
                match_from(seq, k + 1, s, p, out);
            }
        }
        if n == *max || frontier.is_empty() {
            break;
        }
        let mut next = HashSet::new();
        for &p in &frontier {
            match atom {
                Atom::Lit(c) => {
                    if s.get(p) == Some(c) {
                        next.insert(p + 1);
                    }
                }
                Atom::Class(ranges) => {
                    if s.get(p).is_some_and(|c| ranges.iter().any(|&(a, b)| (a..=b).contains(c))) {
                        next.insert(p + 1);
                    }
                }
                Atom::Group(g) => match_from(g, 0, s, p, &mut next),
            }
        }
        frontier = next;
    }
}

/// Whether `s` matches `pattern` (JSON Schema patterns are unanchored unless they say `^`/`$`).
fn pattern_matches(pattern: &str, s: &str) -> bool {
    let anchored_start = pattern.starts_with('^');
    let anchored_end = pattern.ends_with('$');
    let body: Vec<char> = pattern.trim_start_matches('^').trim_end_matches('$').chars().collect();
    let seq = compile(&body, &mut 0, false);
    let chars: Vec<char> = s.chars().collect();
    let starts: Vec<usize> = if anchored_start { vec![0] } else { (0..=chars.len()).collect() };
    starts.into_iter().any(|st| {
        let mut ends = HashSet::new();
        match_from(&seq, 0, &chars, st, &mut ends);
        if anchored_end {
            ends.contains(&chars.len())
        } else {
            !ends.is_empty()
        }
    })
}

#[test]
fn the_pattern_subset_behaves() {
    assert!(pattern_matches("^Q[0-9]+$", "Q801"));
    assert!(!pattern_matches("^Q[0-9]+$", "Q"));
    assert!(!pattern_matches("^Q[0-9]+$", "Q80a"));
    assert!(pattern_matches("^[A-Z]{2}$", "IL"));
    assert!(!pattern_matches("^[A-Z]{2}$", "ILS"));
    assert!(pattern_matches("^https://", "https://x.org/a.jpg"));
    assert!(!pattern_matches("^https://", "javascript:alert(1)"));
    let date = "^[0-9]{4}(-[0-9]{2}){0,2}$";
    for ok in ["2025", "2025-06", "2025-06-01"] {
        assert!(pattern_matches(date, ok), "{ok}");
    }
    for bad in ["25", "2025-6", "2025-06-01-01", "June 2025"] {
        assert!(!pattern_matches(date, bad), "{bad}");
    }
}

#[test]
fn the_validator_reports_what_is_wrong() {
    let schema = read_json("schema/kb.schema.json");
    let v = Validator { root: &schema };
    let bad: Value = serde_json::json!({"lamha_kb": 1, "entries": [
        {"id": "Q1", "type": "planet", "name_ar": "زحل", "name_en": "Saturn"},
        {"id": "Q2", "type": "country", "name_ar": "مصر", "name_en": "Egypt", "iso2": "egy", "colour": "red"},
        {"type": "person", "name_ar": "س", "past_roles": [{"role_en": "x"}], "aliases": "س"},
        {"id": "Q4", "disabled": true}]});
    let mut out = Vec::new();
    v.validate(&schema, &bad, "", &mut out);
    let msgs: Vec<String> = out.iter().map(|x| format!("{}: {}", x.at, x.what)).collect();
    // A bare override ({id, disabled}) is valid on its own.
    assert!(!msgs.iter().any(|m| m.starts_with("/entries/3")), "{msgs:#?}");
    for expected in ["/entries/0/type", "/entries/1/iso2", "/entries/1/colour", "/entries/2: missing required field 'id'",
        "/entries/2/past_roles/0: missing required field 'role_ar'", "/entries/2/aliases: expected array"] {
        assert!(msgs.iter().any(|m| m.starts_with(expected)), "no '{expected}' in {msgs:#?}");
    }
}

// ---------------------------------------------------------------------------------------------
// The files themselves.
// ---------------------------------------------------------------------------------------------

fn entries_of(file: &str) -> Vec<Map<String, Value>> {
    read_json(file)["entries"].as_array().unwrap().iter().map(|e| e.as_object().unwrap().clone()).collect()
}

fn all_entries() -> Vec<(String, Map<String, Value>)> {
    DEFAULT_FILES.iter().flat_map(|(f, _)| entries_of(f).into_iter().map(move |e| (f.to_string(), e))).collect()
}

fn strs(e: &Map<String, Value>, k: &str) -> Vec<String> {
    e.get(k).and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_str).map(String::from).collect()).unwrap_or_default()
}

fn str_of<'e>(e: &'e Map<String, Value>, k: &str) -> Option<&'e str> {
    e.get(k).and_then(Value::as_str)
}

#[test]
fn every_entry_of_every_file_validates_against_the_schema() {
    let schema = read_json("schema/kb.schema.json");
    let v = Validator { root: &schema };
    let mut problems = Vec::new();
    for (file, _) in DEFAULT_FILES {
        let doc = read_json(file);
        let mut out = Vec::new();
        v.validate(&schema, &doc, "", &mut out);
        problems.extend(out.into_iter().map(|x| format!("{file}{}: {}", x.at, x.what)));
        // The embedded files also follow the house rules beyond the schema.
        for e in doc["entries"].as_array().unwrap() {
            let id = e["id"].as_str().unwrap_or_default();
            let well_formed = id.strip_prefix('Q').is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
                || id.strip_prefix("lamha:").is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            if !well_formed {
                problems.push(format!("{file}: id '{id}' is neither a QID nor lamha:<slug>"));
            }
            if id.starts_with('Q') && e.get("wikidata").and_then(Value::as_str) != Some(id) {
                problems.push(format!("{file}: {id}: a QID id must repeat itself in 'wikidata'"));
            }
            for k in ["type", "name_ar", "name_en"] {
                if e.get(k).is_none() {
                    problems.push(format!("{file}: {id}: the embedded entries are complete; '{k}' is missing"));
                }
            }
            if e.get("source").is_none() {
                problems.push(format!("{file}: {id}: no 'source' note"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_file_loads_with_zero_errors() {
    let mut raw = RawKb::default();
    for (name, _) in DEFAULT_FILES {
        let text = std::fs::read_to_string(root().join(name)).unwrap();
        raw.merge_json(name, &text).unwrap();
    }
    let (kb, errors) = raw.build();
    assert!(errors.is_empty(), "{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
    assert_eq!(kb.entries().len(), all_entries().len(), "an entry was merged away: duplicate id across files?");
}

#[test]
fn the_generated_countries_and_capitals_are_up_to_date() {
    // The generator needs Node's ICU; where Node is absent the data cannot be regenerated here.
    let Ok(out) = std::process::Command::new("node").arg(root().join("tools/gen_countries.mjs")).arg("--check").output() else {
        eprintln!("node not found: generator check skipped");
        return;
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn key(s: &str) -> String {
    normalize_str(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn no_two_entries_share_a_full_form() {
    let mut owner: HashMap<String, String> = HashMap::new();
    let mut clashes = Vec::new();
    for (_, e) in all_entries() {
        let id = str_of(&e, "id").unwrap().to_string();
        let mut forms: HashSet<String> = HashSet::new();
        forms.insert(key(str_of(&e, "name_ar").unwrap()));
        forms.extend(strs(&e, "aliases").iter().map(|a| key(a)));
        for f in forms {
            if let Some(prev) = owner.insert(f.clone(), id.clone()) {
                clashes.push(format!("'{f}': {prev} and {id}"));
            }
        }
    }
    assert!(clashes.is_empty(), "full forms shared by two entries (use `short` to declare an ambiguity):\n{}", clashes.join("\n"));
}

/// The inflections the recogniser generates from a nisba stem (`DEMONYM_SUFFIXES` in
/// src/recognize/gazetteer.rs), normalised — but the accusative `-ياً`: it is written like every
/// `-يا` country name (سوريا), where the name is by far the more frequent reading and wins.
const NISBA_SUFFIXES: &[&str] = &["", "ه", "ين", "ون", "ان", "تان", "تين", "ات"];

#[test]
fn no_name_is_also_an_inflection_of_its_own_demonym() {
    // `تركية` as a spelling of Turkey would turn every «شركة تركية» (a Turkish company) into a
    // mention of the country instead of a demonym.
    let mut bad = Vec::new();
    for (_, e) in all_entries() {
        let inflections: HashSet<String> =
            strs(&e, "demonyms").iter().flat_map(|d| NISBA_SUFFIXES.iter().map(move |s| format!("{}{s}", key(d)))).collect();
        let names = std::iter::once(str_of(&e, "name_ar").unwrap().to_string()).chain(strs(&e, "aliases")).chain(strs(&e, "short"));
        for n in names {
            if inflections.contains(&key(&n)) {
                bad.push(format!("{}: '{n}'", str_of(&e, "id").unwrap()));
            }
        }
    }
    assert!(bad.is_empty(), "names that are demonym inflections: {bad:?}");
}

/// Every entry with demonyms has a nisba stem (ending in ي); a form that does not end in ي is
/// a broken plural beside it (`مغربي`, `مغاربة`), matched as written, so a stem missing its ي by
/// mistake is caught here; no demonym belongs to two entries or is any entry's name.
#[test]
fn demonyms_are_unique_nisba_stems_or_broken_plurals_beside_one() {
    let names: HashSet<String> = all_entries()
        .iter()
        .flat_map(|(_, e)| std::iter::once(str_of(e, "name_ar").unwrap().to_string()).chain(strs(e, "aliases")).chain(strs(e, "short")))
        .map(|n| key(&n))
        .collect();
    let mut owner: HashMap<String, String> = HashMap::new();
    for (_, e) in all_entries() {
        let id = str_of(&e, "id").unwrap().to_string();
        let demonyms = strs(&e, "demonyms");
        if !demonyms.is_empty() {
            assert!(demonyms.iter().any(|d| d.ends_with('ي')), "{id}: demonyms {demonyms:?} have no nisba stem ending in ي");
        }
        for d in demonyms {
            assert!(!names.contains(&key(&d)), "{id}: demonym '{d}' is also a name");
            if let Some(prev) = owner.insert(key(&d), id.clone()) {
                panic!("demonym '{d}' of both {prev} and {id}");
            }
        }
    }
}

#[test]
fn references_resolve_to_entries_of_the_right_type() {
    let entries = all_entries();
    let types: HashMap<String, String> =
        entries.iter().map(|(_, e)| (str_of(e, "id").unwrap().to_string(), str_of(e, "type").unwrap().to_string())).collect();
    let mut bad = Vec::new();
    for (_, e) in &entries {
        let id = str_of(e, "id").unwrap();
        if let Some(c) = str_of(e, "country") {
            if types.get(c).map(String::as_str) != Some("country") {
                bad.push(format!("{id}: country '{c}' is not a country entry"));
            }
        }
        if let Some(c) = str_of(e, "capital") {
            if types.get(c).map(String::as_str) != Some("place") {
                bad.push(format!("{id}: capital '{c}' is not a place entry"));
            }
        }
        match str_of(e, "type").unwrap() {
            "person" => {
                for k in ["country", "role_ar", "role_en", "as_of", "source"] {
                    if e.get(k).is_none() {
                        bad.push(format!("{id}: person without '{k}'"));
                    }
                }
            }
            "country" => {
                for k in ["iso2", "capital", "region_ar", "region_en"] {
                    if e.get(k).is_none() {
                        bad.push(format!("{id}: country without '{k}'"));
                    }
                }
            }
            _ => {
                for k in ["description_ar", "description_en", "kind_ar", "kind_en"] {
                    if e.get(k).is_none() {
                        bad.push(format!("{id}: no '{k}'"));
                    }
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_un_member_and_observer_is_a_country() {
    let countries: Vec<_> = all_entries().into_iter().filter(|(_, e)| str_of(e, "type") == Some("country")).collect();
    assert_eq!(countries.len(), 195, "193 UN members + Palestine + the Holy See");
    let isos: HashSet<&str> = countries.iter().filter_map(|(_, e)| str_of(e, "iso2")).collect();
    assert_eq!(isos.len(), 195, "ISO codes must be distinct");
    for iso in ["PS", "VA", "SS", "KZ", "US", "TL"] {
        assert!(isos.contains(iso), "{iso}");
    }
}

/// ISO codes of the 22 member states of the Arab League.
const ARAB_LEAGUE: &[&str] =
    &["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"];

#[test]
fn each_arab_league_state_has_a_head_of_state() {
    let entries = all_entries();
    let by_iso: HashMap<&str, &str> =
        entries.iter().filter_map(|(_, e)| Some((str_of(e, "iso2")?, str_of(e, "id")?))).collect();
    // A head of state's English role names the office, not a ministry.
    let head = |role: &str| {
        ["President of", "King of", "Emir of", "Sultan and", "Chairman of the Presidential", "Chairman of the Sovereignty"]
            .iter()
            .any(|p| role.starts_with(p))
    };
    let mut missing = Vec::new();
    for iso in ARAB_LEAGUE {
        let cid = by_iso[iso];
        let found = entries.iter().any(|(_, e)| {
            str_of(e, "type") == Some("person") && str_of(e, "country") == Some(cid) && str_of(e, "role_en").is_some_and(head)
        });
        if !found {
            missing.push(*iso);
        }
    }
    assert!(missing.is_empty(), "no head of state for {missing:?}");
}

// ---------------------------------------------------------------------------------------------
// The data in the recogniser.
// ---------------------------------------------------------------------------------------------

fn recognizer() -> &'static Recognizer {
    static R: OnceLock<Recognizer> = OnceLock::new();
    R.get_or_init(|| Recognizer::new(KnowledgeBase::embedded()))
}

/// Every mention of `text` as (surface, linked id or "", type).
fn mentions(text: &str) -> Vec<(String, String, &'static str)> {
    let r = recognizer();
    r.recognize(text, &Options::default())
        .mentions
        .iter()
        .map(|m| {
            let id = m.entity.map(|i| r.kb().entries()[i].id.to_string()).unwrap_or_default();
            (text[m.start..m.end].to_string(), id, m.kind.as_str())
        })
        .collect()
}

/// The id linked to the mention whose text is exactly `surface` (the `nth` such mention).
fn link_of(text: &str, surface: &str, nth: usize) -> Option<String> {
    mentions(text).into_iter().filter(|(s, _, _)| s == surface).nth(nth).map(|(_, id, _)| id)
}

fn assert_links(text: &str, surface: &str, nth: usize, id: &str) {
    assert_eq!(link_of(text, surface, nth).as_deref(), Some(id), "'{surface}' #{nth} in «{text}»: {:?}", mentions(text));
}

fn assert_not_entity(text: &str, surface: &str) {
    let m = mentions(text);
    assert!(
        !m.iter().any(|(s, _, t)| s.contains(surface) && *t != "date"),
        "'{surface}' must not be an entity in «{text}»: {m:?}"
    );
}

/// (id, full name as written, surname or short form for a follow-up; "" when the entry has none).
const SAMPLE: &[(&str, &str, &str)] = &[
    ("Q7747", "فلاديمير بوتين", "بوتين"),
    ("Q39259", "رجب طيب أردوغان", "إردوغان"),
    ("Q3874799", "فولوديمير زيلينسكي", "زيلنسكي"),
    ("Q43723", "بنيامين نتنياهو", "نتانياهو"),
    ("Q22686", "دونالد ترامب", "ترمب"),
    ("Q3052772", "إيمانويل ماكرون", "ماكرون"),
    ("lamha:sisi", "عبد الفتاح السيسي", "السيسي"),
    ("lamha:mbs", "محمد بن سلمان", "بن سلمان"),
    ("lamha:abz", "عبد الله بن زايد", "بن زايد"),
    ("lamha:joseph-aoun", "جوزاف عون", "عون"),
    ("lamha:nawaf-salam", "نواف سلام", "سلام"),
    ("lamha:sharaa", "أحمد الشرع", "الشرع"),
    ("lamha:tebboune", "عبد المجيد تبون", "تبون"),
    ("lamha:bourita", "ناصر بوريطة", "بوريطة"),
    ("lamha:kais-saied", "قيس سعيد", "سعيد"),
    ("lamha:araghchi", "عباس عراقجي", "عراقجي"),
    ("Q311440", "أنطونيو غوتيريش", "غوتيريش"),
    ("lamha:lavrov", "سيرغي لافروف", "لافروف"),
    ("Q2740571", "جدعون ساعر", "ساعر"),
    ("Q83290", "إلهام علييف", "علييف"),
    ("Q79", "مصر", ""),
    ("Q851", "المملكة العربية السعودية", ""),
    ("Q30", "الولايات المتحدة الأمريكية", ""),
    ("Q232", "قازاقستان", ""),
    ("lamha:khan-younis", "خان يونس", ""),
    ("Q3692", "الرياض", ""),
    ("lamha:unifil", "اليونيفيل", ""),
    ("Q7184", "حلف شمال الأطلسي", ""),
    ("Q7795", "أوبك", ""),
    ("lamha:gcc", "مجلس التعاون الخليجي", "مجلس التعاون"),
];

#[test]
fn a_sample_of_entries_is_found_by_name_with_clitics_and_by_surname() {
    let kb = recognizer().kb();
    for &(id, full, short) in SAMPLE {
        assert!(kb.get(id).is_some(), "{id} is not in the knowledge base");
        // The full name alone.
        assert_links(&format!("قال مصدر إن {full} سيحضر الاجتماع."), full, 0, id);
        // With each conjunction/preposition proclitic.
        for p in ["و", "ب", "ل"] {
            let text = format!("وأشار التقرير {p}{full} في البيان.");
            let surface = format!("{p}{full}");
            let got = mentions(&text);
            let hit = got.iter().find(|(s, _, _)| surface.ends_with(s.as_str()) && s.len() >= full.len());
            assert_eq!(hit.map(|h| h.1.as_str()), Some(id), "clitic '{surface}': {got:?}");
        }
        // A surname-only follow-up after the full name links to the same entry.
        if !short.is_empty() {
            let text = format!("استقبل {full} الوفد أمس. وقال {short} في ختام اللقاء إن المحادثات كانت مثمرة.");
            assert_links(&text, short, 0, id);
        }
    }
}

#[test]
fn shared_short_forms_follow_the_article() {
    // عمان: Oman or Amman, decided by the fuller form the article uses.
    assert_links("زار الوزير سلطنة عمان أمس، ثم عاد من عمان إلى بلاده.", "عمان", 0, "Q842");
    assert_links("وصل الوفد إلى العاصمة الأردنية عمان صباحا. وفي عمان التقى الوفد بالمسؤولين.", "عمان", 0, "Q3805");
    // Without a fuller form, neither is guessed (a country and a city: not even a type to show).
    let alone = link_of("وصل الوفد إلى عمان مساء الأحد.", "عمان", 0).unwrap_or_default();
    assert_eq!(alone, "", "bare عمان must not be linked");
    // طرابلس: Libya's or Lebanon's.
    assert_links("اشتباكات في طرابلس الغرب. وقالت مصادر في طرابلس إن الهدوء عاد.", "طرابلس", 0, "Q3579");
    assert_links("تظاهرة في طرابلس الشام. وأغلقت المحال في طرابلس.", "طرابلس", 0, "lamha:tripoli-lb");
    // بن سلمان: three bearers; the one named in full wins.
    assert_links("التقى الرئيس بالأمير خالد بن سلمان، وبحث بن سلمان التعاون الدفاعي.", "بن سلمان", 0, "lamha:khalid-bin-salman");
    // بن زايد: two bearers.
    assert_links("استقبل محمد بن زايد آل نهيان الضيف، وأكد بن زايد دعم بلاده.", "بن زايد", 0, "lamha:mbz");
    // A country's name wins over the capital that shares it.
    assert_links("زار الوزير تونس والجزائر والكويت.", "تونس", 0, "Q948");
    assert_links("زار الوزير تونس والجزائر والكويت.", "الجزائر", 0, "Q262");
}

#[test]
fn words_that_are_also_names_are_not_entities_without_context() {
    // قطر: نصف قطر is "radius".
    assert_not_entity("يبلغ نصف قطر الدائرة عشرة أمتار.", "قطر");
    assert_links("وصل الأمير إلى قطر في زيارة رسمية.", "قطر", 0, "Q846");
    // المغرب: the sunset prayer.
    assert_not_entity("خرج المصلون بعد صلاة المغرب مباشرة.", "المغرب");
    assert_not_entity("يحين موعد المغرب عند السادسة.", "المغرب");
    assert_links("وقع المغرب اتفاقا جديدا مع فرنسا.", "المغرب", 0, "Q1028");
    // اليمنى: the right hand.
    assert_not_entity("رفع يده اليمنى وأدى القسم.", "اليمنى");
    // مالي: "financial".
    assert_not_entity("قدمت الحكومة دعم مالي عاجل للمزارعين.", "مالي");
    assert_not_entity("أعلن البنك عن عجز مالي كبير.", "مالي");
    assert_links("أعلنت جمهورية مالي انسحابها. وقالت مالي إن القرار نهائي.", "مالي", 0, "Q912");
    // أمريكا اللاتينية is a region, not the United States.
    assert_links("جولة في أمريكا اللاتينية تشمل البرازيل.", "أمريكا اللاتينية", 0, "Q12585");
    assert!(!mentions("جولة في أمريكا اللاتينية.").iter().any(|(_, id, _)| id == "Q30"));
    // نهر الأردن is the river, not the country.
    assert_links("تدفقت مياه نهر الأردن.", "نهر الأردن", 0, "lamha:jordan-river");
    assert!(!mentions("تدفقت مياه نهر الأردن.").iter().any(|(_, id, _)| id == "Q810"));
    // مدني ("civil"), ينبع ("stems from"), الداخلة ("entering") are words before they are places.
    assert_not_entity("دعا المجتمع المدني إلى الحوار.", "المدني");
    assert_not_entity("ينبع القرار من الحرص على الأمن.", "ينبع");
    assert_not_entity("تفتيش الشاحنات الداخلة إلى القطاع.", "الداخلة");
    // العربية: "Arabic"/"Arab", not the channel.
    assert_not_entity("تعلم اللغة العربية مهم.", "العربية");
    assert_links("قالت قناة العربية إن الاجتماع تأجل.", "قناة العربية", 0, "lamha:al-arabiya");
    // الجزيرة: "the island"; «ترجم إلى العربية»: "into Arabic". The channels are named in full only.
    assert_not_entity("وصل السياح إلى الجزيرة بالقارب.", "الجزيرة");
    assert_not_entity("ترجم الكتاب إلى العربية.", "العربية");
    assert_links("قالت قناة الجزيرة إن الاجتماع تأجل.", "قناة الجزيرة", 0, "lamha:al-jazeera");
    // فتح: "opened".
    assert_not_entity("فتح المتجر أبوابه صباحا.", "فتح");
    assert_links("قالت حركة فتح في بيان إن فتح ترفض القرار.", "فتح", 0, "lamha:fatah");
    // القاعدة: "the rule/base": Al-Qaeda is named in full only (تنظيم القاعدة).
    assert_not_entity("هذه هي القاعدة العامة في الإعراب.", "القاعدة");
    assert_not_entity("عاد الجنود إلى القاعدة العسكرية.", "القاعدة");
    // صور: "pictures"; جنين: "fetus"; العقبة: "the obstacle".
    assert_not_entity("نشرت الصحيفة صور الحادث.", "صور");
    assert_not_entity("يتطور الجنين في الرحم. ولم يتحرك جنين بعد.", "جنين");
    assert_not_entity("تجاوزنا العقبة الأخيرة.", "العقبة");
    // القمر: the moon, not the Comoros.
    assert_not_entity("ظهر القمر بدرا.", "القمر");
    assert_links("وصل الرئيس إلى جزر القمر.", "جزر القمر", 0, "Q970");
    // مالية ("financial", f.) is written like ماليه (Malé); كابل is "a cable".
    assert_not_entity("تواجه الوكالة أزمة مالية خانقة.", "مالية");
    assert_not_entity("انقطع كابل الإنترنت البحري.", "كابل");
    assert_links("وصل الوفد إلى العاصمة الأفغانية. وقالت مصادر في كابل إن", "كابل", 0, "Q5838");
    // الصعيد in «على الصعيد الاقتصادي» is "the level", not Upper Egypt.
    assert_not_entity("وعلى الصعيد الاقتصادي، تراجعت الصادرات.", "الصعيد");
    assert_links("ارتفعت الحرارة في الصعيد أمس.", "الصعيد", 0, "lamha:upper-egypt");
    // كيف ("how") is not Kyiv; المتوسط ("average": «في المتوسط») not the sea, only البحر المتوسط is; الحد الأقصى ("the maximum") not
    // Al-Aqsa; جدّه ("his grandfather") not Jeddah; لولا ("if not") not Lula; جيله ("his
    // generation") not Guelleh.
    assert_not_entity("كيف يمكن حل الأزمة؟", "كيف");
    assert_not_entity("بلغ الدخل في المتوسط ألف دولار.", "المتوسط");
    assert_links("غرق قارب في البحر الأبيض المتوسط.", "البحر الأبيض المتوسط", 0, "Q4918");
    assert_not_entity("رفع الحد الأقصى للأجور.", "الأقصى");
    assert_links("اقتحم مستوطنون المسجد الأقصى، وأغلقت أبواب الأقصى.", "الأقصى", 0, "lamha:al-aqsa");
    assert_not_entity("توفي جده عن تسعين عاما.", "جده");
    assert_links("وصل الوزير إلى جدة أمس.", "جدة", 0, "Q374365");
    assert_not_entity("لولا الدعم لما نجح المشروع.", "لولا");
    assert_not_entity("كان من أبرز أبناء جيله.", "جيله");
    // تركي is also a first name.
    let m = mentions("قال الأمير تركي الفيصل إن");
    assert!(!m.iter().any(|(_, id, _)| id == "Q43"), "{m:?}");
    // مُصِرّ ("insistent"), بني إسرائيل (scripture), ولاية جورجيا (the US state).
    assert_not_entity("قال إنه مصر على موقفه.", "مصر");
    assert_links("وصل الوفد إلى مصر أمس.", "مصر", 0, "Q79");
    assert_not_entity("ورد في قصص بني إسرائيل.", "إسرائيل");
    assert_links("أجريت الانتخابات في ولاية جورجيا.", "ولاية جورجيا", 0, "lamha:georgia-us-state");
    assert_links("وقعت جورجيا اتفاقا مع أذربيجان.", "جورجيا", 0, "Q230");
    // بنين: "sons".
    assert_not_entity("افتتحت مدرسة بنين جديدة.", "بنين");
    // Surnames that are common words: سلام (peace), عون (help), الأسد (the lion), سعيد (happy).
    assert_not_entity("نريد سلام دائم في المنطقة.", "سلام");
    assert_not_entity("قدم عون للمحتاجين.", "عون");
    assert_not_entity("زأر الأسد في الحديقة.", "الأسد");
    assert_not_entity("كان يوما سعيد.", "سعيد");
    assert_links("التقى الرئيس جوزاف عون وفدا، وقال الرئيس عون إن لبنان يريد السلام.", "عون", 0, "lamha:joseph-aoun");
    // النيجر and نيجيريا are two countries.
    assert_links("حدود النيجر مع نيجيريا.", "النيجر", 0, "Q1032");
    assert_links("حدود النيجر مع نيجيريا.", "نيجيريا", 0, "Q1033");
    // غينيا and its longer neighbours.
    assert_links("زار غينيا بيساو ثم غينيا الاستوائية.", "غينيا بيساو", 0, "Q1007");
    assert_links("زار غينيا بيساو ثم غينيا الاستوائية.", "غينيا الاستوائية", 0, "Q983");
}

/// Each form declared `common` in the data, in a sentence where it is the ordinary word.
const COMMON_WORD_SENTENCES: &[(&str, &str)] = &[
    ("حماة الوطن يدافعون عنه.", "حماة"),
    ("كان مشهد الدمار مروعا.", "مشهد"),
    ("دمعت العيون فرحا.", "العيون"),
    ("سرت شائعات عن استقالته.", "سرت"),
    ("ضرب الحطاب الشجرة بفأس حادة.", "فأس"),
    ("تحققت مآرب الجماعة.", "مآرب"),
    ("ارتدت الفتاة القبعة الزرقاء.", "الزرقاء"),
    ("اختار المصمم اللون الرمادي.", "الرمادي"),
    ("قال إن الحرب تدمر الاقتصاد.", "تدمر"),
    ("نقل الخبر عن مصدر مطلع.", "الخبر"),
    ("فحص الطبيب العين المصابة.", "العين"),
    ("لا يوجد حائل دون ذلك.", "حائل"),
    ("ارتدى العريس القميص الأبيض.", "الأبيض"),
    ("قاس الطالب الزاوية بالمنقلة.", "الزاوية"),
    ("قم بتحديث التطبيق.", "قم"),
    ("توقفت السيارة عند المفرق.", "المفرق"),
    ("جلسوا على الضفة الأخرى من النهر.", "الضفة"),
    ("سبحان الله الجليل.", "الجليل"),
    ("نصر الله المؤمنين.", "نصر الله"),
    ("شعر بألم في الصدر.", "الصدر"),
    ("لدغته الحية في قدمه.", "الحية"),
    ("استقبل الإخوان ضيوفهم.", "الإخوان"),
    ("نشرت صحيفة ديلي تلغراف التقرير.", "ديلي"),
    ("كتب جان جاك روسو العقد الاجتماعي.", "روسو"),
    ("رأى حسان الوجوه في المدينة.", "حسان"),
    ("قدم العالم البرهان على صحة النظرية.", "البرهان"),
    ("عاد الشاعر المنفي إلى وطنه.", "المنفي"),
    ("سمي المولود إدريس.", "إدريس"),
    ("تراجع الإنتاج النفطي.", "النفطي"),
    ("استيقظ باكرا في الصباح.", "الصباح"),
    ("دعا إلى حكم رشيد.", "رشيد"),
    ("هناك قاسم مشترك بين الطرفين.", "قاسم"),
    ("تطوير النقل بري وبحري.", "بري"),
    ("أحكام الشرع واضحة.", "الشرع"),
    ("اسم جده عباس.", "عباس"),
];

#[test]
fn every_common_word_sample_is_not_an_entity() {
    // The declared forms must really be declared: a sample sentence for a form nobody marked
    // common would test nothing.
    let declared: HashSet<String> = all_entries().iter().flat_map(|(_, e)| strs(e, "common")).map(|c| key(&c)).collect();
    for (text, word) in COMMON_WORD_SENTENCES {
        assert!(declared.contains(&key(word)), "'{word}' is not declared common in the data");
        assert_not_entity(text, word);
    }
}

/// A short name declared common before `بن` is someone else's first name: the poet, unlinked,
/// not Jordan's prime minister (`جعفر حسان`), and not the predicate after the name.
#[test]
fn a_common_short_name_before_ben_is_someone_else() {
    let m = mentions("كان حسان بن ثابت شاعرا.");
    assert_eq!(m, [("حسان بن ثابت".to_string(), String::new(), "person")], "{m:?}");
}

/// A lake named like a city (`فيكتوريا`, declared common) is the lake, named with its word, and
/// not the city.
#[test]
fn a_lake_named_like_a_city_is_the_lake() {
    let m = mentions("تقع بحيرة فيكتوريا في شرق أفريقيا.");
    assert!(m.iter().any(|(s, id, t)| s == "بحيرة فيكتوريا" && id.is_empty() && *t == "place"), "{m:?}");
    assert!(!m.iter().any(|(s, id, _)| s.contains("فيكتوريا") && !id.is_empty()), "{m:?}");
}

#[test]
fn demonyms_of_irregular_nisbas_link_to_their_country() {
    for (text, surface, id) in [
        ("قال مسؤول أمريكي إن المحادثات مستمرة.", "أمريكي", "Q30"),
        ("قال المسؤول الأميركي إن المحادثات مستمرة.", "الأميركي", "Q30"),
        ("أكد الجانب الروسي التزامه.", "الروسي", "Q159"),
        ("التقى الوزير نظيره البريطاني.", "البريطاني", "Q145"),
        ("وصل الوفد الإماراتي.", "الإماراتي", "Q878"),
        ("قالت الخارجية التركية إن…", "التركية", "Q43"),
        ("أعلنت الحكومة الألمانية.", "الألمانية", "Q183"),
        ("وقعت شركة تركية عقدا جديدا.", "تركية", "Q43"),
        ("وشارك لاعبون مغاربة ومنتخب مغربي.", "مغربي", "Q1028"),
        ("والتقى بالمسؤولين السعوديين.", "السعوديين", "Q851"),
    ] {
        assert_links(text, surface, 0, id);
    }
}

/// The optional packs (`data/kb/packs/`, shipped beside the widget for `data-lamha-kb`) load
/// without errors, add entries rather than override the default's, and are found once loaded.
#[test]
fn the_optional_packs_load_and_add_to_the_default() {
    let default_ids: std::collections::HashSet<String> =
        lamha::kb::KnowledgeBase::embedded().entries().iter().map(|e| e.id.to_string()).collect();
    let mut raw = lamha::kb::RawKb::embedded();
    for (pack, least) in [("sport", 100), ("business", 100), ("places", 100), ("institutions", 10)] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/kb/packs/{pack}.json"));
        let text = std::fs::read_to_string(path).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        let entries = doc["entries"].as_array().unwrap();
        assert!(entries.len() > least, "{pack}: {} entries", entries.len());
        for e in entries {
            assert!(!default_ids.contains(e["id"].as_str().unwrap()), "{pack} overrides {}", e["id"]);
        }
        raw.merge_json(&format!("{pack}.json"), &text).unwrap();
    }
    let (kb, errors) = raw.build();
    assert!(errors.is_empty(), "{errors:?}");
    let r = lamha::recognize::Recognizer::new(kb);
    let text = "وسجل إمام عاشور هدف الأهلي في مرمى الزمالك، وارتفع سهم أدنوك في سوق أبوظبي للأوراق المالية، وعادت عائلات من عكار عبر معبر المصنع إلى ولاية تيبازة وجهة الدار البيضاء-سطات، وأحيل المشروع على مجلس المستشارين";
    let names: Vec<String> = r
        .recognize(text, &lamha::recognize::Options::default())
        .mentions
        .iter()
        .filter_map(|m| m.entity.map(|e| r.kb().entries()[e].name_en.to_string()))
        .collect();
    for want in ["Emam Ashour", "Al Ahly SC", "Zamalek SC", "ADNOC", "Abu Dhabi Securities Exchange", "Akkar Governorate", "Masnaa Border Crossing", "Tipaza", "Casablanca-Settat", "House of Councillors of Morocco"] {
        assert!(names.iter().any(|n| n == want), "{want} not in {names:?}");
    }
}
