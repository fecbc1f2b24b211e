//! Publisher tooling behind `lamha kb …`: validate a file, show what an override changes, count
//! what a knowledge base holds, and turn a newsroom spreadsheet (CSV) into a knowledge-base file.

use super::{EntityType, KbError, KnowledgeBase, RawKb};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;

/// Every problem of one knowledge-base file, read on its own; ids it refers to may also be
/// entries of the embedded default.
pub fn validate_file(name: &str, text: &str) -> Vec<KbError> {
    // The ids are all that is needed of the default: no validation, no automaton.
    let default = RawKb::embedded();
    let default_ids: HashSet<&str> = default.entries().filter_map(|o| o.get("id")?.as_str()).collect();
    let mut raw = RawKb::default();
    if let Err(e) = raw.merge_json(name, text) {
        return vec![e];
    }
    raw.build_with_known(|id| default_ids.contains(id)).1
}

/// A human-readable report of what `override_text` changes in `base_text`, entry by entry and
/// field by field; returns the report and the merged document.
pub fn merge_report(base: (&str, &str), over: (&str, &str)) -> Result<(String, Value), KbError> {
    let mut before = RawKb::default();
    before.merge_json(base.0, base.1)?;
    let mut after = before.clone();
    after.merge_json(over.0, over.1)?;
    let mut report = String::new();
    let (mut added, mut changed) = (0, 0);
    for obj in after.entries() {
        let id = obj.get("id").and_then(Value::as_str).unwrap_or_default();
        match before.entry(id) {
            None => {
                added += 1;
                let name = obj.get("name_ar").and_then(Value::as_str).unwrap_or("?");
                let _ = writeln!(report, "+ {id} ({name}): new entry");
            }
            Some(old) if old != obj => {
                changed += 1;
                let _ = writeln!(report, "~ {id}:");
                for (k, v) in obj {
                    match old.get(k) {
                        None => {
                            let _ = writeln!(report, "    + {k}: {v}");
                        }
                        Some(o) if o != v => {
                            let _ = writeln!(report, "    {k}: {o} → {v}");
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    let _ = writeln!(report, "{added} added, {changed} changed, {} unchanged", after.entries().count() - added - changed);
    let (_, errors) = after.clone().build();
    for e in errors {
        let _ = writeln!(report, "! {e}");
    }
    Ok((report, after.to_json()))
}

/// Counts per type and aliases per entry.
pub fn stats(kb: &KnowledgeBase) -> String {
    let mut per_type: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let mut forms_hist: BTreeMap<usize, usize> = BTreeMap::new();
    let mut disabled = 0;
    let mut with_qid = 0;
    for e in kb.entries() {
        if e.disabled {
            disabled += 1;
        }
        if e.wikidata.is_some() {
            with_qid += 1;
        }
        let forms = 1 + e.aliases.len() + e.short.len();
        let t = per_type.entry(e.kind.map_or("?", EntityType::as_str)).or_default();
        t.0 += 1;
        t.1 += forms;
        t.2 += e.demonyms.len();
        *forms_hist.entry(forms.min(10)).or_default() += 1;
    }
    let mut out = String::new();
    let _ = writeln!(out, "{:<13} {:>7} {:>9} {:>8} {:>9}", "type", "entries", "forms", "forms/e", "demonyms");
    for (t, (n, forms, dem)) in &per_type {
        let _ = writeln!(out, "{t:<13} {n:>7} {forms:>9} {:>8.2} {dem:>9}", *forms as f64 / *n as f64);
    }
    let total: usize = per_type.values().map(|v| v.0).sum();
    let _ = writeln!(out, "{:<13} {total:>7}   ({with_qid} with a Wikidata QID, {disabled} disabled)", "all");
    let _ = writeln!(out, "\nArabic forms per entry (name + aliases + short forms):");
    for (k, n) in &forms_hist {
        let label = if *k == 10 { "10+".to_string() } else { k.to_string() };
        let _ = writeln!(out, "  {label:>3}: {n}");
    }
    out
}

/// Every Arabic surface form of every enabled entry (names, aliases, short forms and the
/// demonym stems), for tools that only take a word list (the mark.js comparison).
pub fn surface_forms(kb: &KnowledgeBase) -> Vec<String> {
    let mut v: Vec<String> = kb
        .entries()
        .iter()
        .filter(|e| !e.disabled)
        .flat_map(|e| std::iter::once(&e.name_ar).chain(&e.aliases).chain(&e.short).chain(&e.demonyms).map(|s| s.to_string()))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Columns a spreadsheet may have. `id`, `type`, `name_ar` and `name_en` are required; list
/// columns (`aliases`, `short`, `common`, `demonyms`, `not_after`, `not_before`, `not_forms`) separate items
/// with `|` or the Arabic semicolon `؛`; `disabled` is `true`/`false`/`نعم`/`لا` or empty.
pub const CSV_COLUMNS: &[&str] = &[
    "id", "type", "name_ar", "name_en", "aliases", "short", "common", "demonyms", "not_after", "not_before", "not_forms",
    "wikidata", "role_ar", "role_en", "country", "since", "as_of", "iso2", "capital", "region_ar", "region_en",
    "kind_ar", "kind_en", "description_ar", "description_en", "image", "summary_ar", "summary_en", "source",
    "disabled",
];
const CSV_LISTS: &[&str] = &["aliases", "short", "common", "demonyms", "not_after", "not_before", "not_forms"];

/// Reads RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes); a UTF-8 BOM is
/// skipped. Returns rows with their 1-based line numbers.
fn parse_csv(text: &str) -> Result<Vec<(usize, Vec<String>)>, String> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut row_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                if row.iter().any(|f| !f.trim().is_empty()) {
                    rows.push((row_line, std::mem::take(&mut row)));
                } else {
                    row.clear();
                }
                line += 1;
                row_line = line;
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err(format!("line {row_line}: a quoted field is not closed"));
    }
    row.push(field);
    if row.iter().any(|f| !f.trim().is_empty()) {
        rows.push((row_line, row));
    }
    Ok(rows)
}

/// Turns a newsroom spreadsheet into a knowledge-base document. Every problem is reported with
/// its row (spreadsheet line) and column; rows with errors are left out, the others kept.
pub fn import_csv(name: &str, text: &str) -> (Value, Vec<String>) {
    let mut errors = Vec::new();
    let rows = match parse_csv(text) {
        Ok(r) => r,
        Err(e) => return (Value::Null, vec![format!("{name}: {e}")]),
    };
    let Some(((_, header), rows)) = rows.split_first() else {
        return (Value::Null, vec![format!("{name}: the file is empty; expected a header row")]);
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    for h in &header {
        if !CSV_COLUMNS.contains(&h.as_str()) {
            errors.push(format!("{name}: header: unknown column '{h}' (expected some of: {})", CSV_COLUMNS.join(", ")));
        }
    }
    for required in ["id", "type", "name_ar", "name_en"] {
        if !header.iter().any(|h| h == required) {
            errors.push(format!("{name}: header: missing required column '{required}'"));
        }
    }
    if !errors.is_empty() {
        return (Value::Null, errors);
    }
    let mut entries = Vec::new();
    let mut seen = HashSet::new();
    for (line, cells) in rows {
        let at = |col: &str| format!("{name}: row {line}: column '{col}'");
        if cells.len() > header.len() {
            errors.push(format!("{name}: row {line}: {} cells, but the header has {} columns", cells.len(), header.len()));
            continue;
        }
        let mut obj = Map::new();
        let mut row_ok = true;
        for (h, cell) in header.iter().zip(cells) {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            let value = if CSV_LISTS.contains(&h.as_str()) {
                Value::Array(cell.split(['|', '؛']).map(str::trim).filter(|s| !s.is_empty()).map(|s| Value::String(s.into())).collect())
            } else if h == "disabled" {
                match cell.to_lowercase().as_str() {
                    "true" | "yes" | "1" | "نعم" => Value::Bool(true),
                    "false" | "no" | "0" | "لا" => Value::Bool(false),
                    other => {
                        errors.push(format!("{}: '{other}' is not true/false", at(h)));
                        row_ok = false;
                        continue;
                    }
                }
            } else {
                Value::String(cell.to_string())
            };
            obj.insert(h.clone(), value);
        }
        // Check the row as an entry, and report in spreadsheet terms. References to other rows or
        // to the default (`country`, `capital`) are checked by `lamha kb validate` on the output.
        let mut raw = RawKb::default();
        let doc = serde_json::json!({"entries": [Value::Object(obj.clone())]}).to_string();
        if raw.merge_json(name, &doc).is_ok() {
            for e in raw.build_with_known(|_| true).1 {
                let col = e.field.clone().unwrap_or_default();
                if e.message.contains("ignored") {
                    errors.push(format!("{}: {} (warning)", at(&col), e.message));
                } else {
                    errors.push(format!("{}: {}", at(&col), e.message));
                    row_ok = false;
                }
            }
        }
        let id = obj.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
        if row_ok && !seen.insert(id.clone()) {
            errors.push(format!("{}: duplicate id '{id}'", at("id")));
            row_ok = false;
        }
        if row_ok {
            entries.push(Value::Object(obj));
        }
    }
    (serde_json::json!({"lamha_kb": 1, "entries": entries}), errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_become_entries_with_errors_per_row() {
        let csv = "\u{FEFF}id,type,name_ar,name_en,aliases,country,disabled\n\
            lamha:mayor,person,\"سعيد \"\"أبو\"\" علي\",Said Abu Ali,سعيد علي|أبو علي,Q822,\n\
            lamha:bad,planet,زحل,Saturn,,,\n\
            lamha:x,place,صيدا,Sidon,,Q822,maybe\n\
            lamha:mayor,person,سعيد,Said,,,\n";
        let (doc, errors) = import_csv("people.csv", csv);
        let entries = doc["entries"].as_array().unwrap();
        assert_eq!(entries.len(), 1, "{errors:?}");
        assert_eq!(entries[0]["name_ar"], "سعيد \"أبو\" علي");
        assert_eq!(entries[0]["aliases"], serde_json::json!(["سعيد علي", "أبو علي"]));
        assert!(errors.iter().any(|e| e.starts_with("people.csv: row 3: column 'type': must be one of")), "{errors:?}");
        assert!(errors.iter().any(|e| e == "people.csv: row 4: column 'disabled': 'maybe' is not true/false"), "{errors:?}");
        assert!(errors.iter().any(|e| e == "people.csv: row 5: column 'id': duplicate id 'lamha:mayor'"), "{errors:?}");
        // The output is a valid knowledge-base file.
        assert!(validate_file("out.json", &doc.to_string()).is_empty());
    }

    #[test]
    fn csv_header_problems_are_named() {
        let (_, errors) = import_csv("x.csv", "id,kind,name_ar\n");
        assert!(errors.contains(&"x.csv: header: unknown column 'kind' (expected some of: id, type, name_ar, name_en, aliases, short, common, demonyms, not_after, not_before, not_forms, wikidata, role_ar, role_en, country, since, as_of, iso2, capital, region_ar, region_en, kind_ar, kind_en, description_ar, description_en, image, summary_ar, summary_en, source, disabled)".to_string()));
        assert!(errors.iter().any(|e| e.ends_with("missing required column 'type'")));
        let (_, errors) = import_csv("x.csv", "id,type\n\"unclosed,person\n");
        assert_eq!(errors, vec!["x.csv: line 2: a quoted field is not closed".to_string()]);
    }

    #[test]
    fn merge_report_lists_changes() {
        let base = r#"{"entries":[{"id":"Q79","type":"country","name_ar":"مصر","name_en":"Egypt"}]}"#;
        let over = r#"{"entries":[{"id":"Q79","summary_ar":"أكبر الدول العربية سكانا"},{"id":"lamha:new","type":"place","name_ar":"الجيزة","name_en":"Giza","country":"Q79"}]}"#;
        let (report, merged) = merge_report(("base.json", base), ("over.json", over)).unwrap();
        assert!(report.contains("+ lamha:new (الجيزة): new entry"), "{report}");
        assert!(report.contains("~ Q79:\n    + summary_ar: \"أكبر الدول العربية سكانا\""), "{report}");
        assert!(report.contains("1 added, 1 changed, 0 unchanged"), "{report}");
        assert_eq!(merged["entries"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn validate_file_accepts_references_to_the_default() {
        let ok = r#"{"entries":[{"id":"lamha:mayor","type":"person","name_ar":"سعيد علي","name_en":"Said Ali","country":"Q822"}]}"#;
        assert!(validate_file("p.json", ok).is_empty());
        let bad = r#"{"entries":[{"id":"lamha:mayor","type":"person","name_ar":"سعيد علي","name_en":"Said Ali","country":"Q0"}]}"#;
        let errors = validate_file("p.json", bad);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().contains("field 'country': refers to 'Q0'"));
    }

    #[test]
    fn stats_count_per_type() {
        let s = stats(&KnowledgeBase::embedded());
        assert!(s.contains("country"), "{s}");
        assert!(s.lines().any(|l| l.starts_with("country") && l.split_whitespace().nth(1) == Some("195")), "{s}");
    }
}
