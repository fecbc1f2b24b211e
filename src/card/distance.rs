//! How far a date in the article is from the article's publication, in words:
//! `قبل يوم من نشر المقال`, `في يوم نشر المقال`, `بعد أسبوع من نشر المقال`, `قبل 16 عاماً من نشر المقال`.
//!
//! The reader sees "27 January" and wants to know "is that yesterday or last year?" relative to
//! when the piece was written, not to today: a news archive is read for years.

use super::labels::{count_ar, count_en, CountedNoun, Lang, DAY, MONTH, WEEK, YEAR};
use crate::dates::Date;

/// How precise a date value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// `YYYY-MM-DD`
    Day(Date),
    /// `YYYY-MM`
    Month(i32, u8),
    /// `YYYY`
    Year(i32),
}

impl Precision {
    /// Reads an ISO 8601 calendar value of day, month or year precision; weeks, durations and
    /// times give `None` (they get no distance line).
    pub fn parse(value: &str) -> Option<Precision> {
        let v = value.trim();
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        match v.len() {
            4 if all_digits(v) => Some(Precision::Year(v.parse().ok()?)),
            7 if all_digits(&v[..4]) && &v[4..5] == "-" && all_digits(&v[5..]) => {
                let month: u8 = v[5..].parse().ok()?;
                (1..=12).contains(&month).then_some(Precision::Month(v[..4].parse().ok()?, month))
            }
            10 => Date::parse_iso(v).map(Precision::Day),
            _ => None,
        }
    }
}

/// Days since 1970-01-01 (proleptic Gregorian), for day differences.
pub fn days_from_civil(d: Date) -> i64 {
    // Howard Hinnant's algorithm: shift the year to start in March so leap days come last.
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A distance in one unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Amount {
    Days(u64),
    Weeks(u64),
    Months(u64),
    Years(u64),
}

/// The distance of `value` from the publication date `published`, in the card's language;
/// `None` when the value has no calendar precision this can use.
///
/// Days are counted up to a month, except whole weeks up to four (`بعد أسبوع`, `قبل أسبوعين`);
/// then whole calendar months up to a year; then years. A month or year value is compared at
/// its own precision (`2010` in a 2026 article: `قبل 16 عاماً`).
pub fn distance_from_publication(value: &str, published: Date, lang: Lang) -> Option<String> {
    let (amount, sign, same) = match Precision::parse(value)? {
        Precision::Day(d) => {
            let diff = days_from_civil(d) - days_from_civil(published);
            let n = diff.unsigned_abs();
            let amount = if (7..=28).contains(&n) && n.is_multiple_of(7) {
                Amount::Weeks(n / 7)
            } else if n <= 31 {
                Amount::Days(n)
            } else {
                let (early, late) = if diff < 0 { (d, published) } else { (published, d) };
                let mut months = (i64::from(late.year) - i64::from(early.year)) * 12 + i64::from(late.month) - i64::from(early.month);
                if late.day < early.day {
                    months -= 1;
                }
                if months >= 12 {
                    Amount::Years(months as u64 / 12)
                } else {
                    Amount::Months(months.max(1) as u64)
                }
            };
            (amount, diff.signum(), Same::Day)
        }
        Precision::Month(y, m) => {
            let diff = (i64::from(y) - i64::from(published.year)) * 12 + i64::from(m) - i64::from(published.month);
            let n = diff.unsigned_abs();
            let amount = if n >= 12 && n % 12 == 0 { Amount::Years(n / 12) } else { Amount::Months(n) };
            (amount, diff.signum(), Same::Month)
        }
        Precision::Year(y) => {
            let diff = i64::from(y) - i64::from(published.year);
            (Amount::Years(diff.unsigned_abs()), diff.signum(), Same::Year)
        }
    };
    Some(match lang {
        Lang::Ar => arabic(amount, sign, same),
        Lang::En => english(amount, sign, same),
    })
}

#[derive(Clone, Copy)]
enum Same {
    Day,
    Month,
    Year,
}

fn arabic(amount: Amount, sign: i64, same: Same) -> String {
    if sign == 0 {
        return match same {
            Same::Day => "في يوم نشر المقال",
            Same::Month => "في شهر نشر المقال",
            Same::Year => "في عام نشر المقال",
        }
        .to_string();
    }
    let (n, noun): (u64, CountedNoun) = match amount {
        Amount::Days(n) => (n, DAY),
        Amount::Weeks(n) => (n, WEEK),
        Amount::Months(n) => (n, MONTH),
        Amount::Years(n) => (n, YEAR),
    };
    let before_after = if sign < 0 { "قبل" } else { "بعد" };
    format!("{before_after} {} من نشر المقال", count_ar(n, noun))
}

fn english(amount: Amount, sign: i64, same: Same) -> String {
    if sign == 0 {
        return match same {
            Same::Day => "On the day of publication",
            Same::Month => "In the month of publication",
            Same::Year => "In the year of publication",
        }
        .to_string();
    }
    let phrase = match amount {
        Amount::Days(n) => count_en(n, "day"),
        Amount::Weeks(n) => count_en(n, "week"),
        Amount::Months(n) => count_en(n, "month"),
        Amount::Years(n) => count_en(n, "year"),
    };
    format!("{phrase} {} publication", if sign < 0 { "before" } else { "after" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ar(value: &str) -> String {
        distance_from_publication(value, Date::parse_iso("2026-01-27").unwrap(), Lang::Ar).unwrap()
    }

    #[test]
    fn days_count_with_arabic_agreement() {
        assert_eq!(ar("2026-01-27"), "في يوم نشر المقال");
        assert_eq!(ar("2026-01-26"), "قبل يوم من نشر المقال");
        assert_eq!(ar("2026-01-25"), "قبل يومين من نشر المقال");
        assert_eq!(ar("2026-01-24"), "قبل 3 أيام من نشر المقال");
        assert_eq!(ar("2026-01-16"), "قبل 11 يوماً من نشر المقال");
        assert_eq!(ar("2026-01-28"), "بعد يوم من نشر المقال");
        assert_eq!(ar("2026-02-05"), "بعد 9 أيام من نشر المقال");
    }

    #[test]
    fn whole_weeks_read_as_weeks() {
        assert_eq!(ar("2026-02-03"), "بعد أسبوع من نشر المقال");
        assert_eq!(ar("2026-01-13"), "قبل أسبوعين من نشر المقال");
        assert_eq!(ar("2026-01-06"), "قبل 3 أسابيع من نشر المقال");
    }

    #[test]
    fn months_and_years() {
        assert_eq!(ar("2025-11-20"), "قبل شهرين من نشر المقال");
        assert_eq!(ar("2025-11"), "قبل شهرين من نشر المقال");
        assert_eq!(ar("2026-01"), "في شهر نشر المقال");
        assert_eq!(ar("2010"), "قبل 16 عاماً من نشر المقال");
        assert_eq!(ar("2026"), "في عام نشر المقال");
        assert_eq!(ar("2025"), "قبل عام من نشر المقال");
        assert_eq!(ar("2024-01-27"), "قبل عامين من نشر المقال");
        assert_eq!(ar("2015-03-01"), "قبل 10 أعوام من نشر المقال");
        assert_eq!(ar("2025-01"), "قبل عام من نشر المقال");
    }

    #[test]
    fn english_distance() {
        let p = Date::parse_iso("2026-01-27").unwrap();
        assert_eq!(distance_from_publication("2026-01-26", p, Lang::En).unwrap(), "1 day before publication");
        assert_eq!(distance_from_publication("2026-02-03", p, Lang::En).unwrap(), "1 week after publication");
        assert_eq!(distance_from_publication("2026-01-27", p, Lang::En).unwrap(), "On the day of publication");
        assert_eq!(distance_from_publication("2010", p, Lang::En).unwrap(), "16 years before publication");
    }

    #[test]
    fn values_without_calendar_precision_have_no_distance() {
        let p = Date::parse_iso("2026-01-27").unwrap();
        for v in ["2026-W05", "P2Y", "2026-01-27T10:00", "", "20x6", "2026-13"] {
            assert_eq!(distance_from_publication(v, p, Lang::Ar), None, "{v}");
        }
    }

    #[test]
    fn day_numbers_are_continuous() {
        assert_eq!(days_from_civil(Date { year: 1970, month: 1, day: 1 }), 0);
        assert_eq!(days_from_civil(Date { year: 2000, month: 3, day: 1 }) - days_from_civil(Date { year: 2000, month: 2, day: 28 }), 2);
        assert_eq!(days_from_civil(Date { year: 2026, month: 1, day: 27 }), 20480);
    }
}
