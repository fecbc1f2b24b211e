//! The JSON that `lamha extract` prints, and that the browser layer receives.
//!
//! `{"ref_date": "2026-01-27", "mentions": [{"start", "end", "text", "type", "id", "name_en",
//! "demonym"?, "value"?, "hijri"?}]}`; `start`/`end` count code points (the CLI and the gold
//! files) or UTF-16 code units (the DOM), converted by [`crate::offsets`], and `text` is exactly
//! that slice of the input.

use crate::kb::KnowledgeBase;
use crate::offsets::OffsetCounter;
use crate::recognize::Recognition;
use serde::Serialize;

/// The unit `start` and `end` count in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Unicode code points.
    CodePoint,
    /// UTF-16 code units.
    Utf16,
}

/// One mention as printed.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct MentionOut {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text of the span, exactly as in the input.
    pub text: String,
    /// `person`, `country`, `place`, `organization` or `date`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Linked entry id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<crate::kb::Text>,
    /// Linked entry's English canonical name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_en: Option<crate::kb::Text>,
    /// Linked entry's Arabic canonical name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_ar: Option<crate::kb::Text>,
    /// A nisba standing for a country.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub demonym: bool,
    /// Date value (ISO 8601).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Umm al-Qura date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hijri: Option<String>,
}

/// The whole output document.
#[derive(Clone, Debug, Serialize)]
pub struct Extract {
    /// Reference date used for relative dates.
    pub ref_date: Option<String>,
    /// Mentions in text order.
    pub mentions: Vec<MentionOut>,
}

/// Converts a recognition of `text` to the output form.
pub fn extract(text: &str, rec: &Recognition, kb: &KnowledgeBase, unit: Unit) -> Extract {
    let mut counter = OffsetCounter::new(text);
    let mentions = rec
        .mentions
        .iter()
        .map(|m| {
            let (s, e) = (counter.at(m.start), counter.at(m.end));
            let (start, end) = match unit {
                Unit::CodePoint => (s.cp, e.cp),
                Unit::Utf16 => (s.utf16, e.utf16),
            };
            let entry = m.entity.map(|i| &kb.entries()[i]);
            MentionOut {
                start,
                end,
                text: text[m.start..m.end].to_string(),
                kind: m.kind.as_str(),
                id: entry.map(|e| e.id.clone()),
                name_en: entry.map(|e| e.name_en.clone()),
                name_ar: entry.map(|e| e.name_ar.clone()),
                demonym: m.demonym,
                value: m.value.clone(),
                hijri: m.hijri.clone(),
            }
        })
        .collect();
    Extract { ref_date: rec.ref_date.map(|d| d.iso()), mentions }
}
