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
    "أول", "السابق", "السابقة", "الأسبق", "الحالي", "المنتخب", "المكلف", "المستقيل", "الجديد", "العام", "الأعلى",
    "في", "الشرطة", "الجيش", "باسم", "الحكومة", "الوزراء", "العهد", "الخاص",
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
];

/// Words inside compound names (`سيدي ولد أحمد`, `محمد بن سلمان`, `عبد الرحمن`).
const CONNECTORS: &[&str] = &["ولد", "بن", "بنت", "ابن", "أبو", "عبد", "أم"];

/// The word lists above, normalised once.
struct Lexicon {
    titles: HashSet<String>,
    heads: HashSet<String>,
    qualifiers: HashSet<String>,
    not_name: HashSet<String>,
    connectors: HashSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let set = |l: &[&str]| l.iter().map(|w| normalize_str(w)).collect();
        Lexicon { titles: set(TITLES), heads: set(TITLE_HEADS), qualifiers: set(QUALIFIERS), not_name: set(NOT_NAME), connectors: set(CONNECTORS) }
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

/// The words of `text` from byte `from` on, as byte spans, stopping at the first separator other
/// than a single run of spaces, after `max` words.
fn words_after(text: &str, from: usize, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(max);
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
    out
}

/// Adds unlinked person mentions to `spans` for the name after each title word. `titles` are the
/// (start, end) byte spans of title words in the normalised text, in text order; `spans` are the
/// mentions already chosen (they qualify a title, `الرئيس الكازاخستاني`, or end a name).
pub fn find_titled_people(norm: &Normalized, titles: &[(usize, usize)], spans: &mut Vec<Span>) {
    let text = norm.text();
    let lex = lexicon();
    // `spans` come sorted by start and never overlap.
    let taken: Vec<(usize, usize)> = spans.iter().map(|s| (s.start, s.end)).collect();
    let in_mention = |(s, e): (usize, usize)| {
        let i = taken.partition_point(|&(_, te)| te <= s);
        i < taken.len() && taken[i].0 < e
    };
    let mut last_end = 0;
    for &(ts, te) in titles {
        if ts < last_end || in_mention((ts, te)) {
            continue;
        }
        // Title head, qualifiers and mentions, then up to three name words.
        let words = words_after(text, te, 8);
        let mut j = 0;
        if is_title_head(&text[ts..te]) || is_title_head(strip_proclitic(&text[ts..te])) {
            match words.first() {
                Some(&(s, _)) if text[s..].starts_with("ال") => j = 1,
                _ => continue,
            }
        }
        while j < words.len() && (lex.qualifiers.contains(&text[words[j].0..words[j].1]) || in_mention(words[j])) {
            j += 1;
        }
        let first = j;
        let mut k = j;
        while k < words.len() && k - first < 3 {
            let w = &text[words[k].0..words[k].1];
            let arabic = w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c));
            if !arabic || w.chars().count() < 2 || lex.not_name.contains(w) || lex.not_name.contains(strip_proclitic(w)) || in_mention(words[k]) {
                break;
            }
            if k > first && w.starts_with('و') && !lex.connectors.contains(w) {
                break; // a conjunction: the next item of a list, not the name
            }
            if k == first && w.starts_with("ال") {
                break; // `الرئيس الجديد…`: a noun phrase, not a name
            }
            k += 1;
            if w.starts_with("ال") && w != "الله" {
                break; // a surname with the article ends the name
            }
        }
        if k > first {
            let (s, e) = (words[first].0, words[k - 1].1);
            spans.push(Span { start: s, end: e, kind: MentionType::Entity(EntityType::Person), entity: None, demonym: false, value: None, hijri: None });
            last_end = e;
        }
    }
}
