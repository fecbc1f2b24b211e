//! Where text becomes mentions.
//!
//! [`Recognizer::recognize`] runs, on one normalised copy of the article:
//! 1. the gazetteer ([`gazetteer`]): every knowledge-base form, matched at once by a
//!    multi-pattern automaton, kept only at Arabic word boundaries (proclitics allowed);
//! 2. the date recogniser ([`crate::dates`]), from the date anchor words the same automaton
//!    found in the same pass (the scan is the largest single cost, so it runs once);
//! 3. the resolution of overlaps (the longest span wins) and of short names (a surname links to
//!    the person the article names in full);
//! 4. a word for a state before a demonym as the country ([`bodies::take_state_names`]); people
//!    the knowledge base does not know, by their title or a first name ([`titles`]), bodies in
//!    quotation marks ([`quoted`]), places and bodies named after a person ([`facilities`]), and
//!    bodies named by their kind and what sets them apart ([`bodies`]), and towns, villages and
//!    camps after the word for them ([`places`]).
//!
//! **Invariant kept:** every [`Mention`] is a span of the *original* text, on character
//! boundaries, found by mapping normalised offsets back ([`crate::normalize::Normalized`]).

pub mod gazetteer;
pub mod titles;
pub mod quoted;
pub mod facilities;
pub mod bodies;
pub mod places;

use crate::dates::{self, Date};
use crate::kb::{EntityType, KnowledgeBase};
use crate::normalize::{normalize_str, Normalized};
use gazetteer::Gazetteer;
pub use gazetteer::Scope;

/// The forms of the embedded default knowledge base ([`crate::kb::COMPACT_DEFAULT`]), computed
/// at build time (`lamha kb compile`, i.e. `make kb`; a test fails when it is not current). If
/// it ever did not match the knowledge base, the forms would be computed at start-up instead.
pub const FORMS_DEFAULT: &[u8] = include_bytes!("../../data/kb/default.lkg");

/// One step of FxHash (rustc's hasher): a rotate, a xor and a multiply. The recogniser's
/// hashes (title word sets, the scope's word endings, the forms image's fingerprints) are all
/// made of it: none needs to resist hash flooding, and SipHash cost more than the work around it.
#[inline]
pub(crate) fn fx_step(hash: u64, x: u64) -> u64 {
    (hash.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// A `Hasher` of [`fx_step`]s: one per byte of a string, one per integer. For hash sets and maps
/// of the crate's own keys (words, entity and mention indices), where SipHash, the default,
/// cost more than the work around it (in the browser: 15 ms of a 1 MB article's 250 ms).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = fx_step(self.0, u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = fx_step(self.0, u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.0 = fx_step(self.0, u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = fx_step(self.0, i);
    }

    fn write_usize(&mut self, i: usize) {
        self.0 = fx_step(self.0, i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`FxHasher`]s: `HashMap<K, V, FxBuild>`.
pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

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
        let r = Recognizer::deferred(kb);
        r.build_full();
        r
    }

    /// [`Recognizer::deferred`] over the embedded default knowledge base, with its forms read
    /// from the image built with it ([`FORMS_DEFAULT`]) instead of computed: the widget's
    /// start-up. The result is the same as `Recognizer::deferred(KnowledgeBase::embedded())`.
    pub fn embedded() -> Self {
        let kb = KnowledgeBase::embedded();
        let gazetteer = Gazetteer::with_image(&kb, crate::kb::COMPACT_DEFAULT, FORMS_DEFAULT);
        Recognizer { kb, gazetteer }
    }

    /// Prepares every form of every enabled entry, but compiles the full automaton only when a
    /// text first needs it: a short text gets an automaton of its own ([`Recognizer::scope`]),
    /// a few times cheaper to build than the full one. For a page that may recognise one short
    /// article and nothing else (the widget's start-up).
    pub fn deferred(kb: KnowledgeBase) -> Self {
        let gazetteer = Gazetteer::new(&kb);
        Recognizer { kb, gazetteer }
    }

    /// Compiles the full automaton now, if it was not yet (for a caller that wants to choose
    /// when that cost is paid).
    pub fn build_full(&self) {
        self.gazetteer.build_full();
    }

    /// Whether the full automaton is compiled.
    pub fn has_full(&self) -> bool {
        self.gazetteer.has_full()
    }

    /// The automaton to recognise `text` with ([`Recognizer::recognize_in`]): until the full one
    /// is built, a text of at most [`gazetteer::SCOPE_MAX_BYTES`] gets one compiled from only the
    /// forms whose last word ends one of its words. The result is the same as with the full one.
    /// `text` must contain every text later recognised in this scope, with its words whole.
    pub fn scope(&self, text: &str) -> Scope {
        self.gazetteer.scope(Normalized::new(text).text())
    }

    /// Number of distinct normalised patterns: forms, title words and date anchors.
    pub fn pattern_count(&self) -> usize {
        self.gazetteer.pattern_count()
    }

    /// The knowledge base mentions link into.
    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// Finds the mentions of `text`.
    pub fn recognize(&self, text: &str, opts: &Options) -> Recognition {
        self.recognize_in(&Scope::default(), text, opts)
    }

    /// [`Recognizer::recognize`] with the automaton of `scope` ([`Recognizer::scope`]).
    pub fn recognize_in(&self, scope: &Scope, text: &str, opts: &Options) -> Recognition {
        let norm = Normalized::new(text);
        let found = self.gazetteer.find_in(scope, &norm, &self.kb);
        // The dateline is read from the same scan's date anchors, those at the head of the text.
        let ref_date = opts.ref_date.or_else(|| dates::find_dateline_at(&norm, &found.date_anchors));
        let mut spans = found.spans;
        let dates_from = spans.len();
        let mut dates = dates::find_dates_at(&norm, ref_date, found.date_anchors);
        spans.reserve_exact(dates.len());
        for (i, d) in dates.iter().enumerate() {
            spans.push(gazetteer::Span { start: d.start, end: d.end, kind: MentionType::Date, entity: None, demonym: false, date: Some(i as u32) });
        }
        let mut chosen = select_longest(spans, dates_from);
        bodies::take_state_names(norm.text(), &mut chosen);
        self.capitals_by_context(norm.text(), &mut chosen);
        self.capital_then_name(norm.text(), &mut chosen);
        self.municipalities(norm.text(), &mut chosen);
        self.capital_among_towns(norm.text(), &mut chosen);
        let mut titled = titles::find_titled_people(&norm, &found.titles, &found.given_names, &found.sport_words, &chosen);
        titles::known_people_later(norm.text(), &chosen, &mut titled.people, |e| self.kb.entries()[e].short.is_empty());
        let quoted_bodies = quoted::find_quoted_bodies(norm.text(), &found.quotes, &chosen, &titled.people, &mut titled.surnames);
        if !quoted_bodies.is_empty() {
            titled.people.extend(quoted_bodies);
            crate::sort::sort_by_key(&mut titled.people, |p| p.start as u64);
        }
        facilities::take_facilities(norm.text(), &mut chosen, &mut titled.people, &titled.surnames);
        let named = bodies::find_named_bodies(&norm, &found.body_heads, &chosen, &titled.people, &mut titled.surnames);
        if !named.is_empty() {
            titled.people.extend(named);
            crate::sort::sort_by_key(&mut titled.people, |p| p.start as u64);
        }
        let towns = places::find_places_by_kind(norm.text(), &found.place_kinds, &chosen, &titled.people);
        if !towns.is_empty() {
            // A town named after a saint holds what the titles' rules took for a first name
            // (`بسيدي عبد الله`): the town wins.
            let sorted_towns = gazetteer::SortedSpans::new(&towns);
            titled.people.retain(|p| p.kind != MentionType::Entity(EntityType::Person) || p.entity.is_some() || !sorted_towns.overlaps(p.start, p.end));
            titled.people.extend(towns);
            crate::sort::sort_by_key(&mut titled.people, |p| p.start as u64);
        }
        let acronyms = bodies::acronyms_after(&norm, &chosen, &titled.people);
        if !acronyms.is_empty() {
            titled.people.extend(acronyms);
            crate::sort::sort_by_key(&mut titled.people, |p| p.start as u64);
        }
        // The chosen mentions and the titled people (and quoted bodies) are both in text order
        // and never overlap: one merge gives the mentions in order, without sorting them again.
        let mut people = titled.people.into_iter().peekable();
        let mut mentions: Vec<Mention> = Vec::with_capacity(chosen.len() + people.len());
        let mut hint = 0;
        // Spans apart in the normalised text may meet in the original, where one character is
        // several words once folded (`ﷺ` is `صلى الله عليه وسلم`): of two such mentions the first
        // stays, so that mentions never overlap in the original either (the fuzzer found one).
        let keep = |mentions: &mut Vec<Mention>, m: Mention| {
            if mentions.last().is_none_or(|l| l.end <= m.start) {
                mentions.push(m);
            }
        };
        for (i, &span) in chosen.iter().enumerate() {
            while let Some(p) = people.next_if(|p| p.start < span.start) {
                keep(&mut mentions, self.mention(&norm, p, &mut dates, &mut hint));
            }
            if titled.surnames.binary_search(&i).is_err() {
                keep(&mut mentions, self.mention(&norm, span, &mut dates, &mut hint));
            }
        }
        for p in people {
            keep(&mut mentions, self.mention(&norm, p, &mut dates, &mut hint));
        }
        crate::scratch::give(chosen);
        Recognition { mentions, ref_date }
    }
}

impl Recognizer {
    /// The mention a chosen span of the normalised text stands for in the original; a date's
    /// value is taken from `dates` (spans in text order share `hint`, see
    /// [`Normalized::original_span_after`]).
    fn mention(&self, norm: &Normalized, mut s: gazetteer::Span, dates: &mut [dates::DateMatch], hint: &mut usize) -> Mention {
        self.dateline_city(norm, &mut s);
        let (start, end) = norm.original_span_after(s.start, s.end, hint);
        let (value, hijri) = match s.date {
            Some(i) => (dates[i as usize].value.take(), dates[i as usize].hijri.take()),
            None => (None, None),
        };
        Mention { start, end, kind: s.kind, entity: s.entity, demonym: s.demonym, value, hijri }
    }

    /// A dateline names the city the story was filed from (`الجزائر - استقبل…`, `الكويت،`): where
    /// a country shares its name with its capital, the dateline means the capital.
    fn dateline_city(&self, norm: &Normalized, span: &mut gazetteer::Span) {
        let (MentionType::Entity(EntityType::Country), Some(e)) = (span.kind, span.entity) else { return };
        let text = norm.text();
        // `تونس (وات) -`: the agency in brackets after the city.
        if !gazetteer::opens_dateline(text, span.start, span.end) {
            return;
        }
        if let Some(capital) = self.namesake_capital(text, span, e) {
            span.entity = Some(capital);
            span.kind = MentionType::Entity(EntityType::Place);
        }
    }

    /// The capital of the country `e` when the country's mention `span` is also the capital's
    /// name (`الجزائر`, `الكويت`, `تونس`).
    fn namesake_capital(&self, text: &str, span: &gazetteer::Span, e: usize) -> Option<usize> {
        let kb = &self.kb;
        let capital = kb.entries()[e].capital.as_deref().and_then(|c| kb.index_of(c))?;
        let name = normalize_str(&text[span.start..span.end]);
        let cap = &kb.entries()[capital];
        std::iter::once(&cap.name_ar).chain(&cap.aliases).chain(&cap.short).any(|f| normalize_str(f) == name).then_some(capital)
    }

    /// `العاصمة الألمانية برلين`: a capital's descriptive alias right before its own name is
    /// the country's demonym, and the name the capital (`الألمانية` stands for Germany).
    fn capital_then_name(&self, text: &str, chosen: &mut [gazetteer::Span]) {
        const CAPITAL: &str = "العاصمه ";
        for i in 0..chosen.len().saturating_sub(1) {
            let (s, next) = (chosen[i], chosen[i + 1]);
            let (Some(e), MentionType::Entity(EntityType::Place)) = (s.entity, s.kind) else { continue };
            if next.entity != Some(e) || next.start != s.end + 1 || !text[s.start..s.end].starts_with(CAPITAL) {
                continue;
            }
            let kb = &self.kb;
            let Some(country) = kb.entries()[e].country.as_deref().and_then(|c| kb.index_of(c)) else { continue };
            chosen[i] = gazetteer::Span { start: s.start + CAPITAL.len(), end: s.end, kind: MentionType::Entity(EntityType::Country), entity: Some(country), demonym: true, date: None };
        }
    }

    /// `بين تونس وبنزرت`, `من الجزائر إلى وهران`: a country that shares its name with its
    /// capital, joined by `و` or `إلى` to a town of its own, is the capital.
    fn capital_among_towns(&self, text: &str, chosen: &mut [gazetteer::Span]) {
        let kb = &self.kb;
        let town_of = |s: &gazetteer::Span, country: usize| {
            s.kind == MentionType::Entity(EntityType::Place) && s.entity.and_then(|t| kb.entries()[t].country.as_deref()) == Some(&*kb.entries()[country].id)
        };
        for i in 0..chosen.len() {
            let s = chosen[i];
            let (MentionType::Entity(EntityType::Country), Some(e), false) = (s.kind, s.entity, s.demonym) else { continue };
            let joined = |a: &gazetteer::Span, b: &gazetteer::Span| matches!(&text[a.end..b.start], " و" | " الي " | " والي ");
            let next = chosen.get(i + 1).is_some_and(|n| joined(&s, n) && town_of(n, e));
            let prev = i > 0 && joined(&chosen[i - 1], &s) && town_of(&chosen[i - 1], e);
            if !next && !prev {
                continue;
            }
            if let Some(capital) = self.namesake_capital(text, &s, e) {
                chosen[i].entity = Some(capital);
                chosen[i].kind = MentionType::Entity(EntityType::Place);
            }
        }
    }

    /// `بلدية البترون`: a town after the word for a municipality is its municipal council, an
    /// organisation, but in Algeria, where a `بلدية` is the commune, a place (`ببلدية طولقة`).
    /// So is a Saudi or Jordanian `أمانة` (`أمانة منطقة تبوك`).
    fn municipalities(&self, text: &str, chosen: &mut [gazetteer::Span]) {
        for i in 0..chosen.len() {
            let s = chosen[i];
            let (MentionType::Entity(EntityType::Place), Some(e)) = (s.kind, s.entity) else { continue };
            let Some(before) = text[..s.start].strip_suffix("بلديه ").or_else(|| text[..s.start].strip_suffix("امانه ")) else { continue };
            if !starts_word(before, "وبل") {
                continue;
            }
            if i > 0 && chosen[i - 1].end > before.len() || self.kb.entries()[e].country.as_deref() == Some("Q262") {
                continue;
            }
            chosen[i] = gazetteer::Span { start: before.len(), end: s.end, kind: MentionType::Entity(EntityType::Organization), entity: None, demonym: false, date: None };
        }
    }

    /// A country named as its capital is (`الجزائر`, `الكويت`) is the capital where the words
    /// around it say a city: after a port, an airport or a metro (`ميناء الجزائر`, `مطار
    /// الكويت`), before `العاصمة` (`بالجزائر العاصمة`, which the mention then takes in), or
    /// joined by a hyphen to a city or town (`خطي الجزائر-وهران والجزائر-قسنطينة`).
    fn capitals_by_context(&self, text: &str, chosen: &mut [gazetteer::Span]) {
        for i in 0..chosen.len() {
            let s = chosen[i];
            let (MentionType::Entity(EntityType::Country), Some(e), false) = (s.kind, s.entity, s.demonym) else { continue };
            let place = |k: usize| chosen.get(k).is_some_and(|n| n.kind == MentionType::Entity(EntityType::Place));
            let hyphen_before = i > 0 && text[..s.start].ends_with('-') && chosen[i - 1].end + 1 == s.start && place(i - 1);
            let hyphen_after = text[s.end..].starts_with('-') && chosen.get(i + 1).is_some_and(|n| n.start == s.end + 1) && place(i + 1);
            let capital_word = text[s.end..].strip_prefix(' ').filter(|r| r.starts_with("العاصمه") && !r["العاصمه".len()..].starts_with(crate::normalize::is_word_char));
            // The word before, as a whole word with or without a proclitic (`لميناء`, not
            // `أمطار`); tested last, as it is the rarest and the dearest.
            let port = || {
                let before = &text[..s.start];
                ["ميناء ", "مطار ", "ميترو ", "مترو "].iter().any(|w| before.strip_suffix(w).is_some_and(|b| starts_word(b, "وفبلك")))
            };
            if !(hyphen_before || hyphen_after || capital_word.is_some() || port()) {
                continue;
            }
            if let Some(capital) = self.namesake_capital(text, &s, e) {
                let c = &mut chosen[i];
                c.entity = Some(capital);
                c.kind = MentionType::Entity(EntityType::Place);
                if capital_word.is_some() && chosen.get(i + 1).is_none_or(|n| n.start >= s.end + 1 + "العاصمه".len()) {
                    chosen[i].end = s.end + 1 + "العاصمه".len();
                }
            }
        }
    }
}

/// Keeps non-overlapping spans, longest first, then earliest; on equal spans an entity beats a
/// date and a linked mention beats an unlinked one. The spans kept come out in text order. The
/// spans from `dates_from` on are the dates, in text order among themselves, as the others
/// nearly are.
fn select_longest(spans: Vec<gazetteer::Span>, dates_from: usize) -> Vec<gazetteer::Span> {
    // The choice is greedy in one order over all spans (longest first), but a span only ever
    // loses to a span it overlaps. Ordered by start, the spans fall into clusters (each span
    // starts before the furthest end so far) that cannot affect one another, so each cluster is
    // decided alone. Nearly every cluster is a single span: this reads the spans once in text
    // order, where sorting them all by length and checking them in that order jumped across the
    // whole article (a cache miss per span on a long one).
    // Start and index packed in one u64 (offsets and counts are under 2^32, see
    // `Normalized::new`): a sort of plain integers.
    let mut order: Vec<u64> = crate::scratch::take(spans.len());
    order.extend(spans.iter().enumerate().map(|(i, s)| ((s.start as u64) << 32) | i as u64));
    // Each part in order, then the two merged (see `crate::sort`): no sort of the whole.
    let (names, dates) = order.split_at_mut(dates_from.min(spans.len()));
    crate::sort::sort_u64(names);
    crate::sort::sort_u64(dates);
    crate::sort::sort_u64(&mut order);
    let (start_of, index_of) = (|o: u64| (o >> 32) as usize, |o: u64| o as u32);
    // One u64 per span orders by length (descending), start, entity before date, linked before
    // unlinked; the index breaks ties.
    let key = |s: &gazetteer::Span| {
        let len = (s.end - s.start).min(0xFFFF) as u64;
        ((0xFFFF - len) << 48) | ((s.start as u64 & 0xFFFF_FFFF) << 2) | (((s.kind == MentionType::Date) as u64) << 1) | (s.entity.is_none() as u64)
    };
    let mut kept: Vec<u32> = crate::scratch::take(order.len());
    let mut cluster: Vec<(u64, u32)> = Vec::new();
    let mut i = 0;
    while i < order.len() {
        let mut j = i + 1;
        let mut end = spans[index_of(order[i]) as usize].end;
        while j < order.len() && start_of(order[j]) < end {
            end = end.max(spans[index_of(order[j]) as usize].end);
            j += 1;
        }
        if j == i + 1 {
            kept.push(index_of(order[i]));
        } else {
            cluster.clear();
            cluster.extend(order[i..j].iter().map(|&o| (key(&spans[index_of(o) as usize]), index_of(o))));
            crate::sort::sort_by_key(&mut cluster, |&(key, _)| key);
            let first = kept.len();
            for &(_, k) in &cluster {
                let s = &spans[k as usize];
                let overlaps = |o: &u32| {
                    let o = &spans[*o as usize];
                    s.start.max(o.start) < s.end.min(o.end)
                };
                if !kept[first..].iter().any(overlaps) {
                    kept.push(k);
                }
            }
            crate::sort::sort_by_key(&mut kept[first..], |&k| spans[k as usize].start as u64);
        }
        i = j;
    }
    let mut chosen = crate::scratch::take(kept.len());
    chosen.extend(kept.iter().map(|&k| spans[k as usize]));
    crate::scratch::give(order);
    crate::scratch::give(kept);
    crate::scratch::give(spans);
    chosen
}

/// Whether a word starts right after `before` (the text before it), alone or after one of the
/// one-letter `proclitics` (`ميناء الجزائر`, `لميناء`; not `أمطار`).
fn starts_word(before: &str, proclitics: &str) -> bool {
    let mut back = before.chars().rev();
    match back.next() {
        None => true,
        Some(c) if !crate::normalize::is_word_char(c) => true,
        Some(c) => proclitics.contains(c) && back.next().is_none_or(|c| !crate::normalize::is_word_char(c)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, kind: MentionType) -> gazetteer::Span {
        gazetteer::Span { start, end, kind, entity: Some(0), demonym: false, date: None }
    }

    /// Overlaps chain across a cluster: the longest span wins, the spans it overlaps lose, and a
    /// span that overlapped only a loser is kept.
    #[test]
    fn select_longest_decides_a_chain_of_overlaps() {
        let place = MentionType::Entity(EntityType::Place);
        let spans = vec![span(13, 15, place), span(0, 5, place), span(4, 12, place), span(10, 14, MentionType::Date), span(20, 24, place), span(20, 24, MentionType::Date)];
        let kept: Vec<(usize, usize, MentionType)> = select_longest(spans, usize::MAX).into_iter().map(|s| (s.start, s.end, s.kind)).collect();
        assert_eq!(kept, [(4, 12, place), (13, 15, place), (20, 24, place)]);
    }
}
