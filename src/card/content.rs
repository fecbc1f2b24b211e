//! What a card says: built from a mention, the article's other mentions and the knowledge base.
//!
//! The result, [`Card`], is plain data: every string in it is text (the browser layer sets it
//! with `textContent`, never as markup), each piece carries its language and direction so that
//! an English name inside an Arabic card (or the reverse) is isolated, and URLs in it have been
//! checked ([`crate::kb::safe_https_url`], [`LinkTemplate`]).
//!
//! Full date strings with weekdays (`الثلاثاء، 27 يناير 2026`, `8 شعبان 1447 هـ`) are not
//! built here: the browser's `Intl.DateTimeFormat` formats [`DateFacts::value`] in both
//! calendars, so Lamha ships no calendar tables.

use super::distance::{distance_from_publication, Precision};
use super::labels::{count_ar, unlinked_note, Lang, TIME};
use crate::dates::lexicon::MonthNames;
use crate::dates::Date;
use crate::kb::{safe_https_url, EntityType, Entry, KnowledgeBase, Text as KbText};
use crate::recognize::{Mention, MentionType};
use std::fmt;

/// A piece of text with its language and direction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// The text itself.
    pub text: String,
    /// BCP 47 language tag (`ar`, `en`), or empty for language-neutral text (codes, numbers).
    pub lang: &'static str,
    /// `rtl`, `ltr` or `auto`.
    pub dir: &'static str,
}

impl Text {
    fn ar(text: impl Into<String>) -> Text {
        Text { text: text.into(), lang: "ar", dir: "rtl" }
    }

    fn en(text: impl Into<String>) -> Text {
        Text { text: text.into(), lang: "en", dir: "ltr" }
    }

    fn neutral_ltr(text: impl Into<String>) -> Text {
        Text { text: text.into(), lang: "", dir: "ltr" }
    }

    fn in_lang(lang: Lang, text: impl Into<String>) -> Text {
        match lang {
            Lang::Ar => Text::ar(text),
            Lang::En => Text::en(text),
        }
    }
}

/// One labelled fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The label, in the card's language.
    pub label: &'static str,
    /// The value.
    pub value: Text,
    /// A flag emoji shown before the value (decorative: screen readers skip it).
    pub flag: Option<String>,
}

/// Where this mention sits among the article's mentions of the same entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MentionNav {
    /// How many times the article mentions the entity.
    pub count: usize,
    /// This mention's rank among them, from 1.
    pub position: usize,
    /// Index (into the article's mentions) of the next one, wrapping to the first; `None` when
    /// there is only one.
    pub next: Option<usize>,
}

/// A person of a country who is mentioned in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonMentioned {
    /// The person's Arabic name.
    pub name: Text,
    /// Index (into the article's mentions) of the person's first mention.
    pub first_mention: usize,
}

/// What a date card shows beyond its rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateFacts {
    /// ISO 8601 value (`2026-01-27`, `2025-11`, `2010`).
    pub value: String,
    /// `day`, `month` or `year`: which parts the browser formats.
    pub precision: &'static str,
    /// Umm al-Qura date (`1447-08-08`) from the date recogniser, for a resolved day.
    pub hijri: Option<String>,
    /// Distance from publication (`قبل يوم من نشر المقال`).
    pub distance: Option<String>,
}

/// A link to the publisher's page about the entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// The URL (relative to the site, or absolute https).
    pub href: String,
    /// The link text, in the card's language.
    pub text: String,
}

/// Everything a card shows, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    /// `person`, `country`, `place`, `organization` or `date`.
    pub kind: &'static str,
    /// The linked knowledge-base id, if any.
    pub entity_id: Option<String>,
    /// The card's language (its `lang` and `dir`).
    pub lang: Lang,
    /// The heading: the Arabic name (or the date as written).
    pub title: Text,
    /// The Latin-script name, isolated when rendered.
    pub latin_name: Option<Text>,
    /// A flag emoji next to the title (countries).
    pub flag: Option<String>,
    /// What kind of thing this is (`شخص`, `مدينة`, `منظمة دولية`…).
    pub kind_label: Text,
    /// A one-line description or summary.
    pub description: Option<Text>,
    /// Labelled facts, in display order.
    pub rows: Vec<Row>,
    /// A country's people mentioned in the article.
    pub people: Vec<PersonMentioned>,
    /// People heading label.
    pub people_label: &'static str,
    /// Mentions of the same entity in the article.
    pub mentions: Option<MentionNav>,
    /// Date facts, for a date card.
    pub date: Option<DateFacts>,
    /// The publisher's page about the entity.
    pub link: Option<Link>,
    /// Portrait or emblem URL, https only.
    pub image: Option<String>,
    /// ISO date the knowledge-base facts were last checked.
    pub as_of: Option<String>,
    /// The Gregorian month names Arabic dates are shown with: the date's own, else the
    /// article's ([`CardSource::month_names`]).
    pub month_names: MonthNames,
}

/// A publisher's URL pattern for entity pages, such as `/tag/{id}` or
/// `https://news.example/people/{id}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkTemplate(String);

/// Why a link template was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkTemplateError(String);

impl fmt::Display for LinkTemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LinkTemplateError {}

impl LinkTemplate {
    /// Checks a template: it must contain `{id}` and be a site path (`/…`, not `//…`) or an
    /// absolute `https://` URL, without quotes, spaces or control characters.
    pub fn parse(template: &str) -> Result<LinkTemplate, LinkTemplateError> {
        let t = template.trim();
        let err = |why: &str| Err(LinkTemplateError(format!("link template '{t}': {why}")));
        if !t.contains("{id}") {
            return err("must contain {id}, e.g. /tag/{id}");
        }
        let path = t.starts_with('/') && !t.starts_with("//");
        if !path && safe_https_url(t).is_none() {
            return err("must start with / (a page on this site) or https://");
        }
        if t.chars().any(|c| c.is_control() || c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')) {
            return err("must not contain spaces, quotes, angle brackets or backslashes");
        }
        Ok(LinkTemplate(t.to_string()))
    }

    /// The URL for an entity id, with the id percent-encoded (`lamha:ran-gvili` becomes
    /// `lamha%3Aran-gvili`), so no id can change the URL's shape.
    pub fn href(&self, id: &str) -> String {
        self.0.replace("{id}", &percent_encode(id))
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The flag emoji of an ISO 3166-1 alpha-2 code: two regional indicator symbols (`KZ` → 🇰🇿).
pub fn flag_emoji(iso2: &str) -> Option<String> {
    let b = iso2.as_bytes();
    if b.len() != 2 || !b.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    b.iter().map(|&c| char::from_u32(0x1F1E6 + u32::from(c - b'A'))).collect()
}

const MONTHS_AR: [&str; 12] =
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// `منذ 2024`, `منذ مايو 2024` / `since 2024`: when a role started, at the precision the
/// knowledge base gives.
pub fn since_text(since: &str, lang: Lang) -> Option<String> {
    let (word, months) = match lang {
        Lang::Ar => ("منذ", &MONTHS_AR),
        Lang::En => ("since", &MONTHS_EN),
    };
    Some(match Precision::parse(since)? {
        Precision::Year(y) => format!("{word} {y}"),
        Precision::Month(y, m) => format!("{word} {} {y}", months[usize::from(m) - 1]),
        Precision::Day(d) => format!("{word} {} {}", months[usize::from(d.month) - 1], d.year),
    })
}

/// One mention of the article as the cards see it. The browser layer's annotated mentions
/// implement this (their offsets index the text of the pass that found them, so the surface
/// text travels with each one).
pub trait ArticleMention {
    /// The core's mention.
    fn mention(&self) -> &Mention;
    /// Its text as written in the article.
    fn surface(&self) -> &str;
    /// Whether it is highlighted on the page (a target for "next mention"); with
    /// `mentions: "first"` later mentions are counted but not highlighted.
    fn highlighted(&self) -> bool;
    /// The article of the page it belongs to: a card counts, lists and jumps between the
    /// mentions of its own article only (a page may hold several).
    fn article(&self) -> u32 {
        0
    }
}

/// A mention with its text, for callers that hold the article as one string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundMention {
    /// The core's mention.
    pub mention: Mention,
    /// Its text.
    pub surface: String,
    /// Whether it is highlighted.
    pub highlighted: bool,
}

impl FoundMention {
    /// Pairs each mention of `text` with its text, all highlighted.
    pub fn all(text: &str, mentions: &[Mention]) -> Vec<FoundMention> {
        mentions
            .iter()
            .map(|m| FoundMention { mention: m.clone(), surface: text.get(m.start..m.end).unwrap_or_default().to_string(), highlighted: true })
            .collect()
    }
}

impl ArticleMention for FoundMention {
    fn mention(&self) -> &Mention {
        &self.mention
    }
    fn surface(&self) -> &str {
        &self.surface
    }
    fn highlighted(&self) -> bool {
        self.highlighted
    }
}

/// What the cards of one annotated article are built from.
#[derive(Debug)]
pub struct CardSource<'a, M> {
    /// The knowledge base the mentions link into.
    pub kb: &'a KnowledgeBase,
    /// The article's mentions, in the order the page numbers them.
    pub mentions: &'a [M],
    /// The publication date, for a date's distance.
    pub published: Option<Date>,
    /// The labels' language.
    pub lang: Lang,
    /// The publisher's entity page pattern, if configured.
    pub link_template: Option<&'a LinkTemplate>,
    /// The Gregorian month names the article writes (or its page's language names).
    pub month_names: MonthNames,
}

impl<M> Clone for CardSource<'_, M> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<M> Copy for CardSource<'_, M> {}

impl<'a, M: ArticleMention> CardSource<'a, M> {
    /// The card for mention `index`, or `None` if there is no such mention.
    pub fn card(&self, index: usize) -> Option<Card> {
        let found = self.mentions.get(index)?;
        let (m, surface) = (found.mention(), found.surface().trim());
        Some(match (m.kind, m.entity.map(|i| &self.kb.entries()[i])) {
            (MentionType::Date, _) => self.date_card(m, surface),
            (MentionType::Entity(t), Some(e)) => self.entity_card(index, t, e),
            (MentionType::Entity(t), None) => self.unlinked_card(index, t, surface),
        })
    }

    fn empty(&self, kind: &'static str, title: Text, kind_label: Text) -> Card {
        Card {
            kind,
            entity_id: None,
            lang: self.lang,
            title,
            latin_name: None,
            flag: None,
            kind_label,
            description: None,
            rows: Vec::new(),
            people: Vec::new(),
            people_label: self.lang.labels().people_mentioned,
            mentions: None,
            date: None,
            link: None,
            image: None,
            as_of: None,
            month_names: self.month_names,
        }
    }

    /// Picks the field in the card's language, falling back to the other one (with its own
    /// language tag) rather than showing nothing.
    fn pick(&self, ar: &Option<KbText>, en: &Option<KbText>) -> Option<Text> {
        let (first, second) = match self.lang {
            Lang::Ar => (ar.as_deref().map(Text::ar), en.as_deref().map(Text::en)),
            Lang::En => (en.as_deref().map(Text::en), ar.as_deref().map(Text::ar)),
        };
        first.or(second)
    }

    fn name(&self, e: &Entry) -> Text {
        match self.lang {
            Lang::Ar => Text::ar(&*e.name_ar),
            Lang::En => Text::en(&*e.name_en),
        }
    }

    /// Counts the mentions `same` accepts; the next is the first highlighted one after
    /// `index`, wrapping round.
    fn nav(&self, index: usize, same: impl Fn(&M) -> bool) -> MentionNav {
        let article = self.mentions[index].article();
        let all: Vec<usize> = (0..self.mentions.len()).filter(|&i| self.mentions[i].article() == article && same(&self.mentions[i])).collect();
        let rank = all.iter().position(|&i| i == index).unwrap_or(0);
        let next = (1..all.len()).map(|k| all[(rank + k) % all.len()]).find(|&i| self.mentions[i].highlighted());
        MentionNav { count: all.len(), position: rank + 1, next }
    }

    fn count_row(&self, nav: &MentionNav) -> Row {
        let n = nav.count;
        let value = match self.lang {
            // Standing alone, one and two take their nominative forms.
            Lang::Ar if n == 1 => "مرة واحدة".to_string(),
            Lang::Ar if n == 2 => "مرتان".to_string(),
            Lang::Ar => count_ar(n as u64, TIME),
            Lang::En => super::labels::count_en(n as u64, "mention"),
        };
        Row { label: self.lang.labels().in_this_article, value: Text::in_lang(self.lang, value), flag: None }
    }

    fn country_row(&self, label: &'static str, country_id: &Option<KbText>) -> Option<Row> {
        let c = self.kb.get(country_id.as_deref()?)?;
        Some(Row { label, value: self.name(c), flag: c.iso2.as_deref().and_then(flag_emoji) })
    }

    fn entity_card(&self, index: usize, t: EntityType, e: &Entry) -> Card {
        let l = self.lang.labels();
        let kind_label = match t {
            EntityType::Place | EntityType::Organization => {
                self.pick(&e.kind_ar, &e.kind_en).unwrap_or_else(|| Text::in_lang(self.lang, l.kind_of(t)))
            }
            _ => Text::in_lang(self.lang, l.kind_of(t)),
        };
        let mut card = self.empty(t.as_str(), Text::ar(&*e.name_ar), kind_label);
        card.entity_id = Some(e.id.to_string());
        card.latin_name = Some(Text::en(&*e.name_en));
        card.image = e.image.as_deref().and_then(safe_https_url).map(String::from);
        card.link = self.link_template.map(|tpl| Link {
            href: tpl.href(&e.id),
            text: match self.lang {
                Lang::Ar => format!("{} عن {}", l.more, e.name_ar),
                Lang::En => format!("{} about {}", l.more, e.name_en),
            },
        });
        card.as_of = e.as_of.as_deref().map(String::from);
        let entity = self.mentions[index].mention().entity;
        let nav = self.nav(index, |m| m.mention().entity == entity && m.mention().kind != MentionType::Date);
        match t {
            EntityType::Person => {
                card.description = self.pick(&e.summary_ar, &e.summary_en);
                if let Some(role) = self.pick(&e.role_ar, &e.role_en) {
                    let since = e.since.as_deref().and_then(|s| since_text(s, self.lang));
                    let value = match since {
                        Some(s) => format!("{} {s}", role.text),
                        None => role.text,
                    };
                    card.rows.push(Row { label: l.role, value: Text { text: value, ..role }, flag: None });
                }
                card.rows.extend(self.country_row(l.country_row, &e.country));
            }
            EntityType::Country => {
                card.flag = e.iso2.as_deref().and_then(flag_emoji);
                card.description = self.pick(&e.summary_ar, &e.summary_en);
                if let Some(capital) = e.capital.as_deref().and_then(|c| self.kb.get(c)) {
                    card.rows.push(Row { label: l.capital, value: self.name(capital), flag: None });
                }
                if let Some(region) = self.pick(&e.region_ar, &e.region_en) {
                    card.rows.push(Row { label: l.region, value: region, flag: None });
                }
                if let Some(iso) = &e.iso2 {
                    card.rows.push(Row { label: l.iso_code, value: Text::neutral_ltr(&**iso), flag: None });
                }
                card.people = self.people_of(&e.id, self.mentions[index].article());
            }
            EntityType::Place | EntityType::Organization => {
                card.description =
                    self.pick(&e.description_ar, &e.description_en).or_else(|| self.pick(&e.summary_ar, &e.summary_en));
                card.rows.extend(self.country_row(l.country_row, &e.country));
            }
        }
        card.rows.push(self.count_row(&nav));
        card.mentions = Some(nav);
        card
    }

    /// The people of country `id` article `article` mentions, in order of first mention.
    fn people_of(&self, id: &str, article: u32) -> Vec<PersonMentioned> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (i, m) in self.mentions.iter().enumerate() {
            let Some(ei) = m.mention().entity.filter(|_| m.article() == article) else { continue };
            let e = &self.kb.entries()[ei];
            if e.kind == Some(EntityType::Person) && e.country.as_deref() == Some(id) && !seen.contains(&ei) {
                seen.push(ei);
                out.push(PersonMentioned { name: Text::ar(&*e.name_ar), first_mention: i });
            }
        }
        out
    }

    fn unlinked_card(&self, index: usize, t: EntityType, surface: &str) -> Card {
        let l = self.lang.labels();
        let mut card = self.empty(t.as_str(), Text::ar(surface), Text::in_lang(self.lang, l.kind_of(t)));
        card.description = Some(Text::in_lang(self.lang, unlinked_note(self.lang, t)));
        let nav = self.nav(index, |m| {
            m.mention().kind == MentionType::Entity(t) && m.mention().entity.is_none() && m.surface().trim() == surface
        });
        card.rows.push(self.count_row(&nav));
        card.mentions = Some(nav);
        card
    }

    fn date_card(&self, m: &Mention, surface: &str) -> Card {
        let l = self.lang.labels();
        let mut card = self.empty("date", Text::ar(surface), Text::in_lang(self.lang, l.date));
        // `16 شتنبر` is shown as `الثلاثاء، 16 شتنبر 2025`, as the article writes it.
        card.month_names = MonthNames::of_date_text(surface).unwrap_or(self.month_names);
        if let Some(value) = &m.value {
            let precision = match Precision::parse(value) {
                Some(Precision::Day(_)) => "day",
                Some(Precision::Month(..)) => "month",
                Some(Precision::Year(_)) => "year",
                None => "",
            };
            card.rows.push(Row { label: l.iso_date, value: Text::neutral_ltr(value), flag: None });
            if let Some(season) = season_words(value, self.lang) {
                card.rows.push(Row { label: l.gregorian, value: Text::in_lang(self.lang, &season), flag: None });
            }
            card.date = Some(DateFacts {
                value: value.clone(),
                precision,
                hijri: m.hijri.clone(),
                distance: self.published.and_then(|p| distance_from_publication(value, p, self.lang)),
            });
        }
        card
    }
}

/// A TimeML season or quarter value in words: `2026-SU` is `صيف 2026`, `2025-WI` `شتاء
/// 2025–2026` (a winter runs from December into the next year), `2026-Q1` `الربع الأول من 2026`,
/// `2027-H1` `النصف الأول من 2027`.
fn season_words(value: &str, lang: Lang) -> Option<String> {
    let (year, code) = value.split_once('-')?;
    let year: i32 = year.parse().ok().filter(|_| year.len() == 4)?;
    if let Some(q) = code.strip_prefix('Q').and_then(|q| q.parse::<usize>().ok()).filter(|q| (1..=4).contains(q)) {
        return Some(match lang {
            Lang::Ar => format!("الربع {} من {year}", ["الأول", "الثاني", "الثالث", "الرابع"][q - 1]),
            Lang::En => format!("Q{q} {year}"),
        });
    }
    if let Some(h) = code.strip_prefix('H').and_then(|h| h.parse::<usize>().ok()).filter(|h| (1..=2).contains(h)) {
        return Some(match lang {
            Lang::Ar => format!("النصف {} من {year}", ["الأول", "الثاني"][h - 1]),
            Lang::En => format!("H{h} {year}"),
        });
    }
    let names = match lang {
        Lang::Ar => ["ربيع", "صيف", "خريف", "شتاء"],
        Lang::En => ["Spring", "Summer", "Autumn", "Winter"],
    };
    let i = crate::dates::lexicon::SEASON_CODES.iter().position(|c| *c == code)?;
    Some(match i {
        3 => format!("{} {year}–{}", names[i], year + 1),
        _ => format!("{} {year}", names[i]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::{Options, Recognizer};

    const SEED: &str = include_str!("../../tests/fixtures/seed-israel-kazakhstan.txt");

    fn published() -> Option<Date> {
        Date::parse_iso("2026-01-27")
    }

    struct Article {
        recognizer: Recognizer,
        text: String,
        mentions: Vec<Mention>,
        found: Vec<FoundMention>,
    }

    impl Article {
        fn new(text: &str) -> Article {
            let recognizer = Recognizer::new(KnowledgeBase::embedded());
            let mentions = recognizer.recognize(text, &Options { ref_date: published() }).mentions;
            let found = FoundMention::all(text, &mentions);
            Article { recognizer, text: text.to_string(), mentions, found }
        }

        fn source<'a>(&'a self, lang: Lang, link: Option<&'a LinkTemplate>) -> CardSource<'a, FoundMention> {
            CardSource { kb: self.recognizer.kb(), mentions: &self.found, published: published(), lang, link_template: link, month_names: MonthNames::Standard }
        }

        fn index_of(&self, surface: &str) -> usize {
            self.mentions.iter().position(|m| &self.text[m.start..m.end] == surface).unwrap_or_else(|| panic!("no mention '{surface}'"))
        }
    }

    fn row<'c>(card: &'c Card, label: &str) -> &'c Row {
        card.rows.iter().find(|r| r.label == label).unwrap_or_else(|| panic!("no row '{label}' in {card:#?}"))
    }

    #[test]
    fn person_card_for_tokayev() {
        let a = Article::new(SEED);
        let tpl = LinkTemplate::parse("/tag/{id}").unwrap();
        let i = a.index_of("توكاييف");
        let card = a.source(Lang::Ar, Some(&tpl)).card(i).unwrap();
        assert_eq!(card.kind, "person");
        assert_eq!(card.entity_id.as_deref(), Some("Q2918"));
        assert_eq!(card.title, Text::ar("قاسم جومارت توكاييف"));
        assert_eq!(card.latin_name, Some(Text::en("Kassym-Jomart Tokayev")));
        assert_eq!(card.kind_label.text, "شخص");
        assert_eq!(row(&card, "المنصب").value.text, "رئيس كازاخستان منذ 2019");
        let country = row(&card, "البلد");
        assert_eq!(country.value.text, "كازاخستان");
        assert_eq!(country.flag.as_deref(), Some("🇰🇿"));
        let expected = a.mentions.iter().filter(|m| m.entity == a.mentions[i].entity).count();
        let nav = card.mentions.unwrap();
        assert_eq!(nav.count, expected);
        assert!(expected >= 1);
        assert_eq!(row(&card, "في هذا المقال").value.text, match expected { 1 => "مرة واحدة".to_string(), 2 => "مرتان".to_string(), n => count_ar(n as u64, TIME) });
        assert_eq!(card.link.as_ref().unwrap().href, "/tag/Q2918");
        assert_eq!(card.link.as_ref().unwrap().text, "المزيد عن قاسم جومارت توكاييف");
        assert_eq!(card.as_of.as_deref(), Some("2026-01-27"));
    }

    #[test]
    fn every_mention_of_the_seed_gets_a_complete_card_in_both_languages() {
        let a = Article::new(SEED);
        assert!(a.mentions.len() > 20);
        for lang in [Lang::Ar, Lang::En] {
            let src = a.source(lang, None);
            for (i, m) in a.mentions.iter().enumerate() {
                let card = src.card(i).unwrap();
                let at = &a.text[m.start..m.end];
                assert!(!card.title.text.is_empty() && !card.kind_label.text.is_empty(), "{at}: {card:?}");
                assert_eq!(card.kind, m.kind.as_str(), "{at}");
                assert_eq!(card.lang, lang);
                match m.kind {
                    MentionType::Date => assert!(card.mentions.is_none(), "{at}"),
                    _ => {
                        let nav = card.mentions.unwrap();
                        assert!(nav.position >= 1 && nav.position <= nav.count, "{at}: {nav:?}");
                        assert_eq!(nav.next.is_some(), nav.count > 1, "{at}: {nav:?}");
                        assert_eq!(card.entity_id.is_some(), m.entity.is_some(), "{at}");
                        assert!(card.entity_id.is_some() || card.description.is_some(), "{at}: an unlinked card says what it is");
                    }
                }
            }
        }
    }

    #[test]
    fn next_mention_walks_every_mention_of_the_entity_and_wraps() {
        let text = "قال ساعر إن ساعر وجدعون ساعر زاروا أستانا.";
        let a = Article::new(text);
        let src = a.source(Lang::Ar, None);
        let sa = a.mentions[a.index_of("ساعر")].entity;
        let all: Vec<usize> = (0..a.mentions.len()).filter(|&i| a.mentions[i].entity == sa).collect();
        assert_eq!(all.len(), 3, "{:?}", a.mentions);
        let mut visited = vec![all[0]];
        let mut at = all[0];
        for step in 1..=3 {
            let nav = src.card(at).unwrap().mentions.unwrap();
            assert_eq!(nav.position, (step - 1) % 3 + 1);
            at = nav.next.unwrap();
            visited.push(at);
        }
        assert_eq!(visited, vec![all[0], all[1], all[2], all[0]]);
        assert_eq!(src.card(all[0]).unwrap().rows.last().unwrap().value.text, "3 مرات");
    }

    /// Two articles on one page: a card counts, lists and jumps within its own.
    #[test]
    fn a_card_counts_and_lists_within_its_own_article() {
        struct InArticle(FoundMention, u32);
        impl ArticleMention for InArticle {
            fn mention(&self) -> &Mention {
                &self.0.mention
            }
            fn surface(&self) -> &str {
                self.0.surface()
            }
            fn highlighted(&self) -> bool {
                true
            }
            fn article(&self) -> u32 {
                self.1
            }
        }
        let first = "قال توكاييف إن كازاخستان ترحب. وأضاف توكاييف أن أستانا مستعدة.";
        let second = "وصل توكاييف إلى الرياض. وقال جدعون ساعر إن كازاخستان شريك.";
        let text = format!("{first}\n\n{second}");
        let r = Recognizer::new(KnowledgeBase::embedded());
        let mentions = r.recognize(&text, &Options::default()).mentions;
        let found: Vec<InArticle> = FoundMention::all(&text, &mentions)
            .into_iter()
            .zip(&mentions)
            .map(|(f, m)| InArticle(f, u32::from(m.start > first.len())))
            .collect();
        let src = CardSource { kb: r.kb(), mentions: &found, published: None, lang: Lang::Ar, link_template: None, month_names: MonthNames::Standard };
        let at = |surface: &str, article: u32| found.iter().position(|f| f.0.surface() == surface && f.1 == article).unwrap();
        // توكاييف: twice in the first article, once in the second.
        let nav = src.card(at("توكاييف", 0)).unwrap().mentions.unwrap();
        assert_eq!((nav.count, nav.position), (2, 1));
        assert!(found[nav.next.unwrap()].1 == 0, "next stays in the article");
        assert_eq!(src.card(at("توكاييف", 1)).unwrap().mentions.unwrap().count, 1);
        // Kazakhstan's people: Tokayev in both; Saar is Israel's, whichever the article.
        let people = |article: u32| -> Vec<String> { src.card(at("كازاخستان", article)).unwrap().people.iter().map(|p| p.name.text.clone()).collect() };
        assert_eq!(people(0), ["قاسم جومارت توكاييف"]);
        assert_eq!(people(1), ["قاسم جومارت توكاييف"]);
        let second_card = src.card(at("كازاخستان", 1)).unwrap();
        assert_eq!(found[second_card.people[0].first_mention].1, 1, "his first mention in the second article");
    }

    #[test]
    fn country_card_lists_its_people_in_the_article() {
        let a = Article::new(SEED);
        let i = a.index_of("كازاخستان");
        let card = a.source(Lang::Ar, None).card(i).unwrap();
        assert_eq!(card.kind, "country");
        assert_eq!(card.flag.as_deref(), Some("🇰🇿"));
        assert_eq!(card.latin_name.as_ref().unwrap().text, "Kazakhstan");
        assert_eq!(row(&card, "رمز ISO").value, Text::neutral_ltr("KZ"));
        assert!(card.rows.iter().any(|r| r.label == "العاصمة"), "{card:#?}");
        let people: Vec<&str> = card.people.iter().map(|p| p.name.text.as_str()).collect();
        assert!(people.contains(&"قاسم جومارت توكاييف"), "{people:?}");
        assert!(people.contains(&"يرمك كوشرباييف"), "{people:?}");
        assert!(!people.contains(&"جدعون ساعر"), "an Israeli is not Kazakhstan's: {people:?}");
        for p in &card.people {
            let m = &a.mentions[p.first_mention];
            assert_eq!(a.recognizer.kb().entries()[m.entity.unwrap()].name_ar, p.name.text);
            assert!(a.mentions[..p.first_mention].iter().all(|x| x.entity != m.entity), "first mention");
        }
    }

    #[test]
    fn place_and_organisation_cards_say_kind_description_and_country() {
        let a = Article::new("وصل الوفد إلى القدس بعد بيان من حماس.");
        let src = a.source(Lang::Ar, None);
        let city = src.card(a.index_of("القدس")).unwrap();
        assert_eq!(city.kind, "place");
        let city_entry = &a.recognizer.kb().entries()[a.mentions[a.index_of("القدس")].entity.unwrap()];
        assert_eq!(Some(city.kind_label.text.as_str()), city_entry.kind_ar.as_deref());
        assert_eq!(city.description.as_ref().map(|d| d.text.as_str()), city_entry.description_ar.as_deref().or(city_entry.summary_ar.as_deref()));
        assert!(city.description.is_some());
        // Knowledge-base wording changes; the card must show whatever the entry says.
        let kb = a.recognizer.kb();
        let entry = &kb.entries()[a.mentions[a.index_of("حماس")].entity.unwrap()];
        let hamas = src.card(a.index_of("حماس")).unwrap();
        assert_eq!(hamas.kind, "organization");
        assert_eq!(Some(hamas.kind_label.text.as_str()), entry.kind_ar.as_deref());
        let en = a.source(Lang::En, None).card(a.index_of("حماس")).unwrap();
        assert_eq!(Some(en.kind_label), entry.kind_en.clone().map(Text::en));
        assert_eq!(en.title, Text::ar("حماس"), "the heading stays the name the reader hovered");
    }

    #[test]
    fn english_labels() {
        let a = Article::new(SEED);
        let card = a.source(Lang::En, None).card(a.index_of("توكاييف")).unwrap();
        assert_eq!(card.lang.dir(), "ltr");
        assert_eq!(card.kind_label, Text::en("Person"));
        assert_eq!(row(&card, "Role").value, Text::en("President of Kazakhstan since 2019"));
        assert_eq!(row(&card, "Country").value, Text::en("Kazakhstan"));
    }

    #[test]
    fn an_unlinked_person_gets_a_short_card_that_says_what_it_is() {
        let a = Article::new("وقال السفير يوسف حداد إن الزيارة مهمة، وأضاف يوسف حداد أن الوفد وصل.");
        let i = a.index_of("يوسف حداد");
        assert_eq!(a.mentions[i].entity, None, "the knowledge base does not know him");
        let card = a.source(Lang::Ar, None).card(i).unwrap();
        assert_eq!(card.kind, "person");
        assert_eq!(card.title, Text::ar("يوسف حداد"));
        assert_eq!(card.kind_label.text, "شخص");
        assert_eq!(card.description, Some(Text::ar("شخص ورد اسمه في المقال")));
        assert_eq!(card.entity_id, None);
        assert!(card.link.is_none() && card.latin_name.is_none() && card.image.is_none());
        let count = a.mentions.iter().filter(|m| &a.text[m.start..m.end] == "يوسف حداد").count();
        assert_eq!(card.mentions.unwrap().count, count);
        let en = a.source(Lang::En, None).card(i).unwrap();
        assert_eq!(en.description, Some(Text::en("A person named in this article")));
    }

    #[test]
    fn date_card_carries_value_hijri_and_distance() {
        let kb = KnowledgeBase::embedded();
        let text = "في 26 يناير 2026 وصل الوفد.";
        let mentions = vec![Mention {
            start: text.find("26").unwrap(),
            end: text.find(" وصل").unwrap(),
            kind: MentionType::Date,
            entity: None,
            demonym: false,
            value: Some("2026-01-26".into()),
            hijri: Some("1447-08-07".into()),
        }];
        let found = FoundMention::all(text, &mentions);
        let src = CardSource { kb: &kb, mentions: &found, published: published(), lang: Lang::Ar, link_template: None, month_names: MonthNames::Standard };
        let card = src.card(0).unwrap();
        assert_eq!(card.kind, "date");
        assert_eq!(card.title.text, "26 يناير 2026");
        let d = card.date.unwrap();
        assert_eq!((d.value.as_str(), d.precision), ("2026-01-26", "day"));
        assert_eq!(d.hijri.as_deref(), Some("1447-08-07"));
        assert_eq!(d.distance.as_deref(), Some("قبل يوم من نشر المقال"));
        assert_eq!(card.rows[0].value, Text::neutral_ltr("2026-01-26"));
        let no_ref = CardSource { published: None, ..src };
        assert_eq!(no_ref.card(0).unwrap().date.unwrap().distance, None);
    }

    #[test]
    fn a_season_card_says_which_season() {
        assert_eq!(season_words("2026-SU", Lang::Ar).as_deref(), Some("صيف 2026"));
        assert_eq!(season_words("2025-WI", Lang::Ar).as_deref(), Some("شتاء 2025–2026"));
        assert_eq!(season_words("2024-FA", Lang::En).as_deref(), Some("Autumn 2024"));
        assert_eq!(season_words("2026-Q1", Lang::Ar).as_deref(), Some("الربع الأول من 2026"));
        assert_eq!(season_words("2025-Q4", Lang::En).as_deref(), Some("Q4 2025"));
        assert_eq!(season_words("2026-Q5", Lang::Ar), None);
        assert_eq!(season_words("2027-H1", Lang::Ar).as_deref(), Some("النصف الأول من 2027"));
        assert_eq!(season_words("2026-H2", Lang::En).as_deref(), Some("H2 2026"));
        assert_eq!(season_words("2026-H3", Lang::Ar), None);
        assert_eq!(season_words("2026-01", Lang::Ar), None);
        assert_eq!(season_words("2026-W05", Lang::Ar), None);
        let kb = KnowledgeBase::embedded();
        let text = "قبل حلول الصيف المقبل";
        let at = text.find("الصيف").unwrap();
        let mentions = vec![Mention { start: at, end: text.len(), kind: MentionType::Date, entity: None, demonym: false, value: Some("2026-SU".into()), hijri: None }];
        let found = FoundMention::all(text, &mentions);
        let src = CardSource { kb: &kb, mentions: &found, published: published(), lang: Lang::Ar, link_template: None, month_names: MonthNames::Standard };
        let card = src.card(0).unwrap();
        assert_eq!(row(&card, "ميلادي").value.text, "صيف 2026");
    }

    /// A date card names months as the date itself does, else as the article does.
    #[test]
    fn a_date_card_keeps_the_month_names_of_its_region() {
        let kb = KnowledgeBase::embedded();
        let text = "يوم الخميس وفي 16 شتنبر الجاري";
        let date = |s: &str, v: &str| Mention { start: text.find(s).unwrap(), end: text.find(s).unwrap() + s.len(), kind: MentionType::Date, entity: None, demonym: false, value: Some(v.into()), hijri: None };
        let mentions = vec![date("يوم الخميس", "2025-09-18"), date("16 شتنبر الجاري", "2025-09-16")];
        let found = FoundMention::all(text, &mentions);
        let src = CardSource { kb: &kb, mentions: &found, published: published(), lang: Lang::Ar, link_template: None, month_names: MonthNames::Standard };
        assert_eq!(src.card(1).unwrap().month_names, MonthNames::Moroccan);
        assert_eq!(src.card(0).unwrap().month_names, MonthNames::Standard);
        let levantine = CardSource { month_names: MonthNames::Levantine, ..src };
        assert_eq!(levantine.card(0).unwrap().month_names, MonthNames::Levantine);
        assert_eq!(levantine.card(1).unwrap().month_names, MonthNames::Moroccan);
    }

    #[test]
    fn link_ids_are_encoded_and_templates_checked() {
        let tpl = LinkTemplate::parse("/tag/{id}").unwrap();
        assert_eq!(tpl.href("lamha:ran-gvili"), "/tag/lamha%3Aran-gvili");
        assert_eq!(tpl.href("a/../b?c#d"), "/tag/a%2F..%2Fb%3Fc%23d");
        assert_eq!(tpl.href("إسرائيل"), "/tag/%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84");
        assert!(LinkTemplate::parse("https://news.example/p/{id}").is_ok());
        for bad in ["/tag/", "javascript:alert({id})", "//evil.example/{id}", "http://x.example/{id}", "/tag/{id}\" onclick=x"] {
            let e = LinkTemplate::parse(bad).unwrap_err();
            assert!(e.to_string().starts_with("link template '"), "{e}");
        }
    }

    #[test]
    fn images_must_be_https() {
        let mut kb_json = String::from(r#"{"entries":[{"id":"Q1","type":"person","name_ar":"سعد","name_en":"Saad","image":"https://img.example/s.jpg"},"#);
        kb_json.push_str(r#"{"id":"Q2","type":"person","name_ar":"سعاد","name_en":"Souad","image":"http://img.example/s.jpg"}]}"#);
        let mut raw = crate::kb::RawKb::default();
        raw.merge_json("t.json", &kb_json).unwrap();
        let (kb, _) = raw.build();
        let text = "سعد وسعاد";
        let mentions = vec![
            Mention { start: 0, end: "سعد".len(), kind: MentionType::Entity(EntityType::Person), entity: kb.index_of("Q1"), demonym: false, value: None, hijri: None },
            Mention { start: text.find("سعاد").unwrap(), end: text.len(), kind: MentionType::Entity(EntityType::Person), entity: kb.index_of("Q2"), demonym: false, value: None, hijri: None },
        ];
        let found = FoundMention::all(text, &mentions);
        let src = CardSource { kb: &kb, mentions: &found, published: None, lang: Lang::Ar, link_template: None, month_names: MonthNames::Standard };
        assert_eq!(src.card(0).unwrap().image.as_deref(), Some("https://img.example/s.jpg"));
        assert_eq!(src.card(1).unwrap().image, None);
        assert_eq!(src.card(2), None);
    }

    #[test]
    fn flags_and_since() {
        assert_eq!(flag_emoji("IL").as_deref(), Some("🇮🇱"));
        assert_eq!(flag_emoji("kz"), None);
        assert_eq!(flag_emoji("KZA"), None);
        assert_eq!(since_text("2024", Lang::Ar).as_deref(), Some("منذ 2024"));
        assert_eq!(since_text("2024-05", Lang::Ar).as_deref(), Some("منذ مايو 2024"));
        assert_eq!(since_text("2024-05-13", Lang::En).as_deref(), Some("since May 2024"));
        assert_eq!(since_text("soon", Lang::Ar), None);
    }
}
