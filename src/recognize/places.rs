//! Towns, villages and camps the knowledge base does not know, found by the word the press puts
//! before them: `بلدة الخيام`, `أطراف بلدة كفركلا`, `قرية دير ياسين`, `مخيم عين الحلوة`. The name
//! after the word becomes an unlinked `place` mention (the word itself is not part of it, as a
//! title is not part of a person's name), so the reader still sees it highlighted. Conflict
//! reporting from Lebanon, Syria, Palestine, Yemen and Sudan names many places no knowledge base
//! lists.
//!
//! **What counts as a name.** The word for the place is indefinite, in the construct state; what
//! follows it is its name unless it is an adjective (`بلدة حدودية`, `مخيم فلسطيني`: an
//! indefinite word ending in `ة` or in the nisba's `ي`), a plural (`مخيم اللاجئين`, `قرى`), a
//! function word, a word with a preposition (`قرية بالقرب من`), or a mention already found
//! (`مدينة صور` is Tyre, found by the knowledge base). A first word that starts a compound
//! place name (`عين`, `دير`, `كفر`, `بيت`…) takes the next word too.

use super::gazetteer::{next_word, offset_in, overlaps_sorted, Span};
use super::titles::{basic_arabic, has_proclitic_and_article, is_not_name};
use super::MentionType;
use crate::kb::EntityType;

/// Words (normalised, indefinite) for a town, a village or a camp, singular and dual; scanned
/// by the gazetteer's automaton.
pub const KIND_WORDS: &[&str] = &["بلده", "بلدتي", "قريه", "قريتي", "مخيم", "مخيمي", "مخيمات", "مدينه", "مدينتي"];

/// The masculine ones: an adjective after them ends in `ي` (`مخيم فلسطيني`), and a word in `ة`
/// is a name (`مخيم بلاطة`). After the others, the other way round (`بلدة حدودية`, `بلدة بشري`).
const MASCULINE_KINDS: &[&str] = &["مخيم", "مخيمي"];

/// First words of compound place names (normalised): the name takes the word after them too.
const COMPOUND_FIRST: &[&str] = &[
    "عين", "دير", "كفر", "بيت", "تل", "جبل", "راس", "بئر", "خان", "بنت", "ام", "ابو", "بني", "سيدي", "وادي", "مجدل",
    "برج", "عيتا", "حاره", "مرج", "سهل", "عرب", "دار",
];

/// Words that follow a word for a place and name none: adjectives of places the press uses
/// without the `ة` or `ي` test catching them, and nouns that start a phrase.
const NOT_PLACE: &[&str] = &[
    "كبيره", "صغيره", "جديد", "جديده", "قديمه", "كامله", "اخري", "اخر", "واحده", "واحد", "ثالثه", "ثانيه",
    "مؤقت", "ملاهي", "الملاهي", "كامل", "تدريب", "التدريب",
    "المعارض", "الالعاب", "الانتاج", "الشباب", "الطلاب", "النزوح", "الايواء", "اللجوء", "الاشباح", "مثل", "شبه", "غير", "تقع", "يقع", "تضم", "يضم", "تبعد",
    "يبعد", "تعد", "يعد", "تحتضن", "يحتضن", "تستضيف", "يستضيف", "تشهد", "يشهد", "تحولت", "تحول", "اصبحت",
    "باتت", "تعرضت", "تعرض", "تتبع", "يتبع", "تطل", "يطل", "تمتد", "يمتد",
    // Indefinite plurals (`مخيم نازحين`); place names may end as plurals do (`يارون`, `تبنين`).
    "لاجئين", "نازحين", "مهجرين", "مستوطنين", "مسلحين", "مدنيين", "عمال", "طلاب",
    // Directions and places relative to another (`مخيمات شمال غرب سوريا`).
    "شمال", "جنوب", "شرق", "غرب", "وسط", "قرب", "داخل", "خارج", "اطراف", "ضواحي", "محيط",
    // A preposition and a noun (`مدينة بحجم باريس`).
    "بحجم", "بعدد", "بلا", "بدون", "بنفس", "بكل", "بقلب",
];

/// Finds the places named after the words for a place `kinds` (byte spans in the normalised
/// `text`, in text order, as the gazetteer's scan found them). `chosen` are the mentions chosen
/// so far and `people` the unlinked people and bodies found after titles, each in text order
/// without overlaps. Returns the places, in text order.
pub fn find_places_by_kind(text: &str, kinds: &[(u32, u32)], chosen: &[Span], people: &[Span]) -> Vec<Span> {
    let mut places = Vec::new();
    for &(s, e) in kinds {
        let (s, e) = (s as usize, e as usize);
        // The word for the place must stand alone: not inside a name already found (`مدينة
        // العيون`, `مدينة الملك عبدالله الاقتصادية`).
        if overlaps_sorted(chosen, s, e) || overlaps_sorted(people, s, e) {
            continue;
        }
        let masculine = MASCULINE_KINDS.contains(&&text[s..e]);
        let Some(first) = next_word(text, e).filter(|w| names_a_place(w, masculine)) else { continue };
        let start = offset_in(text, first);
        let mut end = start + first.len();
        if COMPOUND_FIRST.contains(&first) {
            match next_word(text, end).filter(|w| basic_arabic(w) && !is_not_name(w) && !w.starts_with('و')) {
                Some(second) => end = offset_in(text, second) + second.len(),
                None => continue,
            }
        }
        if overlaps_sorted(chosen, start, end) || overlaps_sorted(people, start, end) || places.last().is_some_and(|p: &Span| p.end > start) {
            continue;
        }
        places.push(Span { start, end, kind: MentionType::Entity(EntityType::Place), entity: None, demonym: false, date: None });
    }
    places
}

/// Whether the word after a word for a place can be that place's name.
fn names_a_place(w: &str, masculine: bool) -> bool {
    if COMPOUND_FIRST.contains(&w) {
        return true;
    }
    if !basic_arabic(w) || w.chars().count() < 3 || is_not_name(w) || NOT_PLACE.contains(&w) {
        return false;
    }
    // A preposition with the article, or a conjunction with it: the sentence goes on.
    if has_proclitic_and_article(w) {
        return false;
    }
    let definite = w.starts_with("ال");
    // Plurals with the article (`اللاجئين`, `المهجرين`, `الطلبات`).
    if definite && ["ين", "ون", "ات"].iter().any(|p| w.ends_with(p)) {
        return false;
    }
    // A noun or a verb with its pronoun (`مدينة عمرها ألف عام`, `قرية يسكنها مئات`).
    if !definite && w.ends_with("ها") {
        return false;
    }
    // An indefinite adjective agreeing with the word (`بلدة حدودية`, `مخيم فلسطيني`).
    definite || !w.ends_with(if masculine { 'ي' } else { 'ه' })
}
