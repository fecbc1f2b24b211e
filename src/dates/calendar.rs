//! Day arithmetic in the Gregorian and Umm al-Qura calendars, through Julian day numbers.
//!
//! **Invariant kept:** a Hijri date converts to a Gregorian day and back to itself for every day
//! of 1300–1600 AH (the range of the Umm al-Qura table, generated from ICU by
//! `tools/gen_umalqura.mjs`); outside it the Hijri conversions return `None` rather than guess.

use super::umalqura_table::{FIRST_JDN, FIRST_YEAR, LAST_YEAR, MONTH_LENGTHS};
use super::{days_in_month, Date};

/// A day of the Umm al-Qura calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct HijriDate {
    /// Year AH.
    pub year: i32,
    /// Month, 1 (Muharram) to 12 (Dhu al-Hijjah).
    pub month: u8,
    /// Day, 1–30.
    pub day: u8,
}

impl HijriDate {
    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Julian day number of the first day of each table year, plus one past the last year.
const YEAR_STARTS: [i32; MONTH_LENGTHS.len() + 1] = year_starts();

const fn year_starts() -> [i32; MONTH_LENGTHS.len() + 1] {
    let mut out = [0; MONTH_LENGTHS.len() + 1];
    out[0] = FIRST_JDN;
    let mut i = 0;
    while i < MONTH_LENGTHS.len() {
        out[i + 1] = out[i] + 12 * 29 + MONTH_LENGTHS[i].count_ones() as i32;
        i += 1;
    }
    out
}

impl Date {
    /// Julian day number (days since 1 January 4713 BC, Julian), which makes day arithmetic
    /// and weekdays plain integer operations.
    pub fn jdn(&self) -> i32 {
        let a = (14 - self.month as i32) / 12;
        let y = self.year + 4800 - a;
        let m = self.month as i32 + 12 * a - 3;
        self.day as i32 + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// The Gregorian day of a Julian day number.
    pub fn from_jdn(jdn: i32) -> Date {
        let a = jdn + 32044;
        let b = (4 * a + 3) / 146097;
        let c = a - 146097 * b / 4;
        let d = (4 * c + 3) / 1461;
        let e = c - 1461 * d / 4;
        let m = (5 * e + 2) / 153;
        Date {
            year: 100 * b + d - 4800 + m / 10,
            month: (m + 3 - 12 * (m / 10)) as u8,
            day: (e - (153 * m + 2) / 5 + 1) as u8,
        }
    }

    /// The day `n` days later (earlier for negative `n`).
    pub fn add_days(&self, n: i32) -> Date {
        Date::from_jdn(self.jdn() + n)
    }

    /// ISO weekday: 1 for Monday to 7 for Sunday.
    pub fn iso_weekday(&self) -> u8 {
        (self.jdn().rem_euclid(7) + 1) as u8
    }

    /// ISO 8601 week, `YYYY-Www` (the week's year is the year of its Thursday).
    pub fn iso_week(&self) -> String {
        let j = self.jdn();
        let thursday = j - self.iso_weekday() as i32 + 4;
        let year = Date::from_jdn(thursday).year;
        let week = (thursday - Date { year, month: 1, day: 1 }.jdn()) / 7 + 1;
        format!("{year:04}-W{week:02}")
    }

    /// The Umm al-Qura date of this day, inside the table's range.
    pub fn to_hijri(&self) -> Option<HijriDate> {
        hijri_from_jdn(self.jdn())
    }

    /// The same day of the month `n` months later (earlier for negative `n`), clamped to the
    /// month's last day.
    pub fn add_months(&self, n: i32) -> Date {
        let index = self.year * 12 + self.month as i32 - 1 + n;
        let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
        Date { year, month, day: self.day.min(days_in_month(year, month)) }
    }
}

/// Days in a Umm al-Qura month, inside the table's range.
pub fn hijri_month_len(year: i32, month: u8) -> Option<u8> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    let mask = MONTH_LENGTHS[(year - FIRST_YEAR) as usize];
    Some(if mask & (1 << (month - 1)) != 0 { 30 } else { 29 })
}

/// Julian day number of a Umm al-Qura date; `None` outside the table or for a day the month
/// does not have.
pub fn hijri_to_jdn(h: HijriDate) -> Option<i32> {
    if h.day == 0 || h.day > hijri_month_len(h.year, h.month)? {
        return None;
    }
    let y = (h.year - FIRST_YEAR) as usize;
    let mask = MONTH_LENGTHS[y];
    let before: i32 = (1..h.month).map(|m| if mask & (1 << (m - 1)) != 0 { 30 } else { 29 }).sum();
    Some(YEAR_STARTS[y] + before + h.day as i32 - 1)
}

/// The Umm al-Qura date of a Julian day number, inside the table's range.
pub fn hijri_from_jdn(jdn: i32) -> Option<HijriDate> {
    if jdn < YEAR_STARTS[0] || jdn >= YEAR_STARTS[YEAR_STARTS.len() - 1] {
        return None;
    }
    // The last year starting on or before `jdn`.
    let y = YEAR_STARTS.partition_point(|&s| s <= jdn) - 1;
    let mask = MONTH_LENGTHS[y];
    let mut start = YEAR_STARTS[y];
    for month in 1..=12u8 {
        let len = if mask & (1 << (month - 1)) != 0 { 30 } else { 29 };
        if jdn < start + len {
            return Some(HijriDate { year: FIRST_YEAR + y as i32, month, day: (jdn - start + 1) as u8 });
        }
        start += len;
    }
    unreachable!("the year's months cover every day up to the next year's start")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn gregorian_round_trips_through_jdn_from_1800_to_2300() {
        let mut day = d(1800, 1, 1);
        let mut j = day.jdn();
        while day.year < 2300 {
            assert_eq!(Date::from_jdn(j), day);
            let next = if day.day < days_in_month(day.year, day.month) {
                d(day.year, day.month, day.day + 1)
            } else if day.month < 12 {
                d(day.year, day.month + 1, 1)
            } else {
                d(day.year + 1, 1, 1)
            };
            j += 1;
            assert_eq!(next.jdn(), j);
            day = next;
        }
    }

    #[test]
    fn weekdays_and_iso_weeks() {
        assert_eq!(d(2026, 1, 27).iso_weekday(), 2); // a Tuesday
        assert_eq!(d(2026, 1, 27).iso_week(), "2026-W05");
        assert_eq!(d(2026, 1, 1).iso_week(), "2026-W01");
        assert_eq!(d(2025, 12, 29).iso_week(), "2026-W01");
        assert_eq!(d(2021, 1, 3).iso_week(), "2020-W53");
        assert_eq!(d(2024, 12, 30).iso_week(), "2025-W01");
    }

    #[test]
    fn months_add_and_clamp() {
        assert_eq!(d(2026, 1, 31).add_months(1), d(2026, 2, 28));
        assert_eq!(d(2026, 1, 27).add_months(-1), d(2025, 12, 27));
        assert_eq!(d(2026, 1, 27).add_months(-13), d(2024, 12, 27));
    }

    #[test]
    fn every_table_day_round_trips() {
        let first = YEAR_STARTS[0];
        let last = YEAR_STARTS[YEAR_STARTS.len() - 1];
        let mut prev: Option<HijriDate> = None;
        for j in first..last {
            let h = hijri_from_jdn(j).unwrap();
            assert_eq!(hijri_to_jdn(h), Some(j), "{h:?}");
            if let Some(p) = prev {
                // Consecutive days: next day of the month, or day 1 of the next month.
                let next_month = if p.month == 12 { (p.year + 1, 1) } else { (p.year, p.month + 1) };
                assert!(
                    (h.year, h.month, h.day) == (p.year, p.month, p.day + 1)
                        || (h.day == 1 && (h.year, h.month) == next_month && p.day >= 29),
                    "{p:?} then {h:?}"
                );
            }
            prev = Some(h);
        }
        assert_eq!(hijri_from_jdn(first - 1), None);
        assert_eq!(hijri_from_jdn(last), None);
        assert_eq!(hijri_to_jdn(HijriDate { year: 1447, month: 9, day: 31 }), None);
    }

    #[test]
    fn pinned_conversions_from_icu() {
        let h = |year, month, day| HijriDate { year, month, day };
        assert_eq!(d(2026, 1, 27).to_hijri(), Some(h(1447, 8, 8)));
        assert_eq!(Date::from_jdn(hijri_to_jdn(h(1447, 9, 15)).unwrap()), d(2026, 3, 4));
        assert_eq!(Date::from_jdn(hijri_to_jdn(h(1447, 9, 1)).unwrap()), d(2026, 2, 18));
        assert_eq!(d(1882, 11, 12).to_hijri(), Some(h(1300, 1, 1)));
        assert_eq!(d(2174, 11, 25).to_hijri(), Some(h(1600, 12, 30)));
    }
}
