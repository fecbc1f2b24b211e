//! Where text becomes mentions.
//!
//! [`Recognizer::recognize`] runs, on one normalised copy of the article:
//! 1. the gazetteer ([`gazetteer`]): every knowledge-base form, matched at once by a
//!    multi-pattern automaton, kept only at Arabic word boundaries (proclitics allowed);
//! 2. the date recogniser ([`crate::dates`]);
//! 3. the resolution of overlaps (the longest span wins) and of short names (a surname links to
//!    the person the article names in full);
//! 4. titled people the knowledge base does not know ([`titles`]).
//!
//! **Invariant kept:** every [`Mention`] is a span of the *original* text, on character
//! boundaries, found by mapping normalised offsets back ([`crate::normalize::Normalized`]).

pub mod gazetteer;
pub mod titles;

use crate::dates::{self, Date};
use crate::kb::{EntityType, KnowledgeBase};
use crate::normalize::{normalize_str, Normalized};
use gazetteer::Gazetteer;

/// The type of a mention: an entity type or a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MentionType {
    /// A named entity of this type.
    Entity(EntityType),
    /// A date or time expression.
    Date,
}

impl MentionType {
    /// `person`, `country`, `place`, `organization` or `date`.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionType::Entity(t) => t.as_str(),
            MentionType::Date => "date",
        }
    }
}

/// One mention found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Start, in UTF-8 bytes of the original text.
    pub start: usize,
    /// End (exclusive), in UTF-8 bytes of the original text.
    pub end: usize,
    /// What was found.
    pub kind: MentionType,
    /// Index of the linked knowledge-base entry ([`KnowledgeBase::entries`]), if linked.
    pub entity: Option<usize>,
    /// A nisba (الإسرائيلي) standing for a country.
    pub demonym: bool,
    /// Date value (ISO 8601), when it resolves.
    pub value: Option<String>,
    /// Umm al-Qura date of a resolved day.
    pub hijri: Option<String>,
}

/// Options for one recognition run.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The article's reference (publication) date. When `None`, a dateline at the head of the
    /// article is used if there is one.
    pub ref_date: Option<Date>,
}

/// The result of a run: the mentions in text order and the reference date used.
#[derive(Clone, Debug, Default)]
pub struct Recognition {
    /// Mentions, sorted by start, never overlapping.
    pub mentions: Vec<Mention>,
    /// The reference date that relative dates were resolved against.
    pub ref_date: Option<Date>,
}

/// A recogniser compiled from one knowledge base. Build once, run on many texts.
#[derive(Debug)]
pub struct Recognizer {
    kb: KnowledgeBase,
    gazetteer: Gazetteer,
}

impl Recognizer {
    /// Compiles the automaton over every form of every enabled entry.
    pub fn new(kb: KnowledgeBase) -> Self {
        let gazetteer = Gazetteer::new(&kb);
        Recognizer { kb, gazetteer }
    }

    /// The knowledge base mentions link into.
    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// Finds the mentions of `text`.
    pub fn recognize(&self, text: &str, opts: &Options) -> Recognition {
        let norm = Normalized::new(text);
        let ref_date = opts.ref_date.or_else(|| dates::find_dateline(&norm));
        let found = self.gazetteer.find(&norm, &self.kb);
        let mut spans = found.spans;
        for d in dates::find_dates_at(&norm, ref_date, found.date_anchors) {
            spans.push(gazetteer::Span {
                start: d.start,
                end: d.end,
                kind: MentionType::Date,
                entity: None,
                demonym: false,
                value: d.value,
                hijri: d.hijri,
            });
        }
        let mut chosen = select_longest(spans);
        chosen.sort_by_key(|s| s.start);
        titles::find_titled_people(&norm, &found.titles, &mut chosen);
        chosen.sort_by_key(|s| s.start);
        for span in &mut chosen {
            self.dateline_city(&norm, span);
        }
        let mentions = chosen
            .into_iter()
            .map(|s| {
                let (start, end) = norm.original_span(s.start, s.end);
                Mention { start, end, kind: s.kind, entity: s.entity, demonym: s.demonym, value: s.value, hijri: s.hijri }
            })
            .collect();
        Recognition { mentions, ref_date }
    }
}

impl Recognizer {
    /// A dateline names the city the story was filed from (`الجزائر - استقبل…`, `الكويت،`): where
    /// a country shares its name with its capital, the dateline means the capital.
    fn dateline_city(&self, norm: &Normalized, span: &mut gazetteer::Span) {
        let (MentionType::Entity(EntityType::Country), Some(e)) = (span.kind, span.entity) else { return };
        let text = norm.text();
        let at_line_start = text[..span.start].chars().next_back().is_none_or(|c| c == '\n');
        let then = text[span.end..].trim_start_matches(' ');
        if !at_line_start || !then.starts_with(['-', '–', '—', '،', ',', ':']) {
            return;
        }
        let kb = &self.kb;
        let Some(capital) = kb.entries()[e].capital.as_deref().and_then(|c| kb.index_of(c)) else { return };
        let name = normalize_str(&text[span.start..span.end]);
        let cap = &kb.entries()[capital];
        if std::iter::once(&cap.name_ar).chain(&cap.aliases).chain(&cap.short).any(|f| normalize_str(f) == name) {
            span.entity = Some(capital);
            span.kind = MentionType::Entity(EntityType::Place);
        }
    }
}

/// Keeps non-overlapping spans, longest first, then earliest; on equal spans an entity beats a
/// date and a linked mention beats an unlinked one.
fn select_longest(spans: Vec<gazetteer::Span>) -> Vec<gazetteer::Span> {
    // Sort keys, not the spans themselves: one u64 per span orders by length (descending), start,
    // entity before date, linked before unlinked.
    let mut keys: Vec<(u64, u32)> = spans
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let len = (s.end - s.start).min(0xFFFF) as u64;
            let key = ((0xFFFF - len) << 48) | ((s.start as u64 & 0xFFFF_FFFF) << 2) | (((s.kind == MentionType::Date) as u64) << 1) | (s.entity.is_none() as u64);
            (key, i as u32)
        })
        .collect();
    keys.sort_unstable();
    // Bytes already covered by a kept span: spans are short, so checking their bytes is cheaper
    // than an interval tree.
    let end = spans.iter().map(|s| s.end).max().unwrap_or(0);
    let mut taken = vec![0u64; end / 64 + 1];
    let is_free = |taken: &[u64], s: usize, e: usize| (s..e).all(|b| taken[b / 64] & (1 << (b % 64)) == 0);
    let mut keep = vec![false; spans.len()];
    for &(_, i) in &keys {
        let s = &spans[i as usize];
        if is_free(&taken, s.start, s.end) {
            for b in s.start..s.end {
                taken[b / 64] |= 1 << (b % 64);
            }
            keep[i as usize] = true;
        }
    }
    spans.into_iter().zip(keep).filter_map(|(s, k)| k.then_some(s)).collect()
}
