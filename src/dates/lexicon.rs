//! The words that date expressions are made of, in their normalised spelling
//! ([`crate::normalize`]: أ إ آ → ا, ى → ي, ة → ه).
//!
//! [`ANCHORS`] are the words that can start a date search (the automaton looks only for them);
//! the other tables are read around an anchor.

/// Which calendar a month name belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Calendar {
    /// Gregorian.
    Gregorian,
    /// Umm al-Qura (Hijri).
    Hijri,
}

/// A unit of time for relative expressions and durations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Day.
    Day,
    /// Week.
    Week,
    /// Month.
    Month,
    /// Year.
    Year,
}

impl Unit {
    /// The ISO 8601 duration designator.
    pub fn designator(self) -> char {
        match self {
            Unit::Day => 'D',
            Unit::Week => 'W',
            Unit::Month => 'M',
            Unit::Year => 'Y',
        }
    }
}

/// What an anchor word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// A month name.
    Month {
        /// Its calendar.
        calendar: Calendar,
        /// Its number, 1–12.
        month: u8,
        /// It is also an ordinary word or name (مارس "practised", ماي the surname, اب "father",
        /// نيسان the car maker, رمضان and رجب first names, صفر "zero"), so it needs stronger
        /// date context.
        common_word: bool,
    },
    /// A weekday, ISO numbered (1 Monday … 7 Sunday).
    Weekday(u8),
    /// A season: 0 spring, 1 summer, 2 autumn, 3 winter (a date only with هذا, a direction or a
    /// year: `الصيف المقبل`, `صيف 2024`; `فصل الصيف`, `الربيع العربي` are not).
    Season(u8),
    /// `الربع` (`الثلاثي` in the Maghreb), a quarter of a year, and `النصف` (`السداسي`), a half:
    /// a date only with its ordinal and a year or a year phrase (`الربع الأول من العام المقبل`,
    /// `السداسي الأول من 2027`). The number of parts of the year: 4 or 2.
    Quarter(u8),
    /// اليوم.
    Today,
    /// أمس, الأمس, البارحة.
    Yesterday,
    /// غداً (written غدا).
    Tomorrow,
    /// غد, only a date after يوم or بعد or a time of day.
    BareTomorrow,
    /// الأسبوع, الشهر, العام, السنة: a date with هذا/هذه before or an adjective after.
    DefiniteUnit(Unit),
    /// عام, سنة: a year follows.
    YearWord,
    /// A dual (العامين): a two-unit duration when an adjective follows.
    Dual(Unit),
    /// A plural (السنوات): a duration when a count and an adjective follow.
    Plural(Unit),
    /// An indefinite unit (سنوات, عامين): a duration after a time preposition and, for a plural,
    /// a count (منذ عشر سنوات, خلال عامين). `dual`: the word itself says two.
    CountedNoun {
        /// The unit counted.
        unit: Unit,
        /// A dual (عامين), which needs no count.
        dual: bool,
    },
}

use Anchor::*;
use Calendar::*;

const fn greg(month: u8) -> Anchor {
    Month { calendar: Gregorian, month, common_word: false }
}
const fn greg_word(month: u8) -> Anchor {
    Month { calendar: Gregorian, month, common_word: true }
}
const fn hijri(month: u8) -> Anchor {
    Month { calendar: Hijri, month, common_word: false }
}
const fn hijri_word(month: u8) -> Anchor {
    Month { calendar: Hijri, month, common_word: true }
}

/// Every anchor, in normalised spelling. Month names cover the Egyptian/Gulf, Levantine/Iraqi,
/// Algerian/Tunisian, Moroccan and Mauritanian sets.
pub const ANCHORS: &[(&str, Anchor)] = &[
    // Egyptian and Gulf (and, for most, Mauritanian and Moroccan).
    ("يناير", greg(1)),
    ("جانفي", greg(1)),
    ("فبراير", greg(2)),
    ("فيفري", greg(2)),
    ("مارس", greg_word(3)),
    ("ابريل", greg(4)),
    ("افريل", greg(4)),
    ("مايو", greg(5)),
    ("ماي", greg_word(5)),
    ("يونيو", greg(6)),
    ("يونيه", greg(6)),
    ("جوان", greg_word(6)),
    ("يوليو", greg(7)),
    ("يوليه", greg(7)),
    ("يوليوز", greg(7)),
    ("جويليه", greg(7)),
    ("اغسطس", greg(8)),
    ("اغسطوس", greg(8)),
    ("اوت", greg_word(8)),
    ("غشت", greg(8)),
    ("اغشت", greg(8)),
    ("سبتمبر", greg(9)),
    ("شتنبر", greg(9)),
    ("شتمبر", greg(9)),
    ("اكتوبر", greg(10)),
    ("نوفمبر", greg(11)),
    ("نونبر", greg(11)),
    ("ديسمبر", greg(12)),
    ("دجنبر", greg(12)),
    ("دجمبر", greg(12)),
    // Levantine and Iraqi, with and without the article.
    ("كانون الثاني", greg(1)),
    ("كانون ثاني", greg(1)),
    ("شباط", greg(2)),
    ("اذار", greg_word(3)),
    ("نيسان", greg_word(4)),
    ("ايار", greg(5)),
    ("حزيران", greg(6)),
    ("تموز", greg_word(7)),
    ("اب", greg_word(8)),
    ("ايلول", greg(9)),
    ("تشرين الاول", greg(10)),
    ("تشرين اول", greg(10)),
    ("تشرين الثاني", greg(11)),
    ("تشرين ثاني", greg(11)),
    ("كانون الاول", greg(12)),
    ("كانون اول", greg(12)),
    // Hijri.
    ("محرم", hijri_word(1)),
    ("المحرم", hijri_word(1)),
    ("صفر", hijri_word(2)),
    ("ربيع الاول", hijri(3)),
    ("ربيع اول", hijri(3)),
    ("ربيع الثاني", hijri(4)),
    ("ربيع ثاني", hijri(4)),
    ("ربيع الاخر", hijri(4)),
    ("جمادي الاولي", hijri(5)),
    ("جمادي الاول", hijri(5)),
    ("جمادي الاخره", hijri(6)),
    ("جمادي الاخر", hijri(6)),
    ("جمادي الثانيه", hijri(6)),
    ("جمادي الثاني", hijri(6)),
    ("رجب", hijri_word(7)),
    ("شعبان", hijri_word(8)),
    ("رمضان", hijri_word(9)),
    ("شوال", hijri_word(10)),
    ("ذو القعده", hijri(11)),
    ("ذي القعده", hijri(11)),
    ("ذا القعده", hijri(11)),
    ("ذو الحجه", hijri(12)),
    ("ذي الحجه", hijri(12)),
    ("ذا الحجه", hijri(12)),
    // Weekdays.
    ("الاثنين", Weekday(1)),
    ("الثلاثاء", Weekday(2)),
    ("الاربعاء", Weekday(3)),
    ("الخميس", Weekday(4)),
    ("الجمعه", Weekday(5)),
    ("السبت", Weekday(6)),
    ("الاحد", Weekday(7)),
    // Relative words.
    ("اليوم", Today),
    ("امس", Yesterday),
    ("الامس", Yesterday),
    ("البارحه", Yesterday),
    ("غدا", Tomorrow),
    ("غد", BareTomorrow),
    ("الاسبوع", DefiniteUnit(Unit::Week)),
    ("الشهر", DefiniteUnit(Unit::Month)),
    ("الربيع", Season(0)),
    ("ربيع", Season(0)),
    ("الصيف", Season(1)),
    ("صيف", Season(1)),
    // The Maghreb's word for the summer season (`صائفة 2027`).
    ("الصائفه", Season(1)),
    ("صائفه", Season(1)),
    ("الخريف", Season(2)),
    ("خريف", Season(2)),
    ("الشتاء", Season(3)),
    ("شتاء", Season(3)),
    ("الربع", Quarter(4)),
    ("الثلاثي", Quarter(4)),
    // After `ل` the article's alef is not written: `للربع الأخير`, `للثلاثي الأول`.
    ("لربع", Quarter(4)),
    ("لثلاثي", Quarter(4)),
    // Morocco's word for a quarter, in the HCP's and MAP's figures (`الفصل الثاني من 2027`).
    ("الفصل", Quarter(4)),
    ("النصف", Quarter(2)),
    ("السداسي", Quarter(2)),
    ("العام", DefiniteUnit(Unit::Year)),
    ("السنه", DefiniteUnit(Unit::Year)),
    // After `ل` the article's alef is not written: `للعام الجاري`, `للسنة المقبلة`.
    ("لعام", DefiniteUnit(Unit::Year)),
    ("لسنه", DefiniteUnit(Unit::Year)),
    ("عام", YearWord),
    ("سنه", YearWord),
    ("اليومين", Dual(Unit::Day)),
    ("الاسبوعين", Dual(Unit::Week)),
    ("الشهرين", Dual(Unit::Month)),
    ("العامين", Dual(Unit::Year)),
    ("السنتين", Dual(Unit::Year)),
    ("الايام", Plural(Unit::Day)),
    ("الاسابيع", Plural(Unit::Week)),
    ("الاشهر", Plural(Unit::Month)),
    ("الشهور", Plural(Unit::Month)),
    ("السنوات", Plural(Unit::Year)),
    ("الاعوام", Plural(Unit::Year)),
    ("ايام", CountedNoun { unit: Unit::Day, dual: false }),
    ("اسابيع", CountedNoun { unit: Unit::Week, dual: false }),
    ("اشهر", CountedNoun { unit: Unit::Month, dual: false }),
    ("شهور", CountedNoun { unit: Unit::Month, dual: false }),
    ("سنوات", CountedNoun { unit: Unit::Year, dual: false }),
    ("اعوام", CountedNoun { unit: Unit::Year, dual: false }),
    ("سنين", CountedNoun { unit: Unit::Year, dual: false }),
    ("يومين", CountedNoun { unit: Unit::Day, dual: true }),
    ("اسبوعين", CountedNoun { unit: Unit::Week, dual: true }),
    ("شهرين", CountedNoun { unit: Unit::Month, dual: true }),
    ("عامين", CountedNoun { unit: Unit::Year, dual: true }),
    ("سنتين", CountedNoun { unit: Unit::Year, dual: true }),
];

/// Words that place a month or year in time: a date needs one of them (or a day number, a year,
/// a relative adjective) around an ambiguous month name. Read after stripping و/ف.
pub const DATE_PREPOSITIONS: &[&str] =
    &["في", "خلال", "منذ", "حتي", "قبل", "بعد", "بحلول", "طيله", "طوال"];

/// Nouns after which a bare year is a date (normalised): the horizon of a plan (`أفق 2030`), a
/// budget's year (`موازنة 2027`, `السنة المالية 2027`), where a plan runs to (`إلى غاية 2030`, `لغاية 2030`), and the
/// events the press names by their year (`حرب 2024`, `انتخابات 2022`, `زلزال 2023`).
pub const YEAR_NOUNS: &[&str] = &[
    "افق", "افاق", "موازنه", "ميزانيه", "غايه", "لغايه", "حرب", "انتخابات", "ثوره", "زلزال", "المالي", "الماليه",
    // An event named by its year (`كأس العالم 2030`, `مونديال 2030`, `كأس أمم إفريقيا 2027`,
    // `إكسبو 2030`, `أولمبياد 2028`).
    "مونديال", "العالم", "افريقيا", "اكسبو", "اولمبياد", "نسخه",
    // `كأس العرب 2029`.
    "العرب",
    // A festival's or a fair's edition (`برنامج دورة 2027`).
    "دوره",
    // A season by its year (`كان موسم 2026 صعبا`).
    "موسم",
    // A parliament, a constitution, a census by its year (`لا تختلف كثيرا عن برلمان 2021`,
    // `دستور 2014`, `تعداد 2024`).
    "برلمان", "دستور", "تعداد",
];

/// Words of starting before `من` that make it a date's (`اعتباراً من 2027`, `بدءاً من`, `ابتداءً من`),
/// normalised, with or without the tanween's alef.
pub const STARTING_FROM: &[&str] = &["اعتبارا", "اعتبار", "بدءا", "بدء", "ابتداء", "ابتداءا", "انطلاقا"];

/// Prepositions that are date context only for unambiguous month names (من مارس could be "who
/// practised").
pub const WEAK_PREPOSITIONS: &[&str] = &["من", "الي", "و"];

/// Prepositions of a deadline before a month (normalised): the month is the reference year's.
pub const DEADLINES: &[&str] = &["قبل", "بحلول", "حتي"];

/// Words before a month or year that narrow it (span includes them): مطلع يناير, منتصف نيسان.
pub const MODIFIERS: &[&str] =
    &["مطلع", "منتصف", "اوائل", "اواخر", "اواسط", "بدايه", "نهايه", "اخر", "متم", "موفي", "شتاء", "صيف", "ربيع", "خريف"];

/// Prepositions of time before a counted duration (منذ عشر سنوات, خلال 6 أشهر).
pub const DURATION_PREPOSITIONS: &[&str] = &["منذ", "خلال", "قبل", "بعد", "لمده", "طوال", "مدي"];

/// Approximations between a preposition and a count (منذ أكثر من عشر سنوات), left out of the span.
pub const APPROXIMATIONS: &[&str] = &["نحو", "حوالي", "قرابه", "زهاء"];

/// Times of day before a day word (span includes them): مساء الأحد, صباح اليوم.
pub const TIMES_OF_DAY: &[&str] = &["صباح", "مساء", "ظهر", "عصر", "ليله", "ليل", "فجر", "ظهيره", "صبيحه", "عشيه"];

/// Which way an adjective after a month, weekday or unit points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// The previous one (الماضي).
    Past,
    /// The current one (الجاري).
    Current,
    /// The next one (المقبل).
    Future,
}

/// The adjective of direction, masculine, feminine and dual.
pub fn direction(word: &str) -> Option<Direction> {
    Some(match word {
        "الماضي" | "الماضيه" | "المنصرم" | "المنصرمه" | "الفائت" | "الفائته" | "الماضيين" | "الماضيتين" | "المنصرمين"
        | "الاخيرين" | "الاخيره" | "السابق" | "السابقه" => Direction::Past,
        "الجاري" | "الجاريه" | "الحالي" | "الحاليه" => Direction::Current,
        "المقبل" | "المقبله" | "القادم" | "القادمه" | "المقبلين" | "المقبلتين" | "القادمين" | "القادمتين" | "التالي" => Direction::Future,
        _ => return None,
    })
}

/// Counting words after a plural (السنوات الخمس الماضية).
pub fn count_word(word: &str) -> Option<u32> {
    Some(match word {
        "ثلاث" | "ثلاثه" => 3,
        "اربع" | "اربعه" => 4,
        "خمس" | "خمسه" => 5,
        "ست" | "سته" => 6,
        "سبع" | "سبعه" => 7,
        "ثماني" | "ثمانيه" | "ثمان" => 8,
        "تسع" | "تسعه" => 9,
        "عشر" | "عشره" => 10,
        _ => return None,
    })
}

/// Ordinal day words (الأول من أبريل), 1–10.
pub fn ordinal(word: &str) -> Option<u8> {
    Some(match word {
        // The Maghreb's `الفاتح` ("the opening" day): `الفاتح ديسمبر`, `الفاتح من نوفمبر`.
        "الاول" | "الحادي" | "الفاتح" => 1,
        "الثاني" => 2,
        "الثالث" => 3,
        "الرابع" => 4,
        "الخامس" => 5,
        "السادس" => 6,
        "السابع" => 7,
        "الثامن" => 8,
        "التاسع" => 9,
        "العاشر" => 10,
        _ => return None,
    })
}

/// Units after a number (منذ 3 سنوات).
pub fn counted_unit(word: &str) -> Option<Unit> {
    Some(match word {
        "يوم" | "يوما" | "ايام" => Unit::Day,
        "اسبوع" | "اسبوعا" | "اسابيع" => Unit::Week,
        "شهر" | "شهرا" | "اشهر" | "شهور" => Unit::Month,
        "عام" | "عاما" | "اعوام" | "سنه" | "سنوات" | "سنين" => Unit::Year,
        _ => return None,
    })
}

/// Words that open a clause of their own: a future tense before them does not reach a date
/// after them.
pub const CLAUSE_OPENERS: &[&str] = &["بعدما", "عندما", "حين", "حينما", "بينما", "فيما", "لكن", "لكنه", "حيث", "اذ", "الذي", "التي"];

/// Nouns that العام follows as the adjective "general" (الأمين العام, الرأي العام), written
/// without their article.
pub const GENERAL_NOUNS: &[&str] = &[
    "امين", "مدير", "نائب", "مدعي", "مراقب", "مفتش", "راي", "قطاع", "شان", "مئتمر", "منسق", "مقرر", "مفوض", "قائد",
    "مستشار", "امن", "نظام", "مال", "اضراب", "عفو", "تعليم", "ذوق", "صالح", "طابع", "اطار", "اتجاه", "مشهد", "وضع",
    "خط", "دين", "مرشد", "حاكم", "محامي", "سكرتير", "اتحاد",
];

/// Words that start a future tense: a month or weekday after them without a direction word is
/// the next one. Plus the future proclitic س, recognised in [`is_future_verb`].
pub const FUTURE_MARKERS: &[&str] = &[
    "سوف", "المقرر", "المتوقع", "المنتظر", "يعتزم", "تعتزم", "سيتم", "ستتم",
    // A forecast's "expected" (`أمطار مرتقبة من الأربعاء`, `يتوقع أن`, Morocco's `يرتقب`).
    "مرتقب", "مرتقبه", "المرتقب", "المرتقبه", "يرتقب", "ترتقب", "يتوقع", "تتوقع", "متوقع", "متوقعه",
    // The arrival or approach of a season or month (`قبل حلول شهر رمضان`, `مع اقتراب فصل الشتاء`).
    "حلول", "اقتراب", "استعدادا", "تستعد", "يستعد", "تستعدان", "يستعدان",
    // Future verbs of four letters, too short for [`is_future_verb`]'s test (`وستصل المبالغ`).
    "ستصل", "سيصل", "ستقع", "سيقع", "ستظل", "سيظل", "ستمر", "سيمر", "ستحل", "سيحل",
];

/// Past verbs news writes most before a date (normalised, without `و`/`ف`): after one, a month
/// ahead of the reference date is last year's (`ارتفع التضخم خلال فبراير` in January).
pub const PAST_VERBS: &[&str] = &[
    "ارتفع", "ارتفعت", "انخفض", "انخفضت", "تراجع", "تراجعت", "بلغ", "بلغت", "انتهي", "انتهت", "سجل", "سجلت", "شهد",
    "شهدت", "وصل", "وصلت", "اقر", "اقرت", "اقرها", "اقره", "بدا", "بدات", "عقد", "عقدت", "جري", "جرت", "وقع", "وقعت",
    "صدر", "صدرت", "كان", "كانت", "تم", "زار", "زارت", "رحل", "توفي", "اندلع", "اندلعت", "انطلق", "انطلقت",
];

/// Present-tense verbs of scheduled events: news writes them for what is coming (تنطلق البطولة
/// في يونيو), so a month or weekday after them without a direction word is the next one.
pub const SCHEDULE_VERBS: &[&str] = &[
    "يبدا", "تبدا", "ينطلق", "تنطلق", "يعقد", "تعقد", "ينعقد", "تنعقد", "يجري", "تجري", "يقام", "تقام", "يفتتح", "تفتتح",
    "يستضيف", "تستضيف", "يجتمع", "تجتمع", "ينظم", "تنظم", "يحتضن", "تحتضن", "يستانف", "تستانف", "يختتم", "تختتم",
    // An occasion that falls in a month (`التي تحل في كانون الثاني`).
    "تحل", "يحل",
];

/// Whether `word` looks like a verb with the future prefix س (سيزور، ستعقد، سنلتقي) rather
/// than one of the common nouns that begin the same way (سياسة، سيارة، ستة، سنة).
pub fn is_future_verb(word: &str) -> bool {
    const NOUNS: &[&str] = &[
        "سياس", "سيار", "سياح", "سياد", "سيط", "سيد", "سيو", "سير", "سيف", "سيب", "سينا", "سينم", "ستين", "سته", "ستون",
        "ستار", "ستوك", "سنه", "سنو", "سنت", "سنين", "سنغ", "سند", "سنا",
    ];
    // The prefix first: most words do not start with س, and counting characters decodes them.
    word.starts_with('س')
        && matches!(word.chars().nth(1), Some('ي' | 'ت' | 'ن'))
        && word.chars().count() >= 5
        && !NOUNS.iter().any(|n| word.starts_with(n))
}

/// TimeML's season codes, in the order of [`Anchor::Season`]: spring, summer, autumn, winter
/// (`2026-SU`).
pub const SEASON_CODES: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// The set of Gregorian month names an article writes (`سبتمبر`, `أيلول`, `شتنبر`…), so that a
/// card names months the way the article does. The browser formats them: CLDR has each set
/// under a regional Arabic locale ([`MonthNames::locale`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MonthNames {
    /// يناير، فبراير … سبتمبر (Egypt, the Gulf, and CLDR's `ar`).
    #[default]
    Standard,
    /// كانون الثاني، شباط … أيلول (Lebanon, Syria, Jordan, Palestine, Iraq).
    Levantine,
    /// جانفي، فيفري … أوت (Algeria, Tunisia).
    Algerian,
    /// يناير … يوليوز، غشت، شتنبر، نونبر، دجنبر (Morocco).
    Moroccan,
    /// … أغشت، شتمبر، دجمبر (Mauritania).
    Mauritanian,
}

impl MonthNames {
    /// The month names no other set uses, normalised, with the set they mark. A name shared by
    /// two sets (`ماي`, Algerian and Moroccan; `سبتمبر`) marks none.
    const MARKS: &'static [(&'static str, MonthNames)] = &[
        ("كانون", MonthNames::Levantine),
        ("شباط", MonthNames::Levantine),
        ("اذار", MonthNames::Levantine),
        ("نيسان", MonthNames::Levantine),
        ("ايار", MonthNames::Levantine),
        ("حزيران", MonthNames::Levantine),
        ("تموز", MonthNames::Levantine),
        ("اب", MonthNames::Levantine),
        ("ايلول", MonthNames::Levantine),
        ("تشرين", MonthNames::Levantine),
        ("جانفي", MonthNames::Algerian),
        ("فيفري", MonthNames::Algerian),
        ("افريل", MonthNames::Algerian),
        ("جوان", MonthNames::Algerian),
        ("جويليه", MonthNames::Algerian),
        ("اوت", MonthNames::Algerian),
        ("يوليوز", MonthNames::Moroccan),
        ("غشت", MonthNames::Moroccan),
        ("شتنبر", MonthNames::Moroccan),
        ("نونبر", MonthNames::Moroccan),
        ("دجنبر", MonthNames::Moroccan),
        ("اغشت", MonthNames::Mauritanian),
        ("شتمبر", MonthNames::Mauritanian),
        ("دجمبر", MonthNames::Mauritanian),
    ];

    /// The set a date expression's month name marks (`16 شتنبر الجاري` is Moroccan), if any.
    /// Only the words of a recognised date are read: `اب` alone is also "father".
    pub fn of_date_text(text: &str) -> Option<MonthNames> {
        let norm = crate::normalize::normalize_str(text);
        norm.split(|c: char| !crate::normalize::is_word_char(c))
            .find_map(|w| Self::MARKS.iter().find(|(m, _)| *m == w || w.strip_prefix(['ب', 'ل', 'و', 'ف']) == Some(m)).map(|&(_, s)| s))
    }

    /// The set a page's language tag names by its region (`ar-MA` is Moroccan), if any.
    pub fn of_lang(tag: &str) -> Option<MonthNames> {
        let mut parts = tag.split(['-', '_']);
        if !parts.next()?.eq_ignore_ascii_case("ar") {
            return None;
        }
        let region = parts.find(|p| p.len() == 2)?.to_ascii_uppercase();
        Some(match region.as_str() {
            "LB" | "SY" | "JO" | "PS" | "IQ" => MonthNames::Levantine,
            "DZ" | "TN" => MonthNames::Algerian,
            "MA" => MonthNames::Moroccan,
            "MR" => MonthNames::Mauritanian,
            _ => MonthNames::Standard,
        })
    }

    /// The Arabic locale whose CLDR month names are this set, for `Intl.DateTimeFormat`.
    pub fn locale(self) -> &'static str {
        match self {
            MonthNames::Standard => "ar",
            MonthNames::Levantine => "ar-LB",
            MonthNames::Algerian => "ar-DZ",
            MonthNames::Moroccan => "ar-MA",
            MonthNames::Mauritanian => "ar-MR",
        }
    }
}

#[cfg(test)]
mod month_names_tests {
    use super::MonthNames;

    #[test]
    fn a_date_marks_the_month_names_of_its_region() {
        for (text, set) in [
            ("16 شتنبر الجاري", Some(MonthNames::Moroccan)),
            ("يوليوز الماضي", Some(MonthNames::Moroccan)),
            ("في جانفي الماضي", Some(MonthNames::Algerian)),
            ("أوت 2024", Some(MonthNames::Algerian)),
            ("3 آب 2025", Some(MonthNames::Levantine)),
            ("كانون الثاني الماضي", Some(MonthNames::Levantine)),
            ("أيلول (سبتمبر)", Some(MonthNames::Levantine)),
            ("12 شتمبر 2025", Some(MonthNames::Mauritanian)),
            ("27 يناير 2026", None),
            ("25 و26 ماي الجاري", None),
            ("يوم الخميس", None),
        ] {
            assert_eq!(MonthNames::of_date_text(text), set, "{text}");
        }
    }

    #[test]
    fn a_language_tag_names_a_set_by_its_region() {
        assert_eq!(MonthNames::of_lang("ar-MA"), Some(MonthNames::Moroccan));
        assert_eq!(MonthNames::of_lang("ar-lb"), Some(MonthNames::Levantine));
        assert_eq!(MonthNames::of_lang("ar-Arab-DZ"), Some(MonthNames::Algerian));
        assert_eq!(MonthNames::of_lang("ar-EG"), Some(MonthNames::Standard));
        assert_eq!(MonthNames::of_lang("ar"), None);
        assert_eq!(MonthNames::of_lang("fr-MA"), None);
        assert_eq!(MonthNames::Moroccan.locale(), "ar-MA");
    }
}
