//! The words a card uses around the facts, in the card's language.
//!
//! Arabic is the default because the reader is reading an Arabic article; a publisher with an
//! English-language interface can choose English. Counted nouns follow Arabic number agreement
//! ([`count_ar`]): `يوم`, `يومين`, `3 أيام`, `11 يوماً`, `100 يوم`.

use crate::kb::EntityType;

/// The language of a card's labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// Arabic (right to left).
    #[default]
    Ar,
    /// English (left to right).
    En,
}

impl Lang {
    /// Parses the configuration value `ar` or `en`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ar" => Some(Lang::Ar),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The BCP 47 tag for the card's `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }

    /// The card's `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::En => "ltr",
        }
    }

    /// The fixed labels in this language.
    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::Ar => &AR,
            Lang::En => &EN,
        }
    }
}

/// The fixed words of a card.
#[derive(Debug)]
pub struct Labels {
    /// Kind of a person.
    pub person: &'static str,
    /// Kind of a country.
    pub country: &'static str,
    /// Kind of a place (when the entry gives no finer kind).
    pub place: &'static str,
    /// Kind of an organisation (when the entry gives no finer kind).
    pub organization: &'static str,
    /// Kind of a date.
    pub date: &'static str,
    /// Row label: a person's role.
    pub role: &'static str,
    /// Row label: country.
    pub country_row: &'static str,
    /// Row label: capital.
    pub capital: &'static str,
    /// Row label: region.
    pub region: &'static str,
    /// Row label: ISO 3166 code.
    pub iso_code: &'static str,
    /// Row label: kind of place or organisation.
    pub kind: &'static str,
    /// Row label: ISO date value.
    pub iso_date: &'static str,
    /// Row label: Gregorian date.
    pub gregorian: &'static str,
    /// Row label: Hijri date.
    pub hijri: &'static str,
    /// Row label: mentions in this article.
    pub in_this_article: &'static str,
    /// Heading of a country's people mentioned in the article.
    pub people_mentioned: &'static str,
    /// Button: go to the next mention.
    pub next_mention: &'static str,
    /// Link to the publisher's page about the entity.
    pub more: &'static str,
    /// Close button's accessible name.
    pub close: &'static str,
    /// Footnote before the knowledge base's as-of date.
    pub as_of: &'static str,
    /// Alternative text of a portrait.
    pub portrait_of: &'static str,
}

static AR: Labels = Labels {
    person: "شخص",
    country: "دولة",
    place: "مكان",
    organization: "منظمة",
    date: "تاريخ",
    role: "المنصب",
    country_row: "البلد",
    capital: "العاصمة",
    region: "المنطقة",
    iso_code: "رمز ISO",
    kind: "النوع",
    iso_date: "بصيغة ISO",
    gregorian: "ميلادي",
    hijri: "هجري",
    in_this_article: "في هذا المقال",
    people_mentioned: "من أشخاصها في المقال",
    next_mention: "الإشارة التالية",
    more: "المزيد",
    close: "إغلاق",
    as_of: "المعلومات محدّثة حتى",
    portrait_of: "صورة",
};

static EN: Labels = Labels {
    person: "Person",
    country: "Country",
    place: "Place",
    organization: "Organisation",
    date: "Date",
    role: "Role",
    country_row: "Country",
    capital: "Capital",
    region: "Region",
    iso_code: "ISO code",
    kind: "Kind",
    iso_date: "ISO",
    gregorian: "Gregorian",
    hijri: "Hijri",
    in_this_article: "In this article",
    people_mentioned: "Its people in this article",
    next_mention: "Next mention",
    more: "More",
    close: "Close",
    as_of: "Facts as of",
    portrait_of: "Portrait of",
};

impl Labels {
    /// The word for an entity type.
    pub fn kind_of(&self, t: EntityType) -> &'static str {
        match t {
            EntityType::Person => self.person,
            EntityType::Country => self.country,
            EntityType::Place => self.place,
            EntityType::Organization => self.organization,
        }
    }
}

/// The note on the short card of an entity the knowledge base does not know: it says what the
/// reader is looking at instead of leaving the card empty.
pub fn unlinked_note(lang: Lang, t: EntityType) -> &'static str {
    match (lang, t) {
        (Lang::Ar, EntityType::Person) => "شخص ورد اسمه في المقال",
        (Lang::Ar, EntityType::Country) => "دولة ورد اسمها في المقال",
        (Lang::Ar, EntityType::Place) => "مكان ورد اسمه في المقال",
        (Lang::Ar, EntityType::Organization) => "منظمة ورد اسمها في المقال",
        (Lang::En, EntityType::Person) => "A person named in this article",
        (Lang::En, EntityType::Country) => "A country named in this article",
        (Lang::En, EntityType::Place) => "A place named in this article",
        (Lang::En, EntityType::Organization) => "An organisation named in this article",
    }
}

/// The forms of an Arabic counted noun: one, two (genitive, as after `قبل`/`بعد`), 3–10
/// (plural), 11–99 (accusative singular, the tamyiz).
#[derive(Clone, Copy, Debug)]
pub struct CountedNoun {
    /// `يوم`
    pub one: &'static str,
    /// `يومين`
    pub two: &'static str,
    /// `أيام`
    pub few: &'static str,
    /// `يوماً`
    pub many: &'static str,
}

/// Day.
pub const DAY: CountedNoun = CountedNoun { one: "يوم", two: "يومين", few: "أيام", many: "يوماً" };
/// Week.
pub const WEEK: CountedNoun = CountedNoun { one: "أسبوع", two: "أسبوعين", few: "أسابيع", many: "أسبوعاً" };
/// Month.
pub const MONTH: CountedNoun = CountedNoun { one: "شهر", two: "شهرين", few: "أشهر", many: "شهراً" };
/// Year.
pub const YEAR: CountedNoun = CountedNoun { one: "عام", two: "عامين", few: "أعوام", many: "عاماً" };
/// Time (occurrence), feminine: its accusative singular is written like the singular.
pub const TIME: CountedNoun = CountedNoun { one: "مرة", two: "مرتين", few: "مرات", many: "مرة" };

/// `n` of `noun` with Arabic number agreement: `يوم` (1), `يومين` (2), `3 أيام`, `11 يوماً`,
/// `100 يوم`, `103 أيام`, `111 يوماً`. One and two are said by the noun alone, as in news copy.
pub fn count_ar(n: u64, noun: CountedNoun) -> String {
    match n {
        1 => noun.one.to_string(),
        2 => noun.two.to_string(),
        _ => {
            let form = match n % 100 {
                3..=10 => noun.few,
                11..=99 => noun.many,
                // 0 (100, 1000, …), 1 and 2 (101, 102, …): the genitive singular, as after a hundred.
                _ => noun.one,
            };
            format!("{n} {form}")
        }
    }
}

/// `n` of an English noun: `1 day`, `2 days`.
pub fn count_en(n: u64, singular: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{n} {singular}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_number_agreement() {
        let cases = [
            (1, "يوم"),
            (2, "يومين"),
            (3, "3 أيام"),
            (10, "10 أيام"),
            (11, "11 يوماً"),
            (99, "99 يوماً"),
            (100, "100 يوم"),
            (102, "102 يوم"),
            (103, "103 أيام"),
            (111, "111 يوماً"),
            (1000, "1000 يوم"),
        ];
        for (n, want) in cases {
            assert_eq!(count_ar(n, DAY), want, "{n}");
        }
        assert_eq!(count_ar(2, TIME), "مرتين");
        assert_eq!(count_ar(3, TIME), "3 مرات");
        assert_eq!(count_ar(16, YEAR), "16 عاماً");
        assert_eq!(count_ar(5, MONTH), "5 أشهر");
    }

    #[test]
    fn english_plural() {
        assert_eq!(count_en(1, "day"), "1 day");
        assert_eq!(count_en(0, "day"), "0 days");
        assert_eq!(count_en(3, "mention"), "3 mentions");
    }

    #[test]
    fn lang_attributes() {
        assert_eq!(Lang::default(), Lang::Ar);
        assert_eq!((Lang::Ar.tag(), Lang::Ar.dir()), ("ar", "rtl"));
        assert_eq!(Lang::parse(" EN "), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
