//! Knowledge-base forms matched at Arabic word boundaries.
//!
//! Every form of every enabled entry (canonical name, aliases, short forms, generated demonym
//! inflections) is normalised and compiled into one Aho–Corasick automaton, which reports every
//! occurrence of every form in one pass over the article: no loop over aliases, no regex
//! alternation.
//!
//! **Why aho-corasick and not daachorse.** Both were measured on the same knowledge base and
//! text (`cargo bench --bench recognize`, figures in BENCHMARKS.md): aho-corasick's DFA scans
//! the normalised Arabic faster, and it was the smaller of the two once compiled to wasm with
//! `default-features = false` (no `std` SIMD searchers we cannot use in wasm anyway). daachorse's
//! double array is more compact for very large dictionaries; ours has a few thousand forms.
//!
//! An occurrence counts only where Arabic word structure allows it:
//! - its end is the end of a word (`مصرفي` is not `مصر`, `اليمنى` is not `اليمن`);
//! - its start is the start of a word, or follows proclitics only: `[و|ف]? [ب|ك|ل]? ال?`, where
//!   `ل` + `ال` is written `لل` (`للقدس`: the article's alef is elided, so a form that starts with
//!   `ال` is also matched without it after `لل`); the article `ال` is allowed before demonyms
//!   only (`الإسرائيلي`), since country names carry theirs in the form itself (`اليمن`);
//! - or it starts a word run into the previous one, which Arabic copy sometimes does after a
//!   ta marbuta (`الخارجيةالإسرائيلي`): `ة` and `ى` only ever end a word, so the split is certain.

use super::MentionType;
use crate::kb::{EntityType, KnowledgeBase};
use crate::normalize::{is_word_char, normalize_str, Fold, Normalized};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::{HashMap, HashSet};

/// How a form names its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FormKind {
    /// A full name: always identifies the entry.
    Full,
    /// A surname or acronym: linked when unique, or when the article names the entry in full.
    Short,
    /// A nisba inflection standing for a country.
    Demonym,
}

/// One entry a pattern can stand for.
#[derive(Clone, Copy, Debug)]
struct Target {
    entry: u32,
    kind: FormKind,
    /// The form is also an ordinary word; it needs context.
    common: bool,
    /// The pattern is a form that begins with `ال`, stored without it: valid only after `لل`.
    article_elided: bool,
}

/// A candidate or chosen span of the normalised text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// Start, in bytes of the normalised text.
    pub start: usize,
    /// End (exclusive), in bytes of the normalised text.
    pub end: usize,
    /// Mention type.
    pub kind: MentionType,
    /// Linked entry index.
    pub entity: Option<usize>,
    /// A demonym.
    pub demonym: bool,
    /// Date value.
    pub value: Option<String>,
    /// Hijri date.
    pub hijri: Option<String>,
}

/// The compiled automaton and what each pattern stands for.
#[derive(Debug)]
pub struct Gazetteer {
    automaton: Option<AhoCorasick>,
    /// Targets of pattern `i`.
    targets: Vec<Vec<Target>>,
    /// Per entry: normalised words that veto a match right after them.
    not_after: HashMap<u32, Vec<String>>,
    /// Per entry: exact written forms (light-normalised) that are not this entry.
    not_forms: HashMap<u32, Vec<String>>,
}

/// The nisba inflections generated from a masculine singular stem ending in ي:
/// -ي, -ية, -يين/-يون (plural), -يان/-يين (dual), -يتان/-يتين, -يات, and the indefinite
/// accusative -ياً.
const DEMONYM_SUFFIXES: &[&str] = &["", "ه", "ين", "ون", "ان", "تان", "تين", "ات", "ا"];

/// Titles that, right before a one-word common name, make it a person (`الرئيس عون`).
pub(crate) const PERSON_TITLES: &[&str] = &[
    "الرئيس", "الرييس", "رئيس", "الوزير", "وزير", "الشيخ", "الامير", "الملك", "السيد", "السيده", "النايب",
    "القاضي", "الجنرال", "اللواء", "العماد", "الدكتور",
];

impl Gazetteer {
    /// Compiles every form of every enabled entry of `kb`.
    pub fn new(kb: &KnowledgeBase) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut not_after = HashMap::new();
        let mut not_forms = HashMap::new();
        let mut add = |pattern: String, t: Target| {
            let i = *index.entry(pattern.clone()).or_insert_with(|| {
                patterns.push(pattern);
                targets.push(Vec::new());
                targets.len() - 1
            });
            if !targets[i].iter().any(|x| x.entry == t.entry && x.kind == t.kind && x.article_elided == t.article_elided) {
                targets[i].push(t);
            }
        };
        for (ei, e) in kb.entries().iter().enumerate() {
            if e.disabled {
                continue;
            }
            let ei = ei as u32;
            let disabled: HashSet<String> = e.disabled_aliases.iter().map(|a| form_key(a)).collect();
            let common: HashSet<String> = e.common.iter().map(|a| form_key(a)).collect();
            let full = std::iter::once(&e.name_ar).chain(&e.aliases).map(|f| (f, FormKind::Full));
            let short = e.short.iter().map(|f| (f, FormKind::Short));
            for (form, kind) in full.chain(short) {
                let key = form_key(form);
                if key.is_empty() || disabled.contains(&key) {
                    continue;
                }
                let is_common = common.contains(&key);
                if let Some(rest) = key.strip_prefix("ال").filter(|r| r.chars().count() >= 2) {
                    add(rest.to_string(), Target { entry: ei, kind, common: is_common, article_elided: true });
                }
                add(key, Target { entry: ei, kind, common: is_common, article_elided: false });
            }
            for stem in &e.demonyms {
                let key = form_key(stem);
                if key.is_empty() || disabled.contains(&key) {
                    continue;
                }
                for suffix in DEMONYM_SUFFIXES {
                    let form = format!("{key}{suffix}");
                    if !disabled.contains(&form) {
                        add(form, Target { entry: ei, kind: FormKind::Demonym, common: false, article_elided: false });
                    }
                }
            }
            if !e.not_after.is_empty() {
                not_after.insert(ei, e.not_after.iter().map(|w| form_key(w)).collect());
            }
            if !e.not_forms.is_empty() {
                not_forms.insert(ei, e.not_forms.iter().map(|w| light(w)).collect());
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
                    .expect("knowledge-base patterns are bounded in length and count"),
            )
        };
        Gazetteer { automaton, targets, not_after, not_forms }
    }

    /// Number of distinct normalised patterns compiled.
    pub fn pattern_count(&self) -> usize {
        self.targets.len()
    }

    /// Every entity mention of `norm` before overlap resolution among themselves and with dates,
    /// with short forms already resolved against the article's full mentions.
    pub fn find(&self, norm: &Normalized, kb: &KnowledgeBase) -> Vec<Span> {
        let Some(ac) = &self.automaton else { return Vec::new() };
        let text = norm.text();
        let bytes = text.as_bytes();
        struct Cand {
            start: usize,
            end: usize,
            pattern: usize,
            /// Start including a kept article (`ال` before a demonym).
            span_start: usize,
            after_title: bool,
        }
        let mut cands: Vec<Cand> = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            // End of word.
            if e < bytes.len() && next_char(text, e).is_some_and(is_word_char) {
                continue;
            }
            let ws = word_start(text, s);
            let prefix = &text[ws..s];
            let targets = &self.targets[m.pattern().as_usize()];
            let mut span_start = s;
            let ok_prefix = |t: &Target| -> bool { prefix_allows(prefix, t) || run_on_allows(norm, ws, s, t) };
            if !targets.iter().any(ok_prefix) {
                continue;
            }
            if targets.iter().all(|t| t.kind == FormKind::Demonym) {
                if let Some(p) = prefix.strip_suffix("ال").map(|p| p.len()) {
                    span_start = ws + p;
                } else if prefix.ends_with("لل") {
                    span_start = s - "ل".len();
                }
            }
            let after_title = previous_word(text, ws).is_some_and(|w| PERSON_TITLES.contains(&strip_proclitic(w)));
            cands.push(Cand { start: s, end: e, pattern: m.pattern().as_usize(), span_start, after_title });
        }

        // Entries the article names by a full (non-common) form: antecedents for short forms.
        let mut named_in_full: HashSet<u32> = HashSet::new();
        for c in &cands {
            for t in &self.targets[c.pattern] {
                if t.kind == FormKind::Full && !t.common && self.context_allows(norm, c.start, c.end, c.span_start, t) {
                    named_in_full.insert(t.entry);
                }
            }
        }

        let mut out = Vec::with_capacity(cands.len());
        for c in &cands {
            let ws = word_start(text, c.start);
            let prefix = &text[ws..c.start];
            let valid: Vec<&Target> = self.targets[c.pattern]
                .iter()
                .filter(|t| (prefix_allows(prefix, t) || run_on_allows(norm, ws, c.start, t)) && self.context_allows(norm, c.start, c.end, c.span_start, t))
                .collect();
            if valid.is_empty() {
                continue;
            }
            let linked = resolve(&valid, &named_in_full, c.after_title)
                .and_then(|(e, demonym)| Some((Some(e as usize), kb.entries()[e as usize].kind?, demonym)));
            let Some((entity, kind, demonym)) = linked.or_else(|| unlinked(&valid, kb)) else { continue };
            out.push(Span {
                start: c.span_start,
                end: c.end,
                kind: MentionType::Entity(kind),
                entity,
                demonym,
                value: None,
                hijri: None,
            });
        }
        out
    }

    /// Vetoes from the entry's `not_after` and `not_forms`.
    fn context_allows(&self, norm: &Normalized, start: usize, end: usize, span_start: usize, t: &Target) -> bool {
        let text = norm.text();
        if let Some(words) = self.not_after.get(&t.entry) {
            if let Some(prev) = previous_word(text, word_start(text, start)) {
                let prev = strip_proclitic(prev);
                if words.iter().any(|w| w == prev) {
                    return false;
                }
            }
        }
        if let Some(forms) = self.not_forms.get(&t.entry) {
            let (os, oe) = norm.original_span(start, end);
            let (ws, _) = norm.original_span(span_start.min(start), end);
            let original = norm.original();
            let written = [light(&original[os..oe]), light(&original[ws..oe])];
            if forms.iter().any(|f| written.contains(f)) {
                return false;
            }
        }
        true
    }
}

/// Picks the linked entry among the valid targets of one occurrence.
fn resolve(valid: &[&Target], named_in_full: &HashSet<u32>, after_title: bool) -> Option<(u32, bool)> {
    // A full form that is not a common word identifies its entry outright.
    let full: Vec<&&Target> = valid.iter().filter(|t| t.kind != FormKind::Short && !t.common).collect();
    if full.len() == 1 {
        let t = full[0];
        return Some((t.entry, t.kind == FormKind::Demonym));
    }
    // Several entries share the form, or it is short or common: the article decides.
    let named: Vec<&&Target> = valid.iter().filter(|t| named_in_full.contains(&t.entry)).collect();
    if named.len() == 1 {
        let t = named[0];
        return Some((t.entry, t.kind == FormKind::Demonym));
    }
    let entries: HashSet<u32> = valid.iter().map(|t| t.entry).collect();
    if entries.len() == 1 {
        let t = valid[0];
        if !t.common || after_title {
            return Some((t.entry, t.kind == FormKind::Demonym));
        }
    }
    None
}

/// An ambiguous form whose candidates all have one type is still a mention of that type, unlinked
/// (the reader sees a person highlighted, and no guess at who). Common words never are.
fn unlinked(valid: &[&Target], kb: &KnowledgeBase) -> Option<(Option<usize>, EntityType, bool)> {
    if valid.iter().any(|t| t.common) {
        return None;
    }
    let mut types = valid.iter().filter_map(|t| kb.entries()[t.entry as usize].kind);
    let first = types.next()?;
    if types.all(|t| t == first) && valid.iter().map(|t| t.entry).collect::<HashSet<_>>().len() > 1 {
        Some((None, first, valid.iter().all(|t| t.kind == FormKind::Demonym)))
    } else {
        None
    }
}

/// Normalised form of a knowledge-base string, with runs of spaces collapsed.
fn form_key(s: &str) -> String {
    normalize_str(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Light normalisation for exact written forms: marks, tatweel and controls dropped, alef
/// variants folded, but ى and ة kept (they are what tells `اليمنى` from `اليمني`).
fn light(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            'ى' | 'ة' => Some(c),
            _ => match crate::normalize::fold_char(c) {
                Fold::One(f) => Some(f),
                _ => None,
            },
        })
        .collect()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Start of the word containing byte `at` (a word is a run of word characters).
fn word_start(text: &str, at: usize) -> usize {
    let mut ws = at;
    for (i, c) in text[..at].char_indices().rev() {
        if !is_word_char(c) {
            break;
        }
        ws = i;
    }
    ws
}

/// The word before the one starting at `ws`, skipping spaces only.
pub(crate) fn previous_word(text: &str, ws: usize) -> Option<&str> {
    let before = text[..ws].trim_end_matches(' ');
    if before.len() == ws && ws > 0 {
        return None; // punctuation or a line break in between
    }
    let start = word_start(before, before.len());
    (start < before.len()).then(|| &before[start..])
}

/// A word with one leading conjunction or preposition letter removed (`وصلاة` → `صلاه`).
pub(crate) fn strip_proclitic(w: &str) -> &str {
    for p in ["وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك"] {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    w
}

/// Whether `prefix` (the letters of the word before the form) is a proclitic sequence the form
/// may take.
fn prefix_allows(prefix: &str, t: &Target) -> bool {
    if t.article_elided {
        return matches!(prefix, "لل" | "ولل" | "فلل");
    }
    if prefix.is_empty() {
        return true;
    }
    let rest = prefix.strip_prefix('و').or_else(|| prefix.strip_prefix('ف')).unwrap_or(prefix);
    let rest = rest.strip_prefix(['ب', 'ك', 'ل']).unwrap_or(rest);
    match rest {
        "" => true,
        "ال" => t.kind == FormKind::Demonym,
        _ => t.kind == FormKind::Demonym && matches!(prefix, "لل" | "ولل" | "فلل"),
    }
}

/// A form run into the previous word after a word-final letter (`الخارجيةالإسرائيلي`).
fn run_on_allows(norm: &Normalized, ws: usize, s: usize, t: &Target) -> bool {
    if s == ws || t.article_elided {
        return false;
    }
    let text = norm.text();
    // Try each split point in the last few letters before the form: the part after the split must
    // be a valid proclitic sequence, the letter before it a ta marbuta or alef maqsura.
    let mut split = s;
    for _ in 0..4 {
        if prefix_allows(&text[split..s], t) && split > ws && matches!(norm.original_char_before(split), Some('ة' | 'ى')) {
            return true;
        }
        match text[ws..split].chars().next_back() {
            Some(c) => split -= c.len_utf8(),
            None => break,
        }
    }
    false
}
