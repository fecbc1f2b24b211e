//! Arabic date and time expressions: recognition and normalisation against a reference date.
//!
//! (Being written for issue 3.) The interface the recogniser relies on:
//! [`find_dates`] takes the normalised article and an optional reference date and returns date
//! mentions as spans of the *normalised* text, each with its ISO 8601 value where it resolves.

use crate::normalize::Normalized;

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
    /// Umm al-Qura date `YYYY-MM-DD` for every resolved day.
    pub hijri: Option<String>,
}

/// Finds the date expressions of a normalised text.
pub fn find_dates(_norm: &Normalized, _ref_date: Option<Date>) -> Vec<DateMatch> {
    Vec::new()
}

/// The reference date given by a dateline at the head of the article (`القدس، 27 يناير 2026 —`).
pub fn find_dateline(_norm: &Normalized) -> Option<Date> {
    None
}
