//! Towns, villages, camps and provinces the knowledge base does not know, found by the word the
//! press puts before them: `بلدة الخيام`, `أطراف بلدة كفركلا`, `قرية دير ياسين`, `مخيم عين الحلوة`,
//! `إقليم شيشاوة`, `بولاية أدرار`; after a plural or a dual, each name of the list (`أقاليم الحوز
//! وشيشاوة وتارودانت`). The name after the word becomes an unlinked `place` mention (the word
//! itself is not part of it, as a title is not part of a person's name), so the reader still sees
//! it highlighted. A dam, a quarter, a landfill and a saint's town keep their word, which is part
//! of the name (`سد قدارة`, `حي الطريف`, `مطمر الناعمة`, `سيدي عبد الله`), and so does an airport
//! named after a person (`مطار رفيق الحريري الدولي`). Conflict
//! reporting from Lebanon, Syria, Palestine, Yemen and Sudan names many places no knowledge base
//! lists.
//!
//! **What counts as a name.** The word for the place is indefinite, in the construct state; what
//! follows it is its name unless it is an adjective (`بلدة حدودية`, `مخيم فلسطيني`: an
//! indefinite word ending in `ة` or in the nisba's `ي`), a plural (`مخيم اللاجئين`, `قرى`), a
//! function word, a word with a preposition (`قرية بالقرب من`), or a mention already found
//! (`مدينة صور` is Tyre, found by the knowledge base). A first word that starts a compound
//! place name (`عين`, `دير`, `كفر`, `بيت`…) takes the next word too.

use super::gazetteer::{next_word, offset_in, SortedSpans, Span};
use super::titles::{basic_arabic, has_proclitic_and_article, is_not_name};
use super::MentionType;
use crate::kb::EntityType;

/// Words (normalised, indefinite) for a town, a village, a camp, a province, a wilaya, a
/// governorate or a douar, singular, dual and some plurals; scanned by the gazetteer's automaton.
pub const KIND_WORDS: &[&str] = &[
    "بلده", "بلدتي", "قريه", "قريتي", "مخيم", "مخيمي", "مخيمات", "مدينه", "مدينتي",
    // The provinces, wilayas and governorates of the Maghreb and Egypt, and the Moroccan douar:
    // `إقليم شيشاوة`, `بولاية أدرار`, `بمحافظة مطروح`, `دوار تيخت`.
    "اقليم", "اقليمي", "اقاليم", "ولايه", "ولايتي", "ولايات", "محافظه", "محافظتي", "محافظات", "دوار",
    // Algeria's communes: `ببلدية أوقروت`, `بلدية السوقر بولاية تيارت`.
    "بلديه", "بلديتي",
    // A dam and a station (a desalination plant, a power station) named after their place:
    // `سد قدارة`, `محطة فوكة 2`. See [`Agreement::Facility`].
    "سد", "محطه",
    // An airport named after a person, closed by `الدولي` (`مطار رفيق الحريري الدولي`); see
    // [`airport_name`].
    "مطار",
    // The Maghreb's towns named after a saint (`بسيدي عبد الله`, `في سيدي موسى`); see
    // [`sidi_name`].
    "سيدي",
    // A quarter and a landfill named by a definite word (`حي الطريف`, `مطمر الناعمة`).
    "حي", "مطمر",
    // An island (`بجزيرة السعديات`, `جزيرة جربة`), and a lake, which keeps its word, as a
    // basin does (`بحيرة التمساح`, `بحيرة فيكتوريا`).
    "جزيره", "بحيره",
    // A border crossing, and two (`معبر نصيب`, `معبري العبودية والعريضة`).
    "معبر", "معبري",
    // A river basin or an oil and gas basin, named as a dam is (`حوض سبو`, `حوض بركين`,
    // `حوض اللوكوس`); two of them (`حوضي بركين وإليزي`).
    "حوض", "حوضي",
    // An oil or gas field, named as a basin is (`حقل قانا`, `حقل ظهر`, `حقل الغوار`; not
    // `حقل غاز`, `حقل الألغام`).
    "حقل", "حقلي",
];

/// Kinds whose word is part of the place's name (`سد بني هارون` is the dam, where `بلدة الخيام` is
/// الخيام).
const NAMED_WITH_KIND: &[&str] = &["سد", "سيدي", "حي", "مطمر", "حوض", "حقل", "بحيره"];

/// Definite words after `سد` that are what it fills ("filling", "covering"): `سد الفجوة`, `سد
/// العجز`, `سد الخصاص`, `سد الحاجة`; and after `حوض` what a basin holds or serves (`حوض
/// السباحة`, `حوض المياه`).
const NOT_DAM_NAME: &[&str] = &[
    "الفجوه", "العجز", "النقص", "الخصاص", "الحاجه", "الثغره", "الفراغ", "الطريق", "الذرائع", "الباب", "الرمق",
    "المنافذ", "الشغور", "الطلب", "العوز", "الهوه", "الديون", "الدين", "الفارق", "النقائص", "الثغرات",
    "السباحه", "الاستحمام", "المياه", "الماء", "النهر", "البحر", "الغسيل", "السمك", "الاسماك", "الميناء", "المرفا",
    "الغاز", "النفط", "البترول", "الالغام", "التجارب", "الاختصاص", "الطاقه", "الزراعه", "التعليم", "العمل",
    "الرابع", "الاول", "الثاني", "الثالث", "الخامس", "الجاف", "الكبير", "الصغير",
];

/// Indefinite words after `سد` or `محطة` that name no place: `سد` is also "filling" (`سد فجوة`,
/// `سد حاجة`), and `محطة` is a station of a kind (`محطة كهرباء`, `محطة تحلية`, `محطة قطار`).
const NOT_FACILITY_NAME: &[&str] = &[
    "فجوه", "ثغره", "حاجه", "عجز", "نقص", "فراغ", "رمق", "باب", "منيع", "مائي", "ترابي", "ركامي",
    "كهرباء", "توليد", "ضخ", "قطار", "قطارات", "وقود", "مترو", "فضاء", "رصد", "معالجه", "تحليه", "طاقه", "تصفيه",
    "ارسال", "بنزين", "تلفزيون", "اذاعه", "حافلات", "رياح", "تعبئه", "تحويل", "تزويد", "تنقيه", "تكرير", "ركاب",
    "نقل", "استقبال", "ابحاث", "مراقبه", "قياس", "تحكم", "خدمه", "خدمات", "غاز", "مهمه", "هامه", "رئيسيه", "محوريه",
    "اساسيه", "فاصله", "تاريخيه", "بارزه", "انتخابيه", "اولي", "اخيره", "جديده", "نوويه", "شمسيه", "حراريه",
    "كهرومائيه", "مركزيه", "فرعيه", "تجريبيه", "ثابته", "متنقله", "لتحليه", "لتوليد", "لمعالجه", "للكهرباء",
    "سكك", "تلفزه", "لحظه", "توقف", "مفصليه", "جويه", "ارضيه", "فضائيه", "دوليه", "وطنيه", "محليه",
    // A polling station (`412 محطة اقتراع`).
    "اقتراع", "تصويت",
    // What a station of a field or a grid does (`محطة عزل الغاز`, `محطة شحن`, `محطة تقوية`).
    "عزل", "فصل", "ضغط", "تخزين", "تسييل", "تجميع", "تبريد", "شحن", "تقويه", "ربط", "انتاج",
    // "Main" as the Levant and the Gulf write it (`محطة رئيسة على طريق البخور`), "passing"
    // (`ليست محطة عابرة`).
    "رئيسه", "عابره",
    // Adjectives in `ة` of a station (`أول محطة عائمة للغاز`).
    "عائمه", "كبيره", "صغيره", "ضخمه", "عملاقه", "حديثه", "قديمه", "متطوره", "مستقله", "ذكيه",
    // A barrier, not a dam's name (`إنشاء سد قاطع على شط العرب`).
    "قاطع",
    // What a basin is (`حوض سباحة`, `حوض مائي كبير`), and adjectives of a dam or a basin.
    "سباحه", "استحمام", "مياه", "ماء", "غسيل", "سمك", "اسماك", "كبير", "صغير", "ضخم", "عميق", "واسع", "جاف",
    // What a field holds, and its adjectives (`حقل غاز جديد`, `حقل نفط عملاق`).
    "نفط", "بترول", "الغام", "تجارب", "جديد", "عملاق", "واعد", "بحري", "مشترك", "ثان", "اخر", "اول",
];

/// Whether a normalised word is one of [`KIND_WORDS`] or another word for a part of a country
/// (`منطقه`, `عاصمه`, a direction): no body's noun before a place's name.
pub(crate) fn is_kind_word(w: &str) -> bool {
    KIND_WORDS.contains(&w) || matches!(w, "منطقه" | "عاصمه" | "جهه" | "وسط" | "شمال" | "جنوب" | "شرق" | "غرب" | "ضواحي" | "سكان" | "ابناء")
}

/// The masculine ones: an adjective after them ends in `ي` (`مخيم فلسطيني`), and a word in `ة`
/// is a name (`مخيم بلاطة`). After the others, the other way round (`بلدة حدودية`, `بلدة بشري`).
const MASCULINE_KINDS: &[&str] = &["مخيم", "مخيمي", "اقليم", "اقليمي", "دوار", "معبر", "معبري"];

/// Kinds after which a feminine word is a name unless it is a nisba (`ولاية سكيكدة`, `محافظة
/// قنا`; but `ولاية رئاسية`): many wilayas and governorates end in `ة`.
const NISBA_TEST_KINDS: &[&str] = &["ولايه", "ولايتي", "ولايات", "محافظه", "محافظتي", "محافظات", "اقاليم"];

/// Plurals and duals: they name a list, `و` before each name after the first (`أقاليم الحوز
/// وشيشاوة وتارودانت`, `بإقليمي تارودانت وأزيلال`), with how many names at most.
const LIST_KINDS: &[(&str, usize)] = &[
    ("مخيمات", 8), ("اقاليم", 8), ("ولايات", 8), ("محافظات", 8), ("بلدتي", 2), ("قريتي", 2), ("مخيمي", 2),
    ("مدينتي", 2), ("اقليمي", 2), ("ولايتي", 2), ("محافظتي", 2), ("حوضي", 2), ("حقلي", 2), ("معبري", 2),
];

/// Duals of [`LIST_KINDS`] that are also adjectives (normalised): `إقليمي`, "regional"; `حوضي`,
/// "of a basin".
const DUAL_ADJECTIVES: &[&str] = &["اقليمي", "حوضي"];

/// First words of compound place names (normalised): the name takes the word after them too.
const COMPOUND_FIRST: &[&str] = &[
    "عين", "دير", "كفر", "بيت", "تل", "جبل", "راس", "بئر", "خان", "بنت", "ام", "ابو", "بني", "سيدي", "وادي", "مجدل",
    "برج", "عيتا", "حاره", "مرج", "سهل", "عرب", "دار", "كديه",
    // `أبو` in the genitive (`حوض أبي رقراق`).
    "ابي",
];

/// Words that follow a word for a place and name none: adjectives of places the press uses
/// without the `ة` or `ي` test catching them, and nouns that start a phrase.
const NOT_PLACE: &[&str] = &[
    "كبيره", "صغيره", "جديد", "جديده", "قديمه", "كامله", "اخري", "اخر", "واحده", "واحد", "ثالثه", "ثانيه",
    // A safe passage (`معبر آمن`).
    "امن", "امنا",
    // The republic's governorates (`تتصدر محافظات الجمهورية`), the region's (`محافظات المنطقة`).
    "الجمهوريه", "المنطقه",
    "مئقت", "ملاهي", "الملاهي", "كامل", "تدريب", "التدريب", "سابقه", "مقبله", "لاحقه", "رابعه", "خامسه", "طويله",
    "قصيره", "كبري", "عديده", "مختلفه", "تجاه", "اولي", "عماله", "اقليم", "جماعه", "ولايه", "محافظه",
    // Participles agreeing with a plural (`ولايات مجاورة`, `قرى متاخمة`, `مناطق نائية`).
    "مجاوره", "متاخمه", "نائيه", "متضرره", "منكوبه", "معزوله", "متعدده", "كثيره",
    "المعارض", "الالعاب", "الانتاج", "الشباب", "الطلاب", "النزوح", "الايواء", "اللجوء", "الاشباح", "مثل", "شبه", "غير", "تقع", "يقع", "تضم", "يضم", "تبعد",
    "يبعد", "تعد", "يعد", "تحتضن", "يحتضن", "تستضيف", "يستضيف", "تشهد", "يشهد", "تحولت", "تحول", "اصبحت",
    "باتت", "تعرضت", "تعرض", "تتبع", "يتبع", "تطل", "يطل", "تمتد", "يمتد",
    // Indefinite plurals (`مخيم نازحين`); place names may end as plurals do (`يارون`, `تبنين`).
    "لاجئين", "نازحين", "مهجرين", "مستوطنين", "مسلحين", "مدنيين", "عمال", "طلاب",
    // Directions and places relative to another (`مخيمات شمال غرب سوريا`, `ولايات الجنوب`).
    "شمال", "جنوب", "شرق", "غرب", "وسط", "قرب", "داخل", "خارج", "اطراف", "ضواحي", "محيط", "الشمال", "الجنوب",
    "الشرق", "الغرب", "الوسط", "الوطن", "البلاد",
    // A stage of a programme (`محافظات المرحلة الأولى`).
    "المرحله", "المرحلتين",
    // `ولاية` is also a mandate or a term of office: `ولاية القوة الدولية`, `ولاية بعثة
    // المينورسو`, `ولاية الرئيس`.
    "القوه", "قوه", "بعثه", "البعثه", "الرئيس", "المجلس", "مجلس", "الحكومه", "اللجنه", "لجنه", "المحكمه", "البرلمان",
    "النواب", "المدعي", "الامين", "الامم",
    // A preposition and a noun (`مدينة بحجم باريس`).
    "بحجم", "بعدد", "بلا", "بدون", "بنفس", "بكل", "بقلب",
    // Adverbs: `مدينة` is also "indebted" (`الجاز مدينة كثيرا لهذه الإيقاعات`).
    "كثيرا", "جدا", "ايضا", "دائما", "حاليا", "سابقا", "لاحقا", "تماما", "اساسا", "فعلا", "اصلا",
];

/// Finds the places named after the words for a place `kinds` (byte spans in the normalised
/// `text`, in text order, as the gazetteer's scan found them). `chosen` are the mentions chosen
/// so far and `people` the unlinked people and bodies found after titles, each in text order
/// without overlaps. Returns the places, in text order.
pub fn find_places_by_kind(text: &str, kinds: &[(u32, u32)], chosen: &[Span], people: &[Span]) -> Vec<Span> {
    let place = |start, end| Span { start, end, kind: MentionType::Entity(EntityType::Place), entity: None, demonym: false, date: None };
    let mut places = Vec::new();
    let (chosen, people) = (SortedSpans::new(chosen), SortedSpans::new(people));
    for &(s, e) in kinds {
        let (s, e) = (s as usize, e as usize);
        // The word for the place must stand alone: not inside a name already found (`مدينة
        // العيون`, `مدينة الملك عبدالله الاقتصادية`).
        if chosen.overlaps(s, e) || people.overlaps(s, e) {
            continue;
        }
        let kind = &text[s..e];
        // The town's name may hold a first name the titles' rules took for a person (`عبد
        // الله`): the caller drops that person.
        let only_people = |end: usize| {
            people.all()[people.first_ending_after(s)..]
                .iter()
                .take_while(|p| p.start < end)
                .all(|p| p.kind == MentionType::Entity(EntityType::Person) && p.entity.is_none())
        };
        // A dam named after a saint (`سد سيدي محمد بن عبد الله`).
        let saint = if kind == "سد" { next_word(text, e).filter(|w| *w == "سيدي") } else { None };
        if kind == "سيدي" || saint.is_some() {
            let end = match saint {
                // The saint's whole name, as the titles' rules found it when they took it for a
                // person, or as a saint's town is named.
                Some(w) => {
                    let se = offset_in(text, w) + w.len();
                    let person = people.all()[people.first_ending_after(se)..]
                        .first()
                        .filter(|p| next_word(text, se).is_some_and(|w| offset_in(text, w) == p.start) && p.kind == MentionType::Entity(EntityType::Person) && p.entity.is_none())
                        .map(|p| p.end);
                    person.or_else(|| saint_name_end(text, se))
                }
                None => sidi_name(text, s, e),
            };
            if let Some(end) = end.filter(|&end| !chosen.overlaps(s, end) && only_people(end) && places.last().is_none_or(|p: &Span| p.end <= s)) {
                places.push(place(s, end));
            }
            continue;
        }
        if kind == "مطار" {
            if let Some(end) = airport_name(text, e).filter(|&end| !chosen.overlaps(e, end) && !people.overlaps(e, end) && places.last().is_none_or(|p: &Span| p.end <= s)) {
                places.push(place(s, end));
            }
            continue;
        }
        let test = if kind == "سد" {
            Agreement::Dam
        } else if matches!(kind, "حوض" | "حوضي" | "حقل" | "حقلي" | "بحيره") {
            Agreement::Basin
        } else if matches!(kind, "حي" | "مطمر") {
            Agreement::Genitive
        } else if NAMED_WITH_KIND.contains(&kind) || kind == "محطه" {
            Agreement::Facility
        } else if MASCULINE_KINDS.contains(&kind) {
            Agreement::Masculine
        } else if NISBA_TEST_KINDS.contains(&kind) {
            Agreement::Nisba
        } else {
            Agreement::Feminine
        };
        let most = LIST_KINDS.iter().find(|(k, _)| *k == kind).map_or(1, |&(_, n)| n);
        // A dual that is also an adjective (`مركز إقليمي لتبادل الكهرباء`, "a regional centre"):
        // the two names must be there, the second after `و` (`بإقليمي تارودانت وأزيلال`).
        if DUAL_ADJECTIVES.contains(&kind) && !next_word(text, e).and_then(|w| next_word(text, offset_in(text, w) + w.len())).is_some_and(|w| w.starts_with('و')) {
            continue;
        }
        // The names: the first right after the word, each next one after `و` (a list's name
        // known to the knowledge base is already a mention, and the list goes on past it).
        let mut at = e;
        for n in 0..most {
            let Some(word) = next_word(text, at) else { break };
            let (mut start, name) = (offset_in(text, word), word);
            let name = if n == 0 {
                name
            } else {
                // Only spaces between, and the next item's `و`.
                if !text[at..start].bytes().all(|b| b == b' ') {
                    break;
                }
                let Some(rest) = name.strip_prefix('و') else { break };
                start += 'و'.len_utf8();
                rest
            };
            // A name the knowledge base knows: the list goes on after it.
            let k = chosen.first_ending_after(start);
            if let Some(c) = chosen.all().get(k).filter(|c| c.start < start + name.len()) {
                if c.start == start && matches!(c.kind, MentionType::Entity(EntityType::Place | EntityType::Country)) && !c.demonym {
                    at = c.end;
                    continue;
                }
                break;
            }
            if !names_a_place(name, test) {
                break;
            }
            let mut end = start + name.len();
            if COMPOUND_FIRST.contains(&name) {
                match next_word(text, end).filter(|w| basic_arabic(w) && !is_not_name(w) && !w.starts_with('و')) {
                    Some(second) => end = offset_in(text, second) + second.len(),
                    None => break,
                }
            }
            if chosen.overlaps(start, end) || people.overlaps(start, end) || places.last().is_some_and(|p: &Span| p.end > start) {
                break;
            }
            let start = if NAMED_WITH_KIND.contains(&kind) { s } else { start };
            places.push(place(start, end));
            at = end;
        }
    }
    places
}

/// The end of an airport's name after `مطار` (ending at byte `at`): two or three words of a name
/// the knowledge base does not know, then `الدولي` (`مطار رفيق الحريري الدولي`, `مطار هواري بومدين
/// الدولي`). A name it knows is a mention already, and the facilities' rule takes it (`مطار بيروت
/// الدولي`).
fn airport_name(text: &str, at: usize) -> Option<usize> {
    let mut end = at;
    for n in 0..4 {
        // (`next_word` skips spaces only: no punctuation between.)
        let w = next_word(text, end)?;
        end = offset_in(text, w) + w.len();
        if w == "الدولي" {
            return (n >= 2).then_some(end);
        }
        if n == 3 || !basic_arabic(w) || w.chars().count() < 3 || is_not_name(w) || has_proclitic_and_article(w) || w.starts_with('و') {
            return None;
        }
    }
    None
}

/// The end of a town's name after `سيدي` (at bytes `s..e`), where it names a place: written with
/// `ب` or `ل` (`بسيدي عبد الله`) or after a preposition of place (`في سيدي موسى`). Elsewhere
/// `سيدي` is "my lord" (`سيدي الرئيس`) or part of a man's name (`سيدي محمد`). The name is one
/// word without the article, or two after `عبد`, `أبو` or another first word of a compound name.
fn sidi_name(text: &str, s: usize, e: usize) -> Option<usize> {
    let ws = crate::normalize::word_start(text, s);
    let prefixed = ws < s && text[ws..s].contains(['ب', 'ل']);
    let after_preposition = super::gazetteer::previous_word(text, ws).is_some_and(|w| matches!(w, "في" | "من" | "الي" | "نحو" | "قرب" | "بين" | "وفي"));
    if !prefixed && !after_preposition {
        return None;
    }
    saint_name_end(text, e)
}

/// The end of a saint's name after `سيدي` (ending at byte `e`): one word without the article, or
/// two after `عبد`, `أبو` or another first word of a compound name.
fn saint_name_end(text: &str, e: usize) -> Option<usize> {
    let first = next_word(text, e)?;
    if !basic_arabic(first) || first.chars().count() < 3 || first.starts_with("ال") || first.starts_with('و') || is_not_name(first) {
        return None;
    }
    let mut end = offset_in(text, first) + first.len();
    if first == "عبد" || first == "ابو" || COMPOUND_FIRST.contains(&first) {
        let second = next_word(text, end).filter(|w| basic_arabic(w) && !is_not_name(w))?;
        end = offset_in(text, second) + second.len();
    }
    Some(end)
}

/// How an adjective after a word for a place agrees with it, and so which words are names.
#[derive(Clone, Copy, PartialEq)]
enum Agreement {
    /// An adjective ends in `ي` (`مخيم فلسطيني`); a word in `ة` is a name (`مخيم بلاطة`).
    Masculine,
    /// An adjective ends in `ة` (`بلدة حدودية`); a word in `ي` is a name (`بلدة بشري`).
    Feminine,
    /// An adjective is a nisba in `ية` (`ولاية رئاسية`); other words in `ة` are names (`ولاية
    /// سكيكدة`, `محافظة قنا`).
    Nisba,
    /// After `سد`: as after `محطة`, or a definite word that is no object of `سد` "filling"
    /// ([`NOT_DAM_NAME`]: `سد الفجوة`, `سد العجز`) and no plural (`سد الوحدة`, `سد المسيرة`).
    Dam,
    /// After `حوض`: as after `سد`, but an indefinite name may end as a plural does (`حوض
    /// بركين`).
    Basin,
    /// After `حي` and `مطمر`: only a definite word, the genitive of the indefinite word (`حي
    /// الطريف`, `حي البجيري`, `مطمر الناعمة`); an adjective would agree with it (`حي سكني`), and
    /// `حي` after a noun is "alive" (`كائن حي يعيش`). No plural in `ات` (`مطمر النفايات`).
    Genitive,
    /// After `محطة` (and, for indefinite words, `سد`): only an indefinite word names the place
    /// (`محطة فوكة`; `محطة الكهرباء` is the power station), and no word of [`NOT_FACILITY_NAME`]
    /// (`سد فجوة`, `محطة تحلية`), nisba or plural.
    Facility,
}

/// Whether the word after a word for a place can be that place's name.
fn names_a_place(w: &str, agreement: Agreement) -> bool {
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
    if agreement == Agreement::Genitive {
        return definite && !w.ends_with("ات");
    }
    let plural = ["ات", "ين", "ون"].iter().any(|p| w.ends_with(p));
    if matches!(agreement, Agreement::Dam | Agreement::Basin) && definite {
        return !NOT_DAM_NAME.contains(&w) && !plural;
    }
    if matches!(agreement, Agreement::Facility | Agreement::Dam | Agreement::Basin) {
        let plural = if agreement == Agreement::Basin { w.ends_with("ات") } else { plural };
        return !definite && !w.starts_with('ل') && !NOT_FACILITY_NAME.contains(&w) && !w.ends_with("يه") && !w.ends_with('ي') && !plural;
    }
    // Plurals with the article (`اللاجئين`, `المهجرين`, `الطلبات`).
    if definite && plural {
        return false;
    }
    // A noun or a verb with its pronoun (`مدينة عمرها ألف عام`, `قرية يسكنها مئات`).
    if !definite && w.ends_with("ها") {
        return false;
    }
    // An indefinite adjective agreeing with the word (`بلدة حدودية`, `مخيم فلسطيني`).
    definite
        || match agreement {
            Agreement::Masculine => !w.ends_with('ي'),
            Agreement::Feminine => !w.ends_with('ه'),
            Agreement::Nisba => !w.ends_with("يه"),
            Agreement::Facility | Agreement::Genitive | Agreement::Dam | Agreement::Basin => unreachable!("answered above"),
        }
}
