//! Arabic date and time expressions: recognition and normalisation against a reference date.
//!
//! [`find_dates`] reads the normalised article once. An automaton looks only for *anchor* words
//! ([`lexicon::ANCHORS`]: month names of every regional set and of the Hijri calendar, weekdays,
//! relative words such as اليوم and الأسبوع) and for digits; around each anchor a
//! small hand-written parser reads a few words back and forth (a day number, a year, a modifier
//! such as منتصف, a direction such as المقبل) and decides whether it is a date at all. No
//! regular expression runs over the text, so the cost is one automaton pass plus work
//! proportional to the anchors found. The recogniser does not even pay for that pass: the
//! anchor words ([`anchor_words`]) are compiled into the gazetteer's automaton, whose one scan
//! hands their occurrences to [`find_dates_at`].
//!
//! Words that only look like dates stay text: a month name that is also a common word (مارس
//! "practised", ماي the surname, أب "father", نيسان the car maker, رمضان the first name) needs a
//! day number, a year, a date preposition or a direction word; a bare number needs a date
//! preposition and a plausible year; اليوم before a definite adjective (اليوم الدولي) is a named
//! day, not today.
//!
//! Values are ISO 8601: a day `2026-01-27`, a month `2025-11`, a year `2010`, a week `2026-W05`,
//! a duration `P2Y`, and for Hijri months and years the interval of days they cover
//! (`2026-02-18/2026-03-19`). Every resolved day also gets its Umm al-Qura date
//! ([`calendar`]). A month or weekday without a year resolves against the reference date to the
//! most recent occurrence, or to the next one after a future word (المقبل) or a future tense
//! (سوف, من المقرر, a verb with the prefix سـ, a present-tense verb of a scheduled event such as
//! تنطلق) earlier in the sentence. Without a reference date,
//! such expressions are still found but carry no value.
//!
//! **Invariant kept:** spans are byte offsets of the *normalised* text on word boundaries, with
//! one-letter proclitics (و ف ب ل ك) left out, as the gold annotations do.

pub mod calendar;
pub mod lexicon;
#[rustfmt::skip]
mod umalqura_table;

use crate::normalize::{is_word_char, word_char_at, word_start, Normalized};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use calendar::{hijri_month_len, hijri_to_jdn, HijriDate};
use lexicon::{Anchor, Calendar, Direction, Unit};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A day in the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day, 1–31.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD` (a longer ISO timestamp is cut to its date).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: i32 = s.get(0..4)?.parse().ok()?;
        let month: u8 = s.get(5..7)?.parse().ok()?;
        let day: u8 = s.get(8..10)?.parse().ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Days in a Gregorian month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// A date expression found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Start, in bytes of the normalised text.
    pub start: usize,
    /// End (exclusive), in bytes of the normalised text.
    pub end: usize,
    /// ISO 8601 value (`2026-01-27`, `2025-11`, `2010`, `2026-W05`, `P2Y`), when it resolves.
    pub value: Option<String>,
    /// Umm al-Qura date `YYYY-MM-DD` for every resolved day (`YYYY-MM` or `YYYY` for a Hijri
    /// month or year).
    pub hijri: Option<String>,
}

/// Finds the date expressions of a normalised text.
pub fn find_dates(norm: &Normalized, ref_date: Option<Date>) -> Vec<DateMatch> {
    find_dates_at(norm, ref_date, anchor_hits(norm.text()))
}

/// One occurrence of an anchor word or digit ([`anchor_words`]) in the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnchorHit {
    /// Start, in bytes of the normalised text.
    pub start: usize,
    /// End (exclusive), in bytes of the normalised text.
    pub end: usize,
    /// The id [`anchor_words`] gave the word.
    pub id: u32,
}

/// The words a date search starts from, each with its id: the anchor words, then the ten
/// digits. A caller that already scans the text with an automaton of its own compiles these
/// into it and passes every occurrence it finds to [`find_dates_at`].
pub fn anchor_words() -> impl Iterator<Item = (&'static str, u32)> {
    // A word listed twice keeps its first anchor.
    let mut seen = std::collections::HashSet::new();
    lexicon::ANCHORS.iter().map(|(w, _)| *w).chain(DIGITS).enumerate().filter(move |(_, w)| seen.insert(*w)).map(|(i, w)| (w, i as u32))
}

/// Finds the date expressions of a normalised text from every occurrence of the
/// [`anchor_words`] in it, overlapping ones included, in any order.
pub fn find_dates_at(norm: &Normalized, ref_date: Option<Date>, mut hits: Vec<AnchorHit>) -> Vec<DateMatch> {
    leftmost_longest(&mut hits);
    let mut out = Scanner::new(norm, norm.text(), ref_date).run(&hits);
    crate::scratch::give(hits);
    merge_ranges(norm.text(), &mut out);
    merge_year_spans(norm.text(), &mut out);
    year_edges(norm.text(), &mut out);
    numeric_datelines(norm.text(), ref_date, &mut out);
    out
}

/// KUNA's dateline, a day and a month in digits before the agency in brackets (`الكويت - 26 -
/// 11 (كونا) --`): that day of the reference date's year, or of the year before when it would
/// fall after the reference date.
fn numeric_datelines(text: &str, ref_date: Option<Date>, out: &mut Vec<DateMatch>) {
    let Some(r) = ref_date else { return };
    let mut line_start = 0;
    for line in text.split('\n') {
        let at = line_start;
        line_start += line.len() + 1;
        // The city, ` - `, the day, ` - `, the month, a space and `(`: within a dateline's reach.
        // (The head cut at a character's boundary: `get` at byte 80 inside a letter had
        // refused every longer line whose 80th byte fell mid-letter.)
        let mut reach = line.len().min(80);
        while !line.is_char_boundary(reach) {
            reach -= 1;
        }
        let Some(dash) = line[..reach].find(" - ") else { continue };
        let rest = &line[dash + 3..];
        let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
        let nd = digits(rest);
        let Some(after_day) = rest.get(nd..).and_then(|x| x.strip_prefix(" - ")) else { continue };
        let nm = digits(after_day);
        if !(1..=2).contains(&nd) || !(1..=2).contains(&nm) || !after_day[nm..].trim_start_matches(' ').starts_with('(') {
            continue;
        }
        let (Ok(day), Ok(month)) = (rest[..nd].parse::<u8>(), after_day[..nm].parse::<u8>()) else { continue };
        if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
            continue;
        }
        let mut d = Date { year: r.year, month, day };
        if Date::from_jdn(d.jdn()) != d {
            continue; // no such day (`31 - 11`)
        }
        if d.jdn() > r.jdn() + 1 {
            d.year -= 1;
        }
        let start = at + dash + 3;
        let end = start + nd + 3 + nm;
        if out.iter().any(|m| m.start < end && start < m.end) {
            continue;
        }
        let (value, hijri) = day_value(d);
        let k = out.partition_point(|m| m.start < start);
        out.insert(k, DateMatch { start, end, value, hijri });
    }
}

/// A year with a word of its start, middle or end before it (`مطلع 2027`, `منتصف العام
/// المقبل`, `نهاية العام الجاري`, `أواخر عام 2023`) is its first, middle or last month: how the
/// gold annotations give them (December in 66 of 71 ends of a year, January in 159 of 163
/// starts), and what a reader's card can say.
fn year_edges(text: &str, out: &mut [DateMatch]) {
    for d in out.iter_mut() {
        let Some(v) = d.value.as_deref().filter(|v| v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit())) else { continue };
        let first = &text[d.start..crate::normalize::word_end(text, d.start)];
        let month = match first {
            "مطلع" | "بدايه" | "اوائل" => "01",
            "منتصف" | "اواسط" => "06",
            "نهايه" | "اواخر" | "اخر" | "متم" | "موفي" => "12",
            _ => continue,
        };
        d.value = Some(format!("{v}-{month}"));
    }
}

/// Two years joined by a dash, the first earlier (`الموسم الفلاحي 2026-2027`, `برنامج التنمية
/// 2022-2027`): one mention, its value the interval of years (`2026/2027`), as the gold
/// annotations have it; two between brackets (`(2024-2028)`), as they have those.
fn merge_year_spans(text: &str, out: &mut Vec<DateMatch>) {
    let year = |d: &DateMatch| {
        let v = d.value.as_deref()?;
        (v.len() == 4 && d.hijri.is_none() && text[d.start..d.end].bytes().all(|b| b.is_ascii_digit())).then(|| v.parse::<u32>().ok()).flatten()
    };
    // One pass, each date moved down over the ones merged away (no `remove` per merge).
    let mut kept = 0;
    for k in 0..out.len() {
        if kept > 0 {
            let (a, b) = (&out[kept - 1], &out[k]);
            // (Between brackets, `(2024-2028)`, the annotations keep the two years.)
            let bracketed = text[..a.start].trim_end_matches(' ').ends_with('(') && text[b.end..].trim_start_matches(' ').starts_with(')');
            let joined = a.end <= b.start && matches!(text[a.end..b.start].trim_matches(' '), "-" | "–") && !bracketed;
            if let (Some(y1), Some(y2)) = (year(a), year(b)) {
                if joined && y1 < y2 {
                    out[kept - 1].end = out[k].end;
                    out[kept - 1].value = Some(format!("{y1:04}/{y2:04}"));
                    continue;
                }
            }
        }
        out.swap(kept, k);
        kept += 1;
    }
    out.truncate(kept);
}

/// The word that ends at `at` of `text`, or before the spaces there, and where it starts.
fn word_before(text: &str, at: usize) -> (usize, &str) {
    let end = crate::normalize::spaces_start(text, at);
    let start = word_start(text, end);
    (start, &text[start..end])
}

/// Two dates that bound a period. A day number before a date (`من 18 إلى 24 نوفمبر`, `14 و15
/// ديسمبر`) becomes one mention whose value is the interval (`2026-11-18/2026-11-24`). Two
/// whole dates stay two mentions, as the gold annotations have them (`من 1 أكتوبر إلى 20
/// نوفمبر 2026`, `ما بين فاتح يناير و15 مارس 2027`), but a first one without its year takes the
/// second's: `فاتح يناير و15 مارس 2027` is January 2027, `11 يونيو و19 يوليوز المقبلين` both
/// next year. Joined by `و`, only after `بين` (`في 5 يناير و20 مارس` may be two days a year
/// apart); joined by `إلى` or `حتى`, after `من` or `بين`.
fn merge_ranges(text: &str, out: &mut [DateMatch]) {
    for k in 0..out.len() {
        let (done, rest) = out.split_at_mut(k);
        let b = &rest[0];
        // Most dates follow no joining word: looked for once.
        let Some(joined) = joined_before(text, b) else { continue };
        if let Some(v2) = done.last().and_then(|a| second_of_pair(text, a, b, joined)) {
            rest[0].value = Some(v2);
            rest[0].hijri = None;
        } else if let Some(v1) = done.last().and_then(|a| first_of_pair(text, a, b, joined)) {
            done[k - 1].value = Some(v1);
            done[k - 1].hijri = None;
        } else if let Some(m) = day_range(text, b, joined) {
            rest[0] = m;
        }
    }
}

/// The joining word before `b` (`و`, `إلى`, `حتى`): whether it is `و`, and the text before it.
fn joined_before<'t>(text: &'t str, b: &DateMatch) -> Option<(bool, &'t str)> {
    let before_b = text[..b.start].trim_end_matches(' ');
    let (and, head) = if let Some(h) = before_b.strip_suffix('و') {
        (true, h)
    } else {
        // `إلى غاية`, `لغاية`: "until", as the Maghreb's agencies write it.
        let until = ["الي غايه", "لغايه", "الي", "حتي"];
        (false, until.iter().find_map(|u| before_b.strip_suffix(u))?)
    };
    // A longer word (`والي`): the joining word stands alone.
    if !and && head.ends_with(is_word_char) {
        return None;
    }
    Some((and, head.trim_end_matches(' ')))
}

/// Whether the word before `at` opens a period: `من` or `بين` (only `بين` before `و`), past
/// `عامي`, `يومي`… (`بين عامي 2027 و2029`).
fn opens_period(text: &str, at: usize, and: bool) -> bool {
    let (ws, mut w) = word_before(text, at);
    if matches!(w, "عامي" | "سنتي" | "يومي" | "شهري") {
        w = word_before(text, ws).1;
    }
    let w = w.strip_prefix('و').filter(|r| !r.is_empty()).unwrap_or(w);
    if and { w == "بين" } else { matches!(w, "من" | "بين") }
}

/// Whether `a`, written without its year, opens a period that the date after the joining word
/// (`joined`, see [`joined_before`]) closes: `a` ends right before that word, after `من` or
/// `بين` (see [`opens_period`]).
fn opens_pair(text: &str, a: &DateMatch, (and, head): (bool, &str)) -> bool {
    a.end == head.len() && opens_period(text, a.start, and) && !has_year(&text[a.start..a.end])
}

/// The value the first of two dates bounding a period takes (see [`merge_ranges`]): its own,
/// in the second's year when it writes none. `None` when `a` and `b` are no such pair or the
/// value does not change.
fn first_of_pair(text: &str, a: &DateMatch, b: &DateMatch, joined: (bool, &str)) -> Option<String> {
    if !opens_pair(text, a, joined) {
        return None;
    }
    let (v1, v2) = (a.value.as_deref()?, b.value.as_deref()?);
    let year: i32 = v2.get(0..4)?.parse().ok()?;
    let new = match (Date::parse_iso(v1), Date::parse_iso(v2)) {
        (Some(d1), Some(d2)) => {
            let d = Date { year: if (d1.month, d1.day) > (d2.month, d2.day) { year - 1 } else { year }, ..d1 };
            (d.day <= days_in_month(d.year, d.month)).then(|| d.iso())?
        }
        // Two months (`من يناير إلى مارس 2027`).
        _ if v1.len() == 7 && v2.len() == 7 && v1.as_bytes()[4] == b'-' && v2.as_bytes()[4] == b'-' => {
            let (m1, m2) = (v1.get(5..7)?, v2.get(5..7)?);
            format!("{:04}-{m1}", if m1 > m2 { year - 1 } else { year })
        }
        _ => return None,
    };
    (new != v1).then_some(new)
}

/// The value the second of two dates bounding a period takes when neither writes its year nor a
/// direction (`بين 20 كانون الأول و6 كانون الثاني`, said in November): the first's year, or the
/// next one when the second comes earlier in the year. The first was dated by the reference
/// date; the second is read from it, as the reader reads the period. `None` when `a` and `b` are
/// no such pair or the value does not change.
fn second_of_pair(text: &str, a: &DateMatch, b: &DateMatch, joined: (bool, &str)) -> Option<String> {
    let directed = |t: &str| ["ماضي", "مقبل", "قادم", "جاري", "حالي", "منصرم"].iter().any(|d| t.contains(d));
    let tb = &text[b.start..b.end];
    if !opens_pair(text, a, joined) || has_year(tb) || directed(&text[a.start..a.end]) || directed(tb) {
        return None;
    }
    let (v1, v2) = (a.value.as_deref()?, b.value.as_deref()?);
    let new = match (Date::parse_iso(v1), Date::parse_iso(v2)) {
        (Some(d1), Some(d2)) => {
            let d = Date { year: if (d2.month, d2.day) < (d1.month, d1.day) { d1.year + 1 } else { d1.year }, ..d2 };
            (d.day <= days_in_month(d.year, d.month)).then(|| d.iso())?
        }
        _ => return None,
    };
    (new != v2).then_some(new)
}

/// A day number written just before the day `b` (`18 إلى 24 نوفمبر`, `14 و15 ديسمبر`): the
/// mention of both, its value the interval. See [`merge_ranges`].
fn day_range(text: &str, b: &DateMatch, (and, head): (bool, &str)) -> Option<DateMatch> {
    let d2 = Date::parse_iso(b.value.as_deref()?)?;
    if !text[b.start..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let start = head.len() - digits;
    if !(1..=2).contains(&digits) || text[..start].ends_with(is_word_char) {
        return None;
    }
    let day: u8 = head[start..].parse().ok()?;
    if day == 0 || day >= d2.day {
        return None;
    }
    // `في`, `يومي` or `ويومي` before the first day, or `يومي` and its noun (`يومي الاقتراع 18
    // و19 نوفمبر`).
    let days_word = |w: &str| matches!(w.strip_prefix('و').unwrap_or(w), "في" | "يومي");
    let (ws, w) = word_before(text, start);
    let after_days = days_word(w) || (w.starts_with("ال") && days_word(word_before(text, ws).1));
    if and && !opens_period(text, start, and) && !after_days {
        return None;
    }
    let d1 = Date { day, ..d2 };
    Some(DateMatch { start, end: b.end, value: Some(format!("{}/{}", d1.iso(), d2.iso())), hijri: None })
}

/// Whether a date's text writes a year (four digits).
fn has_year(t: &str) -> bool {
    t.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

/// Every occurrence of the anchor words in `text`, by the date finder's own automaton.
fn anchor_hits(text: &str) -> Vec<AnchorHit> {
    anchor_automaton().find_overlapping_iter(text).map(|m| AnchorHit { start: m.start(), end: m.end(), id: m.value() }).collect()
}

/// Keeps, of overlapping occurrences, those a leftmost-longest scan reports: the earliest, the
/// longest of those starting there, then the same from its end on. An anchor that is part of a
/// longer one (غد in غدا, العام in العامين) or of a longer word is passed over, as a scan that
/// read the text word by word would.
fn leftmost_longest(hits: &mut Vec<AnchorHit>) {
    crate::normalize::keep_leftmost_longest(hits, |h| (h.start, h.end));
}

/// How far into the article a dateline is looked for, in characters: the title, a lead and the
/// `City, date —` line fit in it; a date further down is part of the story.
const DATELINE_CHARS: usize = 500;

/// The reference date given by a dateline at the head of the article (`القدس، 27 يناير 2026 —`):
/// in its first 500 characters (`DATELINE_CHARS`), the first full day date that follows a place and
/// a comma or opens a line, else the first full day date (a date in a title about history is
/// passed over when a dateline follows).
pub fn find_dateline(norm: &Normalized) -> Option<Date> {
    let text = norm.text();
    let head = dateline_head(text);
    find_dateline_at(norm, &anchor_hits(&text[..head]))
}

/// Byte length of the part of `text` a dateline is looked for in.
fn dateline_head(text: &str) -> usize {
    text.char_indices().nth(DATELINE_CHARS).map_or(text.len(), |(i, _)| i)
}

/// [`find_dateline`] from the occurrences of the [`anchor_words`] in the text, in any order;
/// those past the head are ignored. The recogniser passes the hits of its one scan, so a short
/// article (where the head is a tenth of the text) is not scanned a second time.
pub fn find_dateline_at(norm: &Normalized, hits: &[AnchorHit]) -> Option<Date> {
    let text = norm.text();
    let head = dateline_head(text);
    let mut hits: Vec<AnchorHit> = hits.iter().filter(|h| h.end <= head).copied().collect();
    leftmost_longest(&mut hits);
    let days: Vec<(usize, Date)> = Scanner::new(norm, &text[..head], None)
        .run(&hits)
        .into_iter()
        .filter_map(|m| Some((m.start, m.value.filter(|v| v.len() == 10).and_then(|v| Date::parse_iso(&v))?)))
        .collect();
    let is_dateline = |start: usize| {
        let line = text[..start].rsplit('\n').next().unwrap_or("").trim_end();
        line.is_empty() || line.ends_with(['،', ','])
    };
    days.iter().find(|(start, _)| is_dateline(*start)).or(days.first()).map(|&(_, d)| d)
}

/// Digits start a search too (numeric dates, years, counts); the automaton finds them in the
/// same pass as the anchor words, after them in pattern order.
const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// The word → anchor map for reading around an anchor, and the words of tense looked up for
/// every word before a month or weekday (hashed: as lists they were compared one by one).
struct Lexicon {
    words: HashMap<&'static str, Anchor, crate::recognize::FxBuild>,
    /// [`lexicon::FUTURE_MARKERS`] and [`lexicon::SCHEDULE_VERBS`].
    future: HashSet<&'static str, crate::recognize::FxBuild>,
    /// [`lexicon::PAST_VERBS`].
    past: HashSet<&'static str, crate::recognize::FxBuild>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon {
        words: lexicon::ANCHORS.iter().copied().collect(),
        future: lexicon::FUTURE_MARKERS.iter().chain(lexicon::SCHEDULE_VERBS).copied().collect(),
        past: lexicon::PAST_VERBS.iter().copied().collect(),
    })
}

/// The date finder's own anchor automaton, for [`find_dates`] and [`find_dateline`] called on
/// their own. The recogniser never builds it: its scan already finds the anchors, and a page
/// that starts the widget does not pay for a second automaton.
fn anchor_automaton() -> &'static CharwiseDoubleArrayAhoCorasick<u32> {
    static AUTOMATON: OnceLock<CharwiseDoubleArrayAhoCorasick<u32>> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        // The same automaton crate as the gazetteer (see its module doc for the measurements),
        // and the same overlapping search, so that both feed [`leftmost_longest`] alike.
        CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build_with_values(anchor_words())
            .expect("the anchor list is small, distinct and non-empty")
    })
}

/// A word of the normalised text, as byte offsets.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
}

/// Where a search for dates starts: an anchor word or a digit run.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    start: usize,
    end: usize,
    anchor: Option<Anchor>,
}

/// A resolved value and its Hijri counterpart.
type Value = (Option<String>, Option<String>);

/// One scan over a text.
struct Scanner<'n, 'a> {
    norm: &'n Normalized<'a>,
    text: &'n str,
    ref_date: Option<Date>,
    out: Vec<DateMatch>,
    /// End of the last expression found: no new one may start before it.
    done_until: usize,
}

impl<'n, 'a> Scanner<'n, 'a> {
    fn new(norm: &'n Normalized<'a>, text: &'n str, ref_date: Option<Date>) -> Self {
        Scanner { norm, text, ref_date, out: Vec::new(), done_until: 0 }
    }

    /// Tries every hit, in text order, non-overlapping.
    fn run(mut self, hits: &[AnchorHit]) -> Vec<DateMatch> {
        let bytes = self.text.as_bytes();
        for h in hits {
            let c = match lexicon::ANCHORS.get(h.id as usize) {
                Some(&(_, anchor)) => Candidate { start: h.start, end: h.end, anchor: Some(anchor) },
                // A digit: only the first of a run starts a candidate.
                None if h.start > 0 && bytes[h.start - 1].is_ascii_digit() => continue,
                None => {
                    let run = bytes[h.start..].iter().take_while(|b| b.is_ascii_digit()).count();
                    Candidate { start: h.start, end: h.start + run, anchor: None }
                }
            };
            self.try_candidate(c);
        }
        self.out
    }

    fn try_candidate(&mut self, c: Candidate) {
        // A digit run may carry a suffix (2010م, 1447هـ); `digits` reads it.
        if c.start < self.done_until || (c.anchor.is_some() && !self.is_word_end(c.end)) {
            return;
        }
        let prefix = &self.text[self.word_start(c.start)..c.start];
        let found = match c.anchor {
            None if prefix.is_empty() || is_proclitics(prefix) => self.digits(c),
            None => None,
            Some(Anchor::Month { common_word: true, .. }) if !matches!(prefix, "" | "و" | "ف") => None,
            Some(_) if !(prefix.is_empty() || is_proclitics(prefix)) => None,
            Some(a @ Anchor::Month { .. }) => self.month(c, a),
            Some(Anchor::Weekday(wd)) => self.weekday(c, wd),
            Some(Anchor::Season(season)) => self.season(c, season),
            Some(Anchor::Quarter(parts)) => self.quarter(c, parts),
            Some(Anchor::Today) => self.relative_day(c, 0),
            Some(Anchor::Yesterday) => self.relative_day(c, -1),
            Some(Anchor::Tomorrow) => self.relative_day(c, 1),
            Some(Anchor::BareTomorrow) => self.bare_tomorrow(c),
            Some(Anchor::DefiniteUnit(u)) => self.definite_unit(c, u),
            Some(Anchor::YearWord) => self.year_expression(c).or_else(|| self.year_ago(c)),
            Some(Anchor::Dual(u)) => self.dual(c, u),
            Some(Anchor::Plural(u)) => self.plural(c, u),
            Some(Anchor::CountedNoun { unit, dual }) => self.counted(c, unit, dual),
        };
        if let Some(m) = found {
            self.done_until = m.end;
            self.out.push(m);
        }
    }

    // ---- words around a position ----

    fn is_word_end(&self, at: usize) -> bool {
        !word_char_at(self.text, at)
    }

    fn word_start(&self, at: usize) -> usize {
        word_start(self.text, at)
    }

    /// The word after `at` and the text between (spaces, punctuation).
    fn next_word(&self, at: usize) -> Option<(Word, &'n str)> {
        let rest = &self.text[at..];
        let s = at + rest.find(is_word_char)?;
        Some((Word { start: s, end: self.word_end(s) }, &self.text[at..s]))
    }

    /// The word before `at`, after the end of the last expression found, and the text between.
    fn prev_word(&self, at: usize) -> Option<(Word, &'n str)> {
        self.word_before(at).filter(|(w, _)| w.start >= self.done_until)
    }

    /// The word before `at` and the text between, whatever was found before.
    fn word_before(&self, at: usize) -> Option<(Word, &'n str)> {
        let head = &self.text[..at];
        let e = head.rfind(is_word_char).map(|i| i + head[i..].chars().next().map_or(1, char::len_utf8))?;
        Some((Word { start: self.word_start(e), end: e }, &self.text[e..at]))
    }

    /// The next word when only spaces separate it.
    fn next_close(&self, at: usize) -> Option<Word> {
        self.next_word(at).filter(|(_, gap)| is_space(gap)).map(|(w, _)| w)
    }

    /// The previous word when only spaces separate it.
    fn prev_close(&self, at: usize) -> Option<Word> {
        self.prev_word(at).filter(|(_, gap)| is_space(gap)).map(|(w, _)| w)
    }

    fn str(&self, w: Word) -> &'n str {
        &self.text[w.start..w.end]
    }

    /// A context word without its conjunction (وفي → في), and where that word starts. A word
    /// that is itself a context word keeps its first letter (فجر is "dawn", not ف + جر).
    fn bare(&self, w: Word) -> (&'n str, usize) {
        let s = self.str(w);
        if lexicon::TIMES_OF_DAY.contains(&s) || lexicon::MODIFIERS.contains(&s) {
            return (s, w.start);
        }
        // A modifier with `ب` (`بنهاية سبتمبر`, "by the end of September"), also after `و`.
        if let Some(rest) = ["ب", "وب", "فب"].iter().find_map(|p| s.strip_prefix(p)).filter(|r| lexicon::MODIFIERS.contains(r)) {
            return (rest, w.end - rest.len());
        }
        match s.strip_prefix('و').or_else(|| s.strip_prefix('ف')) {
            Some(rest) if rest.chars().count() >= 2 => (rest, w.end - rest.len()),
            _ => (s, w.start),
        }
    }

    /// The anchor a word (or two words) spell, if any.
    fn anchor_at(&self, w: Word) -> Option<(Anchor, usize)> {
        let words = &lexicon().words;
        if let Some(next) = self.next_close(w.end) {
            if let Some(&a) = words.get(&self.text[w.start..next.end]) {
                return Some((a, next.end));
            }
        }
        words.get(self.str(w)).map(|&a| (a, w.end))
    }

    /// [`Toward::Past`] for an unmarked month just after the reference date's with a past verb
    /// before it (see [`infer_year`]); `toward` otherwise. The verb is looked for only then.
    fn past_verb_before_next_month(&self, at: usize, reference: Option<(i32, u8, u8)>, month: u8, toward: Toward) -> Toward {
        let next_month = reference.is_some_and(|(_, rm, _)| (i32::from(month) - i32::from(rm)).rem_euclid(12) == 1);
        if toward == Toward::Unmarked && next_month && self.past_tense(at) {
            Toward::Past
        } else {
            toward
        }
    }

    /// Whether one of the past verbs news writes most comes in the few words before `at`, in the
    /// same clause (`ارتفع التضخم خلال فبراير`, `بلغت الحجوزات ذروتها في ديسمبر`).
    fn past_tense(&self, at: usize) -> bool {
        /// How many words back the verb is looked for (a range's first day and `إلى` included).
        const REACH: usize = 8;
        let mut pos = at;
        for _ in 0..REACH {
            let head = &self.text[..pos];
            let Some(e) = head.rfind(is_word_char) else { return false };
            let e = e + head[e..].chars().next().map_or(1, char::len_utf8);
            if self.text[e..pos].contains(['.', '!', '?', '؟', '؛', '\n', ':', '،', ',']) {
                return false;
            }
            let s = self.word_start(e);
            let w = &self.text[s..e];
            let bare = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w);
            // (`وصل` starts with `و` itself.)
            if lexicon().past.contains(w) || lexicon().past.contains(bare) {
                return true;
            }
            pos = s;
        }
        false
    }

    /// Whether a future tense or future marker comes earlier in the sentence than `at`.
    fn future_tense(&self, at: usize) -> bool {
        /// How many words back a future tense still governs the date.
        const REACH: usize = 12;
        let mut pos = at;
        // The word scanned just before (after, in the text): بعد or قبل followed by أن opens a
        // clause of its own (ستعلن … بعد أن أقرها في 28 فبراير is past).
        let mut later: &str = "";
        for _ in 0..REACH {
            let head = &self.text[..pos];
            let Some(e) = head.rfind(is_word_char) else { return false };
            let e = e + head[e..].chars().next().map_or(1, char::len_utf8);
            if self.text[e..pos].contains(['.', '!', '?', '؟', '؛', '\n', ':']) {
                return false;
            }
            let s = self.word_start(e);
            let w = &self.text[s..e];
            let bare = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w);
            if lexicon().future.contains(bare) || lexicon::is_future_verb(bare) {
                return true;
            }
            if lexicon::CLAUSE_OPENERS.contains(&bare) || (later == "ان" && matches!(bare, "بعد" | "قبل")) {
                return false;
            }
            later = w;
            pos = s;
        }
        false
    }

    fn direction_after(&self, at: usize) -> Option<(Direction, usize)> {
        let w = self.next_close(at)?;
        lexicon::direction(self.str(w)).map(|d| (d, w.end))
    }

    /// `من العام الماضي`, `من السنة المقبلة`, `من هذا العام`, `من العام الجاري` after a month: the
    /// year it names, as an offset from the reference year (−1, 0, +1), and where it ends.
    fn year_phrase_after(&self, at: usize) -> Option<(i32, usize)> {
        let min = self.next_close(at).filter(|&w| self.str(w) == "من")?;
        let first = self.next_close(min.end)?;
        let (unit, this) = match self.str(first) {
            "هذا" | "هذه" => (self.next_close(first.end)?, true),
            _ => (first, false),
        };
        if !matches!(self.str(unit), "العام" | "السنه") {
            return None;
        }
        if this {
            return Some((0, unit.end));
        }
        // `من العام ذاته`, `من السنة نفسها`: the year of the last date that wrote one.
        if let Some(same) = self.next_close(unit.end).filter(|&w| matches!(self.str(w), "ذاته" | "نفسه" | "ذاتها" | "نفسها")) {
            let year: i32 = self.out.iter().rev().find_map(|d| d.value.as_deref()?.get(0..4)?.parse().ok())?;
            return Some((year - self.ref_date?.year, same.end));
        }
        // `من العام` with nothing after it: this year (`توقعات الشركة للربع الأخير من العام.`).
        let Some(adjective) = self.next_close(unit.end) else {
            return (self.text[unit.end..].trim_start().starts_with(['.', '،', ',', '؛', '\n']) || self.text[unit.end..].trim().is_empty()).then_some((0, unit.end));
        };
        let offset = match lexicon::direction(self.str(adjective))? {
            Direction::Past => -1,
            Direction::Current => 0,
            Direction::Future => 1,
        };
        Some((offset, adjective.end))
    }

    /// A year after a month or عام: `2026`, `2026م`, `1447 هـ`, three or four digits unless
    /// marked.
    fn year_after(&self, at: usize) -> Option<(i32, Option<bool>, usize)> {
        self.next_close(at)
            .and_then(|w| self.year_at(w))
            .filter(|&(_, digits, marked, _)| digits >= 3 || marked.is_some())
            .map(|(y, _, marked, end)| (y, marked, end))
    }

    /// A number word read as a year: the year, its digit count, whether it is marked Hijri
    /// (`Some(true)`, هـ) or Gregorian (`Some(false)`, م) or unmarked, and where it ends.
    fn year_at(&self, w: Word) -> Option<(i32, usize, Option<bool>, usize)> {
        let (n, digits, suffix) = number(self.str(w))?;
        let (marked, end) = match suffix {
            "م" => (Some(false), w.end),
            "ه" => (Some(true), w.end),
            _ => match self.next_close(w.end).map(|s| (self.str(s), s.end)) {
                Some(("م", e)) => (Some(false), e),
                Some(("ه", e)) => (Some(true), e),
                _ => (None, w.end),
            },
        };
        Some((n as i32, digits, marked, end))
    }

    // ---- expressions ----

    fn month(&self, c: Candidate, anchor: Anchor) -> Option<DateMatch> {
        let Anchor::Month { calendar, month, common_word } = anchor else { return None };
        let mut start = c.start;
        let mut end = c.end;
        // أب (father) and bare اب need more than a preposition; آب is the month.
        let strong_only = match self.text[c.start..c.end].eq("اب") {
            true => match self.norm.original()[self.norm.original_offset(c.start)..].chars().next() {
                Some('آ') => false,
                Some('ا') => true,
                _ => return None,
            },
            false => false,
        };
        // The combined form: أبريل/نيسان, أبريل (نيسان).
        let mut combined = false;
        if let Some((w, gap)) = self.next_word(end) {
            let g = gap.trim();
            if matches!(g, "/" | "(" | "-" | "،") || (g.is_empty() && !gap.is_empty()) {
                if let Some((Anchor::Month { calendar: c2, month: m2, .. }, e2)) = self.anchor_at(w) {
                    if c2 == calendar && m2 == month {
                        combined = true;
                        end = e2;
                        if g == "(" && self.text[end..].starts_with(')') {
                            end += 1;
                        }
                    }
                }
            }
        }
        // A day before: 27 يناير, و28 يناير, 15 من يناير, الأول من أبريل, غرة رمضان.
        let mut day = None;
        let mut modified = false;
        let mut modifier: Option<&str> = None;
        let mut weekday = None;
        if let Some(w) = self.prev_close(start) {
            let s = self.str(w);
            if let Some((n, at)) = self.day_number(w) {
                day = Some(n);
                start = at;
            } else if matches!(s, "غره" | "فاتح" | "الفاتح" | "اول") {
                // غرة رمضان, and the Maghreb's فاتح نوفمبر, الفاتح ديسمبر and أول نوفمبر: the
                // first day.
                day = Some(1);
                start = w.start;
            } else if let Some(half) = self.prev_close(w.start).filter(|&p| s == "من" && calendar == Calendar::Hijri && self.str(p) == "النصف") {
                // `النصف من شعبان`: the fifteenth, the night of mid-Sha'ban.
                day = Some(15);
                start = half.start;
            } else if s == "من" {
                if let Some((n, s2)) = self.day_before(w.start) {
                    // A half or a quarter of the month (`النصف الأول من كانون الأول`, `الثلث
                    // الأخير من مارس`) is the month, not its first day.
                    match self.prev_close(s2).filter(|&p| matches!(self.bare(p).0, "النصف" | "الربع" | "الثلث" | "السداسي" | "الثلاثي")) {
                        Some(p) => start = self.bare(p).1,
                        None => {
                            day = Some(n);
                            start = s2;
                        }
                    }
                }
            }
        }
        // A road or a square named after a date (`محور 26 يوليو`, `شارع 23 يوليو`, `ميدان 6
        // أكتوبر`) is no date.
        if day.is_some() && self.prev_close(start).is_some_and(|w| matches!(self.bare(w).0, "محور" | "شارع" | "ميدان" | "كوبري" | "جسر" | "نفق")) {
            return None;
        }
        if day.is_some() {
            // A weekday before the day: الثلاثاء 27 يناير, يوم الثلاثاء، 27 يناير, and with
            // `في` between (`السبت في 12 كانون الأول المقبل`).
            let via_fi = self.prev_close(start).filter(|&f| self.str(f) == "في").map(|f| f.start);
            if let Some((w, gap)) = self.prev_word(via_fi.unwrap_or(start)) {
                if let (true, Some(Anchor::Weekday(wd))) = (matches!(gap.trim(), "" | "،" | ","), self.words_anchor(w)) {
                    weekday = Some(wd);
                    start = self.strip_proclitic(w);
                    if let Some(y) = self.prev_close(start).filter(|&y| self.bare(y).0 == "يوم") {
                        start = self.bare(y).1;
                    }
                }
            }
        } else {
            // شهر يناير, منتصف نيسان, أواخر شهر رمضان.
            if let Some(w) = self.prev_close(start).filter(|&w| self.bare(w).0 == "شهر") {
                start = self.bare(w).1;
                modified = true;
            } else if let Some(w) = self.prev_close(start).filter(|&w| matches!(self.bare(w).0, "لشهر" | "بشهر")) {
                // `عددها لشهر نوفمبر`, `بشهر رمضان`: the preposition is left out.
                start = w.end - "شهر".len();
                modified = true;
            }
            // The dual before two months (`سجل شهرا يوليوز وغشت`) makes each a date, itself
            // left out of both.
            if self.prev_close(start).is_some_and(|w| matches!(self.bare(w).0, "شهرا" | "شهري")) {
                modified = true;
            }
            // So is a month joined by `و` to the month before it (`يوليوز وغشت`): a list of
            // months.
            let ws = crate::normalize::word_start(self.text, c.start);
            if &self.text[ws..c.start] == "و" && self.word_before(ws).is_some_and(|(w, gap)| is_space(gap) && matches!(self.words_anchor(w), Some(Anchor::Month { .. }))) {
                modified = true;
            }
            if let Some(w) = self.prev_close(start).filter(|&w| lexicon::MODIFIERS.contains(&self.bare(w).0)) {
                modifier = Some(self.bare(w).0);
                start = self.bare(w).1;
                modified = true;
            }
        }
        // A Hijri month's epithet (`رمضان المبارك المقبل`, `شهر رمضان الكريم`) is the date's.
        if calendar == Calendar::Hijri {
            if let Some(w) = self.next_close(end).filter(|&w| matches!(self.str(w), "المبارك" | "الكريم" | "الفضيل" | "المعظم")) {
                end = w.end;
            }
        }
        // A year or a direction after.
        let mut year = None;
        let mut direction = None;
        if let Some((y, marked, e)) = self.year_after(end) {
            // A Hijri month with a Gregorian year (رمضان 2026) is the one that starts in that year.
            let year_ah = match (calendar, marked) {
                (Calendar::Gregorian, Some(true)) => None,
                (Calendar::Gregorian, _) => ((1000..3000).contains(&y) || marked.is_some()).then_some(y),
                (Calendar::Hijri, Some(true)) => Some(y),
                (Calendar::Hijri, _) if (1..1700).contains(&y) => Some(y),
                (Calendar::Hijri, _) => hijri_year_starting_month_in(month, y),
            };
            if let Some(y) = year_ah {
                year = Some(y);
                end = e;
            }
        } else if let Some((d, e)) = self.direction_after(end) {
            direction = Some(d);
            end = e;
        } else if let Some((offset, e)) = self.year_phrase_after(end) {
            // نيسان من العام الماضي: April of last year.
            if let (Calendar::Gregorian, Some(r)) = (calendar, self.ref_date) {
                year = Some(r.year + offset);
                end = e;
            }
        } else if day.is_none() && calendar == Calendar::Gregorian {
            // The first of two months joined by `و` takes the year of the second: `ما بين يونيو
            // ويوليوز 2030`.
            let next = self.next_close(end).filter(|w| self.str(*w).starts_with('و'));
            if let Some((Anchor::Month { calendar: Calendar::Gregorian, month: m2, .. }, e2)) = next.and_then(|w| self.anchor_at(Word { start: w.start + 'و'.len_utf8(), end: w.end })) {
                if m2 > month {
                    if let Some((y, _, _)) = self.year_after(e2).filter(|&(y, marked, _)| marked != Some(true) && (1000..3000).contains(&y)) {
                        year = Some(y);
                    }
                }
            }
        }
        let has_context = day.is_some() || year.is_some();
        if strong_only && !has_context {
            return None;
        }
        // The first of two months joined by `إلى` or `حتى` after `من` (`من مارس إلى مايو`, `من
        // نيسان إلى تشرين الأول`), where `مارس` is also "practised" and `نيسان` also Nissan.
        let opens_range = || {
            self.prev_close(start).is_some_and(|w| self.bare(w).0 == "من")
                && self.next_close(end).filter(|&w| matches!(self.str(w), "الي" | "حتي")).and_then(|w| self.next_close(w.end)).is_some_and(|m| {
                    // (The Levant's two-word months start with `تشرين` or `كانون`.)
                    matches!(self.anchor_at(m), Some((Anchor::Month { .. }, _))) || matches!(self.str(m), "تشرين" | "كانون")
                })
        };
        if !(has_context || modified || combined || direction.is_some() || opens_range()) {
            let (prep, _) = self.prev_close(start).map(|w| self.bare(w))?;
            let strong = lexicon::DATE_PREPOSITIONS.contains(&prep);
            let weak = !common_word && lexicon::WEAK_PREPOSITIONS.contains(&prep);
            if !(strong || weak) || self.is_brand(end) {
                return None;
            }
        }
        let (mut value, hijri) = self.month_value(c.start, calendar, month, day, year, direction)?;
        // A weekday names the year a day and month without one fall in, when the year inferred
        // from the tense does not have it and the one before or after does (`يوم الأحد 15
        // نوفمبر` is 2026's on 30 November 2026, where 15 November 2025 was a Saturday).
        if let (Calendar::Gregorian, None, Some(d), Some(wd), Some(v)) = (calendar, year, day, weekday, value.as_deref()) {
            let inferred: Option<i32> = v.get(0..4).and_then(|y| y.parse().ok());
            if let Some(y) = inferred.filter(|&y| Date { year: y, month, day: d }.iso_weekday() != wd) {
                let other = [y - 1, y + 1].into_iter().find(|&y| d <= days_in_month(y, month) && Date { year: y, month, day: d }.iso_weekday() == wd);
                if let Some(y) = other {
                    let (value, hijri) = day_value(Date { year: y, month, day: d });
                    return Some(DateMatch { start, end, value, hijri });
                }
            }
        }
        // The start or end of a Hijri month (`مطلع شهر رمضان المقبل`): the Gregorian month its
        // first or last day falls in, not the whole month's interval.
        if let (Calendar::Hijri, None, Some(m), Some(v)) = (calendar, day, modifier, value.as_deref()) {
            let edge = match m {
                "مطلع" | "بدايه" | "اوائل" => v.split('/').next(),
                "نهايه" | "اواخر" | "اخر" | "متم" | "موفي" => v.split('/').nth(1),
                _ => None,
            };
            if let Some(month) = edge.and_then(|d| d.get(0..7)) {
                value = Some(month.to_string());
            }
        }
        Some(DateMatch { start, end, value, hijri })
    }

    /// نيسان موتورز, نيسان (Nissan): the car maker.
    fn is_brand(&self, end: usize) -> bool {
        self.next_word(end).is_some_and(|(w, _)| {
            let s = self.str(w);
            s.starts_with("موتور") || s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        })
    }

    /// A day of the month written in digits (27, و28): its value and where it starts.
    fn day_number(&self, w: Word) -> Option<(u8, usize)> {
        let s = self.str(w);
        // `و28 يناير`, and `الموافق لـ6 نونبر` (the tatweel after `ل` is gone once normalised).
        let (s, at) = match s.strip_prefix('و').or_else(|| s.strip_prefix('ل')) {
            Some(rest) => (rest, w.end - rest.len()),
            None => (s, w.start),
        };
        match number(s) {
            Some((n @ 1..=31, 1..=2, "")) => Some((n as u8, at)),
            _ => None,
        }
    }

    /// A day ending just before `at`, the من of `15 من يناير` left between them: in digits or an
    /// ordinal (الأول, الحادي عشر, الخامس والعشرين). Its value and start.
    fn day_before(&self, at: usize) -> Option<(u8, usize)> {
        let w = self.prev_close(at)?;
        if let Some(day) = self.day_number(w) {
            return Some(day);
        }
        let s = self.str(w);
        let tens = match s {
            "عشر" => Some(10),
            "والعشرين" => Some(20),
            "والثلاثين" => Some(30),
            "العشرين" => return Some((20, w.start)),
            "الثلاثين" => return Some((30, w.start)),
            _ => None,
        };
        match tens {
            Some(t) => {
                let u = self.prev_close(w.start)?;
                let n = lexicon::ordinal(self.str(u)).filter(|&n| n < 10)?;
                let n = t + n;
                (n <= 31).then_some((n, u.start))
            }
            None => lexicon::ordinal(s).filter(|_| s != "الحادي").map(|n| (n, w.start)),
        }
    }

    fn words_anchor(&self, w: Word) -> Option<Anchor> {
        lexicon().words.get(&self.text[self.strip_proclitic(w)..w.end]).copied()
    }

    /// Where a word starts once its one-letter proclitics are left out (وبالأمس → الأمس), when
    /// what remains is an anchor word; else the word's start.
    fn strip_proclitic(&self, w: Word) -> usize {
        let words = &lexicon().words;
        let mut at = w.start;
        for _ in 0..=2 {
            if words.contains_key(&self.text[at..w.end]) {
                return at;
            }
            match self.text[at..w.end].chars().next() {
                Some(c @ ('و' | 'ف' | 'ب' | 'ل' | 'ك')) => at += c.len_utf8(),
                _ => break,
            }
        }
        w.start
    }

    fn month_value(
        &self,
        at: usize,
        calendar: Calendar,
        month: u8,
        day: Option<u8>,
        year: Option<i32>,
        direction: Option<Direction>,
    ) -> Option<Value> {
        let toward = self.toward(at, direction);
        match calendar {
            Calendar::Gregorian => {
                let reference = self.ref_date.map(|r| (r.year, r.month, r.day));
                let toward = self.past_verb_before_next_month(at, reference, month, toward);
                let Some(year) = year.or_else(|| infer_year(reference, month, day, toward)) else {
                    return Some((None, None));
                };
                match day {
                    Some(d) if d <= days_in_month(year, month) => Some(day_value(Date { year, month, day: d })),
                    Some(_) => None,
                    None => Some((Some(format!("{year:04}-{month:02}")), None)),
                }
            }
            Calendar::Hijri => {
                let reference = self.ref_date.and_then(|r| r.to_hijri()).map(|r| (r.year, r.month, r.day));
                let toward = self.past_verb_before_next_month(at, reference, month, toward);
                let Some(year) = year.or_else(|| infer_year(reference, month, day, toward)) else {
                    return Some((None, None));
                };
                match day {
                    Some(d) => {
                        let jdn = hijri_to_jdn(HijriDate { year, month, day: d });
                        match jdn {
                            Some(j) => Some(day_value(Date::from_jdn(j))),
                            None if hijri_month_len(year, month).is_none() => Some((None, None)),
                            None => None,
                        }
                    }
                    None => {
                        let hijri = Some(format!("{year:04}-{month:02}"));
                        let Some(len) = hijri_month_len(year, month) else { return Some((None, hijri)) };
                        let first = hijri_to_jdn(HijriDate { year, month, day: 1 })?;
                        let interval =
                            format!("{}/{}", Date::from_jdn(first).iso(), Date::from_jdn(first + len as i32 - 1).iso());
                        Some((Some(interval), hijri))
                    }
                }
            }
        }
    }

    /// The direction a month or weekday without a year points: its own adjective, else the
    /// future when the sentence is in the future tense, else the past.
    fn toward(&self, at: usize, direction: Option<Direction>) -> Toward {
        match direction {
            Some(Direction::Past) => Toward::StrictPast,
            Some(Direction::Current) => Toward::Current,
            Some(Direction::Future) => Toward::StrictFuture,
            None if self.future_tense(at) => Toward::Future,
            None if self.after_deadline(at) => Toward::Current,
            None => Toward::Unmarked,
        }
    }

    /// Whether a deadline's preposition comes right before the date at `at`, or before its
    /// modifier: `قبل منتصف ديسمبر`, `بحلول مارس`. Such a month is this year's, ahead of the
    /// reference date or not (`قبل منتصف ديسمبر` in November is next month, not last December).
    fn after_deadline(&self, at: usize) -> bool {
        let Some(w) = self.prev_close(at) else { return false };
        let (mut word, start) = self.bare(w);
        if lexicon::MODIFIERS.contains(&word) {
            let Some(before) = self.prev_close(start) else { return false };
            word = self.bare(before).0;
        }
        lexicon::DEADLINES.contains(&word)
    }

    fn weekday(&self, c: Candidate, wd: u8) -> Option<DateMatch> {
        // A weekday before a day and month belongs to that date; the month anchor takes it
        // (also with `في` between: `السبت في 12 كانون الأول`).
        let after = self.next_close(c.end).filter(|&f| self.str(f) == "في").map_or(c.end, |f| f.end);
        if let Some((w, gap)) = self.next_word(after) {
            if matches!(gap.trim(), "" | "،" | ",") && number(self.str(w)).is_some() {
                if let Some(m) = self.next_close(w.end) {
                    if matches!(self.anchor_at(m), Some((Anchor::Month { .. }, _))) {
                        return None;
                    }
                }
            }
        }
        let mut start = c.start;
        // الثلاثاء, الأربعاء, الخميس are only weekdays, and so are السبت and الأحد but in a
        // name (`عبد الأحد`) or a number (`الأحد عشر`); الاثنين is also "the two", الجمعة the
        // Friday of a sermon or a prayer (`خطبة الجمعة`).
        let mut context = match wd {
            2..=4 => true,
            6 | 7 => {
                self.prev_close(start).is_none_or(|w| self.str(w) != "عبد")
                    && !self.next_word(c.end).is_some_and(|(w, gap)| is_space(gap) && matches!(self.str(w), "عشر" | "عشره"))
            }
            // The end of a range of days (`من الأربعاء إلى الجمعة`): a weekday found just before.
            1 | 5 if self.prev_close(start).is_some_and(|w| matches!(self.bare(w).0, "الي" | "حتي" | "غايه"))
                && self.out.last().is_some_and(|d| {
                    self.text[d.end..start].chars().filter(|c| *c == ' ').count() <= 2
                        && self.word_before(d.end).is_some_and(|(w, gap)| gap.is_empty() && matches!(self.words_anchor(w), Some(Anchor::Weekday(_))))
                }) =>
            {
                true
            }
            // Monday after a verb, before a comma or `إن` (`قد أكد الاثنين، خلال استقباله`, `وقال
            // الاثنين إن`): "the two" would be the verb's subject or object, not set off so. (Not
            // Friday: `خطبة الجمعة،`.)
            1 => {
                let set_off = self.text[c.end..].starts_with('،')
                    || self.next_word(c.end).is_some_and(|(w, gap)| is_space(gap) && matches!(self.str(w), "ان" | "انه" | "انها"));
                set_off && self.prev_close(start).is_some_and(|w| !matches!(self.bare(w).0, "بين" | "كلا" | "من" | "الي" | "علي" | "عن" | "مع" | "الا"))
            }
            _ => false,
        };
        if let Some(w) = self.prev_close(start) {
            let (s, bs) = self.bare(w);
            if s == "يوم" || lexicon::TIMES_OF_DAY.contains(&s) {
                start = bs;
                context = true;
                if let Some(t) = self.prev_close(start).filter(|&t| lexicon::TIMES_OF_DAY.contains(&self.bare(t).0)) {
                    start = self.bare(t).1;
                }
            } else if lexicon::DATE_PREPOSITIONS.contains(&s) {
                context = true;
            }
        }
        let mut end = c.end;
        let mut direction = None;
        if let Some((d, e)) = self.direction_after(end) {
            direction = Some(d);
            end = e;
            context = true;
        }
        if !context {
            return None;
        }
        let value = self.ref_date.map(|r| {
            let back = (r.iso_weekday() as i32 - wd as i32).rem_euclid(7);
            let ahead = (wd as i32 - r.iso_weekday() as i32).rem_euclid(7);
            let offset = match self.toward(c.start, direction) {
                Toward::Past | Toward::Unmarked | Toward::Current => -back,
                Toward::StrictPast => -(if back == 0 { 7 } else { back }),
                Toward::Future => ahead,
                Toward::StrictFuture => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
            };
            day_value(r.add_days(offset))
        });
        let (value, hijri) = value.unwrap_or((None, None));
        Some(DateMatch { start, end, value, hijri })
    }

    /// اليوم, أمس, غداً, with أول أمس / أمس الأول (the day before yesterday), يوم/a time of day
    /// before and a weekday after (أمس الاثنين).
    fn relative_day(&self, c: Candidate, mut offset: i32) -> Option<DateMatch> {
        let mut start = c.start;
        let mut end = c.end;
        let word = &self.text[c.start..c.end];
        if offset == 0 {
            if let Some(w) = self.next_close(end) {
                let s = self.str(w);
                let weekday = matches!(self.words_anchor(w), Some(Anchor::Weekday(_)));
                // اليوم الدولي, اليوم التالي, اليوم نفسه: a named or narrated day (إلى is no
                // adjective). A feminine or plural noun is none either: it is the verb's object
                // (أعلنت الهيئة اليوم النتائج النهائية, "today").
                let object = s.ends_with('ه') || s.ends_with("ات") || crate::recognize::gazetteer::broken_plural(s);
                if !weekday && s != "الي" && ((s.starts_with("ال") && !object) || matches!(s, "نفسه" | "ذاته")) {
                    return None;
                }
            }
            if let Some(w) = self.prev_close(start) {
                // في ذلك اليوم (that day); المصري اليوم, روسيا اليوم (news outlets).
                if matches!(self.bare(w).0, "ذلك" | "هذا" | "نفس" | "ذات" | "ذاك" | "المصري" | "روسيا")
                {
                    return None;
                }
            }
        }
        if offset == 1 && self.is_verb_ghada(c) {
            return None;
        }
        if offset == -1 {
            if let Some(w) = self.prev_close(start) {
                let (s, bs) = self.bare(w);
                if s == "اول" && word == "امس" {
                    offset = -2;
                    start = bs;
                } else if s == "من" && word == "امس" {
                    if let Some(a) = self.prev_close(w.start).filter(|&a| self.bare(a).0 == "اول") {
                        offset = -2;
                        start = self.bare(a).1;
                    }
                }
            }
            if offset == -1 {
                if let Some(w) = self.next_close(end).filter(|&w| self.str(w) == "الاول") {
                    offset = -2;
                    end = w.end;
                }
            }
        }
        if let Some(w) = self.prev_close(start) {
            let (s, bs) = self.bare(w);
            if s == "يوم" && offset != 0 {
                start = bs;
            } else if s == "بعد" && offset == 1 {
                offset = 2;
                start = bs;
            }
        }
        if let Some(w) = self.prev_close(start).filter(|&w| lexicon::TIMES_OF_DAY.contains(&self.bare(w).0)) {
            start = self.bare(w).1;
        }
        if let Some(w) = self.next_close(end) {
            if matches!(self.words_anchor(w), Some(Anchor::Weekday(_))) {
                end = w.end;
                // …and the day and month that date is (`غدا الخميس 26 نوفمبر`): one date.
                if let Some(d) = self.next_close(end).filter(|&d| self.day_number(d).is_some_and(|(_, at)| at == d.start)) {
                    if let Some((Anchor::Month { .. }, e)) = self.next_close(d.end).and_then(|m| self.anchor_at(m)) {
                        // …with its year (`أمس الخميس 16 جمادى الثانية 1448 هـ`).
                        end = self.year_after(e).map_or(e, |(_, _, ye)| ye);
                    }
                }
            }
        }
        let (value, hijri) = self.ref_date.map(|r| day_value(r.add_days(offset))).unwrap_or((None, None));
        Some(DateMatch { start, end, value, hijri })
    }

    /// غدا without tanween before a definite noun is the verb "became" (غدا الوضع أسوأ); غداً
    /// with tanween, or before a weekday or إلى, is tomorrow.
    fn is_verb_ghada(&self, c: Candidate) -> bool {
        let (os, oe) = self.norm.original_span(c.start, c.end);
        if self.norm.original()[os..oe].contains('\u{064B}') {
            return false;
        }
        self.next_close(c.end).is_some_and(|w| {
            let s = self.str(w);
            s.starts_with("ال") && s != "الي" && !matches!(self.words_anchor(w), Some(Anchor::Weekday(_)))
        })
    }

    /// غد after يوم, بعد or a time of day, with a weekday after (بعد غد الخميس).
    fn bare_tomorrow(&self, c: Candidate) -> Option<DateMatch> {
        let weekday_next = self.next_close(c.end).is_some_and(|w| matches!(self.words_anchor(w), Some(Anchor::Weekday(_))));
        let before = self.prev_close(c.start).map(|w| self.bare(w));
        let (offset, mut start) = match before {
            Some(("يوم", bs)) => (1, bs),
            Some(("بعد", bs)) => (2, bs),
            Some((t, bs)) if lexicon::TIMES_OF_DAY.contains(&t) => (1, bs),
            // `غد` and the weekday it is (`ويستمر حتى غد الأربعاء`).
            _ if weekday_next => (1, c.start),
            _ => return None,
        };
        if let Some(t) = self.prev_close(start).filter(|&t| lexicon::TIMES_OF_DAY.contains(&self.bare(t).0)) {
            start = self.bare(t).1;
        }
        let end = match self.next_close(c.end) {
            Some(w) if matches!(self.words_anchor(w), Some(Anchor::Weekday(_))) => w.end,
            _ => c.end,
        };
        let (value, hijri) = self.ref_date.map(|r| day_value(r.add_days(offset))).unwrap_or((None, None));
        Some(DateMatch { start, end, value, hijri })
    }

    /// هذا الأسبوع, الشهر الماضي, العام المقبل, السنة الحالية; العام 2010.
    fn definite_unit(&self, c: Candidate, unit: Unit) -> Option<DateMatch> {
        // `لعام` is `للعام` less its first `ل` (the article's lam); after one `ل` it is `ل` +
        // `عام` ("for the year 2027", "a year ago"), read as the word without it.
        if (self.text[c.start..].starts_with("لعام") || self.text[c.start..].starts_with("لسنه")) && !self.text[..c.start].ends_with('ل') {
            let c = Candidate { start: c.start + 'ل'.len_utf8(), end: c.end, anchor: Some(Anchor::YearWord) };
            return self.year_expression(c).or_else(|| self.year_ago(c));
        }
        if unit == Unit::Year {
            if let Some(m) = self.year_expression(c) {
                return Some(m);
            }
        }
        let mut start = c.start;
        let mut end = c.end;
        // الأمين العام الحالي, النائب العام السابق: العام is the adjective "general".
        if unit == Unit::Year && self.text[c.start..c.end].eq("العام") {
            if let Some(w) = self.prev_close(start) {
                let noun = self.bare(w).0;
                if noun.strip_prefix("ال").is_some_and(|n| lexicon::GENERAL_NOUNS.contains(&n)) {
                    return None;
                }
            }
        }
        // `بداية العام الدراسي`, `مطلع العام الجامعي المقبل`: a school or university year, which
        // starts in September, not the calendar year.
        if unit == Unit::Year && self.next_close(end).is_some_and(|w| matches!(self.bare(w).0, "الدراسي" | "الجامعي")) {
            return None;
        }
        let step = if let Some((d, e)) = self.direction_after(end) {
            end = e;
            match d {
                Direction::Past => -1,
                Direction::Current => 0,
                Direction::Future => 1,
            }
        } else if let Some(w) = self.prev_close(start).filter(|&w| matches!(self.bare(w).0, "هذا" | "هذه")) {
            start = self.bare(w).1;
            0
        } else {
            // `قبل نهاية السنة`, `منتصف الشهر`: a part of the year or month with no direction is
            // of the current one. Not the end of a week: `نهاية الأسبوع` is also the weekend
            // (`مطلع الأسبوع`, `منتصف الأسبوع` are of the current week).
            self.prev_close(start).filter(|&w| {
                let m = self.bare(w).0;
                lexicon::MODIFIERS.contains(&m) && (unit != Unit::Week || matches!(m, "مطلع" | "منتصف" | "بدايه" | "اوائل" | "اواسط"))
            })?;
            0
        };
        if let Some(w) = self.prev_close(start).filter(|&w| lexicon::MODIFIERS.contains(&self.bare(w).0)) {
            start = self.bare(w).1;
        }
        let value = self.ref_date.and_then(|r| match unit {
            Unit::Week => Some(r.add_days(7 * step).iso_week()),
            Unit::Month => {
                let m = r.add_months(step);
                Some(format!("{:04}-{:02}", m.year, m.month))
            }
            Unit::Year => Some(format!("{:04}", r.year + step)),
            Unit::Day => None,
        });
        Some(DateMatch { start, end, value, hijri: None })
    }

    /// A season with هذا before it, a direction or a Gregorian year after it: `هذا الصيف`,
    /// `الشتاء الماضي`, `الصيف المقبل`, `صيف 2024`. Its value is the TimeML season of a year
    /// (`2026-SU`; spring March–May, summer June–August, autumn September–November, winter
    /// December–February, named by the year of its December). `الماضي` is the last one before the
    /// season the reference date is in, `المقبل` the next one after it, `هذا` and `الجاري` the
    /// nearest (the coming one on a tie).
    fn season(&self, c: Candidate, season: u8) -> Option<DateMatch> {
        let mut start = c.start;
        let mut end = c.end;
        // Seasons counted from year 0: 4 × year + season.
        let of_ref = self.ref_date.map(|r| {
            let (year, s) = match r.month {
                3..=5 => (r.year, 0),
                6..=8 => (r.year, 1),
                9..=11 => (r.year, 2),
                12 => (r.year, 3),
                _ => (r.year - 1, 3),
            };
            4 * year + s
        });
        let count = if let Some((y, _, e)) = self.year_after(end).filter(|&(y, marked, _)| marked != Some(true) && (1000..3000).contains(&y)) {
            end = e;
            Some(4 * y + i32::from(season))
        } else {
            let step = if let Some((d, e)) = self.direction_after(end) {
                end = e;
                Some(d)
            } else {
                let w = self.prev_close(start).filter(|&w| matches!(self.bare(w).0, "هذا" | "هذه"))?;
                start = self.bare(w).1;
                None
            };
            of_ref.map(|r| {
                let s = i32::from(season);
                let back = (r - s).rem_euclid(4); // seasons since the last one of this kind (0: this one)
                match step {
                    Some(Direction::Past) => r - if back == 0 { 4 } else { back },
                    Some(Direction::Future) => r + if back == 0 { 4 } else { 4 - back },
                    Some(Direction::Current) | None => {
                        if back == 0 {
                            r
                        } else if back < 4 - back {
                            r - back
                        } else {
                            r + 4 - back
                        }
                    }
                }
            })
        };
        let value = count.map(|n| format!("{:04}-{}", n.div_euclid(4), lexicon::SEASON_CODES[n.rem_euclid(4) as usize]));
        Some(DateMatch { start, end, value, hijri: None })
    }

    /// A quarter of a Gregorian year, by its ordinal and a year: `الربع الأول من العام المقبل`,
    /// `الربع الثالث من 2025`, `الربع الأخير من عام 2024`, `الربع الثاني لعام 2026`, `الربع الرابع
    /// 2025`. The value is `2026-Q1`; a half (`النصف الثاني من 2026`, `السداسي الأول من 2027`) is
    /// `2026-H2`. Without a year, a quarter is the last one begun by the reference date, as
    /// business copy names it (`أرباح الربع الثالث`); a half, or anything before `من` that is no
    /// year (`الربع الأول من المباراة`, `النصف الأول من المباراة`), is no date.
    fn quarter(&self, c: Candidate, parts: u8) -> Option<DateMatch> {
        let ord = self.next_close(c.end)?;
        let q = match self.str(ord) {
            "الاول" => 1,
            "الثاني" => 2,
            "الثالث" if parts == 4 => 3,
            "الرابع" if parts == 4 => 4,
            "الاخير" => parts,
            _ => return None,
        };
        let gregorian = |(y, marked, e): (i32, Option<bool>, usize)| (marked != Some(true) && (1000..3000).contains(&y)).then_some((y, e));
        // `2025`, `من 2025`, `من عام 2025`, `من العام 2025`, `لعام 2025`.
        let mut at = ord.end;
        if let Some(w) = self.next_close(at).filter(|&w| matches!(self.str(w), "من" | "لعام" | "للعام" | "لسنه")) {
            at = w.end;
            if let Some(u) = self.next_close(at).filter(|&u| matches!(self.str(u), "عام" | "العام" | "سنه" | "السنه")) {
                at = u.end;
            }
        }
        let (year, end) = match self.year_after(at).and_then(gregorian) {
            Some(found) => found,
            None => match self.year_phrase_after(ord.end) {
                Some((offset, e)) => (self.ref_date?.year + offset, e),
                // A quarter alone, as business copy names the latest one (`أرباح الربع الثالث`):
                // the last that has begun by the reference date. Not before `من` (`الربع الأول
                // من المباراة`), and not a half (`الشوط`'s `النصف الثاني`).
                None if parts == 4 && !self.text[c.start..c.end].ends_with("الفصل") && self.next_close(ord.end).is_none_or(|w| self.str(w) != "من") => {
                    let r = self.ref_date?;
                    let starts = (q as u32 - 1) * 3 + 1;
                    (if starts <= r.month as u32 { r.year } else { r.year - 1 }, ord.end)
                }
                None => return None,
            },
        };
        let letter = if parts == 2 { 'H' } else { 'Q' };
        // A modifier is the date's (`قبل نهاية الثلاثي الأول من السنة المقبلة`); the value stays
        // the quarter's.
        let start = self.prev_close(c.start).filter(|&w| lexicon::MODIFIERS.contains(&self.bare(w).0)).map_or(c.start, |w| self.bare(w).1);
        Some(DateMatch { start, end, value: Some(format!("{year:04}-{letter}{q}")), hijri: None })
    }

    /// عام 2010, سنة ٢٠١٠, العام 2010م, عام 1447 هـ (with a modifier before: مطلع عام 2010).
    fn year_expression(&self, c: Candidate) -> Option<DateMatch> {
        let (year, marked, end) = self.year_after(c.end)?;
        let mut start = c.start;
        if let Some(w) = self.prev_close(start).filter(|&w| lexicon::MODIFIERS.contains(&self.bare(w).0)) {
            start = self.bare(w).1;
        }
        let (value, hijri) = self.year_value_at(year, marked, start)?;
        Some(DateMatch { start, end, value, hijri })
    }

    /// The value of a year whose mention starts at `start` ([`year_value`]), but the Hajj of a
    /// Hijri year (`حج عام 1447 هـ`, `موسم حج 1448 هـ`) is in its last month ([`hajj_month`]).
    fn year_value_at(&self, year: i32, marked: Option<bool>, start: usize) -> Option<Value> {
        let value = year_value(year, marked)?;
        if marked == Some(true) && self.prev_close(start).is_some_and(|w| matches!(self.bare(w).0, "حج" | "الحج")) {
            return hajj_month(year);
        }
        Some(value)
    }

    /// `قبل سنة`, `منذ عام` ("a year ago"): the reference date's month a year before. Not a year
    /// before something else (`قبل عام من الانتخابات`).
    fn year_ago(&self, c: Candidate) -> Option<DateMatch> {
        let w = self.prev_close(c.start).filter(|&w| matches!(self.str(w), "قبل" | "منذ" | "وقبل" | "ومنذ"))?;
        // Without the conjunction (`وقبل سنة`).
        let start = if self.str(w).starts_with('و') { w.start + 'و'.len_utf8() } else { w.start };
        if self.next_close(c.end).is_some_and(|n| self.str(n) == "من") {
            return None;
        }
        let value = self.ref_date.map(|r| {
            let d = r.add_months(-12);
            format!("{:04}-{:02}", d.year, d.month)
        });
        Some(DateMatch { start, end: c.end, value, hijri: None })
    }

    /// العامين الماضيين: a two-unit duration.
    fn dual(&self, c: Candidate, unit: Unit) -> Option<DateMatch> {
        let (d, end) = self.direction_after(c.end)?;
        (d != Direction::Current).then(|| DateMatch {
            start: c.start,
            end,
            value: Some(format!("P2{}", unit.designator())),
            hijri: None,
        })
    }

    /// السنوات الخمس الماضية, الأيام الـ10 المقبلة: a counted duration.
    fn plural(&self, c: Candidate, unit: Unit) -> Option<DateMatch> {
        let w = self.next_close(c.end)?;
        let s = self.str(w);
        let s = s.strip_prefix("ال").unwrap_or(s);
        let n = lexicon::count_word(s).or_else(|| number(s).filter(|n| n.2.is_empty()).map(|n| n.0))?;
        // The first or last months of a year (`الأشهر العشرة الأولى من العام الحالي`, `الأشهر
        // التسعة الأولى من 2026`): those months of that year, `2026-01/2026-10` (the year alone
        // for a count that is no number of months). `من العام` alone is the current year.
        if unit == Unit::Month {
            if let Some(ord) = self.next_close(w.end).filter(|&o| matches!(self.str(o), "الاولي" | "الاخيره")) {
                let mut at = ord.end;
                if let Some(m) = self.next_close(at).filter(|&m| self.str(m) == "من") {
                    at = m.end;
                    let mut definite = false;
                    if let Some(u) = self.next_close(at).filter(|&u| matches!(self.str(u), "عام" | "العام" | "سنه" | "السنه")) {
                        at = u.end;
                        definite = self.str(u).starts_with("ال");
                    }
                    let year = match self.year_after(at).filter(|&(y, marked, _)| marked != Some(true) && (1000..3000).contains(&y)) {
                        Some((y, _, e)) => Some((y, e)),
                        None => self
                            .year_phrase_after(ord.end)
                            .and_then(|(offset, e)| Some((self.ref_date?.year + offset, e)))
                            .or_else(|| definite.then(|| self.ref_date.map(|r| (r.year, at))).flatten()),
                    };
                    if let Some((y, end)) = year {
                        let value = match (n, self.str(ord)) {
                            (1..=11, "الاولي") => format!("{y:04}-01/{y:04}-{n:02}"),
                            (1..=11, _) => format!("{y:04}-{:02}/{y:04}-12", 13 - n),
                            _ => format!("{y:04}"),
                        };
                        return Some(DateMatch { start: c.start, end, value: Some(value), hijri: None });
                    }
                }
            }
        }
        let (d, end) = self.direction_after(w.end)?;
        (d != Direction::Current).then(|| DateMatch {
            start: c.start,
            end,
            value: Some(format!("P{n}{}", unit.designator())),
            hijri: None,
        })
    }

    /// منذ عشر سنوات, خلال 6 أشهر, منذ أكثر من عامين: a counted duration after a time
    /// preposition; the span is the count and the unit.
    fn counted(&self, c: Candidate, unit: Unit, dual: bool) -> Option<DateMatch> {
        let (n, start) = if dual {
            (2, c.start)
        } else {
            let w = self.prev_close(c.start)?;
            let s = self.str(w);
            let n = lexicon::count_word(s).or_else(|| number(s).filter(|n| n.2.is_empty()).map(|n| n.0))?;
            (n, w.start)
        };
        let mut before = self.prev_close(start)?;
        // أكثر من, أقل من, نحو: an approximate count.
        if self.str(before) == "من" {
            let more = self.prev_close(before.start).filter(|&w| matches!(self.bare(w).0, "اكثر" | "اقل"))?;
            before = self.prev_close(more.start)?;
        } else if lexicon::APPROXIMATIONS.contains(&self.bare(before).0) {
            before = self.prev_close(before.start)?;
        }
        lexicon::DURATION_PREPOSITIONS.contains(&self.bare(before).0).then(|| DateMatch {
            start,
            end: c.end,
            value: Some(format!("P{n}{}", unit.designator())),
            hijri: None,
        })
    }

    /// A digit run: a numeric date (2024/5/14, 9/2/2026), a marked year (2010م, 1447 هـ), a
    /// duration after a preposition (منذ 3 سنوات), or a year after a date preposition (في 2018).
    fn digits(&self, c: Candidate) -> Option<DateMatch> {
        if let Some(m) = self.numeric_date(c) {
            return Some(m);
        }
        let w = Word { start: c.start, end: self.word_end(c.start) };
        let (year, digits, marked, end) = self.year_at(w)?;
        let prev = self.prev_close(c.start).map(|p| self.bare(p));
        let prep = prev.map(|p| p.0);
        // A count of units after a preposition of time.
        if let Some(u) = self.next_close(w.end) {
            if let Some(unit) = lexicon::counted_unit(self.str(u)) {
                return prep.filter(|p| lexicon::DURATION_PREPOSITIONS.contains(p)).map(|_| {
                    DateMatch {
                        start: c.start,
                        end: u.end,
                        value: Some(format!("P{year}{}", unit.designator())),
                        hijri: None,
                    }
                });
            }
        }
        // A modifier belongs to the span (مطلع 2018); a preposition does not (في 2018).
        let modifier = prev.filter(|p| lexicon::MODIFIERS.contains(&p.0));
        // The context a bare year needs, looked at only for a plausible one without a modifier
        // (most digit runs are counts): a date preposition, `أفق`, the horizon of a plan (`في
        // أفق 2030`), a budget's year (`موازنة 2027`); `من`, which is also "who" with counts after
        // it (`أكثر من 2000`), after a word of starting (`اعتباراً من 2027`); a year compared
        // with (`مقارنة بـ2024`, the preposition written on the digits, or `مقارنة مع 2023`), unless
        // a counted noun follows (`مقارنة بـ2000 طن`).
        let before_prep = || self.prev_close(prev.map_or(c.start, |p| p.1)).map(|w| self.bare(w).0);
        let compared = |w: Option<&str>| w.is_some_and(|w| matches!(w, "مقارنه" | "قياسا"));
        let counted = || {
            self.next_close(w.end).is_some_and(|n| {
                let n = self.str(n);
                !n.starts_with("ال") && !n.starts_with('و') && !matches!(n, "في" | "من" | "الي" | "علي" | "عن" | "مع") && n.chars().next().is_some_and(|ch| ('\u{0621}'..='\u{064A}').contains(&ch))
            })
        };
        let comparison = || {
            let ws = crate::normalize::word_start(self.text, c.start);
            let glued = ws < c.start && self.text[ws..c.start].ends_with('ب') && compared(self.prev_close(ws).map(|p| self.bare(p).0));
            (glued || (prep == Some("مع") && compared(before_prep()))) && !counted()
        };
        let after_prep = || {
            prep.is_some_and(|p| lexicon::DATE_PREPOSITIONS.contains(&p) || lexicon::YEAR_NOUNS.contains(&p))
                // …also with `ل` or `ب` (`ملف استضافة قطر لأولمبياد 2036`).
                || prep.and_then(|p| p.strip_prefix(['ل', 'ب'])).is_some_and(|r| r.chars().count() >= 4 && lexicon::YEAR_NOUNS.contains(&r))
                || (prep == Some("من") && before_prep().is_some_and(|w| lexicon::STARTING_FROM.contains(&w)))
                // The same period of a year (`مقارنة بالفترة ذاتها من 2025`).
                || (prep == Some("من") && before_prep().is_some_and(|w| matches!(w, "ذاتها" | "نفسها" | "ذاته" | "نفسه")) && !counted())
                || comparison()
                // `مونديال قطر 2027`: the event, its host, the year.
                || before_prep().is_some_and(|w| matches!(w, "مونديال" | "اكسبو" | "اولمبياد"))
        };
        let plausible = digits == 4 && (1900..=2100).contains(&year);
        let accepted = match marked {
            Some(_) => digits >= 3,
            None => plausible && (modifier.is_some() || after_prep() || self.in_year_range(c.start, w.end)),
        };
        if !accepted {
            return None;
        }
        let (mut value, hijri) = self.year_value_at(year, marked, c.start)?;
        // A year written with the next (`العام المالي 2025/2026`, a fiscal or school year): one
        // span, the two years.
        let mut end = end;
        if marked.is_none() && digits == 4 {
            let next = format!("/{}", year + 1);
            if self.text[end..].starts_with(&next) && !self.text[end + next.len()..].starts_with(|ch: char| ch.is_ascii_digit()) {
                end += next.len();
                // Egypt's fiscal year, `العام المالي`, runs from July to June, as the news that
                // writes it so means; `السنة المالية` (Kuwait's runs from April) and a school year
                // keep the two years.
                value = Some(if prev.is_some_and(|p| p.0 == "المالي") { format!("{year:04}-07/{:04}-06", year + 1) } else { format!("{year:04}/{:04}", year + 1) });
            }
        }
        // The horizon of a plan is the date's, as the Maghreb's agencies write it (`في أفق 2030`,
        // `في آفاق 2030`).
        let horizon = prev.filter(|p| matches!(p.0, "افق" | "افاق"));
        Some(DateMatch { start: modifier.or(horizon).map_or(c.start, |m| m.1), end, value, hijri })
    }

    fn word_end(&self, at: usize) -> usize {
        crate::normalize::word_end(self.text, at)
    }

    /// Whether the year at `start..end` is one end of a range of years: `(2024-2028)`, `بين 1960
    /// و1966`. Both ends must be four-digit years of 1900–2100; a score (`2-1`) or a count is not.
    /// Read on the text itself: the other end may be a date found already. Kept out of the
    /// scanner's loop: a bare year rarely gets this far, and inlined it made the loop 1.3 KB
    /// larger for V8 to compile.
    #[inline(never)]
    fn in_year_range(&self, start: usize, end: usize) -> bool {
        let is_year = |w: &str| number(w).is_some_and(|(y, digits, suffix)| digits == 4 && suffix.is_empty() && (1900..=2100).contains(&y));
        let dash = |gap: &str| matches!(gap.trim_matches(' '), "-" | "–" | "—" | "/");
        let before = |at: usize| self.word_before(at);
        // The year after a dash, or before one.
        if self.next_word(end).is_some_and(|(w, gap)| dash(gap) && is_year(self.str(w))) {
            return true;
        }
        if before(start).is_some_and(|(w, gap)| dash(gap) && is_year(self.str(w))) {
            return true;
        }
        // `بين 1960 و1966`: the first after `بين` with `و` + a year next, the second glued to
        // its `و` after a year that follows `بين`.
        // So are two years after a dual (`خلال عامي 2024 و2025`, `بين عامي 2019 و2023`).
        let between = |w: Word| before(w.start).is_some_and(|(b, gap)| is_space(gap) && matches!(self.bare(b).0, "بين" | "عامي" | "سنتي" | "العامين" | "السنتين"));
        let ws = self.word_start(start);
        if ws == start {
            return between(Word { start, end }) && self.next_close(end).is_some_and(|n| self.str(n).strip_prefix('و').is_some_and(is_year));
        }
        &self.text[ws..start] == "و" && before(ws).is_some_and(|(p, gap)| is_space(gap) && is_year(self.str(p)) && between(p))
    }

    /// 2024/5/14, ٢٠٢٥/١٠/٢٣, 9/2/2026 (day/month/year), 9-2-2026, 9.2.2026, with م or هـ.
    fn numeric_date(&self, c: Candidate) -> Option<DateMatch> {
        let b = self.text.as_bytes();
        let mut parts = [(0u32, 0usize); 3];
        let mut at = c.start;
        let mut sep = 0u8;
        for (k, part) in parts.iter_mut().enumerate() {
            if k > 0 {
                let s = *b.get(at)?;
                if !matches!(s, b'/' | b'-' | b'.') || (k == 2 && s != sep) {
                    return None;
                }
                sep = s;
                at += 1;
            }
            let s = at;
            while at < b.len() && b[at].is_ascii_digit() && at - s < 4 {
                at += 1;
            }
            if at == s || at - s > 4 {
                return None;
            }
            *part = (self.text[s..at].parse().ok()?, at - s);
        }
        if b.get(at).is_some_and(|x| {
            x.is_ascii_digit() || (matches!(x, b'/' | b'-' | b'.') && b.get(at + 1).is_some_and(u8::is_ascii_digit))
        }) {
            return None;
        }
        let mut end = at;
        let suffix = match self.text[at..].chars().next() {
            Some(c @ ('م' | 'ه')) if self.is_word_end(at + c.len_utf8()) => {
                end += c.len_utf8();
                Some(c)
            }
            _ if !self.is_word_end(at) => return None,
            _ => match self.next_close(at).map(|w| (self.str(w), w.end)) {
                Some(("م", e)) => {
                    end = e;
                    Some('م')
                }
                Some(("ه", e)) => {
                    end = e;
                    Some('ه')
                }
                _ => None,
            },
        };
        let (year, month, day) = match parts {
            [(y, 4), (m, 1..=2), (d, 1..=2)] => (y as i32, m as u8, d as u8),
            [(d, 1..=2), (m, 1..=2), (y, 4)] => (y as i32, m as u8, d as u8),
            _ => return None,
        };
        if !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let (value, hijri) = if suffix == Some('ه') {
            match hijri_to_jdn(HijriDate { year, month, day }) {
                Some(j) => day_value(Date::from_jdn(j)),
                None => return None,
            }
        } else {
            if !(1000..3000).contains(&year) || day > days_in_month(year, month) {
                return None;
            }
            day_value(Date { year, month, day })
        };
        Some(DateMatch { start: c.start, end, value, hijri })
    }
}

/// Which occurrence of a month or weekday without a year is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Toward {
    /// The most recent one, the current one included (a past verb before it).
    Past,
    /// No tense or direction: as [`Toward::Past`], but the month just after the reference
    /// date's is the coming one (see [`infer_year`]).
    Unmarked,
    /// The previous one, the current one excluded (الماضي).
    StrictPast,
    /// The current one (الجاري).
    Current,
    /// The next one, the current one included (a future tense).
    Future,
    /// The next one, the current one excluded (المقبل).
    StrictFuture,
}

/// The year of a month (and day) written without one, from the reference date's
/// `(year, month, day)` in the same calendar: this year, or the one before or after as `toward`
/// says. `None` without a reference date.
fn infer_year(reference: Option<(i32, u8, u8)>, month: u8, day: Option<u8>, toward: Toward) -> Option<i32> {
    let (ry, rm, rd) = reference?;
    let here = (month, day.unwrap_or(0));
    let now = (rm, if day.is_some() { rd } else { 0 });
    // The month after the reference date's, without a tense or a direction, is the coming one:
    // a date a few weeks ahead is what news names so (`مطلع ديسمبر` in late November), where a
    // month eleven months back would say `الماضي` (or a past verb comes before it). Over the
    // fixtures: 17 more values right, none lost (BENCHMARKS.md, twenty-seventh session).
    if toward == Toward::Unmarked && (i32::from(month) - i32::from(rm)).rem_euclid(12) == 1 {
        return Some(ry + shift(here.cmp(&now), Toward::Future));
    }
    Some(ry + shift(here.cmp(&now), toward))
}

/// Years to add to the reference year, given how the date compares to the reference date
/// within a year.
fn shift(order: std::cmp::Ordering, toward: Toward) -> i32 {
    use std::cmp::Ordering::*;
    match (toward, order) {
        (Toward::Current, _) => 0,
        (Toward::Past | Toward::Unmarked, Greater) | (Toward::StrictPast, Greater | Equal) => -1,
        (Toward::Past | Toward::Unmarked | Toward::StrictPast, _) => 0,
        (Toward::Future, Less) | (Toward::StrictFuture, Less | Equal) => 1,
        (Toward::Future | Toward::StrictFuture, _) => 0,
    }
}

/// The Hijri year whose month `month` begins in Gregorian year `year`, inside the table.
fn hijri_year_starting_month_in(month: u8, year: i32) -> Option<i32> {
    // A Hijri year is about 354.37 days, so the years advance 1.0307 times as fast from 622 AD.
    let estimate = ((year - 622) as f64 * 365.2425 / 354.367) as i32;
    (estimate - 1..=estimate + 1).find(|&y| {
        hijri_to_jdn(HijriDate { year: y, month, day: 1 }).is_some_and(|j| Date::from_jdn(j).year == year)
    })
}

fn day_value(d: Date) -> Value {
    (Some(d.iso()), d.to_hijri().map(|h| h.iso()))
}

/// The month of a Hijri year's Hajj: the Gregorian month of its 10 Dhu al-Hijjah (`2027-05` for
/// 1448), and the Hijri month (`1448-12`).
fn hajj_month(year: i32) -> Option<Value> {
    let d = Date::from_jdn(hijri_to_jdn(HijriDate { year, month: 12, day: 10 })?);
    Some((Some(format!("{:04}-{:02}", d.year, d.month)), Some(format!("{year:04}-12"))))
}

/// The value of a year: Gregorian `2010`, or for a Hijri year the interval it covers.
fn year_value(year: i32, marked: Option<bool>) -> Option<Value> {
    if marked == Some(true) {
        let hijri = Some(format!("{year:04}"));
        let Some(first) = hijri_to_jdn(HijriDate { year, month: 1, day: 1 }) else { return Some((None, hijri)) };
        let last = hijri_to_jdn(HijriDate { year, month: 12, day: hijri_month_len(year, 12)? })?;
        return Some((Some(format!("{}/{}", Date::from_jdn(first).iso(), Date::from_jdn(last).iso())), hijri));
    }
    (1..3000).contains(&year).then(|| (Some(format!("{year:04}")), None))
}

/// A number word: its value, how many digits, and what follows the digits (`م`, `ه` or "").
fn number(word: &str) -> Option<(u32, usize, &str)> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let suffix = &word[digits..];
    if !matches!(suffix, "" | "م" | "ه") {
        return None;
    }
    Some((word[..digits].parse().ok()?, digits, suffix))
}

fn is_space(gap: &str) -> bool {
    !gap.is_empty() && gap.bytes().all(|b| b == b' ' || b == b'\t')
}

/// One or two one-letter proclitics: [و|ف]? [ب|ل|ك]?.
fn is_proclitics(prefix: &str) -> bool {
    let mut cs = prefix.chars();
    let first = cs.next();
    let second = cs.next();
    if cs.next().is_some() {
        return false;
    }
    matches!((first, second), (Some('و' | 'ف' | 'ب' | 'ل' | 'ك'), None) | (Some('و' | 'ف'), Some('ب' | 'ل' | 'ك')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize_str;

    #[test]
    fn anchors_are_written_normalised() {
        for (w, _) in lexicon::ANCHORS {
            assert_eq!(&normalize_str(w), w);
        }
    }

    fn dates(text: &str) -> Vec<(String, Option<String>)> {
        let norm = Normalized::new(text);
        find_dates(&norm, Date::parse_iso("2026-01-27"))
            .into_iter()
            .map(|m| (norm.text()[m.start..m.end].to_string(), m.value))
            .collect()
    }

    #[test]
    fn seed_sentences() {
        assert_eq!(dates("الأولى منذ عام 2010."), [("عام 2010".into(), Some("2010".into()))]);
        assert_eq!(dates("بالأمس، عاد"), [("الامس".into(), Some("2026-01-26".into()))]);
    }

    /// A month, then the year named by a phrase: `نيسان من العام الماضي` is April of last year,
    /// one expression (the month alone was read as the latest April, the year apart).
    #[test]
    fn a_month_of_last_or_next_year() {
        assert_eq!(dates("زار العراق في نيسان من العام الماضي."), [("نيسان من العام الماضي".into(), Some("2025-04".into()))]);
        assert_eq!(dates("تنطلق في مايو من العام المقبل"), [("مايو من العام المقبل".into(), Some("2027-05".into()))]);
        assert_eq!(dates("في مارس من هذا العام"), [("مارس من هذا العام".into(), Some("2026-03".into()))]);
        assert_eq!(dates("في شباط من السنة الماضية"), [("شباط من السنه الماضيه".into(), Some("2025-02".into()))]);
    }

    /// Quarters of a year, with their year or a year phrase; without one, no date.
    #[test]
    fn quarters_with_a_year_or_a_year_phrase() {
        assert_eq!(dates("على أن تكتمل الصفقة في الربع الأول من العام المقبل."), [("الربع الاول من العام المقبل".into(), Some("2027-Q1".into()))]);
        assert_eq!(dates("ارتفعت الأرباح في الربع الثالث من 2025"), [("الربع الثالث من 2025".into(), Some("2025-Q3".into()))]);
        assert_eq!(dates("نتائج الربع الأخير من عام 2024"), [("الربع الاخير من عام 2024".into(), Some("2024-Q4".into()))]);
        assert_eq!(dates("خلال الربع الثاني لعام 2026"), [("الربع الثاني لعام 2026".into(), Some("2026-Q2".into()))]);
        assert_eq!(dates("وفي الربع الأول من هذا العام"), [("الربع الاول من هذا العام".into(), Some("2026-Q1".into()))]);
        assert!(dates("سجل هدفا في الربع الأول من المباراة").is_empty());
        assert!(dates("بعد ربع قرن من العمل").is_empty());
    }

    /// Seasons (reference: Tuesday 27 January 2026, in the winter of 2025).
    #[test]
    fn seasons_with_this_a_direction_or_a_year() {
        for (text, span, value) in [
            ("قبل حلول الصيف المقبل", "الصيف المقبل", "2026-SU"),
            ("خلال الصيف الماضي", "الصيف الماضي", "2025-SU"),
            ("في هذا الصيف", "هذا الصيف", "2026-SU"),
            ("منذ الشتاء الماضي", "الشتاء الماضي", "2024-WI"),
            ("هذا الشتاء قاس", "هذا الشتاء", "2025-WI"),
            ("في الشتاء المقبل", "الشتاء المقبل", "2026-WI"),
            ("في الخريف الماضي", "الخريف الماضي", "2025-FA"),
            ("في ربيع 2024", "ربيع 2024", "2024-SP"),
            ("صيف 2024", "صيف 2024", "2024-SU"),
        ] {
            assert_eq!(dates(text), [(span.into(), Some(value.into()))], "{text}");
        }
        // A season without هذا, a direction or a year is no date; nor is the Arab Spring, nor
        // a Hijri month.
        for text in ["فصل الصيف حار", "ثورات الربيع العربي", "يحل الشتاء باكرا"] {
            assert_eq!(dates(text), [], "{text}");
        }
        assert_eq!(dates("في 12 ربيع الأول 1447"), [("12 ربيع الاول 1447".into(), Some("2025-09-04".into()))]);
    }

    /// Every prefix of a text dense with dates (cut inside an expression, after an anchor, inside
    /// a numeric date): no panic, and every span is a non-empty slice on character boundaries.
    #[test]
    fn any_prefix_of_dense_text_gives_valid_spans() {
        let table = include_str!("../../bench/date_expressions.tsv");
        let text: String = table.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').nth(1)).collect();
        let text: String = text.chars().take(2500).collect();
        for (cut, _) in text.char_indices() {
            let norm = Normalized::new(&text[..cut]);
            for m in find_dates(&norm, Date::parse_iso("2026-01-27")) {
                let t = norm.text();
                assert!(m.start < m.end && t.is_char_boundary(m.start) && t.is_char_boundary(m.end), "{cut}: {m:?}");
            }
        }
    }

    /// The recogniser takes its anchors from the gazetteer's scan: it must find exactly what the
    /// date finder's own automaton finds.
    #[test]
    fn gazetteer_scan_finds_the_same_anchors() {
        let kb = crate::kb::KnowledgeBase::embedded();
        let gazetteer = crate::recognize::gazetteer::Gazetteer::new(&kb);
        let table = include_str!("../../bench/date_expressions.tsv");
        let text: String = table.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').nth(1)).collect::<Vec<_>>().join("\n");
        let norm = Normalized::new(&text);
        let mut own = anchor_hits(norm.text());
        let mut shared = gazetteer.find(&norm, &kb).date_anchors;
        assert!(own.len() > 500);
        own.sort_unstable_by_key(|h| (h.start, h.end));
        shared.sort_unstable_by_key(|h| (h.start, h.end));
        assert_eq!(own, shared);
    }

    /// The recogniser reads the dateline from its one scan's anchors: the same date as the
    /// dateline finder's own scan of the head, on every fixture and on a dateline cut by the head.
    #[test]
    fn dateline_from_the_shared_scan() {
        let kb = crate::kb::KnowledgeBase::embedded();
        let gazetteer = crate::recognize::gazetteer::Gazetteer::new(&kb);
        let mut texts: Vec<String> = ["seed-israel-kazakhstan", "egypt-cairo-gaza-diplomacy", "gulf-riyadh-cabinet", "levant-beirut-south", "maghreb-algiers-sahel"]
            .iter()
            .map(|f| std::fs::read_to_string(format!("{}/tests/fixtures/{f}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap())
            .collect();
        // A day date straddling the 500th character, and one just inside it.
        texts.push(format!("{}، 27 يناير 2026 — نص", "ا".repeat(DATELINE_CHARS - 8)));
        texts.push(format!("{}\n27 يناير 2026", "ب ".repeat(200)));
        let mut found = 0;
        for t in &texts {
            let norm = Normalized::new(t);
            let own = find_dateline(&norm);
            found += usize::from(own.is_some());
            assert_eq!(find_dateline_at(&norm, &gazetteer.find(&norm, &kb).date_anchors), own, "{}", t.chars().take(40).collect::<String>());
        }
        assert!(found >= 2, "the fixtures have datelines: {found}");
    }

    #[test]
    fn dateline_at_the_head() {
        let text = "عنوان\n\nالقدس، 27 يناير 2026 (TPS-IL) — يزور";
        assert_eq!(find_dateline(&Normalized::new(text)), Date::parse_iso("2026-01-27"));
        let titled = "ذكرى 8 مايو 1945 في الجزائر\n\nالجزائر، 8 مايو 2025 — أحيت الجزائر";
        assert_eq!(find_dateline(&Normalized::new(titled)), Date::parse_iso("2025-05-08"));
        let undated_line = "أحيت الجزائر في 8 مايو 2025 ذكرى المجازر";
        assert_eq!(find_dateline(&Normalized::new(undated_line)), Date::parse_iso("2025-05-08"));
        let far = format!("{}القدس، 27 يناير 2026", "كلمة ".repeat(200));
        assert_eq!(find_dateline(&Normalized::new(&far)), None);
    }
}
