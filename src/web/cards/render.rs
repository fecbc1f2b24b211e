//! A [`Card`] becomes elements in the card's shadow root. Every string is set with
//! `textContent` or as an attribute value, never parsed as markup; URLs were checked by the
//! core ([`crate::card::content`]).
//!
//! Dates are formatted here, by the browser's `Intl.DateTimeFormat`, in the Gregorian and the
//! Umm al-Qura calendars (`الثلاثاء، 27 يناير 2026`, `الثلاثاء، 8 شعبان 1447 هـ`), with Latin
//! digits as the article uses them.

use crate::card::content::{Card, Row, Text};
use crate::card::Lang;
use crate::dates::lexicon::MonthNames;
use crate::dates::Date;
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

/// Fills `card` (emptied first) with the card's content.
pub fn render(doc: &Document, card: &Element, c: &Card) -> Option<()> {
    card.set_text_content(None);
    card.set_attribute("lang", c.lang.tag()).ok()?;
    card.set_attribute("dir", c.lang.dir()).ok()?;
    card.set_attribute("data-type", c.kind).ok()?;
    let l = c.lang.labels();
    let el = |tag: &str, class: &str| -> Option<Element> {
        let e = doc.create_element(tag).ok()?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        Some(e)
    };
    let arrow = el("div", "arrow")?;
    arrow.set_attribute("aria-hidden", "true").ok()?;
    card.append_child(&arrow).ok()?;
    // The content scrolls inside its own box, so the arrow outside the card is not clipped.
    let body = el("div", "body")?;
    card.append_child(&body).ok()?;
    let card = &body;

    // Plain divs: a <header>/<footer> here would count as a second banner/contentinfo landmark.
    let header = el("div", "head")?;
    if let Some(src) = &c.image {
        let img = el("img", "portrait")?;
        img.set_attribute("src", src).ok()?;
        img.set_attribute("alt", &format!("{} {}", l.portrait_of, c.title.text)).ok()?;
        img.set_attribute("loading", "lazy").ok()?;
        img.set_attribute("width", "56").ok()?;
        img.set_attribute("height", "56").ok()?;
        img.set_attribute("referrerpolicy", "no-referrer").ok()?;
        // A broken image keeps its box as a placeholder: see the shadow root's `error` listener.
        header.append_child(&img).ok()?;
    }
    let heading = el("div", "heading")?;
    let title = el("p", "title")?;
    if let Some(flag) = &c.flag {
        let f = el("span", "flag")?;
        f.set_attribute("aria-hidden", "true").ok()?;
        f.set_text_content(Some(flag));
        title.append_child(&f).ok()?;
    }
    let name = text_el(doc, "span", "", &c.title)?;
    title.append_child(&name).ok()?;
    heading.append_child(&title).ok()?;
    if let Some(latin) = &c.latin_name {
        // <bdi dir=ltr>: a Latin name inside Arabic text never reorders its neighbours.
        let bdi = text_el(doc, "bdi", "latin", latin)?;
        heading.append_child(&bdi).ok()?;
    }
    let kind = text_el(doc, "span", "kind", &c.kind_label)?;
    heading.append_child(&kind).ok()?;
    header.append_child(&heading).ok()?;
    card.append_child(&header).ok()?;

    if let Some(d) = &c.description {
        let p = text_el(doc, "p", "description", d)?;
        card.append_child(&p).ok()?;
    }

    let dl = el("dl", "")?;
    for row in &c.rows {
        append_row(doc, &dl, row)?;
    }
    if let Some(date) = &c.date {
        if let Some(d) = parse_value(&date.value) {
            let gregorian = format_date(c.lang, c.month_names, false, &d, date.precision);
            if let Some(g) = gregorian {
                append_row(doc, &dl, &Row { label: l.gregorian, value: lang_text(c.lang, g), flag: None })?;
            }
            if date.precision == "day" {
                if let Some(h) = format_date(c.lang, c.month_names, true, &d, "day") {
                    let row = append_row(doc, &dl, &Row { label: l.hijri, value: lang_text(c.lang, h), flag: None })?;
                    if let Some(iso) = &date.hijri {
                        // The date recogniser's own Umm al-Qura conversion, kept for comparison.
                        row.set_attribute("data-hijri", iso).ok()?;
                    }
                }
            }
        }
    }
    if dl.has_child_nodes() {
        card.append_child(&dl).ok()?;
    }
    if let Some(distance) = c.date.as_ref().and_then(|d| d.distance.clone()) {
        let p = text_el(doc, "p", "description distance", &lang_text(c.lang, distance))?;
        card.append_child(&p).ok()?;
    }

    if !c.people.is_empty() {
        let label = el("p", "people-label")?;
        label.set_text_content(Some(c.people_label));
        card.append_child(&label).ok()?;
        let ul = el("ul", "")?;
        for p in &c.people {
            let li = el("li", "")?;
            let b = text_el(doc, "button", "", &p.name)?;
            b.set_attribute("type", "button").ok()?;
            b.set_attribute("data-goto", &p.first_mention.to_string()).ok()?;
            li.append_child(&b).ok()?;
            ul.append_child(&li).ok()?;
        }
        card.append_child(&ul).ok()?;
    }

    let footer = el("div", "foot")?;
    if let Some(nav) = c.mentions.filter(|n| n.count > 1) {
        if let Some(next) = nav.next {
            let b = el("button", "next")?;
            b.set_attribute("type", "button").ok()?;
            b.set_attribute("data-goto", &next.to_string()).ok()?;
            let label = match c.lang {
                Lang::Ar => format!("{} ({} من {})", l.next_mention, nav.position, nav.count),
                Lang::En => format!("{} ({} of {})", l.next_mention, nav.position, nav.count),
            };
            b.set_text_content(Some(&label));
            footer.append_child(&b).ok()?;
        }
    }
    if let Some(link) = &c.link {
        let a = el("a", "more")?;
        a.set_attribute("href", &link.href).ok()?;
        a.set_text_content(Some(&link.text));
        footer.append_child(&a).ok()?;
    }
    if footer.has_child_nodes() {
        card.append_child(&footer).ok()?;
    }
    if let Some(as_of) = c.as_of.as_deref().and_then(parse_value) {
        if let Some(when) = format_date(c.lang, c.month_names, false, &as_of, "date") {
            let p = el("p", "as-of")?;
            p.set_text_content(Some(&format!("{} {when}", l.as_of)));
            card.append_child(&p).ok()?;
        }
    }
    Some(())
}

fn lang_text(lang: Lang, text: String) -> Text {
    match lang {
        Lang::Ar => Text { text, lang: "ar", dir: "rtl" },
        Lang::En => Text { text, lang: "en", dir: "ltr" },
    }
}

/// An element holding `t`, with its own `lang`/`dir` when they are set.
fn text_el(doc: &Document, tag: &str, class: &str, t: &Text) -> Option<Element> {
    let e = doc.create_element(tag).ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !t.lang.is_empty() {
        e.set_attribute("lang", t.lang).ok()?;
    }
    e.set_attribute("dir", t.dir).ok()?;
    e.set_text_content(Some(&t.text));
    Some(e)
}

fn append_row(doc: &Document, dl: &Element, row: &Row) -> Option<Element> {
    let div = doc.create_element("div").ok()?;
    let dt = doc.create_element("dt").ok()?;
    dt.set_text_content(Some(row.label));
    // The value is isolated in a <bdi> with its own direction, so an LTR value (an ISO date, a
    // code) keeps its order but still lines up with the card's reading edge.
    let dd = doc.create_element("dd").ok()?;
    let value = text_el(doc, "bdi", "", &row.value)?;
    dd.append_child(&value).ok()?;
    if let Some(flag) = &row.flag {
        let f = doc.create_element("span").ok()?;
        f.set_class_name("flag");
        f.set_attribute("aria-hidden", "true").ok()?;
        f.set_text_content(Some(flag));
        dd.insert_before(&f, dd.first_child().as_ref()).ok()?;
    }
    div.append_child(&dt).ok()?;
    div.append_child(&dd).ok()?;
    dl.append_child(&div).ok()?;
    Some(div)
}

/// A calendar value as (year, month, day), with month or day 1 where it has no such part.
fn parse_value(value: &str) -> Option<Date> {
    use crate::card::distance::Precision;
    Some(match Precision::parse(value)? {
        Precision::Day(d) => d,
        Precision::Month(year, month) => Date { year, month, day: 1 },
        Precision::Year(year) => Date { year, month: 1, day: 1 },
    })
}

/// Formats `d` with `Intl.DateTimeFormat`: with its weekday for a `day`, month and year for a
/// `month`, the year alone for a `year`, and day, month and year for `date`.
fn format_date(lang: Lang, months: MonthNames, hijri: bool, d: &Date, precision: &str) -> Option<String> {
    // Gregorian months in Arabic as the article names them: CLDR's `ar-MA` says `شتنبر`,
    // `ar-DZ` `جانفي`, `ar-LB` `أيلول`.
    let arabic = format!("{}-u-nu-latn", months.locale());
    let locale = match (lang, hijri) {
        (Lang::Ar, false) => arabic.as_str(),
        (Lang::Ar, true) => "ar-SA-u-ca-islamic-umalqura-nu-latn",
        (Lang::En, false) => "en-GB",
        (Lang::En, true) => "en-GB-u-ca-islamic-umalqura",
    };
    let opts = Object::new();
    let set = |k: &str, v: &str| Reflect::set(&opts, &k.into(), &v.into()).is_ok();
    let ok = match precision {
        "day" => set("weekday", "long") && set("day", "numeric") && set("month", "long") && set("year", "numeric"),
        "date" => set("day", "numeric") && set("month", "long") && set("year", "numeric"),
        "month" => set("month", "long") && set("year", "numeric"),
        "year" => set("year", "numeric"),
        _ => false,
    };
    if !ok {
        return None;
    }
    // Noon local time: no time zone can move the day.
    let date = js_sys::Date::new_with_year_month_day_hr_min_sec(d.year as u32, i32::from(d.month) - 1, i32::from(d.day), 12, 0, 0);
    let format = Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str(locale)), &opts);
    format.format().call1(&format, &date).ok()?.as_string()
}
