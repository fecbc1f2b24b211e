//! Date recognition through the public API: the table of expressions in
//! `bench/date_expressions.tsv` (also read by `bench/dateparser_compare.py`), the reference-date
//! rules, the Umm al-Qura pins and the seed article's date track.

use lamha::dates::calendar::{hijri_to_jdn, HijriDate};
use lamha::dates::{find_dates, Date};
use lamha::kb::KnowledgeBase;
use lamha::normalize::{normalize_str, Normalized};
use lamha::recognize::{MentionType, Options, Recognizer};
use std::sync::OnceLock;

const TABLE: &str = include_str!("../bench/date_expressions.tsv");
const REF: Date = Date { year: 2026, month: 1, day: 27 };

fn recognizer() -> &'static Recognizer {
    static R: OnceLock<Recognizer> = OnceLock::new();
    R.get_or_init(|| Recognizer::new(KnowledgeBase::embedded()))
}

/// A date mention: its text, value, hijri, and start and end in bytes.
type Found = (String, Option<String>, Option<String>, usize, usize);

/// The date mentions of `text`.
fn dates(text: &str, ref_date: Option<Date>) -> Vec<Found> {
    recognizer()
        .recognize(text, &Options { ref_date })
        .mentions
        .into_iter()
        .filter(|m| m.kind == MentionType::Date)
        .map(|m| (text[m.start..m.end].to_string(), m.value, m.hijri, m.start, m.end))
        .collect()
}

/// The date mentions of `text` as (text, value), a missing value as "".
fn values(text: &str, ref_date: Option<Date>) -> Vec<(String, String)> {
    dates(text, ref_date).into_iter().map(|d| (d.0, d.1.unwrap_or_default())).collect()
}

/// One date mention as [`values`] gives it.
fn one(text: &str, value: &str) -> Vec<(String, String)> {
    vec![pair(text, value)]
}

/// A (text, value) pair as [`values`] gives each mention.
fn pair(text: &str, value: &str) -> (String, String) {
    (text.to_string(), value.to_string())
}

struct Row<'a> {
    line: usize,
    category: &'a str,
    sentence: &'a str,
    span: &'a str,
    value: &'a str,
    hijri: &'a str,
}

fn rows() -> Vec<Row<'static>> {
    TABLE
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() >= 4, "line {}: expected 4 or 5 tab-separated fields: {l}", i + 1);
            Row {
                line: i + 1,
                category: f[0],
                sentence: f[1],
                span: f[2],
                value: f[3],
                hijri: f.get(4).copied().unwrap_or(""),
            }
        })
        .collect()
}

/// What is wrong with one row, if anything.
fn check(row: &Row) -> Option<String> {
    let found = dates(row.sentence, Some(REF));
    if let Some(trap) = row.span.strip_prefix('!') {
        let at = row.sentence.find(trap).expect("the trap word is in its sentence");
        let covering = found.iter().find(|d| d.3 < at + trap.len() && at < d.4);
        return covering.map(|d| format!("'{trap}' read as the date '{}' ({:?})", d.0, d.1));
    }
    // The recogniser's span ends at the last letter: a tatweel drawn after it (the هـ of a Hijri
    // year) is dropped by normalisation and not highlighted.
    let Some(d) = found.iter().find(|d| d.0 == row.span || d.0 == row.span.trim_end_matches('ـ')) else {
        let seen: Vec<&str> = found.iter().map(|d| d.0.as_str()).collect();
        return Some(format!("no date '{}'; found {seen:?}", row.span));
    };
    if d.1.as_deref() != Some(row.value) {
        return Some(format!("'{}' has value {:?}, expected {}", row.span, d.1, row.value));
    }
    let hijri = (!row.hijri.is_empty()).then_some(row.hijri);
    if d.2.as_deref() != hijri {
        return Some(format!("'{}' has hijri {:?}, expected {hijri:?}", row.span, d.2));
    }
    None
}

#[test]
fn every_expression_of_the_table_is_found_with_its_value() {
    let rows = rows();
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|r| check(r).map(|e| format!("line {} [{}] {}: {e}", r.line, r.category, r.sentence)))
        .collect();
    assert!(failures.is_empty(), "{} of {} rows fail:\n{}", failures.len(), rows.len(), failures.join("\n"));
}

#[test]
fn the_table_covers_every_month_set_calendar_digit_system_and_trap() {
    let rows = rows();
    assert!(rows.len() >= 150, "only {} expressions", rows.len());
    for category in [
        "greg-east",
        "levant",
        "maghreb",
        "morocco",
        "mauritania",
        "hijri",
        "numeric",
        "year",
        "relative",
        "weekday",
        "duration",
        "trap",
    ] {
        assert!(rows.iter().filter(|r| r.category == category).count() >= 3, "too few rows for {category}");
    }
    let has = |s: &str| rows.iter().any(|r| r.span.contains(s));
    // Every month name of every regional set, and every relative word the issue lists.
    for word in [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "إبريل",
        "مايو",
        "يونيو",
        "يونيه",
        "يوليو",
        "يوليه",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
        "كانون الثاني",
        "كانون ثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
        "جانفي",
        "فيفري",
        "أفريل",
        "ماي",
        "جوان",
        "جويلية",
        "أوت",
        "يوليوز",
        "غشت",
        "شتنبر",
        "نونبر",
        "دجنبر",
        "أغشت",
        "دجمبر",
        "أبريل/نيسان",
        "محرم",
        "صفر",
        "ربيع الأول",
        "ربيع الثاني",
        "ربيع الآخر",
        "جمادى الأولى",
        "جمادى الآخرة",
        "جمادى الثانية",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو القعدة",
        "ذي القعدة",
        "ذو الحجة",
        "ذي الحجة",
        "هـ",
        "م",
        "اليوم",
        "الأمس",
        "أمس",
        "البارحة",
        "أول أمس",
        "غداً",
        "غدًا",
        "بعد غد",
        "هذا الأسبوع",
        "الأسبوع الماضي",
        "الأسبوع المقبل",
        "الأسبوع القادم",
        "الشهر الماضي",
        "العام المقبل",
        "يوم الاثنين",
        "أمس الاثنين",
        "يوم السبت المقبل",
        "مساء الأحد",
        "منتصف نيسان المقبل",
        "أوائل",
        "أواخر",
        "العامين الماضيين",
        "٢٠٢٥/١٠/٢٣",
        "9/2/2026",
        "2024/5/14",
        "سنة ٢٠١٠",
        "الأول من أبريل",
    ] {
        assert!(has(word), "no expression with '{word}'");
    }
    for trap in ["!مارس", "!أب", "!الأب", "!نيسان", "!ماي", "!اليوم", "!40", "!3000"] {
        assert!(rows.iter().any(|r| r.span == trap), "no trap row {trap}");
    }
}

#[test]
fn without_a_reference_date_absolute_dates_resolve_and_relative_ones_have_no_value() {
    let text = "وصل الوفد في 27 يناير 2026، والتقى الوزير أمس في نوفمبر يوم الاثنين عام 2010.";
    // Straight to the date finder: the recogniser would take 27 يناير 2026 as a dateline.
    let norm = Normalized::new(text);
    let found: Vec<(String, Option<String>)> =
        find_dates(&norm, None).into_iter().map(|m| (norm.text()[m.start..m.end].to_string(), m.value)).collect();
    let value = |span: &str| found.iter().find(|d| d.0 == normalize_str(span)).map(|d| d.1.clone());
    assert_eq!(value("27 يناير 2026"), Some(Some("2026-01-27".into())));
    assert_eq!(value("عام 2010"), Some(Some("2010".into())));
    assert_eq!(value("أمس"), Some(None));
    assert_eq!(value("نوفمبر"), Some(None));
    assert_eq!(value("يوم الاثنين"), Some(None));
}

#[test]
fn a_dateline_gives_the_reference_date() {
    let text = "عنوان الخبر\n\nالقدس، 27 يناير 2026 (TPS-IL) — التقى الوزير نظيره يوم الاثنين.";
    let rec = recognizer().recognize(text, &Options::default());
    assert_eq!(rec.ref_date, Some(REF));
    let monday = rec.mentions.iter().find(|m| &text[m.start..m.end] == "يوم الاثنين").expect("weekday found");
    assert_eq!(monday.value.as_deref(), Some("2026-01-26"));
}

#[test]
fn umm_al_qura_pins() {
    let day = |y, m, d| Date::from_jdn(hijri_to_jdn(HijriDate { year: y, month: m, day: d }).unwrap());
    assert_eq!(REF.to_hijri().map(|h| h.iso()).as_deref(), Some("1447-08-08"));
    assert_eq!(REF.iso_weekday(), 2, "27 January 2026 is a Tuesday");
    assert_eq!(day(1447, 9, 15), Date { year: 2026, month: 3, day: 4 });
    assert_eq!(day(1447, 9, 1), Date { year: 2026, month: 2, day: 18 });
}

/// The seed article's date track, scored as `tests/score.py` does (spans overlap, optional gold
/// mentions ignored), with the reference date taken from its dateline.
#[test]
fn seed_article_dates_score_at_least_095() {
    let text = include_str!("fixtures/seed-israel-kazakhstan.txt");
    let gold: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/seed-israel-kazakhstan.gold.json")).expect("gold parses");
    let rec = recognizer().recognize(text, &Options::default());
    assert_eq!(rec.ref_date, Some(REF), "the dateline gives the reference date");
    let cp = |byte: usize| text[..byte].chars().count() as u64;
    let pred: Vec<(u64, u64, Option<String>)> = rec
        .mentions
        .iter()
        .filter(|m| m.kind == MentionType::Date)
        .map(|m| (cp(m.start), cp(m.end), m.value.clone()))
        .collect();
    let gold: Vec<&serde_json::Value> =
        gold["mentions"].as_array().unwrap().iter().filter(|m| m["type"] == "date").collect();
    let overlaps = |g: &serde_json::Value, p: &(u64, u64, Option<String>)| {
        g["start"].as_u64().unwrap() < p.1 && p.0 < g["end"].as_u64().unwrap()
    };
    let optional: Vec<&&serde_json::Value> = gold.iter().filter(|g| g["optional"] == true).collect();
    let required: Vec<&&serde_json::Value> = gold.iter().filter(|g| g["optional"] != true).collect();
    let pred: Vec<_> = pred.into_iter().filter(|p| !optional.iter().any(|g| overlaps(g, p))).collect();
    let mut used = vec![false; pred.len()];
    let (mut tp, mut right) = (0, 0);
    for g in &required {
        if let Some(j) = (0..pred.len()).find(|&j| !used[j] && overlaps(g, &pred[j])) {
            used[j] = true;
            tp += 1;
            let values: Vec<&str> = g["value"].as_array().unwrap().iter().filter_map(|v| v.as_str()).collect();
            right += pred[j].2.as_deref().is_some_and(|v| values.contains(&v)) as usize;
        }
    }
    let precision = tp as f64 / pred.len() as f64;
    let recall = tp as f64 / required.len() as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    assert!(f1 >= 0.95, "date F1 {f1:.3} (P {precision:.3}, R {recall:.3})");
    assert!(right as f64 / tp as f64 >= 0.95, "{right} of {tp} values right");
}

/// Throughput of the date finder alone on the seed article repeated 1000 times (about 5.7 MB).
/// Ignored by default (timing on a shared machine): `cargo test --release --test dates --
/// --ignored --nocapture`.
#[test]
#[ignore]
fn find_dates_throughput() {
    let text = include_str!("fixtures/seed-israel-kazakhstan.txt").repeat(1000);
    let norm = Normalized::new(&text);
    let best = (0..5)
        .map(|_| {
            let t = std::time::Instant::now();
            let n = find_dates(&norm, Some(REF)).len();
            assert_eq!(n, 9000, "9 dates per copy");
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min);
    let mb_s = text.len() as f64 / best / 1e6;
    println!("find_dates: {:.1} MB in {:.1} ms = {mb_s:.0} MB/s", text.len() as f64 / 1e6, best * 1e3);
    assert!(mb_s > 100.0, "find_dates runs at {mb_s:.0} MB/s");
}

/// Found in the sixth round of held-out stories (BENCHMARKS.md, "Seventeenth session").
#[test]
fn saturday_and_sunday_alone_and_years_after_a_word_of_starting_are_dates() {
    let r = Date::parse_iso("2026-11-17");
    let texts = |text: &str| values(text, r);
    assert_eq!(texts("وأكد الوزير الأحد أن الأمر"), [("الأحد".to_string(), "2026-11-15".to_string())]);
    assert_eq!(texts("وقال السبت إن المفاوضات"), [("السبت".to_string(), "2026-11-14".to_string())]);
    // A name and a number are not weekdays; الاثنين alone is also "the two".
    for text in ["وقال عبد الأحد سالم إن", "الدول الأحد عشر", "وتحدث الاثنين عن المشكلة"] {
        assert!(texts(text).is_empty(), "{text}: {:?}", texts(text));
    }
    assert_eq!(texts("اعتباراً من 2027"), [("2027".to_string(), "2027".to_string())]);
    assert_eq!(texts("بدءاً من 2027، وفي أفق 2030"), [("2027".to_string(), "2027".to_string()), ("أفق 2030".to_string(), "2030".to_string())]);
    // A count after `من` is no year.
    assert!(texts("شارك أكثر من 2000 شخص").is_empty());
    // A year compared with, the preposition on its digits or not, and a budget's year; a
    // compared count has its noun after it.
    assert_eq!(texts("ارتفعت 30 في المئة مقارنة بـ2024، وفي موازنة 2027"), [("2024".to_string(), "2024".to_string()), ("2027".to_string(), "2027".to_string())]);
    assert_eq!(texts("ومقارنة مع 2023 وفي"), [("2023".to_string(), "2023".to_string())]);
    assert!(texts("وبلغ الإنتاج 3000 طن مقارنة بـ2000 طن").is_empty());
    // Halves of a year, and the Maghreb's words for a half and a quarter; without a year, no date.
    assert_eq!(texts("خلال السداسي الأول من 2027"), [("السداسي الأول من 2027".to_string(), "2027-H1".to_string())]);
    assert_eq!(texts("في النصف الثاني من العام المقبل"), [("النصف الثاني من العام المقبل".to_string(), "2027-H2".to_string())]);
    assert_eq!(texts("نتائج الثلاثي الأول من 2026"), [("الثلاثي الأول من 2026".to_string(), "2026-Q1".to_string())]);
    assert!(texts("سجل هدفا في النصف الأول من المباراة").is_empty());
    assert!(texts("تراجع الإنتاج إلى النصف الثالث").is_empty());
}

/// Found in the seventh round of held-out stories (BENCHMARKS.md, "Eighteenth session").
#[test]
fn ranges_of_years_event_years_and_parts_of_the_current_year_are_dates() {
    let r = Date::parse_iso("2026-10-08");
    let texts = |text: &str| values(text, r);
    // Both ends of a range of years, with a dash or with `بين … و`.
    assert_eq!(texts("على مدى خمس سنوات (2024-2028)، تنفيذا"), [pair("خمس سنوات", "P5Y"), pair("2024", "2024"), pair("2028", "2028")]);
    assert_eq!(texts("أجريت في رقان بين 1960 و1966. كما"), [pair("1960", "1960"), pair("1966", "1966")]);
    // A score, counts, or a number beyond the years are no range.
    for text in ["فاز الفريق 2-1 أمس الأول", "حضر بين 2000 و3000 متفرج", "رقم الهاتف 2024-9999"] {
        assert!(texts(text).iter().all(|(t, _)| !t.starts_with('2')), "{text}: {:?}", texts(text));
    }
    // A year after the event it names, and where a plan runs to.
    assert_eq!(texts("القرى التي استقبلت النازحين خلال حرب 2024»."), [pair("2024", "2024")]);
    assert_eq!(texts("إلى غاية 2030. وحسب الأرقام"), [pair("2030", "2030")]);
    assert!(texts("أصيب 2024 شخصا في الحرب").is_empty());
    // A part of the year or the month with no direction is of the current one; `نهاية الأسبوع`
    // is also the weekend.
    assert_eq!(texts("يأمل في بلوغه قبل نهاية السنة. ويتوجه"), [pair("نهاية السنة", "2026-12")]);
    assert_eq!(texts("في منتصف الشهر، قال"), [pair("منتصف الشهر", "2026-10")]);
    assert!(texts("خلال عطلة نهاية الأسبوع").is_empty());
    // A modifier with `ب`.
    assert_eq!(texts("بلغت الاحتياطيات 52 مليار دولار بنهاية سبتمبر، فيما"), [pair("نهاية سبتمبر", "2026-09")]);
    // The Maghreb's first of the month.
    assert_eq!(texts("ذكرى اندلاع ثورة أول نوفمبر 1954 المجيدة"), [pair("أول نوفمبر 1954", "1954-11-01")]);
    assert_eq!(texts("يدخل حيز التنفيذ فاتح يناير المقبل"), [pair("فاتح يناير المقبل", "2027-01-01")]);
    // A present tense of resuming or closing looks ahead: the league resumes in February.
    assert_eq!(texts("على أن تستأنف المسابقة منتصف فبراير."), [pair("منتصف فبراير", "2027-02")]);
}

/// Found in the eighth round of held-out stories (BENCHMARKS.md, "Nineteenth session").
#[test]
fn deadline_months_fiscal_years_days_with_lam_and_the_maghreb_summer() {
    let r = Some(Date { year: 2026, month: 11, day: 26 });
    let texts = |text: &str| values(text, r);
    // A month ahead of the reference after a deadline's preposition is this year's; without
    // one, a past tense's month ahead is last year's, as before.
    assert_eq!(texts("على أن يصوت على النص قبل منتصف دجنبر، تمهيدا لنشره"), one("منتصف دجنبر", "2026-12"));
    assert_eq!(texts("ستكتمل الأشغال بحلول مارس"), one("مارس", "2027-03"));
    assert_eq!(texts("بلغت الحجوزات ذروتها في ديسمبر"), one("ديسمبر", "2025-12"));
    // A month behind the reference after `قبل` stays this year's.
    assert_eq!(texts("كانت الأسعار مرتفعة قبل أكتوبر"), one("أكتوبر", "2026-10"));
    // The day of a Gregorian date after a Hijri one, with `لـ`.
    assert_eq!(texts("الموافق لـ6 نونبر 2026، بمناسبة"), one("6 نونبر 2026", "2026-11-06"));
    // A fiscal year's year.
    assert_eq!(texts("مشروع قانون المالية للسنة المالية 2027 برمته"), one("2027", "2027"));
    assert_eq!(texts("ميزانية العام المالي 2027 التي"), one("2027", "2027"));
    // `صائفة`, the Maghreb's summer.
    assert_eq!(texts("تحسبا لذروة الاستهلاك في صائفة 2027،"), one("صائفة 2027", "2027-SU"));
    assert_eq!(texts("خلال الصائفة المقبلة"), one("الصائفة المقبلة", "2027-SU"));
}

/// Morocco's `الفصل` for a quarter, in a year's figures (tenth round).
#[test]
fn the_moroccan_quarter() {
    let r = Some(Date { year: 2026, month: 11, day: 27 });
    let texts = |text: &str| values(text, r);
    assert_eq!(texts("خلال الفصل الثاني من 2027"), [("الفصل الثاني من 2027".to_string(), "2027-Q2".to_string())]);
    assert!(texts("الفصل الأول من الرواية").is_empty());
    assert!(texts("طالب في الفصل الثاني").is_empty());
}

/// The eleventh round: a quarter alone in business copy, `للربع`, `من العام`, the Maghreb's
/// `متم` and `آفاق`, two months joined by `و` before one year.
#[test]
fn quarters_alone_two_months_and_one_year_the_end_and_the_horizon() {
    let r = Some(Date { year: 2026, month: 11, day: 16 });
    let texts = |text: &str| values(text, r);
    // The last quarter that has begun by the reference date.
    assert_eq!(texts("بلغ صافي الدخل في الربع الثالث، مقابل"), one("الربع الثالث", "2026-Q3"));
    assert_eq!(texts("نتائج الربع الرابع"), one("الربع الرابع", "2026-Q4"));
    let february = dates("أرباح الربع الرابع", Some(Date { year: 2027, month: 2, day: 10 }));
    assert_eq!(february[0].1.as_deref(), Some("2026-Q4"));
    // `للربع`: the article's alef is not written after `ل`; `من العام` alone is this year.
    assert_eq!(texts("توقعات الشركة للربع الأخير من العام. وفي"), one("لربع الأخير من العام", "2026-Q4"));
    // Not a match's quarter, nor a school's term, nor a half.
    assert!(texts("سجل هدفا في الربع الأول من المباراة").is_empty());
    assert!(texts("طالب في الفصل الثاني").is_empty());
    assert!(texts("تقدم الفريق في النصف الثاني").is_empty());
    // Two months and one year.
    assert_eq!(texts("ما بين يونيو ويوليوز 2030، بمشاركة"), [("يونيو".to_string(), "2030-06".to_string()), ("يوليوز 2030".to_string(), "2030-07".to_string())]);
    // `متم` is the end of a year (its last month); `آفاق` a horizon, like `أفق`.
    assert_eq!(texts("على أن يتم تسليمه في متم سنة 2028."), one("متم سنة 2028", "2028-12"));
    assert_eq!(texts("بلوغ 60 بالمائة في آفاق 2030."), one("آفاق 2030", "2030"));
    assert_eq!(texts("يدخل حيز الخدمة في أفق 2029، مضيفة"), one("أفق 2029", "2029"));
}

/// A Hijri month's epithet is the date's (`رمضان المبارك المقبل`).
#[test]
fn a_hijri_months_epithet() {
    let r = Some(Date { year: 2026, month: 11, day: 20 });
    let found = dates("على استكمال الخطة التشغيلية لشهر رمضان المبارك المقبل، متوقعا", r);
    assert_eq!(found.len(), 1);
    // (`شهر` is the date's, as in `شهر يناير`; the preposition on it is not.)
    assert_eq!(found[0].0, "شهر رمضان المبارك المقبل");
    assert!(found[0].1.as_deref().is_some_and(|v| v.starts_with("2027-02")), "{found:?}");
}

/// The thirteenth round's dates: a modifier before a quarter; two years after a dual; Monday
/// set off after its verb, not "the two".
#[test]
fn the_thirteenth_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 26 });
    assert_eq!(values("قبل نهاية الثلاثي الأول من السنة المقبلة، تنفيذا", r), one("نهاية الثلاثي الأول من السنة المقبلة", "2027-Q1"));
    let two = [("2024".to_string(), "2024".to_string()), ("2025".to_string(), "2025".to_string())];
    assert_eq!(values("خسر خلال عامي 2024 و2025 أكثر من نصف مداخيله", r), two);
    assert_eq!(values("ارتفع بين عامي 2024 و2025", r), two);
    assert!(values("أنتج عامي 2000 طن", r).is_empty());
    assert_eq!(values("وكان قد أكد الاثنين، خلال استقباله وفدا", r), one("الاثنين", "2026-11-23"));
    assert_eq!(values("وقال الاثنين إن الاتفاق", r), one("الاثنين", "2026-11-23"));
    assert!(values("لا فرق بين الاثنين، فكلاهما", r).is_empty());
    assert!(values("وألقى خطبة الجمعة، ثم", r).is_empty());
}

/// The fourteenth round's dates: the first months of a year (valued as those months since the
/// thirty-third round); months after
/// a dual (`شهرا`) or joined by `و` to the month before.
#[test]
fn the_fourteenth_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 30 });
    assert_eq!(values("نحو 68 مليار ريال خلال الأشهر التسعة الأولى من 2026. وقال", r), one("الأشهر التسعة الأولى من 2026", "2026-01/2026-09"));
    assert_eq!(values("استقبل خلال الأشهر العشرة الأولى من العام الحالي نحو", r), one("الأشهر العشرة الأولى من العام الحالي", "2026-01/2026-10"));
    assert_eq!(values("خلال الأشهر الثلاثة المقبلة", r), one("الأشهر الثلاثة المقبلة", "P3M"));
    let two = [("يوليوز".to_string(), "2026-07".to_string()), ("غشت".to_string(), "2026-08".to_string())];
    assert_eq!(values("فيما سجل شهرا يوليوز وغشت أعلى مستوى", r), two);
    assert_eq!(values("في مارس وماي", r), [("مارس".to_string(), "2026-03".to_string()), ("ماي".to_string(), "2026-05".to_string())]);
    // `مارس` alone after `و` and a comma is the verb ("practised").
    assert!(values("في يناير، ومارس الضغط", r).iter().all(|(t, _)| t != "مارس"));
    // `لشهر` before a month, the preposition left out.
    assert_eq!(values("افتتاحية عددها لشهر نوفمبر لتأمين", r), one("شهر نوفمبر", "2026-11"));
}

/// The seventeenth round's dates: the end of a range of days, Friday and Monday included
/// (`من الأربعاء إلى الجمعة`); `ليل` before a weekday.
#[test]
fn the_seventeenth_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 30 });
    let texts = |text: &str| values(text, r).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
    assert_eq!(texts("تساقطات قوية مرتقبة من الأربعاء إلى الجمعة بعدد من الأقاليم"), ["الأربعاء", "الجمعة"]);
    assert_eq!(texts("ابتداء من صباح الأربعاء إلى غاية ليل الجمعة."), ["صباح الأربعاء", "ليل الجمعة"]);
    // Not without a weekday before: `الجمعة` is also the congregation.
    assert!(texts("وصل الوفد إلى الجمعة العامة").is_empty());
}

/// The eighteenth round's dates: the start of a school or university year is no date of the
/// calendar year.
#[test]
fn the_eighteenth_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 28 });
    let texts = |text: &str| values(text, r).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
    assert_eq!(texts("ويلتحق المقبولون مع بداية العام الدراسي في سبتمبر 2027"), ["سبتمبر 2027"]);
    assert!(texts("منذ مطلع العام الجامعي المقبل").is_empty());
    assert_eq!(texts("منذ بداية العام الحالي"), ["بداية العام الحالي"]);
}

/// The twenty-first round's dates: the start or middle of the week is of the current week (its
/// end is also the weekend); a year ago, not a year before something else.
#[test]
fn the_twenty_first_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 28 });
    assert_eq!(values("نتائج زيارته لباريس مطلع الأسبوع، حيث التقى", r), [("مطلع الأسبوع".to_string(), "2026-W48".to_string())]);
    assert!(values("في نهاية الأسبوع", r).is_empty());
    assert_eq!(values("في امتداد للقرار الصادر قبل سنة. ودعا", r), [("قبل سنة".to_string(), "2025-11".to_string())]);
    assert_eq!(values("ولم يتغير الوضع منذ عام، كما", r), [("منذ عام".to_string(), "2025-11".to_string())]);
    assert_eq!(values("وقبل سنة، كان الوضع مختلفا", r), [("قبل سنة".to_string(), "2025-11".to_string())]);
    assert!(values("قبل عام من الانتخابات", r).is_empty());
    assert_eq!(values("قبل عام 2020", r), [("عام 2020".to_string(), "2020".to_string())]);
}

/// The twenty-third round's dates: `للعام الجاري` (the article's lam after `ل`), not `لعام` "for
/// a year"; the Maghreb's `الفاتح` for the first day.
#[test]
fn the_twenty_third_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 28 });
    assert_eq!(values("سيعلن نتائج أعماله للعام الجاري في", r), [("لعام الجاري".to_string(), "2026".to_string())]);
    assert_eq!(values("خطة لسنة 2027", r), [("سنة 2027".to_string(), "2027".to_string())]);
    assert!(values("تمديد العقد لعام واحد", r).is_empty());
    assert_eq!(values("ستنطلق العملية ابتداء من الفاتح ديسمبر.", r), [("الفاتح ديسمبر".to_string(), "2026-12-01".to_string())]);
    assert_eq!(values("منذ الفاتح من نوفمبر الماضي", r), [("الفاتح من نوفمبر الماضي".to_string(), "2026-11-01".to_string())]);
}

/// The twenty-fourth round's dates: a day number before a date is one mention of the period
/// (`من 18 إلى 24 نوفمبر`, `يومي 14 و15 ديسمبر`); two whole dates stay two, the first in the
/// second's year when it writes none (`فاتح يناير و15 مارس 2027`), only after `من` or `بين`.
#[test]
fn the_twenty_fourth_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 20 });
    assert_eq!(values("في الفترة من 18 إلى 24 نوفمبر الجاري", r), [pair("18 إلى 24 نوفمبر الجاري", "2026-11-18/2026-11-24")]);
    assert_eq!(values("يومي 14 و15 ديسمبر المقبل", r), [pair("14 و15 ديسمبر المقبل", "2026-12-14/2026-12-15")]);
    assert_eq!(values("ما بين فاتح يناير و15 مارس 2027 في المصايد", r), [pair("فاتح يناير", "2027-01-01"), pair("15 مارس 2027", "2027-03-15")]);
    assert_eq!(values("من يناير إلى مارس 2027", r), [pair("يناير", "2027-01"), pair("مارس 2027", "2027-03")]);
    assert_eq!(values("بين 15 كانون الأول و10 كانون الثاني 2027", r), [pair("15 كانون الأول", "2026-12-15"), pair("10 كانون الثاني 2027", "2027-01-10")]);
    // Not a period: two days named apart, or a day after a number that counts something.
    assert_eq!(values("في 5 يناير و20 مارس 2027", r), [pair("5 يناير", "2026-01-05"), pair("20 مارس 2027", "2027-03-20")]);
    assert_eq!(values("وصل 30 و15 نوفمبر", r).len(), 1);
    assert_eq!(values("وصل 30 و15 نوفمبر", r)[0].0, "15 نوفمبر");
}

/// The twenty-seventh round's dates: a year after an event's name, or after the event and its
/// host (`مونديال قطر 2027`), or after `نسخة`.
#[test]
fn the_twenty_seventh_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 30 });
    assert_eq!(values("يقترب المنتخب من مونديال قطر 2027 بعد فوزه", r), [pair("2027", "2027")]);
    assert_eq!(values("استعدادا لكأس العالم 2030 التي تنظمها المغرب", r), [pair("2030", "2030")]);
    assert_eq!(values("بعد مشاركتهم في نسخة 2023 التي أقيمت في الفيليبين", r), [pair("2023", "2023")]);
    assert_eq!(values("لاستضافة إكسبو 2030 في الرياض", r), [pair("2030", "2030")]);
    assert!(values("شارك في العالم 2000 مهندس", r).len() <= 1);
    assert!(values("سجل الفريق 2027 نقطة", r).is_empty());
}

/// The twenty-ninth round: Tunisia's `موفى` ("the end of") narrows a date as `نهاية` does.
#[test]
fn the_twenty_ninth_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 20 });
    assert_eq!(values("ويتوقع أن يبلغ الإنتاج 3 ملايين طن موفى 2026", r), [pair("موفى 2026", "2026-12")]);
    // A season by its year (`كان موسم 2026 صعبا`), not a count after a season's word.
    assert_eq!(values("قال إن \"كان موسم 2026 صعبا على المزارعين\"", r), [pair("2026", "2026")]);
}

/// The thirty-first round: a festival's edition by its year, and a fiscal year written with the
/// next one as one mention (not the first year and a stray second).
#[test]
fn the_thirty_first_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 30 });
    assert_eq!(values("لجنة المهرجانات تعلن برنامج دورة 2027 من قلعة بعلبك", r), [pair("2027", "2027")]);
    // (Egypt's fiscal year, `العام المالي`, runs from July: the forty-eighth round.)
    assert_eq!(values("جذبت المنطقة خلال العام المالي 2025/2026 استثمارات", r), [pair("2025/2026", "2025-07/2026-06")]);
    assert_eq!(values("ميزانية السنة المالية 2025/2026 للدولة", r), [pair("2025/2026", "2025/2026")]);
    assert_eq!(values("خلال العام الدراسي 2026/2027 المقبل", r), [pair("2026/2027", "2026/2027")]);
    // Not two years apart, nor a date.
    assert_eq!(values("خلال العام المالي 2025/2027 استثمارات", r)[0], pair("2025", "2025"));
    assert_eq!(values("في 2024/5/14 وصل الوفد", r), [pair("2024/5/14", "2024-05-14")]);
}

/// The thirty-fifth round: two years joined by a dash are one mention (not between brackets),
/// a Hajj by its Hijri year is its month, and the start or end of a Hijri month is the
/// Gregorian month it falls in.
#[test]
fn the_forty_sixth_rounds_dates() {
    // KUNA's dateline: a day and a month in digits before the agency.
    let r = Some(Date { year: 2026, month: 11, day: 26 });
    assert_eq!(values("عنوان\nالكويت - 26 - 11 (كونا) -- أعلن الوزير", r), [pair("26 - 11", "2026-11-26")]);
    // Said in January, a dateline of late December is last year's; no 31 November.
    let jan = Some(Date { year: 2027, month: 1, day: 2 });
    assert_eq!(values("الكويت - 30 - 12 (كونا) -- أعلن", jan), [pair("30 - 12", "2026-12-30")]);
    assert!(values("الكويت - 31 - 11 (كونا) -- أعلن", r).is_empty());
    // A lead line longer than the dateline's reach, its 80th byte inside a letter (the fifty-first
    // round: the dateline had been missed on such lines).
    let long = "الكويت - 25 - 11 (كونا) -- أعلن وزير الدولة لشؤون الإسكان عبداللطيف المشاري اليوم";
    assert_eq!(values(long, Some(Date { year: 2026, month: 11, day: 25 }))[0], pair("25 - 11", "2026-11-25"));
}

#[test]
fn the_forty_fourth_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 24 });
    // The start, middle and end of a year are its first, middle and last month.
    assert_eq!(values("بحلول نهاية عام 2028، وهو التزام", r), [pair("نهاية عام 2028", "2028-12")]);
    assert_eq!(values("قبل نهاية العام الجاري", r), [pair("نهاية العام الجاري", "2026-12")]);
    assert_eq!(values("اعتبارا من مطلع العام المقبل", r), [pair("مطلع العام المقبل", "2027-01")]);
    assert_eq!(values("في منتصف 2027", r), [pair("منتصف 2027", "2027-06")]);
    // A year alone stays a year.
    assert_eq!(values("خلال عام 2028", r), [pair("عام 2028", "2028")]);
}

#[test]
fn the_forty_third_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 24 });
    // `اليوم` before a plural or feminine noun, the verb's object, is today; before an adjective
    // it is a named day.
    assert_eq!(values("أعلنت هيئة الشارقة للكتاب اليوم النتائج النهائية للدورة", r), [pair("اليوم", "2026-11-24")]);
    assert!(values("بمناسبة اليوم الوطني", r).is_empty());
}

#[test]
fn the_forty_first_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 28 });
    // A period across the new year, neither end with its year or a direction: the second is
    // read from the first.
    let winter = values("ونتوقع أن تتخطى 80 في المئة بين 20 كانون الأول و6 كانون الثاني إذا بقيت", r);
    assert_eq!(winter, [pair("20 كانون الأول", "2026-12-20"), pair("6 كانون الثاني", "2027-01-06")]);
    let past = values("بين 20 كانون الأول و6 كانون الثاني الماضيين", r);
    assert_eq!(past, [pair("20 كانون الأول", "2025-12-20"), pair("6 كانون الثاني الماضيين", "2026-01-06")]);
    // A weekday, `في`, and the date.
    assert_eq!(values("يفتتح على الواجهة البحرية السبت في 12 كانون الأول المقبل، ويتوج", r), [pair("السبت في 12 كانون الأول المقبل", "2026-12-12")]);
    // An event's year after `ل`; the Arab Cup's.
    assert_eq!(values("ملف استضافة قطر لأولمبياد 2036", r), [pair("2036", "2036")]);
    assert_eq!(values("لاستضافة بطولة كأس العرب 2029، وملف", r), [pair("2029", "2029")]);
    assert!(values("يعيش نحو 2000 من العرب في المدينة", r).is_empty());
}

/// The thirty-first session: a weekday names the year of a day and month written without one,
/// a forecast's "expected" and a month's arrival (`حلول`) are a future tense.
#[test]
fn a_weekday_names_the_year_and_a_forecast_the_future() {
    let r = Some(Date { year: 2026, month: 11, day: 30 });
    // 15 November 2026 was a Sunday, 15 November 2025 a Saturday.
    assert_eq!(values("انطلقت الدورة يوم الأحد 15 نوفمبر بالعاصمة", r), [pair("يوم الأحد 15 نوفمبر", "2026-11-15")]);
    assert_eq!(values("انطلقت الدورة 15 نوفمبر بالعاصمة", r), [pair("15 نوفمبر", "2026-11-15")]);
    // 3 December 2026 is a Thursday; 3 December 2025 was a Wednesday.
    assert_eq!(values("عقد الاجتماع الأربعاء 3 ديسمبر", r), [pair("الأربعاء 3 ديسمبر", "2025-12-03")]);
    assert_eq!(values("عقد الاجتماع الخميس 3 ديسمبر", r), [pair("الخميس 3 ديسمبر", "2026-12-03")]);
    // A weekday that neither neighbouring year has leaves the tense's year.
    assert_eq!(values("عقد الاجتماع الجمعة 3 ديسمبر", r), [pair("الجمعة 3 ديسمبر", "2025-12-03")]);
    let r = Some(Date { year: 2026, month: 12, day: 1 });
    assert_eq!(values("أمطار قوية مرتقبة من الأربعاء إلى الجمعة بعدد من الأقاليم", r), [pair("الأربعاء", "2026-12-02"), pair("الجمعة", "2026-12-04")]);
    assert_eq!(values("أمطار قوية هطلت من الأربعاء إلى الجمعة بعدد من الأقاليم", r), [pair("الأربعاء", "2026-11-25"), pair("الجمعة", "2026-11-27")]);
    // Before the arrival of Ramadan is the coming one (Ramadan 1447 began on 18 February 2026).
    let r = Some(Date { year: 2026, month: 11, day: 24 });
    assert_eq!(values("مخزون آمن من السلع قبل حلول شهر رمضان المبارك، تنفيذا", r), [pair("شهر رمضان المبارك", "2027-02-08/2027-03-08")]);
    assert_eq!(values("مخزون آمن من السلع خلال شهر رمضان المبارك، تنفيذا", r), [pair("شهر رمضان المبارك", "2026-02-18/2026-03-19")]);
    // Mid-Sha'ban is the fifteenth; an occasion that falls (`تحل`) in a month is ahead; a
    // weekday and its day and month after tomorrow are one date.
    let r = Some(Date { year: 2026, month: 11, day: 23 });
    assert_eq!(values("تستعد كربلاء لزيارة النصف من شعبان التي تحل في كانون الثاني.", r), [pair("النصف من شعبان", "2027-01-23"), pair("كانون الثاني", "2027-01")]);
    let r = Some(Date { year: 2026, month: 11, day: 25 });
    assert_eq!(values("المهرجان الذي يوافق غدا الخميس 26 نوفمبر، ويتضمن", r), [pair("غدا الخميس 26 نوفمبر", "2026-11-26")]);
    // …and a Hijri day and month with their year.
    let r = Some(Date { year: 2026, month: 11, day: 27 });
    let mostaganem = values("حل الوزير أمس الخميس 16 جمادى الثانية 1448 هـ الموافق 26 نوفمبر 2026، بالميناء", r);
    assert_eq!(mostaganem, [pair("أمس الخميس 16 جمادى الثانية 1448 هـ", "2026-11-26"), pair("26 نوفمبر 2026", "2026-11-26")]);
}

#[test]
fn the_thirty_ninth_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 24 });
    // A half of a month is the month, not its first or second day.
    assert_eq!(values("أن تصادق عليها خلال النصف الأول من كانون الأول المقبل، لتبدأ", r), [pair("النصف الأول من كانون الأول المقبل", "2026-12")]);
    assert_eq!(values("في النصف الثاني من يناير 2027", r), [pair("النصف الثاني من يناير 2027", "2027-01")]);
    assert_eq!(values("في الثاني من يناير 2027", r), [pair("الثاني من يناير 2027", "2027-01-02")]);
    // A parliament by its year.
    assert_eq!(values("لا تختلف كثيراً عن برلمان 2021، ما يعني", r), [pair("2021", "2021")]);
    assert!(values("بلغ عدد المقاعد 2021 مقعدا", r).is_empty());
}

#[test]
fn the_thirty_fifth_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 27 });
    assert_eq!(values("برسم الموسم الفلاحي 2026-2027، مؤكدا", r), [pair("2026-2027", "2026/2027")]);
    assert_eq!(values("في إطار برنامج التنمية الجهوية 2022 - 2027.", r), [pair("2022 - 2027", "2022/2027")]);
    assert_eq!(values("الاستراتيجية الوطنية (2023-2030) التي", r), [pair("2023", "2023"), pair("2030", "2030")]);
    assert_eq!(values("نتائج 2027-2026 للفريق", r).len(), 2);
    assert_eq!(values("يستعرضان خطط موسم حج 1448 هـ.", r), [pair("1448 هـ", "2027-05")]);
    assert_eq!(values("خدمنا في حج عام 1447 هـ أكثر من مليون حاج", r), [pair("عام 1447 هـ", "2026-05")]);
    assert_eq!(values("وفي عام 1447 هـ افتتح", r), [pair("عام 1447 هـ", "2025-06-26/2026-06-15")]);
    assert_eq!(values("بدء التسجيل عبر المنصة مطلع شهر رمضان المقبل، وبدء", r), [pair("مطلع شهر رمضان المقبل", "2027-02")]);
    assert_eq!(values("حتى نهاية رمضان المقبل", r), [pair("نهاية رمضان المقبل", "2027-03")]);
    assert_eq!(values("في رمضان المقبل", r), [pair("رمضان المقبل", "2027-02-08/2027-03-08")]);
    // The first of two months joined by `إلى` after `من` is a date too (round 38).
    let harvest = values("موسم القطاف الذي امتد من أيار إلى تشرين الأول الماضي.", r);
    assert_eq!(harvest, [pair("أيار", "2026-05"), pair("تشرين الأول الماضي", "2026-10")]);
    // (`مارس` is also "practised", `نيسان` also Nissan: the range gives them their context.)
    assert_eq!(values("امتدت الحملة من مارس إلى مايو الماضي.", r), [pair("مارس", "2026-03"), pair("مايو الماضي", "2026-05")]);
    assert_eq!(values("امتد من نيسان إلى أيار الماضي.", r), [pair("نيسان", "2026-04"), pair("أيار الماضي", "2026-05")]);
    assert!(values("وصل من مارس إلى القاهرة", r).is_empty());
    // A road or a square named after a date is none (round 37).
    assert!(values("حتى ننتهي من زحام محور 26 يوليو", r).is_empty());
    assert!(values("أغلق شارع 23 يوليو أمس", r).iter().all(|(t, _)| !t.contains("يوليو")));
    assert_eq!(values("افتتح في 26 يوليو الماضي", r), [pair("26 يوليو الماضي", "2026-07-26")]);
}

/// The thirty-fourth round: a year compared with (`الفترة ذاتها من 2025`), days joined after
/// `يومي` and its noun or after `ويومي`, `إلى غاية` as "until", `غد` before its weekday, and a
/// month `من العام ذاته`, of the year last written.
#[test]
fn the_thirty_fourth_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 24 });
    assert_eq!(values("ارتفعت الصادرات مقارنة بالفترة ذاتها من 2025.", r), [pair("2025", "2025")]);
    assert!(values("استقبل المعرض أكثر من 2025 زائرا", r).is_empty());
    assert_eq!(values("خلال يومي الاقتراع 18 و19 نوفمبر الجاري، إلى جانب", r), [pair("18 و19 نوفمبر الجاري", "2026-11-18/2026-11-19")]);
    assert_eq!(values("ويومي 15 و16 ديسمبر المقبل للتصويت داخل مصر", r), [pair("15 و16 ديسمبر المقبل", "2026-12-15/2026-12-16")]);
    assert_eq!(values("الراحة البيولوجية المقررة من 15 يناير إلى غاية 15 مارس 2027.", r), [pair("15 يناير", "2027-01-15"), pair("15 مارس 2027", "2027-03-15")]);
    assert_eq!(values("ويستمر المنتدى حتى غد الأربعاء بحضور الوزير", r), [pair("غد الأربعاء", "2026-11-25")]);
    assert!(values("وقال إن غد الشعوب أفضل", r).is_empty());
    let same = "أعيد افتتاح المطار في 2025، بعد مذكرة تفاهم وقعت في آب من العام ذاته بدعم من قطر";
    assert_eq!(values(same, r), [pair("2025", "2025"), pair("آب من العام ذاته", "2025-08")]);
    // The month after the reference date's is the coming one, unless a past verb comes before
    // it; two months on, the last one.
    assert_eq!(values("إطلاق خط بحري نحو موريتانيا مطلع ديسمبر", r), [pair("مطلع ديسمبر", "2026-12")]);
    assert_eq!(values("بلغت الحجوزات ذروتها في ديسمبر", r), [pair("ديسمبر", "2025-12")]);
    assert_eq!(values("موعد تسليم الشحنة في 5 يناير بالميناء", r), [pair("5 يناير", "2026-01-05")]);
    let december = Some(Date { year: 2026, month: 12, day: 10 });
    assert_eq!(values("موعد تسليم الشحنة في 5 يناير بالميناء", december), [pair("5 يناير", "2027-01-05")]);
    assert_eq!(values("وصلت الشحنة في 5 يناير إلى الميناء", december), [pair("5 يناير", "2026-01-05")]);
}

/// The thirty-third round: the first or last months of a year are those months (`من العام`
/// alone is this year's), and a future verb of four letters makes a month ahead the coming one.
#[test]
fn the_thirty_third_rounds_dates() {
    let r = Some(Date { year: 2026, month: 11, day: 27 });
    assert_eq!(values("ارتفعت بنسبة 9 بالمئة خلال الأشهر العشرة الأولى من العام مقارنة بالفترة ذاتها", r), [pair("الأشهر العشرة الأولى من العام", "2026-01/2026-10")]);
    assert_eq!(values("تراجعت في الأشهر الثلاثة الأخيرة من 2025 بعد", r), [pair("الأشهر الثلاثة الأخيرة من 2025", "2025-10/2025-12")]);
    // Without `من` and a year, a duration as before; `من عام` alone names no year.
    assert_eq!(values("خلال الأشهر الثلاثة المقبلة", r), [pair("الأشهر الثلاثة المقبلة", "P3M")]);
    assert!(values("في الأشهر العشرة الأولى من عام مضى", r).iter().all(|(_, v)| !v.contains('/')));
    let pay = "وستصل المبالغ إلى المستفيدين من 1 إلى 15 كانون الأول عبر شركات التحويل";
    assert_eq!(values(pay, r), [pair("1 إلى 15 كانون الأول", "2026-12-01/2026-12-15")]);
    // Without the future verb, the last December.
    assert_eq!(values("وصلت المبالغ إلى المستفيدين من 1 إلى 15 كانون الأول عبر شركات التحويل", r), [pair("1 إلى 15 كانون الأول", "2025-12-01/2025-12-15")]);
}
