//! People the knowledge base does not know, found by their title.
//!
//! `الرئيس …`, `وزير الخارجية … …`, `الرقيب أول … …`, `الشيخ`, `الأمير`, `السيد` followed by a
//! name: the name becomes an unlinked `person` mention, so the reader still sees it highlighted.
//! A name is one to three words after the title (and after any nationality or mention that
//! qualifies the title, `الرئيس الكازاخستاني`) that are not function words, common verbs or
//! already part of another mention; a word with the article `ال` ends it (`السيسي`).

use super::gazetteer::{strip_proclitic, Span};
use super::MentionType;
use crate::kb::EntityType;
use crate::normalize::{is_word_char, normalize_str, Normalized};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Single-word titles, as written (normalised when compiled).
const TITLES: &[&str] = &[
    "الرئيس", "الرئيسة", "الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السيد", "السيدة", "السلطان",
    "الوزير", "الوزيرة", "النائب", "النائبة", "السفير", "السفيرة", "الجنرال", "اللواء", "العميد", "العقيد", "العماد",
    "المشير", "الفريق", "الرقيب", "النقيب", "الرائد", "الملازم", "الدكتور", "الدكتورة", "المهندس", "القاضي",
    "المستشار", "المستشارة", "الإمام", "البابا", "الكاردينال", "الحاخام", "المطران", "المرشد", "الناطق",
    "المتحدث", "الصحافي", "الصحفي", "المراسل", "الكاتب", "الروائي", "الفنان", "الفنانة", "اللاعب", "المدرب",
    "النجم", "الناشط", "الناشطة", "المحلل", "الخبير", "الباحث", "الأستاذ", "البروفيسور", "المحافظ", "المبعوث",
];

/// Titles made of a head noun and a qualifier with the article (`وزير الخارجية`, `رئيس الوزراء`).
const TITLE_HEADS: &[&str] = &[
    "وزير", "وزيرة", "رئيس", "رئيسة", "نائب", "سفير", "قائد", "زعيم", "أمين", "مستشار", "ولي", "مدير", "مديرة",
    "محافظ", "حاكم", "أمير", "مبعوث", "الأمين", "متحدث",
];

/// Words after a title that qualify it rather than name the person.
const QUALIFIERS: &[&str] = &[
    "أول", "ركن", "السابق", "السابقة", "الأسبق", "الحالي", "المنتخب", "المكلف", "المستقيل", "الجديد", "العام",
    "الأعلى", "سمو", "سموه", "جلالة", "فخامة", "معالي", "سعادة", "حضرة", "صاحب", "السمو",
    "في", "الشرطة", "الجيش", "باسم", "الحكومة", "الوزراء", "العهد", "الخاص", "مجلس", "هيئة", "لجنة", "وزارة",
    "جهاز", "حكومة", "مكتب", "دائرة", "مؤسسة", "مركز", "الاتحاد", "الدولة",
];

/// Words that never start or continue a name: function words and the verbs news puts after a
/// name.
const NOT_NAME: &[&str] = &[
    "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "أو", "ثم", "قد", "لقد", "لم", "لن", "لا", "ما", "هو", "هي", "هم",
    "الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت",
    "يزور", "زار", "التقى", "يلتقي", "خلال", "بعد", "قبل", "عند", "حيث", "أمس", "اليوم", "غدا", "لدى", "بين", "منذ",
    "حول", "ضد", "عبر", "دون", "إلا", "إذا", "إذ", "كما", "لكن", "بل", "حتى", "إنه", "إنها", "يوم", "صباح", "مساء",
    "وصل", "غادر", "دعا", "طالب", "شدد", "أشار", "أضاف", "أوضح", "صرح", "كشف", "رد", "نفى", "وقع", "استقبل",
    "بحث", "ناقش", "هنا", "هناك", "جميع", "كل", "بعض", "عدد", "أكثر", "أقل", "نحو", "حوالي", "أيضا", "فقط",
    "نفسه", "نفسها", "ذاته", "وزير", "رئيس", "الرئيس", "بلاده", "بلادها", "الحكومة", "الدولة", "المقال", "عام",
    "سنة", "الذي", "الأسبوع", "الشهر", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
    "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "لها", "له", "لهم", "بها", "به", "فيها", "فيه", "منها", "منه",
    "مجلس", "هيئة", "لجنة", "وزارة", "جهاز", "حكومة", "مكتب", "دائرة", "مؤسسة", "مركز", "نظير", "نظيره",
    "نظيرها", "نظيرته", "نظراءه", "نظرائه", "بدوره", "بدورها", "وفد", "الوفد", "مسؤول", "مسؤولي", "مسؤولا",
];

/// The head of a second portfolio in a minister's title (`وشؤون المغتربين`), with its proclitic;
/// the definite word after it is then a qualifier too.
const PORTFOLIOS: &[&str] = &["وشؤون", "لشؤون", "شؤون"];

/// Bodies a title head names in the construct state, before their complement with the article
/// (`رئيس مجلس النواب`).
const CONSTRUCT_BODIES: &[&str] = &["مجلس", "هيئة", "لجنة", "وزارة", "جهاز", "حكومة", "مكتب", "ديوان", "دائرة", "مؤسسة", "مركز", "بنك", "وكالة"];

/// Words inside compound names (`سيدي ولد أحمد`, `محمد بن سلمان`, `عبد الرحمن`).
const CONNECTORS: &[&str] = &["ولد", "بن", "بنت", "ابن", "أبو", "عبد", "أم"];

/// A set of normalised words. The sets are looked up a dozen times for each title in an
/// article, and the default hasher (SipHash, made to resist hash flooding, which fixed word lists
/// do not need) cost more than the rest of the search for names.
type WordSet = HashSet<String, super::FxBuild>;

/// The word lists above, normalised once.
struct Lexicon {
    verb_like_names: WordSet,
    ta_marbuta_names: WordSet,
    titles: WordSet,
    heads: WordSet,
    qualifiers: WordSet,
    not_name: WordSet,
    connectors: WordSet,
    construct: WordSet,
    portfolio: WordSet,
}

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let set = |l: &[&str]| l.iter().map(|w| normalize_str(w)).collect();
        Lexicon { verb_like_names: set(VERB_LIKE_NAMES), ta_marbuta_names: set(TA_MARBUTA_NAMES), titles: set(TITLES), heads: set(TITLE_HEADS), qualifiers: set(QUALIFIERS), not_name: set(NOT_NAME), connectors: set(CONNECTORS), construct: set(CONSTRUCT_BODIES), portfolio: set(PORTFOLIOS) }
    })
}

/// Whether `word` (normalised) is a title word.
pub(crate) fn is_title_word(word: &str) -> bool {
    let lex = lexicon();
    lex.titles.contains(word) || lex.heads.contains(word)
}

/// Whether a title word (found by the gazetteer's automaton at `title` in the normalised text)
/// needs a qualifier with the article after it to be a title (`وزير الخارجية`, not `وزير`).
pub(crate) fn is_title_head(word: &str) -> bool {
    lexicon().heads.contains(word)
}

/// Every title word, for the gazetteer's automaton.
pub(crate) fn title_words() -> impl Iterator<Item = &'static str> {
    TITLES.iter().chain(TITLE_HEADS).copied()
}

/// The words of `text` from byte `from` on, as byte spans into `out` (cleared first), stopping at
/// the first separator other than a single run of spaces, after `max` words.
fn words_after(text: &str, from: usize, max: usize, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut i = from;
    while out.len() < max {
        let rest = &text[i..];
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        if spaces == 0 && i != from {
            break;
        }
        let s = i + spaces;
        let e = s + text[s..].find(|c: char| !is_word_char(c)).unwrap_or(text.len() - s);
        if e == s {
            break;
        }
        out.push((s, e));
        i = e;
    }
}

/// First names that start like a present-tense verb (ي…, ت…): the rule that rejects such words
/// after a title (`الرئيس تبون يستقبل`) lets these through.
const VERB_LIKE_NAMES: &[&str] = &[
    "يوسف", "يحيى", "ياسر", "يزيد", "يعقوب", "يونس", "ياسين", "يسرى", "يمنى", "يارا", "يسري", "يعرب", "يامن",
    "تامر", "توفيق", "تركي", "تميم", "تيسير", "تبون", "توكاييف", "تيريزا", "تشي", "توني", "تيد", "تاكر",
];

/// Male names that end in ta marbuta, which otherwise marks a noun (`كلمة`, `زيارة`).
const TA_MARBUTA_NAMES: &[&str] = &["حمزة", "طلحة", "أسامة", "عبيدة", "معاوية", "قتيبة", "عكرمة", "عروة"];

/// Whether `w` (normalised, proclitic `و` already removed) can start a name after a title.
fn can_start_name(lex: &Lexicon, w: &str, written: &str, feminine_title: bool) -> bool {
    if w.starts_with("ال") || lex.not_name.contains(w) {
        return false; // `الرئيس الجديد…`: a noun phrase, not a name
    }
    let n = w.chars().count();
    // Present-tense verbs: `يستقبل`, `تتعلق`, `يؤكد`.
    if n >= 4 && (w.starts_with('ي') || w.starts_with('ت')) && !lex.verb_like_names.contains(w) {
        return false;
    }
    // Sound feminine plurals (`مشروعات`, `تحيات`) and, after a masculine title, nouns in ة.
    if n >= 4 && w.ends_with("ات") {
        return false;
    }
    written.ends_with('ة') && (feminine_title || lex.ta_marbuta_names.contains(w))
        || !written.ends_with('ة')
}

/// What [`find_titled_people`] adds to and takes from the chosen mentions.
#[derive(Debug, Default)]
pub struct TitledPeople {
    /// Unlinked person mentions, in text order, overlapping no chosen mention.
    pub people: Vec<Span>,
    /// Indices, ascending, of the chosen demonym mentions that are a person's family name
    /// (`أحمد المصري`): the name takes them in, so they are no mentions of their own.
    pub surnames: Vec<usize>,
}

/// Finds the unlinked person named after each title word. `titles` are the (start, end) byte
/// spans of title words in the normalised text, in text order; `spans` are the mentions already
/// chosen, sorted by start: a country, place or organisation after a title qualifies it
/// (`الرئيس الكازاخستاني`, `الأمين العام لحزب الله`); a person or a date means the title's holder
/// is already known or not named.
pub fn find_titled_people(norm: &Normalized, titles: &[(usize, usize)], spans: &[Span]) -> TitledPeople {
    let text = norm.text();
    let lex = lexicon();
    let mut found = TitledPeople::default();
    let mut last_end = 0;
    // Titles come in text order: the first mention that ends after the title only moves forward,
    // and the few words read after a title are looked up from there on.
    let mut base = 0;
    let mut hint = 0;
    let mut words = Vec::with_capacity(10);
    for &(ts, te) in titles {
        base += spans[base..].iter().take_while(|t| t.end <= ts).count();
        let mention_index = |(s, e): (usize, usize)| {
            let i = base + spans[base..].iter().take_while(|t| t.end <= s).count();
            (i < spans.len() && spans[i].start < e).then_some(i)
        };
        let mention_at = |w: (usize, usize)| mention_index(w).map(|i| spans[i].kind);
        if ts < last_end || mention_at((ts, te)).is_some() {
            continue;
        }
        let title = &text[ts..te];
        words_after(text, te, 10, &mut words);
        let word = |k: usize| &text[words[k].0..words[k].1];
        let mut j = 0;
        if is_title_head(title) || is_title_head(strip_proclitic(title)) {
            // `وزير الخارجية`, or a body in the construct state and its complement:
            // `رئيس مجلس النواب`, `مدير مكتب الرئيس`.
            let definite = |k: usize| words.get(k).is_some_and(|&(s, _)| text[s..].starts_with("ال"));
            match words.first() {
                Some(_) if definite(0) => j = 1,
                Some(_) if lex.construct.contains(word(0)) && definite(1) => j = 2,
                _ => continue,
            }
        }
        // Qualifiers of the title: `أول`, `في الشرطة`, `والمغتربين`, `للمجلس`, `الدكتور`, and
        // the country, place or organisation it belongs to.
        let mut holder_known = false;
        let mut after_portfolio = false;
        while j < words.len() {
            let w = word(j);
            let complement = std::mem::take(&mut after_portfolio) && w.starts_with("ال");
            match mention_at(words[j]) {
                Some(MentionType::Entity(EntityType::Country | EntityType::Place | EntityType::Organization)) => {}
                Some(_) => {
                    holder_known = true;
                    break;
                }
                None if lex.qualifiers.contains(w)
                    || is_title_word(w)
                    || w.starts_with("وال")
                    || (w.starts_with("لل") && w.chars().count() > 3)
                    || complement
                    // `المبعوث الخاص إلى سوريا`, `السفير لدى تركيا`: a preposition before the
                    // country the title belongs to.
                    || (matches!(w, "الي" | "لدي") && words.get(j + 1).is_some_and(|&next| matches!(mention_at(next), Some(MentionType::Entity(EntityType::Country | EntityType::Place | EntityType::Organization))))) => {}
                // A second portfolio: `وزير الخارجية وشؤون المغتربين`, `وزير الدولة لشؤون الإعلام`.
                None if lex.portfolio.contains(w) => after_portfolio = true,
                None => break,
            }
            j += 1;
        }
        if holder_known || j >= words.len() {
            continue;
        }
        let first = j;
        let w0 = strip_conjunction(word(first));
        let (ws, we) = words[first];
        let feminine_title = norm.original()[..norm.original_span_after(ts, te, &mut hint).1].ends_with('ة');
        let (os, oe) = norm.original_span_after(ws, we, &mut hint);
        let written0 = &norm.original()[os..oe];
        if !can_start_name(lex, w0, written0, feminine_title) {
            continue;
        }
        let mut k = first;
        let mut limit = 3;
        while k < words.len() && k - first < limit {
            let w = word(k);
            if let Some(i) = mention_index(words[k]) {
                let m = &spans[i];
                if k > first && m.demonym && w.starts_with("ال") && (m.start, m.end) == words[k] {
                    found.surnames.push(i);
                    k += 1;
                }
                break;
            }
            let arabic = w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c));
            // After a connector comes a name, whatever else it spells (`بن علي`: علي is also
            // على "on" once normalised).
            let after_connector = k > first && lex.connectors.contains(word(k - 1));
            if !arabic || w.chars().count() < 2 || (!after_connector && (lex.not_name.contains(w) || lex.not_name.contains(strip_proclitic(w)))) {
                break;
            }
            if k > first && w.starts_with('و') && !lex.connectors.contains(w) {
                break; // a conjunction: the next item of a list, not the name
            }
            k += 1;
            // A connector (`بن`, `ولد`, `عبد`) is not one of the three words: `أحمد بن علي
            // الخاطر`. A surname with the article ends the name, but after `عبد` it is the second
            // half of a compound first name (`عبد الوافي لفتيت`).
            if lex.connectors.contains(w) {
                limit += 1;
            } else if k - 1 > first && w.starts_with("ال") && w != "الله" && word(k - 2) != "عبد" {
                break;
            }
        }
        if k > first {
            let (s, e) = (words[first].0, words[k - 1].1);
            found.people.push(Span { start: s, end: e, kind: MentionType::Entity(EntityType::Person), entity: None, demonym: false, date: None });
            last_end = e;
        }
    }
    // Already ascending, as titles come in text order and a surname ends its title's name;
    // sorted all the same, since the recogniser searches the list.
    found.surnames.sort_unstable();
    found
}

/// A word without a leading conjunction `و`, when what remains is still a word.
fn strip_conjunction(w: &str) -> &str {
    w.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(w)
}
