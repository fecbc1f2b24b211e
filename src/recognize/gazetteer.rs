//! Knowledge-base forms matched at Arabic word boundaries.
//!
//! Every form of every enabled entry (canonical name, aliases, short forms, generated demonym
//! inflections) is normalised and compiled, with the title words of [`super::titles`], into one Aho–Corasick
//! automaton (daachorse's double array), which reports every
//! occurrence of every form in one pass over the article: no loop over aliases, no regex
//! alternation.
//!
//! **Why daachorse and not aho-corasick.** Both were measured on the same patterns and
//! normalised text in one run (`cargo bench --bench recognize`, figures in BENCHMARKS.md):
//! daachorse's character-wise double array scanned Arabic at 355 MB/s against 150 MB/s for
//! aho-corasick's overlapping search (Arabic letters are two UTF-8 bytes; a charwise automaton
//! takes one transition per letter), built in 1.3 ms against 2.1 ms, and a wasm module that only
//! builds and scans weighed 21 KB gzip against 41 KB (`-Oz`, wasm-opt). aho-corasick's prefilters
//! (memchr, Teddy) do not help here: nearly every Arabic letter starts some pattern.
//!
//! **Forms computed at build time.** Preparing the patterns (every form normalised, demonyms
//! inflected, patterns interned) took 7–31 ms of the widget's start in a browser; for the
//! embedded knowledge base they are computed by `lamha kb compile` and read back
//! ([`Gazetteer::with_image`], [`crate::recognize::Recognizer::embedded`]).
//!
//! **Scopes.** Compiling the automaton over all ~3,300 patterns is the largest part of start-up
//! (1.7 ms natively, about 30 ms the first time in a browser's baseline wasm tier). A page that
//! shows one article needs far fewer: [`Gazetteer::scope`] compiles only the patterns whose last
//! word ends a word of that text (about 300 for a news article), with the same result. The full
//! automaton is built when a text is too long for a scope, and then used for every text.
//!
//! An occurrence counts only where Arabic word structure allows it:
//! - its end is the end of a word (`مصرفي` is not `مصر`, `اليمنى` is not `اليمن`);
//! - its start is the start of a word, or follows proclitics only: `[و|ف]? [ب|ك|ل]? ال?`, where
//!   `ل` + `ال` is written `لل` (`للقدس`: the article's alef is elided, so a form that starts with
//!   `ال` is also matched without it after `لل`); the article `ال` is allowed before demonyms
//!   only (`الإسرائيلي`), since country names carry theirs in the form itself (`اليمن`);
//! - or it starts a word run into the previous one, which Arabic copy sometimes does after a
//!   ta marbuta (`الخارجيةالإسرائيلي`): `ة` and `ى` only ever end a word, so the split is certain.

use super::titles;
use super::MentionType;
use crate::dates::{self, AnchorHit};
use crate::kb::{EntityType, KnowledgeBase};
use crate::normalize::{is_word_char, normalize_str, word_char_at, word_start, Fold, Normalized};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// How a form names its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FormKind {
    /// A full name: always identifies the entry.
    Full,
    /// A surname or acronym: linked when unique, or when the article names the entry in full.
    Short,
    /// A nisba inflection standing for a country.
    Demonym,
    /// A title word (`الرئيس`, `وزير`): not a mention itself; the name after it may be one.
    Title,
}

/// One entry a pattern can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Target {
    entry: u32,
    kind: FormKind,
    /// The form is also an ordinary word; it needs context.
    common: bool,
    /// The pattern is a form that begins with `ال`, stored without it: valid only after `لل`.
    article_elided: bool,
    /// Valid only standing alone between brackets, slashes or quotation marks (an abbreviation
    /// written joined, which is also a word: `(ومع)`, `ومع ذلك`).
    enclosed_only: bool,
}

/// A candidate or chosen span of the normalised text. Small and plain, because a long article
/// has hundreds of thousands of them (a date's value stays in its [`dates::DateMatch`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    /// For a date: its index in the list of date matches of the run.
    pub date: Option<u32>,
}

/// What one scan of the automaton finds.
#[derive(Debug, Default)]
pub struct Found {
    /// Entity mentions (overlapping; the recogniser keeps the longest).
    pub spans: Vec<Span>,
    /// Title words, in text order (byte spans of the normalised text).
    pub titles: Vec<(usize, usize)>,
    /// Words of sport ([`SPORT_WORDS`]), in text order: (byte start, pattern id).
    pub sport_words: Vec<(u32, u32)>,
    /// Words for a kind of body ([`super::bodies`]), in text order: byte spans.
    pub body_heads: Vec<(u32, u32)>,
    /// First names ([`super::titles::GIVEN_NAMES`]), in text order: byte spans.
    pub given_names: Vec<(u32, u32)>,
    /// Words for a town, a village or a camp ([`super::places::KIND_WORDS`]), in text order:
    /// byte spans.
    pub place_kinds: Vec<(u32, u32)>,
    /// Every occurrence of a date anchor word or digit, for [`dates::find_dates_at`].
    pub date_anchors: Vec<AnchorHit>,
    /// Byte offsets of the opening quotation marks the press uses ([`QUOTE_MARKS`]), in text
    /// order, for [`super::quoted::find_quoted_bodies`].
    pub quotes: Vec<u32>,
}

/// Quotation marks that open a name (`شركة "بروج"`, `مجموعة «بروج»`). They ride on the scan as
/// patterns, in the place of date anchors with the id [`QUOTE_ANCHOR`]: a scan of their own over
/// the whole text cost 8–9 ms of the 1 MB article's recognition in the browser.
pub const QUOTE_MARKS: [&str; 3] = ["\"", "«", "“"];

/// The anchor id of the [`QUOTE_MARKS`] (no date anchor has it).
const QUOTE_ANCHOR: u32 = u32::MAX;

/// The automaton type: daachorse's character-wise double array, values are pattern ids.
type Automaton = CharwiseDoubleArrayAhoCorasick<u32>;

/// Patterns in one string: pattern `i` is `text[ends[i - 1]..ends[i]]`. One allocation for
/// the four thousand patterns instead of one each (the widget decodes them at start-up).
#[derive(Debug, Default, PartialEq)]
struct Patterns {
    text: String,
    ends: Vec<u32>,
}

impl Patterns {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    fn push(&mut self, pattern: &str) {
        self.text.push_str(pattern);
        self.ends.push(self.text.len() as u32);
    }
}

/// The compiled patterns and what each stands for.
pub struct Gazetteer {
    /// Every normalised pattern; its index is its id (the automaton's value).
    patterns: Patterns,
    /// The automaton over every pattern, built on first need ([`Gazetteer::full`]).
    full: OnceLock<Automaton>,
    /// `(hash of the pattern's last word, pattern id)`, sorted: which patterns can occur in a
    /// given text ([`Gazetteer::scope`]). The hash is [`suffix_hashes`]'s.
    by_last_word: Vec<(u64, u32)>,
    /// Patterns every scope keeps: date anchors (wanted inside words too) and any pattern that
    /// does not end in a word character.
    always: Vec<u32>,
    /// Longest last word of a pattern, in characters.
    longest_last_word: usize,
    /// Targets of pattern `i`: `target_list[target_start[i]..target_start[i + 1]]` (none for a
    /// pattern that is only a date anchor).
    target_start: Vec<u32>,
    /// See `target_start`.
    target_list: Vec<Target>,
    /// The date finder's id of pattern `i` ([`dates::anchor_words`]), if it is one.
    date_ids: Vec<Option<u32>>,
    /// Per entry: normalised words that veto a match right after them (empty for most).
    not_after: Vec<Vec<String>>,
    /// Per entry: normalised words that veto a match right before them.
    not_before: Vec<Vec<String>>,
    /// Per entry: exact written forms (light-normalised) that are not this entry.
    not_forms: Vec<Vec<String>>,
    /// Per entry: the entry of its country (itself for a country; `u32::MAX` for none), which
    /// tells apart entries that share a form (`عمان`: Amman beside Jordan, Oman beside Muscat).
    country_of: Vec<u32>,
}

/// The automaton one text is scanned with: the full one, or one built for that text alone.
#[derive(Default)]
pub struct Scope {
    own: Option<Automaton>,
    patterns: usize,
}

impl Scope {
    /// How many patterns were compiled for this scope alone (`None`: it uses the full automaton).
    pub fn own_patterns(&self) -> Option<usize> {
        self.own.as_ref().map(|_| self.patterns)
    }
}

/// Texts up to this many bytes may get their own automaton ([`Gazetteer::scope`]); a longer
/// text has most of the knowledge base's last words, so the full automaton is built. The web
/// layer recognises a text of this size in one window, so a scoped text is scanned whole.
pub const SCOPE_MAX_BYTES: usize = 48 * 1024;

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer").field("patterns", &self.patterns.len()).finish()
    }
}

/// The nisba inflections generated from a masculine singular stem ending in ي:
/// -ي, -ية, -يين/-يون (plural), -يان/-يين (dual), -يتان/-يتين, -يات, and the indefinite
/// accusative -ياً. A demonym that does not end in ي is a broken plural (`مغاربة`, `أتراك`):
/// it is matched as written, with the article and proclitics like any demonym, not inflected.
const DEMONYM_SUFFIXES: &[&str] = &["", "ه", "ين", "ون", "ان", "تان", "تين", "ات", "ا"];

/// Targets past this many per pattern are not considered (a form shared by 64 entries is not a
/// name any more; the bitmask of valid targets is a `u64`).
const MASK_BITS: usize = 64;

/// The patterns and what each stands for: the costly part of preparing a [`Gazetteer`] (every
/// form normalised, every demonym inflected, every pattern interned), which depends only on the
/// knowledge base. For the embedded default it is computed once at build time and shipped as an
/// image ([`forms_image`], `data/kb/default.lkg`, written by `lamha kb compile`).
#[derive(Debug, PartialEq)]
struct Forms {
    /// Every normalised pattern; its index is its id.
    patterns: Patterns,
    /// See [`Gazetteer::target_start`].
    target_start: Vec<u32>,
    /// See [`Gazetteer::target_list`].
    target_list: Vec<Target>,
    /// See [`Gazetteer::date_ids`].
    date_ids: Vec<Option<u32>>,
}

impl Forms {
    /// Every form of every enabled entry of `kb`, the title words and the date anchors.
    fn of(kb: &KnowledgeBase) -> Self {
        // Pattern ids by text, and every (pattern, target) pair, grouped by pattern at the end:
        // a few allocations instead of one per pattern, which matters at the widget's start-up.
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut pairs: Vec<(u32, Target)> = Vec::new();
        let mut intern = |pattern: String| {
            let next = index.len();
            *index.entry(pattern).or_insert(next)
        };
        let mut add = |pattern: String, t: Target| {
            let i = intern(pattern);
            pairs.push((i as u32, t));
        };
        for (ei, e) in kb.entries().iter().enumerate() {
            if e.disabled {
                continue;
            }
            let ei32 = ei as u32;
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
                    add(rest.to_string(), Target { entry: ei32, kind, common: is_common, article_elided: true, enclosed_only: false });
                }
                // `عبد الله` and `عبدالله` are one name, written both ways.
                if let Some(other) = abd_spelling(&key) {
                    add(other, Target { entry: ei32, kind, common: is_common, article_elided: false, enclosed_only: false });
                }
                // An abbreviation spelled letter by letter (`و م ع`, `أ ش أ`) is also written
                // joined (`(ومع)`): a word then (`ومع` is "and with"), so a name only where it
                // stands alone between brackets or slashes.
                if key.split(' ').count() >= 2 && key.split(' ').all(|w| w.chars().count() == 1) {
                    add(key.replace(' ', ""), Target { entry: ei32, kind, common: false, article_elided: false, enclosed_only: true });
                }
                add(key, Target { entry: ei32, kind, common: is_common, article_elided: false, enclosed_only: false });
            }
            // A country whose one-word name is its own nisba (`جيبوتي`, `تشيلي`, `زيمبابوي`) and
            // lists no demonym: the name is the stem (`الرئيس الجيبوتي`). Not a name in `اي`
            // (`باراغواي`, whose nisba is `باراغوايي`), nor one that is a common word (`مالي`).
            let own_nisba = (e.kind == Some(EntityType::Country) && e.demonyms.is_empty())
                .then(|| form_key(&e.name_ar))
                .filter(|k| k.ends_with('ي') && !k.ends_with("اي") && !k.contains(' ') && !common.contains(k));
            for key in e.demonyms.iter().map(|stem| form_key(stem)).chain(own_nisba) {
                if key.is_empty() || disabled.contains(&key) {
                    continue;
                }
                let suffixes = if key.ends_with('ي') { DEMONYM_SUFFIXES } else { &[""] };
                // A nisba of two words agrees in both, and takes the article on both
                // (`كوري جنوبي`, `الكورية الجنوبية`: the first word's article is a proclitic
                // to the scan).
                let pair = key.split_once(' ').filter(|(a, b)| a.ends_with('ي') && b.ends_with('ي') && !b.contains(' '));
                for suffix in suffixes {
                    let forms = match pair {
                        Some((a, b)) => vec![format!("{a}{suffix} {b}{suffix}"), format!("{a}{suffix} ال{b}{suffix}")],
                        None => vec![format!("{key}{suffix}")],
                    };
                    for form in forms {
                        if !disabled.contains(&form) {
                            add(form, Target { entry: ei32, kind: FormKind::Demonym, common: false, article_elided: false, enclosed_only: false });
                        }
                    }
                }
            }
        }
        // News agencies' abbreviations written as one word that is also a word (`وات`, a watt;
        // `وطنية`, "national"; `واع`, "aware"): a name only standing alone between brackets,
        // slashes, quotation marks or dashes (`تونس (وات) -`, `بيروت - وطنية -`), where the
        // knowledge base has the agency.
        for (form, id) in JOINED_ABBREVIATIONS {
            if let Some(entry) = kb.index_of(id).filter(|&e| !kb.entries()[e].disabled) {
                add(form_key(form), Target { entry: entry as u32, kind: FormKind::Short, common: false, article_elided: false, enclosed_only: true });
            }
        }
        // A word that marks where to look, not an entry: a title, a word of sport, a word for a
        // body, a first name. A definite one also after `لل`, where the article's alef is not
        // written (`للفنانة هبة طوجي`, `للاتحاد`).
        let mut add_word = |w: &str, entry: u32, elided: bool| {
            let key = form_key(w);
            if let Some(rest) = key.strip_prefix("ال").filter(|r| elided && r.chars().count() >= 3) {
                add(rest.to_string(), Target { entry, kind: FormKind::Title, common: false, article_elided: true, enclosed_only: false });
            }
            add(key, Target { entry, kind: FormKind::Title, common: false, article_elided: false, enclosed_only: false });
        };
        for w in titles::title_words() {
            add_word(w, u32::MAX, true);
        }
        // Words of sport ride on the scan too: the context a club's common name needs.
        for w in SPORT_WORDS {
            add_word(w, TOPIC, false);
        }
        // So do the words for a kind of body, for the bodies the knowledge base does not know,
        // and first names, where a name may start with no title before it.
        for w in super::bodies::DEFINITE_HEADS {
            add_word(w, BODY, true);
        }
        for w in super::bodies::CONSTRUCT_HEADS {
            add_word(w, BODY, false);
        }
        for w in titles::GIVEN_NAMES {
            add_word(w, GIVEN, false);
        }
        for w in super::places::KIND_WORDS {
            add_word(w, PLACE_KIND, false);
        }
        // The date finder's anchor words and digits ride on the same scan: one pass over the
        // text instead of two (the date finder's own pass cost as much as this one). So do the
        // quotation marks.
        let mut date_ids = Vec::new();
        for (word, id) in dates::anchor_words().chain(QUOTE_MARKS.iter().map(|&m| (m, QUOTE_ANCHOR))) {
            let i = intern(word.to_string());
            if i >= date_ids.len() {
                date_ids.resize(i + 1, None);
            }
            date_ids[i] = Some(id);
        }
        // Patterns in byte order, their ids renumbered to match: neighbours share a prefix, which
        // the image stores once (the ids are otherwise arbitrary).
        let mut patterns: Vec<(String, usize)> = index.into_iter().collect();
        patterns.sort_unstable();
        let mut id = vec![0u32; patterns.len()];
        for (new, &(_, old)) in patterns.iter().enumerate() {
            id[old] = new as u32;
        }
        let patterns = {
            let mut all = Patterns::default();
            for (p, _) in &patterns {
                all.push(p);
            }
            all
        };
        date_ids.resize(patterns.len(), None);
        let mut dates = vec![None; patterns.len()];
        for (old, d) in date_ids.into_iter().enumerate() {
            dates[id[old] as usize] = d;
        }
        let date_ids = dates;
        // Targets grouped by pattern, in the order they were added; a repeated one (same entry,
        // kind and elision) keeps its first occurrence.
        for pair in &mut pairs {
            pair.0 = id[pair.0 as usize];
        }
        crate::sort::sort_by_key(&mut pairs, |&(p, _)| u64::from(p));
        let mut target_start = Vec::with_capacity(patterns.len() + 1);
        let mut target_list: Vec<Target> = Vec::with_capacity(pairs.len());
        let mut pairs = pairs.into_iter().peekable();
        for p in 0..patterns.len() as u32 {
            let group = target_list.len();
            target_start.push(group as u32);
            while let Some((_, t)) = pairs.next_if(|&(q, _)| q == p) {
                if !target_list[group..].iter().any(|x| x.entry == t.entry && x.kind == t.kind && x.article_elided == t.article_elided) {
                    target_list.push(t);
                }
            }
        }
        target_start.push(target_list.len() as u32);
        Forms { patterns, target_start, target_list, date_ids }
    }
}

impl Gazetteer {
    /// Compiles every form of every enabled entry of `kb`, and the title words.
    pub fn new(kb: &KnowledgeBase) -> Self {
        Self::from_forms(Forms::of(kb), kb)
    }

    /// [`Gazetteer::new`] for `kb`, the knowledge base decoded from the compact bytes `source`,
    /// with the forms read from `image` ([`forms_image`]) when it was made from those same bytes
    /// and decodes; otherwise computed. The result is the same either way.
    pub fn with_image(kb: &KnowledgeBase, source: &[u8], image: &[u8]) -> Self {
        match image::decode(image, source, kb.entries().len()) {
            Some(forms) => Self::from_forms(forms, kb),
            None => Self::new(kb),
        }
    }

    /// The rest of the preparation: the index of last words and the entries' vetoes.
    fn from_forms(forms: Forms, kb: &KnowledgeBase) -> Self {
        let Forms { patterns, target_start, target_list, date_ids } = forms;
        let n = kb.entries().len();
        let mut not_after = vec![Vec::new(); n];
        let mut not_before = vec![Vec::new(); n];
        let mut not_forms = vec![Vec::new(); n];
        for (ei, e) in kb.entries().iter().enumerate() {
            if e.disabled {
                continue;
            }
            not_after[ei] = e.not_after.iter().map(|w| form_key(w)).collect();
            not_before[ei] = e.not_before.iter().map(|w| form_key(w)).collect();
            not_forms[ei] = e.not_forms.iter().map(|w| light(w)).collect();
        }
        let country_of = kb
            .entries()
            .iter()
            .enumerate()
            .map(|(ei, e)| match e.kind {
                Some(EntityType::Country) => ei as u32,
                _ => e.country.as_deref().and_then(|c| kb.index_of(c)).map_or(u32::MAX, |c| c as u32),
            })
            .collect();
        let mut by_last_word = Vec::with_capacity(patterns.len());
        let mut always = Vec::new();
        let mut longest_last_word = 0;
        for (i, p) in patterns.iter().enumerate() {
            let last = last_word(p);
            if last.is_empty() || date_ids[i].is_some() {
                always.push(i as u32);
            } else {
                let (chars, hash) = suffix_hashes(last).last().expect("a non-empty word has suffixes");
                longest_last_word = longest_last_word.max(chars);
                by_last_word.push((hash, i as u32));
            }
        }
        // In index order already: sorted by hash, then by index.
        crate::sort::sort_by_key(&mut by_last_word, |&(hash, _)| hash);
        Gazetteer { patterns, full: OnceLock::new(), by_last_word, always, longest_last_word, target_start, target_list, date_ids, not_after, not_before, not_forms, country_of }
    }

    /// What pattern `i` stands for.
    fn targets(&self, i: usize) -> &[Target] {
        &self.target_list[self.target_start[i] as usize..self.target_start[i + 1] as usize]
    }

    /// The automaton over every pattern (built now if it was not yet).
    fn full(&self) -> &Automaton {
        self.full.get_or_init(|| build(self.patterns.iter().enumerate().map(|(i, p)| (p, i as u32)).collect()).expect("patterns are distinct and non-empty, and far fewer than 2^32"))
    }

    /// Builds the full automaton now, if it was not yet.
    pub fn build_full(&self) {
        self.full();
    }

    /// Whether the full automaton is built.
    pub fn has_full(&self) -> bool {
        self.full.get().is_some()
    }

    /// The automaton to scan `norm` (a normalised text of at most [`SCOPE_MAX_BYTES`]) with:
    /// one over only the patterns that can occur in it, when the full one is not built yet.
    ///
    /// An occurrence is kept only where it ends a word (see [`Gazetteer::find_in`]); date anchors
    /// are kept anywhere. So a pattern can matter only if its last word (its trailing run of
    /// word characters) ends some word of the text, which is a lookup of each word's endings.
    /// An automaton over those patterns and the date anchors reports exactly the occurrences of
    /// them that the full one reports, in the same order (overlapping search reports every
    /// pattern's occurrences independently of the others), so the result is the same. `norm`
    /// must contain every text later scanned in this scope, with its words whole.
    pub fn scope(&self, norm: &str) -> Scope {
        if self.has_full() || norm.len() > SCOPE_MAX_BYTES {
            return Scope::default();
        }
        let mut keep = vec![false; self.patterns.len()];
        for &i in &self.always {
            keep[i as usize] = true;
        }
        for word in norm.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()) {
            for (_, hash) in suffix_hashes(word).take(self.longest_last_word) {
                let from = self.by_last_word.partition_point(|&(h, _)| h < hash);
                for &(h, i) in &self.by_last_word[from..] {
                    if h != hash {
                        break;
                    }
                    // Equal hashes of different words only add a pattern, which changes nothing.
                    keep[i as usize] = true;
                }
            }
        }
        let chosen: Vec<(&str, u32)> = self.patterns.iter().enumerate().filter(|(i, _)| keep[*i]).map(|(i, p)| (p, i as u32)).collect();
        let patterns = chosen.len();
        Scope { own: build(chosen).ok(), patterns }
    }

    /// Number of distinct normalised patterns (date anchors included).
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Every entity mention and title word of `norm`, before overlap resolution, with short
    /// forms already resolved against the article's full mentions.
    pub fn find(&self, norm: &Normalized, kb: &KnowledgeBase) -> Found {
        self.find_in(&Scope::default(), norm, kb)
    }

    /// [`Gazetteer::find`] with the automaton of `scope`.
    pub fn find_in(&self, scope: &Scope, norm: &Normalized, kb: &KnowledgeBase) -> Found {
        let automaton = scope.own.as_ref().unwrap_or_else(|| self.full());
        let mut found = Found::default();
        let text = norm.text();
        // Offsets as u32 (texts are under 4 GiB, see `Normalized::new`): one candidate per
        // occurrence at a word end, a quarter of a million in a 10 MB article.
        struct Cand {
            start: u32,
            end: u32,
            pattern: u32,
            /// Start including a kept article (`ال` before a demonym).
            span_start: u32,
            /// Bit i: target i of the pattern is valid here.
            valid: u64,
        }
        // Sized from the text up front (news text has about one candidate per 56 bytes, one date
        // anchor per 143 and one title word per 289): growing them by doubling copied and faulted
        // in megabytes on a long text. Unused capacity of a large vector is never touched.
        // The large ones reuse the last long text's memory (`crate::scratch`).
        let mut cands: Vec<Cand> = crate::scratch::take(text.len() / 32);
        found.date_anchors = crate::scratch::take(text.len() / 64);
        found.titles.reserve(text.len() / 128);
        found.spans = crate::scratch::take(text.len() / 32);
        for m in automaton.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            let pattern = m.value() as usize;
            // Before the word-end test: the date finder wants every occurrence (one inside a
            // longer word hides the anchors it overlaps).
            if let Some(id) = self.date_ids[pattern] {
                if id == QUOTE_ANCHOR {
                    found.quotes.push(s as u32);
                    continue;
                }
                found.date_anchors.push(AnchorHit { start: s, end: e, id });
            }
            // End of word.
            if word_char_at(text, e) {
                continue;
            }
            let ws = word_start(text, s);
            let prefix = &text[ws..s];
            let targets = self.targets(pattern);
            let mut valid = 0u64;
            for (i, t) in targets.iter().enumerate().take(MASK_BITS) {
                let at_boundary = (prefix_allows(prefix, t) || run_on_allows(norm, ws, s, t)) && (!t.enclosed_only || (ws == s && enclosed(text, ws, e)));
                if at_boundary && (t.kind == FormKind::Title || self.context_allows(norm, s, e, ws, t)) {
                    valid |= 1 << i;
                }
            }
            if valid == 0 {
                continue;
            }
            // A title word, a word of sport, a word for a kind of body, or several (`مدرب`); the
            // word for a body may also be a name (`الاتحاد`, a club).
            let words = targets.iter().enumerate().take(MASK_BITS).filter(|(i, t)| valid & (1 << i) != 0 && t.kind == FormKind::Title);
            let (mut title, mut topic, mut body, mut given, mut place, mut mask) = (false, false, false, false, false, 0u64);
            for (i, t) in words {
                title |= t.entry == u32::MAX;
                topic |= t.entry == TOPIC;
                body |= t.entry == BODY;
                given |= t.entry == GIVEN;
                place |= t.entry == PLACE_KIND;
                mask |= 1 << i;
            }
            if mask != 0 {
                if body {
                    found.body_heads.push((s as u32, e as u32));
                }
                if given {
                    found.given_names.push((s as u32, e as u32));
                }
                if place {
                    found.place_kinds.push((s as u32, e as u32));
                }
                if title {
                    found.titles.push((s, e));
                }
                if topic {
                    found.sport_words.push((s as u32, pattern as u32));
                }
                valid &= !mask;
                if valid == 0 {
                    continue;
                }
            }
            // A demonym's span takes its article (`الإسرائيلي`): `لإ` is one ligature.
            let span_start = match (prefix.strip_suffix("ال"), prefix.ends_with("لل")) {
                (Some(p), _) => ws + p.len(),
                (None, true) => s - "ل".len(),
                _ => s,
            };
            cands.push(Cand { start: s as u32, end: e as u32, pattern: pattern as u32, span_start: span_start as u32, valid });
        }

        // Entries the article names by a full (non-common) form: antecedents for short forms.
        // And countries the article speaks of through a form only one entry has (`الأردن`,
        // `الصفدي`, `الأردني`): they settle a form several entries share (`عمان`).
        let valid_targets = |c: &Cand| {
            let mask = c.valid;
            self.targets(c.pattern as usize).iter().enumerate().take(MASK_BITS).filter(move |(i, _)| mask & (1 << i) != 0).map(|(_, t)| t)
        };
        let mut named_in_full = vec![false; kb.entries().len()];
        // How many times the article speaks of each country (saturating: one byte per entry, as
        // this is allocated and zeroed at every call, and the widget calls once per window).
        let mut spoken_of = vec![0u8; kb.entries().len()];
        for c in &cands {
            // The entry all of the candidate's valid targets name, if they name one and none is
            // a common word (u32::MAX: none yet; u32::MAX - 1: several or common).
            let mut only = u32::MAX;
            // A full form names its entry in full only when no other entry shares it (`الفاو`
            // is the FAO and an Iraqi town: it names neither, and the article decides).
            let mut full = u32::MAX;
            for t in valid_targets(c) {
                if t.kind == FormKind::Full && !t.common {
                    full = if full == u32::MAX || full == t.entry { t.entry } else { u32::MAX - 1 };
                }
                only = match only {
                    u32::MAX if !t.common => t.entry,
                    e if e == t.entry && !t.common => e,
                    _ => u32::MAX - 1,
                };
            }
            if full < u32::MAX - 1 {
                named_in_full[full as usize] = true;
            }
            if only < u32::MAX - 1 {
                if let Some(&country) = self.country_of.get(only as usize).filter(|&&c| c != u32::MAX) {
                    spoken_of[country as usize] = spoken_of[country as usize].saturating_add(1);
                }
            }
        }

        // A person's surname that is also a nisba (`محمد شياع السوداني` … `وأكد السوداني`, where
        // `السوداني` is also "the Sudanese"): both readings are candidates for the same word, and
        // adjacent in `cands` (the automaton reports matches by their end). The person wins where
        // the article names them in full and the word does not follow a definite noun it would
        // qualify (`الرئيس السوداني` is the Sudanese president); elsewhere the demonym does.
        let mut skip = vec![false; cands.len()];
        // (Of two people with the surname, the one the article names in full: `محمد سيف
        // السويدي`, not `محمد حسن السويدي`.)
        let person_surname = |c: &Cand| {
            let mut people = valid_targets(c).filter(|t| t.kind == FormKind::Short && kb.entries()[t.entry as usize].kind == Some(EntityType::Person));
            let first = people.next()?;
            Some(std::iter::once(first).chain(people).find(|t| named_in_full[t.entry as usize]).unwrap_or(first).entry)
        };
        let mut i = 0;
        while i < cands.len() {
            let mut j = i + 1;
            while j < cands.len() && cands[j].end == cands[i].end {
                j += 1;
            }
            if j - i > 1 {
                let person = (i..j).find_map(|k| person_surname(&cands[k]).map(|e| (k, e)));
                let demonym = (i..j).find(|&k| valid_targets(&cands[k]).any(|t| t.kind == FormKind::Demonym));
                if let (Some((p, entry)), Some(d)) = (person, demonym) {
                    if cands[d].span_start == cands[p].start {
                        if named_in_full[entry as usize] && !qualifies_a_noun(text, cands[p].start as usize) {
                            skip[d] = true;
                        } else {
                            skip[p] = true;
                        }
                    }
                }
                // A word that is one place's name and `و` + another's (`وجدة` is Oujda, and `و` +
                // `جدة`, Jeddah): the place of the country the article speaks of more (`الرياض
                // وجدة والدمام`). The longer reading stays on a tie.
                let country = |k: usize| {
                    let mut entries = valid_targets(&cands[k]).map(|t| t.entry);
                    let e = entries.next()?;
                    entries.all(|x| x == e).then(|| self.country_of.get(e as usize).copied().filter(|&c| c != u32::MAX)).flatten()
                };
                // A whole word that is a form (`كابل`, Kabul, where it is also "cable") is not a
                // proclitic and another form (`ك` + `ابل`, Apple).
                if let Some(whole) = (i..j).find(|&k| word_start(text, cands[k].start as usize) == cands[k].start as usize) {
                    let ws = cands[whole].start as usize;
                    for a in i..j {
                        let s = cands[a].start as usize;
                        if s > ws && word_start(text, s) == ws && matches!(&text[ws..s], "ك" | "ب" | "ل" | "ف") {
                            skip[a] = true;
                        }
                    }
                }
                for a in i..j {
                    let with_and = cands[a].start as usize;
                    if !text[with_and..].starts_with('و') || word_start(text, with_and) != with_and {
                        continue;
                    }
                    let Some(b) = (i..j).find(|&b| cands[b].start as usize == with_and + 'و'.len_utf8()) else { continue };
                    if let (Some(ca), Some(cb)) = (country(a), country(b)) {
                        if spoken_of[cb as usize] > spoken_of[ca as usize] {
                            skip[a] = true;
                        }
                    }
                }
            }
            i = j;
        }

        let country_spoken_of = |entry: u32| self.country_of.get(entry as usize).filter(|&&c| c != u32::MAX).map_or(0, |&c| spoken_of[c as usize]);

        // Places whose name is also a common word that the article puts after a word of place
        // somewhere (`نحو فاس`, `مدينة صور`): that place wherever else it names them (`بفاس`,
        // the headline's `فاس`). Few entries are common places, so a list.
        let mut placed: Vec<u32> = Vec::new();
        for c in cands.iter().zip(&skip).filter(|(_, &skip)| !skip).map(|(c, _)| c) {
            for t in valid_targets(c) {
                // …or that opens the dateline (`بريدة 12 جمادى الآخرة 1448 هـ`, `بريدة - واس`).
                let dateline = || {
                    let (s, e) = (c.start as usize, c.end as usize);
                    word_start(text, s) == s
                        && text[..s].chars().next_back().is_none_or(|ch| ch == '\n')
                        && (opens_dateline(text, s, e) || text[crate::normalize::spaces_end(text, e)..].starts_with(|ch: char| ch.is_ascii_digit()))
                };
                if t.common && kb.entries()[t.entry as usize].kind == Some(EntityType::Place) && !placed.contains(&t.entry)
                    && (previous_word(text, word_start(text, c.start as usize)).is_some_and(|w| {
                        // Not a bare preposition, which also comes before a month (`في آب`).
                        let bare = |w: &str| matches!(w, "في" | "من" | "الي" | "وفي" | "ومن" | "والي" | "ففي" | "فمن");
                        (is_locative(w) || is_locative(strip_proclitic(w))) && !bare(w) && !bare(strip_proclitic(w))
                    }) || dateline())
                {
                    placed.push(t.entry);
                }
            }
        }

        let mut valid: Vec<&Target> = Vec::new();
        for (ci, (c, _)) in cands.iter().zip(&skip).enumerate().filter(|(_, (_, &skip))| !skip) {
            let (start, end) = (c.start as usize, c.end as usize);
            valid.clear();
            valid.extend(valid_targets(c));
            // A body's short, generic name right after a title's head is part of the title:
            // `رئيس مجلس النواب نبيه بري` is the Speaker.
            if valid.iter().all(|t| t.kind == FormKind::Short && kb.entries()[t.entry as usize].kind == Some(EntityType::Organization))
                && word_start(text, start) == start
                && previous_word(text, start).is_some_and(|w| titles::is_title_head(w) || titles::is_title_head(strip_proclitic(w)))
            {
                continue;
            }
            // The same choice when both readings are one pattern (`للسوداني`: after `لل` the
            // surname's article is not written, and the form is the demonym's).
            if let (Some(p), true) = (valid.iter().position(|t| t.kind == FormKind::Short && kb.entries()[t.entry as usize].kind == Some(EntityType::Person)), valid.iter().any(|t| t.kind == FormKind::Demonym)) {
                if named_in_full[valid[p].entry as usize] && !qualifies_a_noun(text, start) {
                    valid.retain(|t| t.kind != FormKind::Demonym);
                } else {
                    valid.remove(p);
                }
            }
            // A family name that is a nisba (`النفطي`, "of oil") between a title and a first name
            // qualifies the title (`الخبير النفطي محمد الشحاتي`), where the article does not name
            // the person in full (`الوزير الزياني` is the minister).
            if text[start..end].starts_with("ال") && text[..end].ends_with('ي')
                && valid.iter().all(|t| t.kind == FormKind::Short && kb.entries()[t.entry as usize].kind == Some(EntityType::Person) && !named_in_full[t.entry as usize])
                && previous_word(text, word_start(text, start)).is_some_and(titles::is_title_word)
                && next_word(text, end).is_some_and(titles::is_given_name)
            {
                continue;
            }
            // A place named by an elative (`الأقصر`, Luxor, and "the shortest") right after a
            // definite noun that is no word of place is the noun's adjective (`الطريق الأقصر`).
            if ELATIVE_PLACES.contains(&&text[start..end]) && word_start(text, start) == start
                && previous_word(text, start).is_some_and(|w| w.starts_with("ال") && !is_locative(w) && !titles::is_title_word(w))
            {
                continue;
            }
            // A science's name in a feminine plural is no demonym: `علم المصريات` (Egyptology),
            // `عالم المصريات` (an Egyptologist).
            if text[..end].ends_with("يات") && valid.iter().all(|t| t.kind == FormKind::Demonym)
                && previous_word(text, word_start(text, start)).is_some_and(|w| matches!(strip_proclitic(w), "علم" | "عالم" | "عالمه" | "علماء"))
            {
                continue;
            }
            // A club named as its city (`برشلونة`, `نابولي`), where the knowledge base has both:
            // the club near words of sport, the city elsewhere (`رحلات مباشرة إلى برشلونة`).
            let club = |t: &&Target| kb.entries()[t.entry as usize].kind_en.as_deref().is_some_and(|k| k.ends_with("club"));
            let city = |t: &&Target| kb.entries()[t.entry as usize].kind == Some(EntityType::Place);
            // (The place first: a kind's test, where the club's reads a string.)
            if valid.iter().any(city) && valid.iter().any(club) {
                let sport = sport_near(&found.sport_words, start, end);
                valid.retain(|t| if sport { club(t) } else { !club(t) });
            }
            // An agency's name standing alone between marks is the agency, though it is also a
            // demonym (`/العُمانية/`, ONA's dateline).
            if valid.iter().any(|t| t.enclosed_only) {
                valid.retain(|t| t.enclosed_only);
            }
            // A person's name right after `بن` is the father's, in someone else's longer name
            // (`حمدان بن محمد بن راشد آل مكتوم`), and a form starting with `بن` right after a
            // first name is the rest of someone else's name (`فهد بن عبدالرحمن الجلاجل`).
            let is_person = |t: &&Target| kb.entries()[t.entry as usize].kind == Some(EntityType::Person);
            if valid.iter().any(is_person) && inside_longer_name(text, c.span_start as usize, end) {
                valid.retain(|t| !is_person(t));
                if valid.is_empty() {
                    continue;
                }
            }
            // `إفريقيا` after an indefinite noun in the accusative is its adjective, "African"
            // (`مؤتمرا إفريقيا`, `40 بلدا إفريقيا`).
            if matches!(&text[start..end], "افريقيا" | "افريقيه") && word_start(text, start) == start
                && previous_word(text, start).is_some_and(|w| w.ends_with('ا') && !w.starts_with("ال") && w.chars().count() >= 3 && !matches!(w, "الي" | "حتا"))
            {
                continue;
            }
            // So is a country named like its nisba in the accusative, `إسبانيا` after `وفدا`: the
            // demonym ("a Spanish delegation"), not the country.
            if text[start..end].ends_with("يا")
                && valid.iter().any(|t| t.kind == FormKind::Demonym)
                && word_start(text, start) == start
                && previous_word(text, start).is_some_and(|w| {
                    // (Not a verb in the plural, `تجاوزوا نيجيريا`, nor an adverb, `أساسا روسيا`.)
                    w.ends_with('ا')
                        && !w.ends_with("ها")
                        && !w.ends_with("وا")
                        && !w.starts_with("ال")
                        && w.chars().count() >= 4
                        && !ACCUSATIVE_ADVERBS.contains(&strip_proclitic(w))
                })
            {
                valid.retain(|t| t.kind == FormKind::Demonym);
            }
            // A region named by its direction before `من` is a part of what follows (`في
            // المنطقة الشرقية من بيتا`), not the Saudi province.
            if text[start..end].starts_with("المنطقه ") && next_word(text, end).is_some_and(|w| w == "من") {
                continue;
            }
            // `صلاح الدين`, Iraq's province, is also a first name: before a family name and not
            // after a word of place (`وزير الخارجية آنذاك صلاح الدين مزوار`).
            if &text[start..end] == "صلاح الدين"
                && !previous_word(text, word_start(text, start)).is_some_and(|w| is_locative(w) || is_locative(strip_proclitic(w)) || w.ends_with("محافظه"))
                && next_word(text, end).is_some_and(|w| text[end..].starts_with(' ') && !w.starts_with("ال") && !w.starts_with('و') && w.chars().count() >= 3 && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)) && !titles::is_not_name(w))
            {
                continue;
            }
            // A family name after `طن` is the ton's adjective (`62 مليون طن متري`, metric).
            if valid.iter().all(|t| t.kind == FormKind::Short && is_person(t))
                && previous_word(text, word_start(text, start)).is_some_and(|w| matches!(strip_proclitic(w), "طن" | "اطنان" | "الطن" | "الاطنان"))
            {
                continue;
            }
            // After `ولاية`, a country's name that its capital shares is the capital's province
            // (`بولاية الجزائر`: Algiers, in a list of wilayas).
            // (The word before on bytes first: this is asked of every candidate.)
            let kind_of = |t: &&Target| kb.entries()[t.entry as usize].kind;
            if text[..start].ends_with("ولايه ")
                && previous_word(text, word_start(text, start)).is_some_and(|w| strip_proclitic(w) == "ولايه")
                && valid.iter().any(|t| kind_of(t) == Some(EntityType::Country))
                && valid.iter().any(|t| kind_of(t) == Some(EntityType::Place))
            {
                valid.retain(|t| kind_of(t) == Some(EntityType::Place));
            }
            // A demonym right after a body's name is its adjective, not a company's short form
            // (`شركة أورباكون القابضة القطرية`, not Qatar Airways's `القطرية`).
            if super::bodies::is_definite_nisba(&text[start..end])
                && valid.iter().any(|t| t.kind == FormKind::Short && kind_of(t) == Some(EntityType::Organization))
                && found.spans.last().is_some_and(|l| {
                    let ws = word_start(text, start);
                    l.kind == MentionType::Entity(EntityType::Organization) && l.end <= ws && text[l.end..ws].chars().all(|c| c == ' ')
                })
                // (Not the short form in quotation marks after the full name: `للنقل البحري "البحري"`.)
                && !enclosed(text, word_start(text, start), end)
            {
                valid.retain(|t| !(t.kind == FormKind::Short && kind_of(t) == Some(EntityType::Organization)));
            }
            // A common word needs support where it stands: a person after a title (`الرئيس عون`) or
            // named in full in the article; a country named in full or after a word of place; a
            // place after a word of place (`في صور`, while `وأظهرت صور` is "pictures showed"), or
            // named in full when the form has the article (`المسجد الأقصى` … `أبواب الأقصى`);
            // an organisation named in full, and not followed by a definite noun (`فتح الباب`).
            // `في محافظتي الحديدة وحجة`, `بالنيجر ومالي`: a place or a country joined by `و` to
            // the place or country (not a demonym: `الدعم الأمريكي ومالي`) just before it.
            // …or joined by a hyphen to the place before it (`تندوف-بشار`).
            let after_place = {
                let ws = word_start(text, start);
                let place = |l: &Span| matches!(l.kind, MentionType::Entity(EntityType::Place | EntityType::Country)) && !l.demonym;
                (text[ws..start].starts_with('و') && found.spans.last().is_some_and(|l| place(l) && l.end <= ws && text[l.end..ws].trim_matches(' ').is_empty()))
                    || (ws == start && text[..ws].ends_with('-') && found.spans.last().is_some_and(|l| place(l) && l.end + 1 == ws))
            };
            // A place joined by a hyphen to a place named in full after it (`بشار-تندوف`).
            let before_place = || {
                text[end..].starts_with('-')
                    && cands[ci + 1..].iter().take(8).any(|n| {
                        n.start as usize == end + 1
                            && valid_targets(n).any(|t| t.kind == FormKind::Full && !t.common && matches!(kb.entries()[t.entry as usize].kind, Some(EntityType::Place | EntityType::Country)))
                    })
            };
            // …or the first of a list, joined by `و` to a country named in full right after it
            // (`دول الساحل، وهي مالي وبوركينا فاسو والنيجر`).
            // A place's too, before a place (`بين صور والناقورة`).
            // After `بين` the second may be a common word too (`بين الجديدة وآسفي`).
            // One of `kinds` named in full (or by a common word, where `common` allows) by a
            // candidate starting at byte `at`, among the next few.
            let named_at = |at: usize, kinds: &[EntityType], common: &dyn Fn() -> bool| {
                cands[ci + 1..].iter().take(8).any(|n| {
                    n.start as usize == at && valid_targets(n).any(|t| t.kind == FormKind::Full && (!t.common || common()) && kb.entries()[t.entry as usize].kind.is_some_and(|k| kinds.contains(&k)))
                })
            };
            let between = || previous_word(text, word_start(text, start)) == Some("بين");
            let before_listed = |kinds: &[EntityType]| {
                let Some(next) = next_word(text, end).filter(|w| w.starts_with('و') && text[end..offset_in(text, w)].trim_matches(' ').is_empty()) else { return false };
                named_at(offset_in(text, next) + 'و'.len_utf8(), kinds, &between)
            };
            // …or right before `ب` and a country or place named in full (`مثل فاس بالمغرب`).
            let before_located = || {
                let Some(next) = next_word(text, end).filter(|w| w.starts_with('ب') && text[end..offset_in(text, w)] == *" ") else { return false };
                named_at(offset_in(text, next) + 'ب'.len_utf8(), &[EntityType::Place, EntityType::Country], &|| false)
            };
            let supported = |entry: u32| {
                let prev = previous_word(text, word_start(text, start));
                let prev_is = |set: &dyn Fn(&str) -> bool| prev.is_some_and(|w| set(w) || set(strip_proclitic(w)));
                match kb.entries()[entry as usize].kind {
                    // After a title, not as the first name of someone else (`السيد مصطفى رقيق`).
                    Some(EntityType::Person) => {
                        named_in_full[entry as usize]
                            || (prev_is(&titles::is_rank_or_office)
                                && !(text[end..].starts_with(' ') && next_word(text, end).is_some_and(|n| titles::first_name_before_name(&text[start..end], n))))
                    }
                    Some(EntityType::Country) => named_in_full[entry as usize] || prev_is(&is_locative) || after_place || before_listed(&[EntityType::Country]),
                    // Not after a verb of showing (`وأظهرت صور نشرها ناشطون`, "pictures showed").
                    Some(EntityType::Place) if prev_is(&|w| SHOWING_VERBS.contains(&w)) => false,
                    // A common noun with the article that names a place abroad is the noun where
                    // the article speaks of neither the place's country nor the place (`الشطر
                    // الأول من المصنع` in a story from Kenitra is "the factory", not Lebanon's
                    // border crossing; `إلى كابل` is still Kabul), unless a word of place other
                    // than a preposition comes before it (`مستشفيات الأبيض`).
                    Some(EntityType::Place)
                        if text[start..end].starts_with("ال")
                            && !prev_is(&|w| is_locative(w) && !matches!(w, "في" | "من" | "الي"))
                            && country_spoken_of(entry) == 0
                            && !named_in_full[entry as usize]
                            && self.country_of.get(entry as usize).is_some_and(|&c| c != u32::MAX) =>
                    {
                        false
                    }
                    // …and anywhere right after a definite noun it qualifies (`محطة الشحن الجديدة
                    // ببلاد الحدبة`, "the new loading station").
                    Some(EntityType::Place)
                        if text[start..end].starts_with("ال")
                            && word_start(text, start) == start
                            // (Not after a nisba, the end of the subject: `وفد من وزارة التجارة
                            // العراقية العقبة`.)
                            && prev.is_some_and(|w| w.starts_with("ال") && !w.ends_with('ي') && !w.ends_with("يه") && !is_locative(w) && !titles::is_title_word(w)) =>
                    {
                        false
                    }
                    Some(EntityType::Place) => {
                        prev_is(&is_locative)
                            || after_place
                            || before_place()
                            || (named_in_full[entry as usize] && text[start..].starts_with("ال"))
                            || placed.contains(&entry)
                            || before_listed(&[EntityType::Place, EntityType::Country])
                            || before_located()
                            || opens_dateline(text, start, end)
                    }
                    Some(EntityType::Organization) => {
                        let e = &kb.entries()[entry as usize];
                        // (Not a nisba after a definite noun, its adjective: `البنوك القطرية`
                        // where the article has named Qatar Airways.)
                        let adjective = || text[start..end].starts_with("ال") && text[start..end].ends_with("يه") && prev.is_some_and(|w| w.starts_with("ال") || titles::has_proclitic_and_article(w));
                        (named_in_full[entry as usize] && !next_word(text, end).is_some_and(|w| w.starts_with("ال")) && !adjective())
                            || enclosed(text, word_start(text, start), end)
                            || (e.kind_en.as_deref().is_some_and(|k| k.ends_with("club")) && (prev_is(&is_sport_word) || sport_near(&found.sport_words, start, end)))
                    }
                    None => false,
                }
            };
            let linked = resolve(&valid, &named_in_full, supported, country_spoken_of)
                .and_then(|(e, demonym)| Some((Some(e as usize), kb.entries()[e as usize].kind?, demonym)));
            let Some((entity, kind, demonym)) = linked.or_else(|| unlinked(&valid, kb)) else { continue };
            let span = Span {
                start: if demonym { c.span_start as usize } else { start },
                end,
                kind: MentionType::Entity(kind),
                entity,
                demonym,
                date: None,
            };
            // `السعودية` is the country and the feminine demonym: after a definite feminine noun
            // it is the adjective (`الحكومة السعودية`), as after a plural of things or of people,
            // which agrees in the feminine (`السلطات السعودية`, `الأسواق السعودية`, `الكوادر
            // السعودية`); after a masculine singular it is the object (`زار الوفد السعودية`).
            // So it is after a company's name (`شركة "أكوا باور" السعودية`).
            if let Some(n) = found.spans.len().checked_sub(1) {
                let last = &found.spans[n];
                if (last.start, last.end, last.entity) == (span.start, span.end, span.entity) && last.demonym != span.demonym {
                    // `بالتجربة السعودية` too, the noun with a proclitic. `والسعودية` after a
                    // list (`الولايات المتحدة والسعودية ومصر`) is the next item.
                    let conjoined = text[word_start(text, span.start)..span.start].starts_with('و');
                    let after_body = n > 0 && {
                        let b = &found.spans[n - 1];
                        b.kind == MentionType::Entity(EntityType::Organization) && b.end <= span.start && text[b.end..span.start].chars().all(|c| matches!(c, ' ' | '"' | '»' | '”'))
                    };
                    // (After `ل` the article's alef is not written: `للتمور السعودية`.)
                    let adjective = !conjoined
                        && (after_body
                            || previous_word(text, word_start(text, span.start))
                                .map(|w| match w.strip_prefix("لل").filter(|r| r.chars().count() >= 3) {
                                    Some(rest) => std::borrow::Cow::Owned(format!("ال{rest}")),
                                    None => std::borrow::Cow::Borrowed(if w.starts_with("ال") { w } else { strip_proclitic(w) }),
                                })
                                .is_some_and(|w| w.starts_with("ال") && (w.ends_with('ه') || (w.ends_with("ات") && w != "الامارات") || broken_plural(&w))));
                    found.spans[n].demonym = adjective;
                    continue;
                }
            }
            found.spans.push(span);
        }
        crate::scratch::give(cands);
        found
    }

    /// Vetoes from the entry's `not_after` and `not_forms`.
    fn context_allows(&self, norm: &Normalized, start: usize, end: usize, ws: usize, t: &Target) -> bool {
        let text = norm.text();
        let words = &self.not_after[t.entry as usize];
        if !words.is_empty() {
            if let Some(prev) = previous_word(text, ws) {
                // `ولاية`: compare the word as written and without a proclitic letter.
                if words.iter().any(|w| w == prev || w == strip_proclitic(prev)) {
                    return false;
                }
            }
        }
        let words = &self.not_before[t.entry as usize];
        if !words.is_empty() {
            if let Some(next) = next_word(text, end) {
                if words.iter().any(|w| w == next) {
                    return false;
                }
            }
        }
        let forms = &self.not_forms[t.entry as usize];
        if !forms.is_empty() {
            let (os, oe) = norm.original_span(start, end);
            let (wos, _) = norm.original_span(ws, end);
            let original = norm.original();
            let written = [light(&original[os..oe]), light(&original[wos..oe])];
            if forms.iter().any(|f| written.iter().any(|w| w == f || w.strip_prefix("ال") == Some(f.as_str()))) {
                return false;
            }
        }
        true
    }
}

/// The forms of the knowledge base decoded from the compact bytes `source` (`kb`), as an image
/// for [`Gazetteer::with_image`] (`lamha kb compile` writes the embedded default's next to it).
pub fn forms_image(kb: &KnowledgeBase, source: &[u8]) -> Vec<u8> {
    image::encode(&Forms::of(kb), source)
}

/// The image of [`Forms`]: `LKG1`; the length (u32) and a hash (u64) of the compact knowledge
/// base it was made from, and a hash (u64) of the rest of the image, little-endian; the
/// patterns in byte order (a count, then each as the length of the prefix it shares with the one
/// before, the length of the rest and the rest's UTF-8 bytes); per pattern, its targets (a
/// count, then each as entry + 1, 0 for a title word, and one byte: kind, common, article
/// elided); the date anchors (a count of (pattern, id) pairs). Numbers are LEB128 (the compact
/// knowledge base's [`crate::kb::compact`] codec). Decoding checks the hashes, every length,
/// index and string, and gives `None` rather than a wrong result: the caller then computes the
/// forms.
mod image {
    use super::{FormKind, Forms, Patterns, Target};
    use crate::kb::compact::{Reader, Writer};
    use crate::recognize::fx_step;

    const MAGIC: &[u8; 4] = b"LKG1";

    /// A hash of the bytes the forms were made from, to tell a stale image (and of the image's
    /// own body, to tell a damaged one).
    fn fingerprint(bytes: &[u8]) -> u64 {
        let mut hash = bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let word = u64::from_le_bytes(c.try_into().expect("chunks of 8"));
            hash = fx_step(hash, word);
        }
        for &b in chunks.remainder() {
            hash = fx_step(hash, u64::from(b));
        }
        hash
    }

    pub(super) fn encode(forms: &Forms, source: &[u8]) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(64 * 1024));
        w.len(forms.patterns.len());
        let mut previous: &[u8] = &[];
        for p in forms.patterns.iter() {
            let p = p.as_bytes();
            let shared = p.iter().zip(previous).take_while(|(a, b)| a == b).count();
            w.len(shared);
            w.len(p.len() - shared);
            w.0.extend_from_slice(&p[shared..]);
            previous = p;
        }
        for pair in forms.target_start.windows(2) {
            let targets = &forms.target_list[pair[0] as usize..pair[1] as usize];
            w.len(targets.len());
            for t in targets {
                w.len(match (t.kind, t.entry) {
                    (FormKind::Title, super::TOPIC) => 1,
                    (FormKind::Title, super::BODY) => 2,
                    (FormKind::Title, super::GIVEN) => 3,
                    (FormKind::Title, super::PLACE_KIND) => 4,
                    (FormKind::Title, _) => 0,
                    _ => t.entry as usize + 1,
                });
                let kind = match t.kind {
                    FormKind::Full => 0,
                    FormKind::Short => 1,
                    FormKind::Demonym => 2,
                    FormKind::Title => 3,
                };
                w.0.push(kind | u8::from(t.common) << 2 | u8::from(t.article_elided) << 3 | u8::from(t.enclosed_only) << 4);
            }
        }
        let dates: Vec<(usize, u32)> = forms.date_ids.iter().enumerate().filter_map(|(i, d)| Some((i, (*d)?))).collect();
        w.len(dates.len());
        for (i, id) in dates {
            w.len(i);
            w.len(id as usize);
        }
        let body = w.0;
        let mut image = Vec::with_capacity(body.len() + 24);
        image.extend_from_slice(MAGIC);
        image.extend_from_slice(&(source.len() as u32).to_le_bytes());
        image.extend_from_slice(&fingerprint(source).to_le_bytes());
        image.extend_from_slice(&fingerprint(&body).to_le_bytes());
        image.extend_from_slice(&body);
        image
    }

    /// The forms of `image` if it was made from `source` (a knowledge base of `entries` entries).
    pub(super) fn decode(image: &[u8], source: &[u8], entries: usize) -> Option<Forms> {
        let mut r = Reader::new(image.strip_prefix(MAGIC)?);
        let len = u32::from_le_bytes(r.take(4)?.try_into().ok()?);
        let hash = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
        let body = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
        if len as usize != source.len() || hash != fingerprint(source) || body != fingerprint(r.rest()) {
            return None;
        }
        let n = r.len()?;
        // Every pattern takes at least two bytes: a larger count is a damaged image.
        let mut ends = Vec::with_capacity(n.min(r.rest().len() / 2));
        let mut all: Vec<u8> = Vec::with_capacity(r.rest().len() * 3);
        // Where the pattern before starts in `all` (it ends at the end).
        let mut previous = 0;
        for _ in 0..n {
            // Each pattern is a prefix of the one before it and its own rest.
            let shared = r.len()?;
            let rest = r.len()?;
            if shared > all.len() - previous || shared + rest == 0 {
                return None;
            }
            let start = all.len();
            all.extend_from_within(previous..previous + shared);
            all.extend_from_slice(r.take(rest)?);
            ends.push(u32::try_from(all.len()).ok()?);
            previous = start;
        }
        // Checked once for the whole text, and each pattern for starting and ending on a
        // character.
        let text = String::from_utf8(all).ok()?;
        if !ends.iter().all(|&e| text.is_char_boundary(e as usize)) {
            return None;
        }
        let patterns = Patterns { text, ends };
        let mut target_start = Vec::with_capacity(n + 1);
        let mut target_list = Vec::with_capacity(n + n / 8);
        for _ in 0..n {
            target_start.push(u32::try_from(target_list.len()).ok()?);
            for _ in 0..r.len()? {
                let entry = r.len()?;
                let flags = r.byte()?;
                let kind = match flags & 3 {
                    0 => FormKind::Full,
                    1 => FormKind::Short,
                    2 => FormKind::Demonym,
                    _ => FormKind::Title,
                };
                let entry = match (kind, entry) {
                    (FormKind::Title, 0) => u32::MAX,
                    (FormKind::Title, 1) => super::TOPIC,
                    (FormKind::Title, 2) => super::BODY,
                    (FormKind::Title, 3) => super::GIVEN,
                    (FormKind::Title, 4) => super::PLACE_KIND,
                    (FormKind::Title, _) | (_, 0) => return None,
                    (_, e) if e <= entries => (e - 1) as u32,
                    _ => return None,
                };
                target_list.push(Target { entry, kind, common: flags & 4 != 0, article_elided: flags & 8 != 0, enclosed_only: flags & 16 != 0 });
            }
        }
        target_start.push(u32::try_from(target_list.len()).ok()?);
        let mut date_ids = vec![None; n];
        for _ in 0..r.len()? {
            let i = r.len()?;
            let id = u32::try_from(r.len()?).ok()?;
            *date_ids.get_mut(i)? = Some(id);
        }
        r.rest().is_empty().then_some(Forms { patterns, target_start, target_list, date_ids })
    }
}

/// Picks the linked entry among the valid targets of one occurrence.
fn resolve(valid: &[&Target], named_in_full: &[bool], supported: impl Fn(u32) -> bool, country_spoken_of: impl Fn(u32) -> u8) -> Option<(u32, bool)> {
    let found = |t: &Target| Some((t.entry, t.kind == FormKind::Demonym));
    // A full form that is not a common word identifies its entry outright. A country whose name
    // is its own nisba (`جيبوتي`) has both readings of the bare name: it is the country.
    let mut full = valid.iter().filter(|t| t.kind != FormKind::Short && !t.common);
    if let Some(first) = full.next() {
        if full.all(|t| t.entry == first.entry) {
            return found(valid.iter().find(|t| t.entry == first.entry && t.kind == FormKind::Full).unwrap_or(first));
        }
    }
    // Several entries share the form, or it is short or common: the article decides.
    let mut named = valid.iter().filter(|t| named_in_full[t.entry as usize] && (!t.common || supported(t.entry)));
    if let (Some(t), None) = (named.next(), named.next()) {
        return found(t);
    }
    // Entries of different countries share the form and the article names none of them in full:
    // the one whose country the article otherwise speaks of most (`عمان` beside `الأردن` is
    // Amman; `مجلس النواب` in a story from Rabat that also quotes a `الزياني` is Morocco's).
    // Only where the counts differ (the support of a common word is looked up only then: it
    // reads the words around, and most candidates get here).
    let first_count = valid.first().map_or(0, |t| country_spoken_of(t.entry));
    let counts_differ = valid.iter().any(|t| country_spoken_of(t.entry) != first_count);
    let mut best: Option<(&Target, u8)> = None;
    let mut tie = false;
    for t in valid.iter().filter(|t| counts_differ && (!t.common || supported(t.entry))) {
        let n = country_spoken_of(t.entry);
        match best {
            Some((_, m)) if n < m => {}
            Some((b, m)) if n == m => tie |= b.entry != t.entry,
            _ => {
                best = Some((t, n));
                tie = false;
            }
        }
    }
    if let Some((t, _)) = best.filter(|&(_, n)| n > 0 && !tie) {
        return found(t);
    }
    let t = valid.first()?;
    if valid.iter().all(|x| x.entry == t.entry) && (!t.common || supported(t.entry)) {
        return found(t);
    }
    None
}

/// Whether the word at `start..end` opens a line and a dateline follows it: a dash, a comma, a
/// colon or a bracket (`عدن - سبأ:`, `تونس (وات) -`, `القاهرة، 24 نوفمبر`). A city's name there is
/// the city the story was filed from, though it is also a word (`عدن`, Eden) or a country's name
/// (`الجزائر`, see `Recognizer::dateline_city`).
pub(crate) fn opens_dateline(text: &str, start: usize, end: usize) -> bool {
    let at_line_start = text[..start].chars().next_back().is_none_or(|c| c == '\n');
    at_line_start && text[crate::normalize::spaces_end(text, end)..].starts_with(['-', '–', '—', '،', ',', ':', '('])
}

/// Adverbs and conjunctions in `ا` (normalised) before which a country named like its nisba is
/// the country (`مصدرها أساسا روسيا`, `لا سيما ألمانيا`).
const ACCUSATIVE_ADVERBS: &[&str] = &[
    "ايضا", "بينما", "عندما", "مثلما", "حيثما", "كلما", "اساسا", "سيما", "لاسيما", "خصوصا", "تحديدا", "حاليا", "مجددا",
    "سابقا", "لاحقا", "اولا", "ثانيا", "اخيرا", "غالبا", "دائما", "مثلا", "خاصا", "عموما", "اساسيا", "رسميا", "تقريبا",
];

/// Places named by an elative adjective (normalised): `الأقصر` (Luxor, "the shortest").
const ELATIVE_PLACES: &[&str] = &["الاقصر"];

/// Verbs of showing and publishing (normalised): after one, a place's name that is a common word
/// is the common word (`وأظهرت صور`, "pictures showed", in a story that names Tyre).
const SHOWING_VERBS: &[&str] = &["اظهرت", "تظهر", "نشرت", "بثت", "التقطت", "تداولت", "تداول", "عرضت", "وثقت"];

/// Words after which a place name that is also a common word is a place (`في صور`).
const LOCATIVES: &[&str] = &[
    "في", "الي", "من", "مدينه", "بلده", "قضاء", "محافظه", "منطقه", "ولايه", "جنوب", "شمال", "شرق", "غرب",
    "وسط", "نحو", "قرب", "داخل", "عاصمه", "زار", "يزور", "محافظ", "مصب", "دوله", "مطار", "ميناء", "محطه", "مستشفي", "مستشفيات", "جبهه", "جبهات", "محافظتي", "سكان", "اهالي", "حي",
    // The edges of a town and towns named together (`مشارف صور`, `مدينتي العيون والداخلة`).
    "مشارف", "ضواحي", "اطراف", "مدينتي", "بلدتي", "قريه", "مدن", "بلدات",
    // Two zones or areas (`منطقتي السخنة وشرق بورسعيد`).
    "منطقتي",
    // A city's countryside (`في محردة بريف حماة`) and a basin (`في حوض سرت`).
    "ريف", "حوض",
    // A power plant by its town (`معمل الزهراني`, `معملي الذوق والجية`).
    "معمل", "معملي",
    // Morocco's regions (`بجهتي فاس مكناس والدار البيضاء سطات`).
    "جهه", "جهتي",
    // A border crossing (`معبر أدري الحدودي`).
    "معبر",
];

/// Whether the word before a name (normalised, a one-letter proclitic already tried off by the
/// caller) is one of [`LOCATIVES`], also after the conjunction `و` or `ف` that
/// [`strip_proclitic`] leaves on a two-letter word (`وفي العيون`, `فمن صور`).
pub(crate) fn is_locative(w: &str) -> bool {
    LOCATIVES.contains(&w) || w.strip_prefix(['و', 'ف']).is_some_and(|r| LOCATIVES.contains(&r))
}

/// Whether any span of `spans` (in text order, none overlapping another, so their ends are in
/// order too) overlaps bytes `s..e`.
pub(crate) fn overlaps_sorted(spans: &[Span], s: usize, e: usize) -> bool {
    let k = spans.partition_point(|o| o.end <= s);
    spans.get(k).is_some_and(|o| o.start < e)
}

/// Spans in text order, none overlapping another, searched by callers that go through the text
/// in order: each search starts from where the last one ended and moves by doubling steps. On a
/// long text (the benchmark's 10 MB, 150,000 spans) a binary search from scratch missed the
/// cache at nearly every step, for a few percent of the whole recognition; near each other,
/// the spans read are the ones just read. A search before the last one starts over from the
/// first span, so the answers never depend on the order of the questions.
pub(crate) struct SortedSpans<'a> {
    spans: &'a [Span],
    at: std::cell::Cell<usize>,
}

impl<'a> SortedSpans<'a> {
    pub(crate) fn new(spans: &'a [Span]) -> Self {
        SortedSpans { spans, at: std::cell::Cell::new(0) }
    }

    /// The spans.
    pub(crate) fn all(&self) -> &'a [Span] {
        self.spans
    }

    /// `spans.partition_point(before)`, for a `before` that holds of a first part of the spans
    /// and of none after it.
    fn partition_point(&self, before: impl Fn(&Span) -> bool) -> usize {
        let spans = self.spans;
        let mut lo = self.at.get().min(spans.len());
        if lo > 0 && !before(&spans[lo - 1]) {
            lo = 0;
        }
        let (mut hi, mut step) = (lo, 1);
        while hi < spans.len() && before(&spans[hi]) {
            lo = hi + 1;
            hi += step;
            step *= 2;
        }
        let hi = hi.min(spans.len());
        let k = lo + spans[lo..hi].partition_point(before);
        self.at.set(k);
        k
    }

    /// The index of the first span that ends after byte `s`.
    pub(crate) fn first_ending_after(&self, s: usize) -> usize {
        self.partition_point(|o| o.end <= s)
    }

    /// The index of the first span that starts at or after byte `s`.
    pub(crate) fn first_starting_from(&self, s: usize) -> usize {
        self.partition_point(|o| o.start < s)
    }

    /// [`overlaps_sorted`].
    pub(crate) fn overlaps(&self, s: usize, e: usize) -> bool {
        let k = self.first_ending_after(s);
        self.spans.get(k).is_some_and(|o| o.start < e)
    }
}

/// Agencies' abbreviations written joined that are also words, by the agency's id: see
/// [`Forms::of`].
const JOINED_ABBREVIATIONS: &[(&str, &str)] = &[("وات", "lamha:tap"), ("وطنية", "lamha:nna"), ("الوطنية", "lamha:nna"), ("واع", "lamha:ina"), ("وال", "lamha:lana"), ("العمانية", "lamha:ona"), ("وفا", "lamha:wafa")];

/// Whether a name stands alone between brackets, slashes, quotation marks or dashes: `/قنا/`,
/// `(وام)`, `لـ"وفا"`, `بيروت - وطنية -`, or after a dash at a line's end (`البصرة - واع`). A
/// common word written so is a name.
fn enclosed(text: &str, ws: usize, end: usize) -> bool {
    let before = &text[..crate::normalize::spaces_start(text, ws)];
    let after = &text[crate::normalize::spaces_end(text, end)..];
    let open = before.chars().next_back();
    let close = after.chars().next();
    matches!((open, close), (Some('('), Some(')')) | (Some('/'), Some('/')) | (Some('"'), Some('"')) | (Some('«'), Some('»')) | (Some('“'), Some('”')) | (Some('-'), Some('-')))
        // A dateline's end: after its dash, alone at the end of the line (`البصرة - واع`).
        || (open == Some('-') && matches!(close, Some('\n' | '\r')))
        // …or after its date in digits, before a dash (`رام الله 26-11-2026 وفا- بحث`).
        || (close == Some('-') && open.is_some_and(|c| c.is_ascii_digit()) && before.rsplit('\n').next().is_some_and(|line| line.len() < 60))
}

/// The target of a word of sport ([`SPORT_WORDS`]): a title-kind pattern that names no entry.
const TOPIC: u32 = u32::MAX - 1;

/// The target of a word for a kind of body ([`super::bodies`]).
const BODY: u32 = u32::MAX - 2;

/// The target of a first name ([`super::titles::GIVEN_NAMES`]). The markers are the largest
/// entry numbers: a title word's is `u32::MAX`.
const GIVEN: u32 = u32::MAX - 3;

/// The target of a word for a town, village or camp ([`super::places`]).
const PLACE_KIND: u32 = u32::MAX - 4;

/// Words of sport (normalised): a club whose name is a common word (`الهلال`, `النصر`,
/// `الاتحاد`) counts after one of them, or with two different ones nearby. Words the political
/// pages use as often (`قمة` summit, `فوز` an election win, `المنتخب` elected, `أهداف`
/// objectives, `مواجهة`, `نجم عن`) are left out.
const SPORT_WORDS: &[&str] = &[
    "نادي", "النادي", "فريق", "الفريق", "مدرب", "المدرب", "لاعب", "لاعبي", "لاعبو", "اللاعب", "مهاجم", "حارس",
    "مرمي", "جماهير", "مباراه", "المباراه", "مباريات", "الدوري", "كاس", "هدف", "هدفا", "ركله", "الملعب",
    "ملعب", "بطوله", "البطوله", "تعادل", "الشوط", "مونديال", "ديربي",
];

fn is_sport_word(w: &str) -> bool {
    SPORT_WORDS.contains(&w)
}

/// Whether two different words of sport stand within a few hundred bytes of a name. `words`
/// are the scan's words of sport ([`Found::sport_words`]), in text order.
pub(crate) fn sport_near(words: &[(u32, u32)], start: usize, end: usize) -> bool {
    const REACH: usize = 400;
    let (a, b) = (start.saturating_sub(REACH), end + REACH);
    let from = words.partition_point(|&(p, _)| (p as usize) < a);
    let mut near = words[from..].iter().take_while(|&&(p, _)| (p as usize) < b);
    let Some(&(_, first)) = near.next() else { return false };
    near.any(|&(_, w)| w != first)
}

/// An ambiguous form whose candidates all have one type is still a mention of that type, unlinked
/// (the reader sees a person highlighted, and no guess at who). Common words never are.
fn unlinked(valid: &[&Target], kb: &KnowledgeBase) -> Option<(Option<usize>, EntityType, bool)> {
    if valid.iter().any(|t| t.common) {
        return None;
    }
    let mut types = valid.iter().filter_map(|t| kb.entries()[t.entry as usize].kind);
    let first = types.next()?;
    if types.all(|t| t == first) && valid.iter().any(|t| t.entry != valid[0].entry) {
        Some((None, first, valid.iter().all(|t| t.kind == FormKind::Demonym)))
    } else {
        None
    }
}

/// Compiles `patterns` (text, id) into an automaton reporting every occurrence.
/// (One concrete argument type: the builder is generic, and each instance adds to the `.wasm`.)
fn build(patterns: Vec<(&str, u32)>) -> Result<Automaton, daachorse::errors::DaachorseError> {
    CharwiseDoubleArrayAhoCorasickBuilder::new().match_kind(MatchKind::Standard).build_with_values(patterns)
}

/// The trailing run of word characters of a pattern (its last word; empty if it ends in
/// another character).
fn last_word(pattern: &str) -> &str {
    &pattern[word_start(pattern, pattern.len())..]
}

/// The endings of `word`, shortest first, as (length in characters, hash): an FxHash of the
/// UTF-8 bytes taken from the end, so that each ending's hash extends the previous one's.
fn suffix_hashes(word: &str) -> impl Iterator<Item = (usize, u64)> + '_ {
    let mut hash = 0u64;
    word.char_indices().rev().enumerate().map(move |(n, (i, c))| {
        for &b in word.as_bytes()[i..i + c.len_utf8()].iter().rev() {
            hash = super::fx_step(hash, u64::from(b));
        }
        (n + 1, hash)
    })
}

/// A normalised form with its `عبد` names written the other way (`عبد الله` ↔ `عبدالله`), if
/// it has any: news copy writes both, and a knowledge base lists one.
fn abd_spelling(key: &str) -> Option<String> {
    if key.contains("عبد ال") {
        Some(key.replace("عبد ال", "عبدال"))
    } else if key.contains("عبدال") {
        Some(key.replace("عبدال", "عبد ال"))
    } else {
        None
    }
}

/// Normalised form of a knowledge-base string, with runs of spaces collapsed.
fn form_key(s: &str) -> String {
    let n = normalize_str(s);
    if n.split(' ').all(|w| !w.is_empty() && !w.contains(char::is_whitespace)) {
        return n; // nearly always: no other spacing to collapse
    }
    n.split_whitespace().collect::<Vec<_>>().join(" ")
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

/// Byte offset in `text` of `part`, a slice of it (a word [`previous_word`] or [`next_word`]
/// returned).
pub(crate) fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// The word before the one starting at `ws`, skipping spaces only.
pub(crate) fn previous_word(text: &str, ws: usize) -> Option<&str> {
    let end = crate::normalize::spaces_start(text, ws);
    if end == ws && ws > 0 {
        return None; // punctuation or a line break in between
    }
    let start = word_start(text, end);
    (start < end).then(|| &text[start..end])
}

/// Whether a definite word (normalised) agrees with a feminine adjective: a broken plural of the
/// shape `أفعال` (`الأسواق`, `الأسعار`), `فواعل` (`الكوادر`, `الشوارع`), `مفاعل` and `مفاعيل`
/// (`المصانع`, `المشاريع`), `فعائل` (`الوسائل`) or `فعول` (`البنوك`, `الخطوط`).
pub(crate) fn broken_plural(w: &str) -> bool {
    // Feminine nouns without `ة`, and plurals of the shape `فُعَل` (`السوق`, `الأسر`, `المدن`).
    if matches!(w, "السوق" | "الاسر" | "الدول" | "الارض" | "الحرب" | "المدن" | "القري") {
        return true;
    }
    let Some(stem) = w.strip_prefix("ال") else { return false };
    let c: Vec<char> = stem.chars().collect();
    match c.len() {
        4 => c[2] == 'و' && c[1] != 'ا' && c[3] != 'ا',
        5 => (c[0] == 'ا' && c[3] == 'ا') || (c[1] == 'و' && c[2] == 'ا') || (c[0] == 'م' && c[2] == 'ا') || (c[2] == 'ا' && c[3] == 'ئ'),
        6 => c[0] == 'م' && c[2] == 'ا' && c[4] == 'ي',
        _ => false,
    }
}

/// Whether the nisba whose form starts at `start` qualifies the definite noun before it (`الرئيس
/// السوداني`) rather than naming someone. With a preposition it qualifies nothing (`للمكتب
/// الإعلامي للسوداني`, `بالسوداني`).
fn qualifies_a_noun(text: &str, start: usize) -> bool {
    let ws = word_start(text, start);
    !text[ws..start].contains(['ل', 'ب', 'ك']) && previous_word(text, ws).is_some_and(|w| w.starts_with("ال") || strip_proclitic(w).starts_with("ال"))
}

/// Whether the name at `start..end` (normalised) continues a longer name: it follows `بن`, `بنت`
/// or `ابن` with nothing but a space between, or it starts with `بن` and follows a first name
/// after a title or after `بن` (`أحمد بن محمد بن راشد`).
fn inside_longer_name(text: &str, start: usize, end: usize) -> bool {
    if word_start(text, start) != start {
        return false; // a proclitic: `وبن سلمان`
    }
    // One word before `بن` is someone's first name, their father's after it (`المهندس صالح بن
    // ناصر الجاسر` is not Barham Salih, whose short form `صالح` is).
    if !text[start..end].contains(' ') && next_word(text, end).is_some_and(|w| matches!(w, "بن" | "بنت")) {
        return true;
    }
    let Some(prev) = previous_word(text, start) else { return false };
    if matches!(prev, "بن" | "بنت" | "ابن") {
        return true;
    }
    // The word before may be a verb (`نقل بن فرحان رسالة`): only a first name right after a
    // title is taken for one (`الأستاذ فهد بن عبدالرحمن الجلاجل`).
    let name = &text[start..end];
    let prev_at = offset_in(text, prev);
    (name.starts_with("بن ") || name.starts_with("ابن "))
        && !prev.starts_with("ال")
        && titles::can_precede_patronymic(prev)
        && previous_word(text, prev_at).is_some_and(|w| matches!(w, "بن" | "بنت") || titles::is_title_word(w) || titles::is_title_word(strip_proclitic(w)))
}

/// The word after byte `end` (the end of a word), skipping spaces only.
pub(crate) fn next_word(text: &str, end: usize) -> Option<&str> {
    let after = &text[crate::normalize::spaces_end(text, end)..];
    if after.len() == text.len() - end && end < text.len() {
        return None; // punctuation or a line break in between
    }
    let len = crate::normalize::word_end(after, 0);
    (len > 0).then(|| &after[..len])
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
    // One letter at a time: a set of characters as the pattern decodes the prefix's first one.
    let rest = rest.strip_prefix('ب').or_else(|| rest.strip_prefix('ك')).or_else(|| rest.strip_prefix('ل')).unwrap_or(rest);
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
        // ة and ى are written ه and ي in the normalised text: look there before the original.
        if prefix_allows(&text[split..s], t)
            && split > ws
            && text[..split].ends_with(['ه', 'ي'])
            && matches!(norm.original_char_before(split), Some('ة' | 'ى'))
        {
            return true;
        }
        match text[ws..split].chars().next_back() {
            Some(c) => split -= c.len_utf8(),
            None => break,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The searches that start where the last one ended answer as binary searches from scratch
    /// do, whatever the order of the questions (forward, backward, repeated, past the end).
    #[test]
    fn sorted_span_searches_agree_with_binary_searches_in_any_order() {
        let span = |start: usize, end: usize| Span { start, end, kind: MentionType::Date, entity: None, demonym: false, date: None };
        let spans: Vec<Span> = (0..200).map(|i| span(i * 10 + i % 3, i * 10 + 5 + i % 4)).collect();
        let sorted = SortedSpans::new(&spans);
        // A fixed pseudo-random walk over the text's offsets, with runs forward and jumps back.
        let mut x = 12345u64;
        for _ in 0..5000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let s = (x >> 33) as usize % 2100;
            let e = s + (x >> 20) as usize % 30;
            assert_eq!(sorted.first_ending_after(s), spans.partition_point(|o| o.end <= s), "end after {s}");
            assert_eq!(sorted.first_starting_from(s), spans.partition_point(|o| o.start < s), "start from {s}");
            assert_eq!(sorted.overlaps(s, e), overlaps_sorted(&spans, s, e), "{s}..{e}");
        }
        let empty = SortedSpans::new(&[]);
        assert_eq!(empty.first_ending_after(5), 0);
        assert!(!empty.overlaps(0, 10));
    }
    use crate::kb::{RawKb, COMPACT_DEFAULT};

    #[test]
    fn abd_names_are_matched_spaced_or_joined() {
        assert_eq!(abd_spelling("عبد الله اليحيا").as_deref(), Some("عبدالله اليحيا"));
        assert_eq!(abd_spelling("محمد عبدالرحمن").as_deref(), Some("محمد عبد الرحمن"));
        assert_eq!(abd_spelling("عبده"), None);
        assert_eq!(abd_spelling("بدر عبد العاطي").as_deref(), Some("بدر عبدالعاطي"));
    }
    use crate::recognize::FORMS_DEFAULT;

    fn same(a: &Gazetteer, b: &Gazetteer) -> bool {
        (&a.patterns, &a.by_last_word, &a.always, a.longest_last_word, &a.target_start, &a.target_list, &a.date_ids, &a.not_after, &a.not_before, &a.not_forms, &a.country_of)
            == (&b.patterns, &b.by_last_word, &b.always, b.longest_last_word, &b.target_start, &b.target_list, &b.date_ids, &b.not_after, &b.not_before, &b.not_forms, &b.country_of)
    }

    /// The shipped image is the one the current knowledge base and code give, and the embedded
    /// recogniser reads it (the forms are not computed again).
    #[test]
    fn forms_default_is_current() {
        let (kb, errors) = RawKb::embedded().build();
        assert!(errors.is_empty(), "{errors:?}");
        assert!(forms_image(&kb, COMPACT_DEFAULT) == FORMS_DEFAULT, "data/kb/default.lkg is not current: run `make kb`");
        let kb = KnowledgeBase::embedded();
        let forms = image::decode(FORMS_DEFAULT, COMPACT_DEFAULT, kb.entries().len()).expect("the shipped image decodes");
        assert_eq!(forms, Forms::of(&kb));
        assert!(same(&Gazetteer::with_image(&kb, COMPACT_DEFAULT, FORMS_DEFAULT), &Gazetteer::new(&kb)));
    }

    /// The scan notes every opening quotation mark of the normalised text, in order, with an
    /// article's own automaton and with the full one.
    #[test]
    fn the_scan_notes_every_opening_quotation_mark() {
        let kb = KnowledgeBase::embedded();
        let texts = [
            include_str!("../../tests/fixtures/egypt-cairo-gaza-diplomacy.txt"),
            include_str!("../../tests/fixtures/iraq-baghdad-oil.txt"),
            "وقّعت شركة \"بروج\" و«أدنوك» مع “X” اتفاقاً \"\"«« “ «في» \"",
            "",
        ];
        for t in texts {
            let g = Gazetteer::with_image(&kb, COMPACT_DEFAULT, FORMS_DEFAULT);
            let norm = Normalized::new(t);
            let want: Vec<u32> = norm.text().char_indices().filter(|&(_, c)| QUOTE_MARKS.iter().any(|m| m.starts_with(c))).map(|(i, _)| i as u32).collect();
            // The article's own automaton first: the full one, once built, is used instead.
            let scope = g.scope(norm.text());
            assert!(scope.own_patterns().is_some());
            assert_eq!(g.find_in(&scope, &norm, &kb).quotes, want, "{}", &t[..t.len().min(80)]);
            assert_eq!(g.find(&norm, &kb).quotes, want);
        }
    }

    /// An image made from other knowledge-base bytes, or damaged anywhere, is not used: the
    /// forms are computed instead, and nothing panics.
    #[test]
    fn a_stale_or_damaged_image_is_not_used() {
        let kb = KnowledgeBase::embedded();
        let n = kb.entries().len();
        let mut other = COMPACT_DEFAULT.to_vec();
        *other.last_mut().unwrap() ^= 1;
        assert!(image::decode(FORMS_DEFAULT, &other, n).is_none(), "an image of other bytes");
        assert!(image::decode(FORMS_DEFAULT, COMPACT_DEFAULT, 10).is_none(), "entries out of range");
        assert!(image::decode(&FORMS_DEFAULT[..FORMS_DEFAULT.len() - 1], COMPACT_DEFAULT, n).is_none(), "truncated");
        let mut longer = FORMS_DEFAULT.to_vec();
        longer.push(0);
        assert!(image::decode(&longer, COMPACT_DEFAULT, n).is_none(), "trailing bytes");
        // A byte changed anywhere (every byte of the header, bytes all over the body).
        let step = FORMS_DEFAULT.len() / 4000 + 1;
        for i in (0..24).chain((24..FORMS_DEFAULT.len()).step_by(step)) {
            let mut damaged = FORMS_DEFAULT.to_vec();
            damaged[i] ^= 0x41;
            assert!(image::decode(&damaged, COMPACT_DEFAULT, n).is_none(), "byte {i} changed");
        }
        assert!(same(&Gazetteer::with_image(&kb, COMPACT_DEFAULT, &FORMS_DEFAULT[..100]), &Gazetteer::new(&kb)));
    }
}
