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
use crate::normalize::{is_word_char, Normalized};

/// Single-word titles (normalised, without proclitics).
const TITLES: &[&str] = &[
    "الرييس", "الرييسه", "الملك", "الملكه", "الامير", "الاميره", "الشيخ", "الشيخه", "السيد", "السيده", "السلطان",
    "الوزير", "الوزيره", "النايب", "النايبه", "السفير", "السفيره", "الجنرال", "اللواء", "العميد", "العقيد", "العماد",
    "المشير", "الفريق", "الرقيب", "النقيب", "الرايد", "الملازم", "الدكتور", "الدكتوره", "المهندس", "القاضي",
    "المستشار", "المستشاره", "الامام", "البابا", "الكاردينال", "الحاخام", "المطران", "المرشد", "الناطق",
    "المتحدث", "الصحافي", "الصحفي", "المراسل", "الكاتب", "الروايي", "الفنان", "الفنانه", "اللاعب", "المدرب",
    "النجم", "الناشط", "الناشطه", "المحلل", "الخبير", "الباحث", "الاستاذ", "البروفيسور", "زميلنا", "زميلتنا",
];

/// Titles made of a head noun and a qualifier starting with `ال` (`وزير الخارجية`, `رئيس الوزراء`).
const TITLE_HEADS: &[&str] = &[
    "وزير", "وزيره", "رييس", "رييسه", "نايب", "سفير", "قايد", "زعيم", "امين", "مستشار", "ولي", "مدير", "مديره",
    "محافظ", "حاكم", "امير", "مبعوث", "المبعوث", "الامين", "متحدث", "الناطق", "المتحدث",
];

/// Words after a title that qualify it rather than name the person.
const QUALIFIERS: &[&str] = &[
    "اول", "السابق", "السابقه", "الاسبق", "الحالي", "المنتخب", "المكلف", "المستقيل", "الجديد", "العام", "الاعلي",
    "في", "الشرطه", "الجيش", "باسم", "الحكومه", "الوزراء", "العهد",
];

/// Words that never start or continue a name: function words and the verbs news puts after a
/// name.
const NOT_NAME: &[&str] = &[
    "في", "من", "الي", "علي", "عن", "مع", "ان", "او", "ثم", "قد", "لقد", "لم", "لن", "لا", "ما", "هو", "هي", "هم",
    "الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت",
    "يزور", "زار", "التقي", "يلتقي", "خلال", "بعد", "قبل", "عند", "حيث", "امس", "اليوم", "غدا", "لدي", "بين", "منذ",
    "حول", "ضد", "عبر", "دون", "الا", "اذا", "اذ", "كما", "لكن", "بل", "حتي", "انه", "انها", "يوم", "صباح", "مساء",
    "وصل", "غادر", "دعا", "طالب", "شدد", "اشار", "اضاف", "اوضح", "صرح", "كشف", "رد", "نفي", "وقع", "استقبل",
    "بحث", "ناقش", "هنا", "هناك", "جميع", "كل", "بعض", "عدد", "اكثر", "اقل", "نحو", "حوالي", "ايضا", "فقط",
    "نفسه", "نفسها", "ذاته", "وزير", "رييس", "الرييس", "بلاده", "بلادها", "الحكومه", "الدوله", "المقال",
];

/// Words inside compound names (`سيدي ولد أحمد`, `محمد بن سلمان`, `عبد الرحمن`).
const CONNECTORS: &[&str] = &["ولد", "بن", "بنت", "ابن", "ابو", "عبد", "ام"];

fn is_title(w: &str) -> bool {
    TITLES.contains(&w)
}

/// Adds unlinked person mentions after titles to `spans` (spans of the normalised text).
pub fn find_titled_people(norm: &Normalized, spans: &mut Vec<Span>) {
    let text = norm.text();
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    let mut taken: Vec<(usize, usize)> = spans.iter().map(|s| (s.start, s.end)).collect();
    taken.sort_unstable();
    let in_mention = |taken: &[(usize, usize)], (s, e): (usize, usize)| {
        let i = taken.partition_point(|&(_, te)| te <= s);
        i < taken.len() && taken[i].0 < e
    };
    // Only a space may separate the words of a title and a name.
    let adjacent = |a: (usize, usize), b: (usize, usize)| text[a.1..b.0].chars().all(|c| c == ' ');
    let mut added = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let raw = &text[words[i].0..words[i].1];
        // `وزير` must not lose its first letter as if it were the conjunction و.
        let w = if is_title(raw) || TITLE_HEADS.contains(&raw) { raw } else { strip_proclitic(raw) };
        let mut j = i + 1;
        let titled = if is_title(w) {
            true
        } else if TITLE_HEADS.contains(&w) && j < words.len() && adjacent(words[i], words[j]) && text[words[j].0..].starts_with("ال") {
            j += 1;
            true
        } else {
            false
        };
        if !titled {
            i += 1;
            continue;
        }
        // Skip qualifiers and mentions (a nationality, a country) that belong to the title.
        while j < words.len()
            && adjacent(words[j - 1], words[j])
            && (QUALIFIERS.contains(&&text[words[j].0..words[j].1]) || in_mention(&taken, words[j]))
        {
            j += 1;
        }
        let first = j;
        let mut k = j;
        while k < words.len() && k - first < 3 && adjacent(words[k - 1], words[k]) {
            let w = &text[words[k].0..words[k].1];
            let letters = w.chars().count();
            let arabic = w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c));
            if !arabic || letters < 2 || NOT_NAME.contains(&w) || NOT_NAME.contains(&strip_proclitic(w)) || in_mention(&taken, words[k]) {
                break;
            }
            if k > first && w.starts_with('و') && !CONNECTORS.contains(&w) {
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
            added.push(Span { start: s, end: e, kind: MentionType::Entity(EntityType::Person), entity: None, demonym: false, value: None, hijri: None });
            let pos = taken.partition_point(|&(ts, _)| ts < s);
            taken.insert(pos, (s, e));
        }
        i = k.max(i + 1);
    }
    spans.extend(added);
}
