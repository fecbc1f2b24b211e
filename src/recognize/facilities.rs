//! Places and bodies named after a person: `مطار الملك عبدالعزيز الدولي`, `مركز محمد بن راشد
//! للفضاء`, `مستشفى الملك فيصل التخصصي`. The person's name there is part of the airport's or the
//! centre's, so the mention becomes the whole name, an unlinked place or organisation: a reader
//! hovering the airport should not get the king's card. A place after the word for a facility is
//! taken the same way when an adjective of the facility follows (`مطار دبي الدولي`), not otherwise
//! (`في مطار بيروت` is still Beirut); after the word for a body, also when the body's complement
//! follows (`مركز دبي لاستخدامات الذكاء الاصطناعي`, `سوق أبوظبي للأوراق المالية`). A country right
//! after the word for a bank is the bank (`مصرف لبنان`, `مصرف سوريا المركزي`).

use super::gazetteer::{next_word, offset_in, overlaps_sorted, previous_word, Span};
use super::MentionType;
use crate::kb::EntityType;

/// Words (normalised) for a place named after someone, and whether it is a place (otherwise an
/// organisation).
const FACILITIES: &[(&str, bool)] = &[
    ("مطار", true), ("ميناء", true), ("ملعب", true), ("استاد", true), ("شارع", true), ("جسر", true), ("ميدان", true),
    ("قاعده", true), ("سد", true), ("مسجد", true), ("جامع", true), ("برج", true), ("مدينه", true), ("مركب", true), ("حديقه", true),
    // A border crossing named after someone (`معبر مصطفى بن بولعيد الحدودي`), and a church
    // after its saint (`كنيسة القديس جورجيوس`).
    ("معبر", true), ("كنيسه", true),
    // A mountain pass after a king (`عقبة الملك فهد`).
    ("عقبه", true),
    // A museum named after someone (`متحف زايد الوطني`).
    ("متحف", true),
    // A school named after someone or its town, with its adjective (`ثانوية حسن كامل الصباح
    // الرسمية`, `ثانوية مرجعيون الرسمية`), and a chamber of commerce by its region (`غرفة
    // القصيم`).
    ("ثانويه", false), ("متوسطه", false), ("مدرسه", false), ("غرفه", false),
    ("مركز", false), ("جامعه", false), ("مستشفي", false), ("مئسسه", false), ("معهد", false), ("كليه", false),
    ("مجمع", false), ("مكتبه", false), ("جائزه", false), ("اكاديميه", false), ("سوق", false), ("مصرف", false), ("بنك", false),
    // A company named by its place and an adjective or trade (`شركة البحر الأحمر الدولية`,
    // `لشركة القدية للاستثمار`).
    ("شركه", false),
];

/// Facility words (normalised) named by their town alone, with no adjective after it: a
/// hospital (`مستشفى الجهراء`) and a chamber of commerce (`غرفة القصيم`).
const NAMED_BY_TOWN: &[&str] = &["مستشفي", "غرفه"];

/// Facility words after which a country is the body's name: banks (`مصرف لبنان`).
const BANKS: &[&str] = &["مصرف", "بنك"];

/// What a company named after its country or city does (normalised, after `لل`): `مصر للطيران`,
/// `السعودية للكهرباء`, `قطر للبترول`. Words a country does for a cause (`دعم مصر للقضية`) are
/// not among them.
const TRADES: &[&str] = &["للطيران", "للكهرباء", "للاتصالات", "للتامين", "للبترول", "للاسمده", "للتعدين", "للملاحه", "للالمنيوم", "للالومنيوم"];

/// Trades after a feminine nisba standing for a company (`الجزائرية للمياه`, the Algerian water
/// company): ones a country may also need or want (`حاجة مصر للمياه`), so not after its name.
const NISBA_TRADES: &[&str] = &["للمياه", "للنقل", "للاستثمار", "للصناعات"];

/// Titles between the facility's word and the name (`مطار الملك …`), normalised.
const TITLES: &[&str] = &["القديس", "القديسه", "الملك", "الملكه", "الامير", "الاميره", "الشيخ", "الشيخه", "السلطان", "الرئيس", "الامام", "الشهيد"];

/// Adjectives (normalised) between a hospital's word and its name: `المركز الاستشفائي الجامعي
/// محمد السادس`, `المستشفى الجهوي …` (Morocco's university and regional hospitals).
const HOSPITAL_ADJECTIVES: &[&str] = &["الاستشفائي", "الجامعي", "الجهوي", "الاقليمي", "الاستشفائيه", "الجامعيه"];

/// Turns each person of `chosen` and `people` (both in text order, neither overlapping the
/// other) that follows a facility's word into the facility's mention, and each place so followed
/// by an adjective. `skip` are indices of `chosen` that are someone's family name (left alone).
pub fn take_facilities(text: &str, chosen: &mut [Span], people: &mut [Span], skip: &[usize]) {
    for i in 0..chosen.len() {
        if skip.binary_search(&i).is_err() {
            let (before, rest) = chosen.split_at_mut(i);
            let (span, after) = rest.split_first_mut().expect("i < len");
            extend(text, span, before.last(), after.first(), people);
        }
    }
    for i in 0..people.len() {
        let (before, rest) = people.split_at_mut(i);
        let (span, after) = rest.split_first_mut().expect("i < len");
        extend(text, span, before.last(), after.first(), chosen);
    }
}

fn extend(text: &str, span: &mut Span, prev: Option<&Span>, next: Option<&Span>, other: &[Span]) {
    let is_person = span.kind == MentionType::Entity(EntityType::Person) && !span.demonym;
    let is_place = span.kind == MentionType::Entity(EntityType::Place);
    let is_country = span.kind == MentionType::Entity(EntityType::Country) && !span.demonym;
    let is_nisba = span.kind == MentionType::Entity(EntityType::Country) && span.demonym;
    if !is_person && !is_place && !is_country && !is_nisba {
        return;
    }
    // A company named by its country or city and its trade (every trade starts with `لل`: a
    // byte test first, as countries and places are many).
    if !is_person && text[span.end..].starts_with(" لل") {
        // A nisba stands for the company only where it qualifies no body's word before it
        // (`شركة التركية للطيران`: the body's name is the rules' for bodies).
        let nisba_company = || {
            !previous_word(text, span.start).is_some_and(|p| {
                let p = p.strip_prefix(['و', 'ب', 'ل']).unwrap_or(p);
                super::bodies::DEFINITE_HEADS.contains(&p) || super::bodies::CONSTRUCT_HEADS.contains(&p)
            })
        };
        let trade = next_word(text, span.end)
            .filter(|w| &text[span.end..offset_in(text, w)] == " " && if span.demonym { NISBA_TRADES.contains(w) && nisba_company() } else { TRADES.contains(w) });
        if let Some(w) = trade {
            let end = offset_in(text, w) + w.len();
            if next.is_none_or(|n| n.start >= end) && !overlaps_sorted(other, span.end, end) {
                *span = Span { start: span.start, end, kind: MentionType::Entity(EntityType::Organization), entity: None, demonym: false, date: None };
            }
            return;
        }
    }
    if is_nisba {
        return;
    }
    // A place needs the facility's adjective or the body's complement after it, or a hospital's
    // adjective before it: looked at first, on bytes, as places are many.
    let after_adjective = || {
        let before = text[..span.start].strip_suffix(' ').unwrap_or("");
        (before.ends_with('ي') || before.ends_with('ه'))
            && !before.ends_with("في")
            && HOSPITAL_ADJECTIVES.iter().any(|a| before.strip_suffix(a).is_some_and(|b| b.is_empty() || b.ends_with(' ')))
    };
    // …or a hospital's word right before it: a hospital is named by its town (`مستشفى
    // الجهراء`, `بمستشفى الفروانية`), where an airport in a town is the town (`في مطار بيروت`).
    // (On bytes first: the test is asked of every place.)
    // A chamber of commerce, too (`وغرفة القصيم`): see [`NAMED_BY_TOWN`].
    let after_hospital = || {
        text[..span.start].strip_suffix(' ').is_some_and(|b| NAMED_BY_TOWN.iter().any(|t| b.ends_with(t)))
            && previous_word(text, span.start).is_some_and(|w| NAMED_BY_TOWN.contains(&w.strip_prefix(['و', 'ب', 'ل', 'ف']).unwrap_or(w)))
    };
    if is_place && !text[span.end..].strip_prefix(' ').is_some_and(|t| t.starts_with('ل') || t.starts_with("ال")) && !after_adjective() && !after_hospital() {
        return;
    }
    // The facility's word, past at most two titles, or a hospital's, with the article, past at
    // most two of its adjectives.
    let mut at = span.start;
    let mut facility = None;
    let mut adjectives = 0;
    for _ in 0..3 {
        let Some(w) = previous_word(text, at) else { break };
        if adjectives < 2 && w.starts_with("ال") && HOSPITAL_ADJECTIVES.contains(&w) {
            adjectives += 1;
            at = offset_in(text, w);
            continue;
        }
        if adjectives > 0 {
            // The body's name starts at its article, or at the `ل` left of it after `ل`
            // (`للمركز` → `لمركز`, as `للأمم المتحدة` → `لأمم المتحدة`).
            let named = w.strip_prefix(['و', 'ب', 'ف']).unwrap_or(w);
            let core = named.strip_prefix('ل').filter(|r| r.starts_with('ل')).unwrap_or(named);
            if matches!(core.strip_prefix("ال").or_else(|| core.strip_prefix('ل')), Some("مركز" | "مستشفي")) {
                facility = Some((offset_in(text, w) + w.len() - core.len(), false, "مركز"));
            }
            break;
        }
        let bare = w.strip_prefix(['و', 'ب', 'ل', 'ف']).filter(|r| r.chars().count() >= 2 && FACILITIES.iter().any(|f| f.0 == *r));
        if let Some(&(word, place)) = FACILITIES.iter().find(|f| f.0 == w || Some(f.0) == bare) {
            facility = Some((offset_in(text, w) + (w.len() - bare.map_or(w.len(), str::len)), place, word));
            break;
        }
        // A city by the direction of another and a person's name (`مدينة جنوب سعد العبدالله`,
        // Kuwait's new towns).
        let direction = matches!(w, "جنوب" | "شمال" | "شرق" | "غرب") && previous_word(text, offset_in(text, w)).is_some_and(|c| c.strip_prefix(['و', 'ب', 'ل', 'ف']).unwrap_or(c) == "مدينه");
        if !is_person || !(TITLES.contains(&w) || direction) {
            break;
        }
        at = offset_in(text, w);
    }
    let Some((start, place, word)) = facility else { return };
    // A crossing is named after a person (`معبر مصطفى بن بولعيد`); one by its town is the town's
    // (`معبر أدري الحدودي` is Adré's).
    if word == "معبر" && !is_person {
        return;
    }
    // A country after the word for a centre is its name only with the centre's complement
    // (`مركز الكويت لمكافحة السرطان`), checked below.
    // So is a country after the word for a company (`شركة مصر للغزل والنسيج`, `شركة تونس
    // للتجارة الشبكية`).
    let named_by_country = matches!(word, "مركز" | "شركه");
    if (is_country && !BANKS.contains(&word) && !named_by_country) || prev.is_some_and(|p| p.end > start) || overlaps_sorted(other, start, span.start) {
        return;
    }
    // What follows the name: adjectives of the facility (`الدولي`, `التخصصي`) and one complement
    // with `لل` and its conjuncts (`للعلوم والتقنية`).
    let mut end = span.end;
    let mut adjective = false;
    let mut after_l = false;
    // The title finder may have taken the complement into the name already (`عبدالله للعلوم`).
    let mut complement = text[span.start..span.end].rsplit(' ').next().is_some_and(|w| w.starts_with("لل"));
    for _ in 0..4 {
        let Some(w) = next_word(text, end) else { break };
        let (ws, we) = (offset_in(text, w), offset_in(text, w) + w.len());
        let long = w.chars().count() >= 5;
        // An adjective of the facility, or of the complement's noun (`للأوراق المالية`).
        let nisba = long && super::bodies::is_definite_nisba(w);
        let with_lam = !complement && long && w.starts_with("لل");
        // A body's complement with `ل` before an indefinite noun (`مركز دبي لاستخدامات …`).
        // (`ليلقي`, a verb after `ل`, is the sentence going on.)
        let with_l = !complement && !place && long && w.starts_with('ل') && !w.starts_with("لل") && !w.starts_with("لي");
        let conjunct = complement && long && w.starts_with("وال");
        // After `ل` and its noun, the noun's definite complement (`… الذكاء`).
        let genitive = after_l && w.starts_with("ال") && w.chars().count() >= 4;
        if !(nisba || with_lam || with_l || conjunct || genitive) || next.is_some_and(|n| n.start < we) || overlaps_sorted(other, ws, we) {
            break;
        }
        adjective |= nisba && !complement;
        complement |= with_lam || with_l;
        after_l = with_l;
        end = we;
    }
    // A place is a facility's name with the facility's adjective, or a body's with its
    // complement; a country, a bank's name as it stands.
    if is_place && adjectives == 0 && !(adjective || (complement && !place) || NAMED_BY_TOWN.contains(&word)) {
        return;
    }
    if is_country && named_by_country && !complement {
        return;
    }
    let venue = word == "مركز" && super::bodies::is_venue(&text[span.start..end]);
    let kind = if place || venue { EntityType::Place } else { EntityType::Organization };
    *span = Span { start, end, kind: MentionType::Entity(kind), entity: None, demonym: false, date: None };
}
