//! Bodies the knowledge base does not know, found by how Arabic names them: the word for what the
//! body is, then what sets it apart from every other body of that kind. `الاتحاد المصري لكرة
//! القدم`, `الشركة الموريتانية للمحروقات`, `القيادة المركزية الأمريكية`, `المركز الوطني للأرصاد`,
//! `جهاز الاستخبارات الوطنية التركية`, `خفر السواحل الموريتانية`. The whole name becomes one
//! unlinked `organization` mention; a demonym, country or place inside it is part of the name,
//! not a mention of its own (`البحرية الملكية البريطانية` is a navy, not Britain).
//!
//! **What counts as a name.** The word for the body alone, or with one demonym, is how the press
//! speaks of a body already named (`الشركة الإيطالية`, "the Italian company", is Eni) or of a
//! kind of body (`الشرطة الإسرائيلية`): neither is a name. A name has two of these after the
//! body's word: a demonym, an adjective of bodies (`الوطني`, `المركزية`, `الملكية`, `الدولي`, an
//! ordinal), and a complement with `ل` (`لكرة القدم`, `للمحروقات`, `لبحوث المحيطات والصيد`). After
//! a body's word in the construct state (`جهاز`, `خفر`, `غرفة`), its definite complement and one
//! of them (`خفر السواحل الموريتانية`, `غرفة التجارة الدولية`).

use super::gazetteer::{next_word, offset_in, overlaps_sorted, previous_word, SortedSpans, Span};
use super::MentionType;
use crate::kb::EntityType;

/// Words (normalised, definite) for a kind of body; scanned by the gazetteer's automaton, also
/// after `لل` with the article's alef not written (`للاتحاد`).
pub const DEFINITE_HEADS: &[&str] = &[
    "الاتحاد", "الشركه", "المعهد", "الجامعه", "القياده", "البحريه", "المخابرات", "الاستخبارات", "الاسطول", "المركز",
    "الهيئه", "الجمعيه", "الغرفه", "المنظمه", "الوكاله", "الاكاديميه", "المئسسه", "الاوركسترا", "التحالف", "الصندوق",
    "البنك", "المصرف", "المجلس", "اللجنه", "المحكمه", "الجهاز", "الديوان", "الحرس", "القوات", "الجيش", "الشرطه",
    "النقابه", "الرابطه", "الكونفدراليه", "الفيدراليه", "المرصد", "المكتب", "الاداره", "المديريه", "المجمع",
    "الحزب", "الدرك", "الحمايه", "الدفاع", "النيابه", "الرقابه", "المجموعه", "المدرسه", "الوقايه",
];

/// A force or service named by its word and one adjective, where a body's name needs two marks:
/// `الدرك الملكي`, `الحماية المدنية`, `الدفاع المدني`, `القوات المساعدة`, `الحرس الجمهوري`. The
/// words without their article, which is not written after `لل` (`للحماية المدنية`).
const FORCES: &[(&str, &[&str])] = &[
    ("درك", &["الملكي", "الوطني"]),
    ("حمايه", &["المدنيه"]),
    ("دفاع", &["المدني"]),
    ("قوات", &["المساعده"]),
    ("حرس", &["الوطني", "الجمهوري", "الملكي", "الثوري"]),
    ("نيابه", &["العامه"]),
    ("رقابه", &["الاداريه"]),
    ("وقايه", &["المدنيه"]),
];

/// Words (normalised) for a kind of body in the construct state, before a definite complement.
pub const CONSTRUCT_HEADS: &[&str] = &[
    "خفر", "جهاز", "هيئه", "غرفه", "جمعيه", "منظمه", "مجلس", "لجنه", "اتحاد", "مركز", "معهد", "قوات", "وكاله",
    "شركه", "مئسسه", "رئاسه", "قياده", "نقابه", "رابطه", "مديريه", "مرصد", "صندوق", "هيئات", "حزب", "بنك", "مصرف",
    "محكمه", "مصلحه", "مكتب", "جامعه", "مجموعه", "سلطه", "مدرسه", "دار",
];

/// Construct complements after `حزب` that name no party: whose party it is (`حزب الرئيس`), or
/// where it stands (`حزب الأغلبية`).
const NOT_PARTY: &[&str] = &["الاغلبيه", "الاكثريه", "الاقليه", "السلطه", "الرئيس", "الحكومه", "المعارضه", "الوسط", "اليمين", "اليسار"];

/// A definite nisba adjective (`التقدمي`, `الاشتراكية`, `الديمقراطي`): what names a party
/// (`الحزب التقدمي الاشتراكي`), where a body's name needs one of [`ADJECTIVES`].
fn is_nisba(w: &str) -> bool {
    is_definite_nisba(w) && w.chars().count() >= 6 && !STOP.contains(&w)
}

/// Whether a normalised word has the shape of a definite nisba adjective: the article and `ي` or
/// `ية` (normalised `يه`) at the end (`الإقليمي`, `المالية`).
pub(crate) fn is_definite_nisba(w: &str) -> bool {
    w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه"))
}

/// Adjectives (normalised, definite) that set a body apart: what it covers, its rank, its number.
const ADJECTIVES: &[&str] = &[
    "الوطني", "الوطنيه", "الدولي", "الدوليه", "الملكي", "الملكيه", "المركزي", "المركزيه", "العام", "العامه",
    "الاعلي", "العليا", "الاتحادي", "الاتحاديه", "الاسلامي", "الاسلاميه", "الموحد", "الموحده", "المشترك", "المشتركه",
    "البحري", "البحريه", "الجوي", "الجويه", "البري", "البريه", "الاقليمي", "الاقليميه", "التنفيذي", "التنفيذيه",
    "الاستشاري", "الاستشاريه", "الدستوري", "الدستوريه", "الثوري", "الشعبي", "الشعبيه", "المستقل", "المستقله",
    "العسكري", "العسكريه", "الامني", "الامنيه", "المسلحه", "الجمهوري", "الاهلي", "الاهليه", "القومي", "القوميه",
    "الاول", "الاولي", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه", "الخامس", "الخامسه",
    "السادس", "السادسه", "السابع", "السابعه", "الثامن", "الثامنه", "التاسع", "التاسعه", "العاشر", "العاشره",
    "الاولمبي", "الاولمبيه", "البارالمبي", "البارالمبيه", "المختلط", "المختلطه", "الحكومي", "الحكوميه", "القابضه",
    "المتقدم", "المتقدمه", "العالي",
    // Of a region rather than a country (`الصندوق العربي للإنماء`, `البنك الأوروبي لإعادة الإعمار`).
    "العربي", "العربيه", "الافريقي", "الافريقيه", "الخليجي", "الخليجيه", "الاسيوي", "الاسيويه", "الاوروبي",
    "الاوروبيه", "المغاربي", "المغاربيه", "المتوسطي",
    // The plural after a plural complement (`اتحاد الناشرين العرب`, `مجلس وزراء الداخلية العرب`).
    "العرب",
];

/// Complements with `ل` that make an office, not a body: whose office it is (normalised).
const OFFICE_OF: &[&str] = &["لرئيس", "للرئيس", "لرئاسه", "للرئاسه", "للحكومه", "لوزير", "للوزير", "لوزاره", "للوزاره", "للمجلس", "لمجلس"];

/// Words with `ل` that do not start a body's complement: particles, pronouns, prepositions.
const NOT_COMPLEMENT: &[&str] = &[
    "لم", "لن", "لا", "لكن", "لكنه", "لكنها", "لدي", "له", "لها", "لهم", "لهما", "لقد", "ليس", "ليست", "لذلك", "لان",
    "لانه", "لانها", "لكي", "لما", "لاجل", "لصالح", "لمده", "لعام", "لعدم", "للغايه", "لدعم", "لمواجهه", "لمناقشه",
    "لبحث", "لتعزيز", "لمتابعه", "لتقديم", "لاحقا", "لاسيما", "لمنع", "لوقف", "لضمان", "لحمايه",
    // A body named only by its word is the one the story speaks of, not a name (`المجلس الإداري
    // للجمعية`, "the association's board").
    "للجمعيه", "للشركه", "للمجموعه", "للمئسسه", "للهيئه", "للوزاره",
];

/// Words that end a body's name: relative pronouns, time words, prepositions written with `ال`.
const STOP: &[&str] = &[
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اليوم", "الان", "الامس", "الي", "الا",
    "الماضي", "الماضيه", "المقبل", "المقبله", "الحالي", "الحاليه", "الجاري", "الجديد", "الجديده",
];

/// Construct complements that make no body's name: a cabinet (`مجلس الوزراء العراقي`) is the
/// government, not a body of its own in the press's usage; `هيئة التدريس` is a university's
/// teaching staff.
const NOT_GENITIVE: &[&str] = &["الوزراء", "التدريس"];

/// The most words a complement takes after its first.
const MAX_COMPLEMENT_WORDS: usize = 4;

/// Words for a state (normalised) that, before a demonym, name the country itself:
/// `الجمهورية التركية` is Turkey, `السلطنة العمانية` Oman.
const STATE_WORDS: &[&str] = &["الجمهوريه", "المملكه", "السلطنه"];

/// Turns each country demonym of `chosen` (in text order) right after a word for a state
/// ([`STATE_WORDS`], with a proclitic or none) into a mention of the country that spans both:
/// `والجمهورية التركية` is Turkey, not "the Turkish republic" spoken of as a demonym.
pub fn take_state_names(text: &str, chosen: &mut [Span]) {
    for i in 0..chosen.len() {
        let c = chosen[i];
        if !(c.demonym && c.kind == MentionType::Entity(EntityType::Country) && text[c.start..].starts_with("ال")) {
            continue;
        }
        let Some(w) = super::gazetteer::previous_word(text, c.start) else { continue };
        // The word without its proclitics: `والجمهورية`, `للجمهورية` (the article's alef not
        // written after `ل`).
        let bare = STATE_WORDS.iter().find_map(|s| {
            let rest = &s["ال".len()..];
            if matches!(w.strip_suffix(*s), Some("" | "و" | "ف" | "ب" | "وب" | "فب")) {
                Some(w.len() - s.len())
            } else if matches!(w.strip_suffix(rest), Some("لل" | "ولل" | "فلل")) {
                Some(w.len() - rest.len() - "ل".len())
            } else {
                None
            }
        });
        let Some(skip) = bare else { continue };
        let start = offset_in(text, w) + skip;
        if i > 0 && chosen[i - 1].end > start {
            continue;
        }
        chosen[i].start = start;
        chosen[i].demonym = false;
    }
}

/// Finds the bodies named at the body words `heads` (byte spans in the normalised `text`, in
/// text order, as the gazetteer's scan found them). `chosen` are the mentions chosen so far and
/// `people` the unlinked people and bodies found after titles and in quotation marks, each in
/// text order without overlaps; `skip` are indices of `chosen` already taken into a longer
/// name. Returns the bodies, in text order, and adds to `skip` (kept ascending) the demonyms,
/// countries and places each body takes in.
pub fn find_named_bodies(norm: &crate::normalize::Normalized, heads: &[(u32, u32)], chosen: &[Span], people: &[Span], skip: &mut Vec<usize>) -> Vec<Span> {
    let mut bodies = Vec::new();
    let mut taken = Vec::new();
    let mut last_end = 0;
    let (sorted, people) = (SortedSpans::new(chosen), SortedSpans::new(people));
    for &(s, e) in heads {
        let (s, e) = (s as usize, e as usize);
        if s < last_end {
            continue;
        }
        let Some((end, inside)) = name_after(norm, s, e, &sorted) else { continue };
        // Nothing the knowledge base or a title named may be cut or covered, but what the name
        // takes in (demonyms, countries, places).
        let first = sorted.first_ending_after(s);
        let blocked = chosen[first..].iter().enumerate().take_while(|(_, c)| c.start < end).any(|(k, _)| !inside.contains(&(first + k)));
        if blocked || people.overlaps(s, end) {
            continue;
        }
        last_end = end;
        taken.extend(inside);
        let text = norm.text();
        let kind = if text[s..e].ends_with("مركز") && is_venue(&text[e..end]) { EntityType::Place } else { EntityType::Organization };
        bodies.push(Span { start: s, end, kind: MentionType::Entity(kind), entity: None, demonym: false, date: None });
    }
    add_skipped(skip, taken);
    bodies
}

/// Whether the rest of a centre's name (normalised) makes it a venue, a place: a centre for
/// exhibitions or conferences (`مركز إكسبو الشارقة`, `مركز مصر للمعارض الدولية`, `مركز الرياض
/// للمعارض والمؤتمرات`).
pub(crate) fn is_venue(rest: &str) -> bool {
    rest.split(' ').any(|w| matches!(w.trim_start_matches(['و', 'ل']).trim_start_matches("ال"), "معارض" | "مئتمرات" | "اكسبو"))
}

/// Adds the indices `taken` (of chosen mentions a longer name took in) to `skip`, kept ascending
/// and without repeats.
pub(crate) fn add_skipped(skip: &mut Vec<usize>, taken: Vec<usize>) {
    if !taken.is_empty() {
        skip.extend(taken);
        crate::sort::sort_by_key(skip, |&k| k as u64);
        skip.dedup();
    }
}

/// The end of the body's name whose word is at `s..e`, and the indices of the `chosen` mentions
/// inside it, if what follows the word makes a name.
fn name_after(norm: &crate::normalize::Normalized, s: usize, e: usize, sorted: &SortedSpans) -> Option<(usize, Vec<usize>)> {
    let text = norm.text();
    let chosen = sorted.all();
    let word = &text[s..e];
    // `بقيادة` is "led by" (`طاقم تحكيم بقيادة الحكم الموريتاني`), not a command's name.
    if word == "قياده" && text[..s].ends_with('ب') {
        return None;
    }
    // `في مصلحة` is "in the interest of" (`ستصب في مصلحة المستخدم المصري`), not an authority.
    if word == "مصلحه" && previous_word(text, s).is_some_and(|w| w == "في") {
        return None;
    }
    // No body's name starts with a preposition: the word is an adjective or a participle
    // (`جولات منظمة على المواقع الدينية`, "organised tours").
    if next_word(text, e).is_some_and(|w| matches!(w, "علي" | "في" | "من" | "الي" | "عن" | "مع")) {
        return None;
    }
    // `للجنة` is `ل` and `اللجنة`: the article's alef and lam are not written before a lam.
    let definite = word.starts_with("ال") || text[..s].ends_with("لل") || (word.starts_with('ل') && text[..s].ends_with('ل'));
    let mut end = e;
    let mut inside = Vec::new();
    let word_at = |end: usize| next_word(text, end).map(|w| (offset_in(text, w), w));
    // A party is named with less: `حزب الكتائب`, `حزب العدالة والتنمية`, `الحزب الجمهوري`,
    // `الحزب التقدمي الاشتراكي` (any nisba adjective).
    let party = word.ends_with("حزب");
    let mut party_named = false;
    let bare = word.strip_prefix("ال").unwrap_or(word);
    if let Some((_, adjectives)) = FORCES.iter().find(|(w, _)| *w == bare) {
        if let Some((at, w)) = word_at(end).filter(|(at, w)| adjectives.contains(w) && matches!(at_word(sorted, *at, at + w.len()), At::Free)) {
            if !word_at(at + w.len()).is_some_and(|(_, next)| ADJECTIVES.contains(&next) || next.starts_with("لل")) {
                return Some((at + w.len(), Vec::new()));
            }
        }
    }
    // A country's army, by its word and the demonym: `الجيش اللبناني`, `القوات المسلحة
    // السودانية` (the demonym is part of the name, not a mention of its own).
    if definite && (bare == "جيش" || bare == "قوات") {
        let after = if bare == "قوات" { word_at(end).filter(|(_, w)| *w == "المسلحه").map(|(at, w)| at + w.len()) } else { Some(end) };
        if let Some((at, w)) = after.and_then(word_at) {
            if let At::Place(k, demonym_end) = at_word(sorted, at, at + w.len()) {
                if chosen[k].demonym && demonym_end == at + w.len() && !word_at(demonym_end).is_some_and(|(_, next)| ADJECTIVES.contains(&next) || next.starts_with("لل")) {
                    return Some((demonym_end, vec![k]));
                }
            }
        }
    }
    // What sets the body apart: a demonym, each adjective, the construct's and the `ل`
    // complement.
    let mut marks = 0;
    // Whether the construct's complement came after a noun of its own (below).
    let mut chain = false;
    if !definite {
        // A construct chain that ends in a place's or country's name: `مؤسسة كهرباء لبنان`,
        // `شركة مطارات جدة`, `محكمة جنايات القاهرة`, `جهاز تنمية مدينة العلمين الجديدة` (one or
        // two nouns before the name; a word for a town only second). The name is the body's.
        let noun = |at: usize, w: &str, n: usize| {
            !w.starts_with("ال")
                && w.chars().count() >= 3
                && !STOP.contains(&w)
                && !NOT_GENITIVE.contains(&w)
                // A noun with its pronoun ends the chain (`وكالة أسفار مقرها روما`).
                && (!w.ends_with("ها") || w.chars().count() < 4)
                // So does a word of place after `ب` (`19 مؤسسة بمدن تطوان وطنجة`).
                && !w.strip_prefix('ب').is_some_and(super::gazetteer::is_locative)
                && (n > 0 || !super::places::is_kind_word(w))
                && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
                && matches!(at_word(sorted, at, at + w.len()), At::Free)
        };
        let place_at = |at: usize| {
            let (pat, pw) = word_at(at)?;
            match at_word(sorted, pat, pat + pw.len()) {
                At::Place(k, place_end) if chosen[k].start == pat && !chosen[k].demonym => Some((k, place_end, pw)),
                _ => None,
            }
        };
        // With no noun between: a university or a group named by its city or port (`جامعة
        // القاهرة`, `مجموعة طنجة المتوسط`), a port's or an airport's authority (`سلطة ميناء طنجة
        // المتوسط`) and a Moroccan region's council (`مجلس جهة طنجة تطوان الحسيمة`).
        if ["مجلس", "جامعه", "مجموعه", "سلطه"].iter().any(|h| word.ends_with(h)) {
            let fits = |pw: &str| match () {
                _ if word.ends_with("مجلس") => pw.starts_with("جهه"),
                _ if word.ends_with("سلطه") => pw.starts_with("ميناء") || pw.starts_with("مطار"),
                _ => true,
            };
            if let Some((k, place_end, _)) = place_at(end).filter(|(_, _, pw)| fits(pw)) {
                return Some((place_end, vec![k]));
            }
        }
        let free = |at: usize, w: &str| matches!(at_word(sorted, at, at + w.len()), At::Free);
        // What a body does, with `لل`, one space after `from`, and a conjunct of it (`للتربية
        // والعلوم`): the word, and where the two end.
        let trade_after = |from: usize| {
            let (at, w) = word_at(from).filter(|(at, w)| w.starts_with("لل") && w.chars().count() >= 5 && &text[from..*at] == " " && free(*at, w))?;
            let mut end = at + w.len();
            if let Some((at2, w2)) = word_at(end).filter(|(at2, w2)| w2.starts_with("وال") && !STOP.contains(&&w2["و".len()..]) && free(*at2, w2)) {
                end = at2 + w2.len();
            }
            Some((w, end))
        };
        // A company's or a university's own name between its word and its nationality (`شركة
        // روساتوم الروسية`, `شركة أكوا باور السعودية`, `جامعة تسينغهوا الصينية`): one or two words
        // that are no mention and no definite noun, then a demonym. The demonym stays the
        // country's. A name written with a hamza on its alef is no definite noun, though
        // normalised it starts with the article (`شركة ألستوم الفرنسية`).
        if (word.ends_with("شركه") || word.ends_with("جامعه") || word.ends_with("مجموعه")) && !word.starts_with("ال") {
            let mut name_end = end;
            let no_article = |at: usize, w: &str| {
                let (os, oe) = norm.original_span(at, at + w.len());
                !w.starts_with("ال") || !norm.original()[os..oe].starts_with("ال")
            };
            for _ in 0..2 {
                let Some((at, w)) = word_at(name_end).filter(|(at, w)| {
                    no_article(*at, w) && !w.starts_with('و') && w.chars().count() >= 3 && !STOP.contains(w) && !NOT_GENITIVE.contains(w) && !w.ends_with("ات") && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)) && matches!(at_word(sorted, *at, at + w.len()), At::Free)
                }) else {
                    break;
                };
                name_end = at + w.len();
                // …or before what it does, with `لل` (`شركة جندال شديد للحديد والصلب`).
                if word.ends_with("شركه") {
                    if let Some((_, body_end)) = trade_after(name_end).filter(|(w, _)| !NOT_COMPLEMENT.contains(w)) {
                        return Some((body_end, Vec::new()));
                    }
                }
                if let Some((dat, dw)) = word_at(name_end) {
                    if let At::Place(k, dend) = at_word(sorted, dat, dat + dw.len()) {
                        if chosen[k].demonym && chosen[k].start == dat && dend == dat + dw.len() && dw.starts_with("ال") && dw.ends_with("يه") && &text[name_end..dat] == " " {
                            return Some((name_end, Vec::new()));
                        }
                    }
                }
            }
        }
        // A fund, a bank or a foundation named by its country or city and what it is for:
        // `صندوق قطر للتنمية`, `صندوق أبوظبي للتنمية`, `مؤسسة قطر للتربية والعلوم`.
        if ["صندوق", "مئسسه", "بنك", "هيئه", "جامعه", "مركز"].iter().any(|h| word.ends_with(h)) {
            let named_by = place_at(end).map(|(k, e, _)| (k, e)).or_else(|| match word_at(end).map(|(at, w)| (at, at_word(sorted, at, at + w.len()))) {
                // Or by a body (`صندوق أوبك للتنمية الدولية`).
                Some((at, At::Body(k, body_end))) if chosen[k].start == at => Some((k, body_end)),
                _ => None,
            });
            if let Some((k, place_end)) = named_by {
                if let Some((_, mut body_end)) = trade_after(place_end) {
                    // …and its adjective (`صندوق أوبك للتنمية الدولية`).
                    if let Some((at2, w2)) = word_at(body_end).filter(|(at2, w2)| ADJECTIVES.contains(w2) && free(*at2, w2)) {
                        body_end = at2 + w2.len();
                    }
                    return Some((body_end, vec![k]));
                }
            }
        }
        let mut chain_end = end;
        for n in 0..2 {
            let Some((at, w)) = word_at(chain_end).filter(|(at, w)| noun(*at, w, n)) else { break };
            chain_end = at + w.len();
            if let Some((k, place_end, _)) = place_at(chain_end) {
                return Some((place_end, vec![k]));
            }
        }
        // The construct's complement: one definite word that is no mention, or a noun and its
        // own definite complement (`رابطة أساتذة التعليم الثانوي الرسمي`, `جمعية رجال الأعمال
        // اللبنانيين`), a noun and not an adjective (`برئاسة أمينه العام`: "its secretary-general");
        // such a chain needs its two marks before any complement with `ل` (`مجلس محافظي الوكالة
        // للاجتماع` is no body's name). Not after `رئاسة` ("chaired by"), nor through a title
        // (`برئاسة وزير الطاقة والموارد الطبيعية`) or another body's word (`مكتب لجنة الشؤون
        // الدستورية`: the committee is the body).
        let (mut at, mut w) = word_at(end)?;
        // (Nor a purpose with `ل` after an indefinite word: `إنشاء مركز لتدريب الكوادر الطبية` is
        // a centre yet to be built, not one's name.)
        let purpose = w.starts_with('ل') && !matches!(w, "لجنه" | "لواء" | "لائحه");
        // A company's board, indefinite (`رئيس مجلس إدارة الشركة المختلطة`): no body's name.
        if word.ends_with("مجلس") && matches!(w, "اداره" | "امناء") {
            return None;
        }
        if noun(at, w, 0) && !purpose && !word.ends_with("رئاسه") && !CONSTRUCT_HEADS.contains(&w) && !super::titles::is_title_word(w) && !super::titles::is_title_head(w) {
            if let Some((at2, w2)) = word_at(at + w.len()).filter(|(_, w2)| w2.starts_with("ال") && !ADJECTIVES.contains(w2)) {
                (at, w) = (at2, w2);
                chain = true;
            }
        }
        if !w.starts_with("ال") || STOP.contains(&w) || NOT_GENITIVE.contains(&w) || !matches!(at_word(sorted, at, at + w.len()), At::Free) {
            return None;
        }
        // A company's board (`نائب رئيس مجلس الإدارة`, `مجلس الأمناء`): every body has one.
        if word.ends_with("مجلس") && matches!(w, "الاداره" | "الامناء") {
            return None;
        }
        // A title with the article is whom the word is of, not a body's complement (`برئاسة
        // الجنرال الأميركي`, "chaired by the American general").
        if super::titles::is_title_word(w) {
            return None;
        }
        end = at + w.len();
        marks += 1;
        // A second noun joined by `و`: `حزب العدالة والتنمية`, `مجلس الإنماء والإعمار`. It
        // sets a body apart as an adjective does.
        if let Some((at, w)) = word_at(end).filter(|(at, w)| w.starts_with("وال") && !STOP.contains(&&w["و".len()..]) && !DEFINITE_HEADS.contains(&&w["و".len()..]) && matches!(at_word(sorted, *at, at + w.len()), At::Free)) {
            end = at + w.len();
            marks += 1;
        }
        party_named = party && !NOT_PARTY.contains(&w);
    }
    // Adjectives and one demonym, or two side by side (a bilateral body: `الغرفة الجزائرية
    // الفرنسية للتجارة والصناعة`), in any order; an adjective may be joined by `و` (`اللجنة
    // الأولمبية والبارالمبية السعودية`). After a construct's complement, any nisba (`لجنة
    // السياسة النقدية`).
    let mut demonyms = 0;
    let mut last_demonym = false;
    let mut next = word_at(end);
    while let Some((at, w)) = next {
        let was_demonym = std::mem::take(&mut last_demonym);
        match at_word(sorted, at, at + w.len()) {
            At::Place(k, place_end) if chosen[k].demonym && place_end == at + w.len() && w.starts_with("ال") && (demonyms == 0 || (demonyms == 1 && was_demonym)) => {
                demonyms += 1;
                last_demonym = true;
                inside.push(k);
            }
            At::Free if w.starts_with("ال") && ADJECTIVES.contains(&w) => party_named |= party,
            At::Free if marks > 0 && w.strip_prefix('و').is_some_and(|r| r.starts_with("ال") && (ADJECTIVES.contains(&r) || ((party || !definite) && is_nisba(r)))) => {}
            At::Free if party && is_nisba(w) => party_named = true,
            At::Free if !definite && marks >= 1 && is_nisba(w) => {}
            // A nisba before the demonym, after a definite head (`البنك الزراعي المصري`).
            At::Free
                if definite
                    && marks == 0
                    && is_nisba(w)
                    && word_at(at + w.len()).is_some_and(|(dat, dw)| matches!(at_word(sorted, dat, dat + dw.len()), At::Place(k, _) if chosen[k].demonym && chosen[k].start == dat && dw.starts_with("ال"))) => {}
            // A nisba after the demonym, or after a definite head, when a complement with `ل`
            // follows it (`الديوان الجزائري المهني للحبوب`, `المعهد التقني للمحاصيل الكبرى`,
            // `المجموعة الاقتصادية لدول غرب إفريقيا`).
            // (Not an office of a person or a government: `المكتب الإعلامي لرئيس الوزراء`.)
            At::Free
                if (demonyms > 0 || (definite && marks == 0))
                    && is_nisba(w)
                    && word_at(at + w.len()).is_some_and(|(_, x)| x.starts_with('ل') && !x.starts_with("ال") && (demonyms > 0 || !OFFICE_OF.contains(&x))) => {}
            _ => break,
        }
        end = at + w.len();
        marks += 1;
        next = word_at(end);
        // The Arabs are no nation: a demonym after them is the sentence's (`شركة المقاولون
        // العرب المصرية`).
        if w == "العرب" {
            break;
        }
    }
    let marks_before_complement = marks;
    // The complement alone cannot make a name: most words for a body stop here. A party's name
    // may go on with a complement with `ل` (`حزب التجمع الوطني للأحرار`, `حزب الاتحاد الاشتراكي
    // للقوات الشعبية`).
    if marks == 0 && !party_named {
        return None;
    }
    // The complement with `ل`, and its genitives and conjuncts.
    if let Some((at, w)) = next {
        let bare = w.strip_prefix("لل").or_else(|| w.strip_prefix('ل').filter(|r| !r.starts_with('ي')));
        // (A region's name may start it: `المعهد الفرنسي للشرق الأدنى`.)
        let region = match at_word(sorted, at, at + w.len()) {
            At::Place(k, place_end) if w.starts_with("لل") && !chosen[k].demonym && chosen[k].kind == MentionType::Entity(EntityType::Place) && chosen[k].start > at => Some((k, place_end)),
            _ => None,
        };
        if bare.is_some_and(|b| b.len() >= 6) && !NOT_COMPLEMENT.contains(&w) && (region.is_some() || matches!(at_word(sorted, at, at + w.len()), At::Free)) {
            let mut c_end = region.map_or(at + w.len(), |(_, place_end)| place_end);
            let mut c_inside: Vec<usize> = region.map(|(k, _)| k).into_iter().collect();
            // Whether the last word still needs its genitive (`لبحوث` → `المحيطات`).
            let mut open = !w.starts_with("لل");
            let mut after_conjunct = false;
            for _ in 0..MAX_COMPLEMENT_WORDS {
                let Some((at, x)) = word_at(c_end) else { break };
                // `و` and another body's word starts the next body of a list: `الوكالة الفرنسية
                // للتنمية والوكالة اليابانية للتعاون الدولي`.
                if STOP.contains(&x) || x.strip_prefix('و').is_some_and(|r| DEFINITE_HEADS.contains(&r)) {
                    break;
                }
                let definite_word = x.starts_with("ال") || x.strip_prefix('و').is_some_and(|r| r.starts_with("ال"));
                match at_word(sorted, at, at + x.len()) {
                    At::Other => break,
                    // A second complement with `ل` that is a place (`الهيئة العامة للمنطقة
                    // الاقتصادية لقناة السويس`, `الهيئة الملكية لمدينة الرياض`); not a country,
                    // which after a complement is where the body gives (`البنك الدولي للإنشاء
                    // والتعمير لمصر`).
                    At::Place(k, place_end)
                        if !open
                            && x.starts_with('ل')
                            && !x.starts_with("لل")
                            && chosen[k].start == at + 'ل'.len_utf8()
                            && chosen[k].kind == MentionType::Entity(EntityType::Place)
                            && !chosen[k].demonym =>
                    {
                        c_inside.push(k);
                        c_end = place_end;
                        continue;
                    }
                    // A country or place in the complement is the body's (`نهر السنغال`), and so
                    // is a body the complement names (`لدول مجلس التعاون`).
                    // (Not a demonym after a conjunct, which it qualifies, nor after an
                    // international body's complement, where it is the holder's: `الهيئة
                    // المصرية العامة للكتاب والجناح البرتغالي`, `رئيس الاتحاد الدولي للسيارات
                    // الإماراتي محمد بن سليم`.)
                    At::Place(k, _) if !open && chosen[k].demonym && (after_conjunct || text[s..at].split(' ').any(|w| matches!(w, "الدولي" | "الدوليه"))) => break,
                    At::Body(k, place_end) | At::Place(k, place_end) if open || definite_word => {
                        c_inside.push(k);
                        open = false;
                        c_end = place_end;
                        continue;
                    }
                    // `شؤون` ("affairs") after the complement, and what it governs: `الهيئة العامة
                    // للعناية بشؤون المسجد الحرام والمسجد النبوي`.
                    At::Free if !open && matches!(x, "بشئون" | "لشئون" | "وشئون") => {
                        open = true;
                        c_end = at + x.len();
                        continue;
                    }
                    _ if !open && !definite_word => break,
                    // After a definite complement, only its adjective (one of bodies, or a
                    // relative or elative one in `ي`: `للشرق الأدنى`, `للطاقة الذرية`) or a
                    // conjunct: a definite noun there starts the rest of the sentence
                    // (`للإذاعة الرومانية الحفل`).
                    _ if !(open || x.starts_with("وال") || ADJECTIVES.contains(&x) || x.ends_with('ي') || x.ends_with("يه")) => break,
                    _ => {}
                }
                open = !definite_word && !x.starts_with("لل");
                after_conjunct = x.starts_with("وال");
                c_end = at + x.len();
            }
            // A complement whose last word still wants its genitive is no name's.
            if !open {
                end = c_end;
                inside.extend(c_inside);
                marks += 1;
            }
        }
    }
    ((marks >= 2 && (!chain || marks_before_complement >= 2)) || party_named).then_some((end, inside))
}

/// Latin acronyms in brackets right after an organisation's name, `شركة النفط الوطنية النيجيرية
/// (NNPC)`: the same organisation, linked as its name is. `chosen` and `found` (the bodies and
/// people found so far) are in text order without overlaps; the acronyms come out in text order.
pub fn acronyms_after(norm: &crate::normalize::Normalized, chosen: &[Span], found: &[Span]) -> Vec<Span> {
    let text = norm.text();
    let mut out = Vec::new();
    for body in chosen.iter().chain(found).filter(|s| s.kind == MentionType::Entity(EntityType::Organization)) {
        let at = crate::normalize::spaces_end(text, body.end);
        let Some(inner) = text[at..].strip_prefix('(') else { continue };
        // Normalised text has Latin letters in lower case: the original says whether they are
        // capitals.
        let len = inner.bytes().take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'&' | b'-')).count();
        if !(2..=10).contains(&len) || !inner.as_bytes()[0].is_ascii_lowercase() || !inner[len..].starts_with(')') {
            // Or one Arabic word, the acronym as the Arabic press spells it (`الوكالة اليابانية
            // للتعاون الدولي (جايكا)`): not an adverb (`(سابقاً)`) or an adjective.
            let word = &inner[..crate::normalize::word_end(inner, 0)];
            let n = word.chars().count();
            let arabic = word.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c));
            if !(3..=8).contains(&n) || !arabic || !inner[word.len()..].starts_with(')') || word.starts_with("ال") || word.ends_with('ي') || word.ends_with("يه") || NOT_ACRONYMS.contains(&word) {
                continue;
            }
            let (start, end) = (at + 1, at + 1 + word.len());
            if !(overlaps_sorted(chosen, start, end) || overlaps_sorted(found, start, end)) {
                out.push(Span { start, end, ..*body });
            }
            continue;
        }
        let (start, end) = (at + 1, at + 1 + len);
        let (os, oe) = norm.original_span(start, end);
        if norm.original()[os..oe].bytes().any(|b| b.is_ascii_lowercase()) || overlaps_sorted(chosen, start, end) || overlaps_sorted(found, start, end) {
            continue;
        }
        out.push(Span { start, end, ..*body });
    }
    crate::sort::sort_by_key(&mut out, |s| s.start as u64);
    out
}

/// Words between brackets after a body's name that are no acronym of it (normalised).
const NOT_ACRONYMS: &[&str] = &["سابقا", "حاليا", "لاحقا", "مئقتا", "رسميا", "تقريبا", "ايضا", "سابق", "حكوميه", "خاصه", "عامه", "مثلا"];

/// What the chosen mentions hold at a word `at..end`.
enum At {
    /// No chosen mention starts in the word.
    Free,
    /// A country or place (or a demonym) starts there: its index and end.
    Place(usize, usize),
    /// An organisation starts there: its index and end.
    Body(usize, usize),
    /// A person or a date starts there: a body's name cannot take it in.
    Other,
}

fn at_word(sorted: &SortedSpans, at: usize, end: usize) -> At {
    let chosen = sorted.all();
    let k = sorted.first_starting_from(at);
    match chosen.get(k).filter(|c| c.start < end) {
        None => At::Free,
        Some(c) if matches!(c.kind, MentionType::Entity(EntityType::Country | EntityType::Place)) => At::Place(k, c.end),
        Some(c) if c.kind == MentionType::Entity(EntityType::Organization) => At::Body(k, c.end),
        Some(_) => At::Other,
    }
}
