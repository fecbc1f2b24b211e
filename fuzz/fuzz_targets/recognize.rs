//! Fuzzes normalisation, recognition and offset mapping on arbitrary input.
//!
//! Every input becomes text (invalid UTF-8 is replaced, as a browser's decoder would), and the
//! same invariants as `tests/properties.rs` are asserted, so a libFuzzer "crash" is either a
//! panic inside Lamha or a broken offset guarantee:
//! - mentions are non-empty, on character boundaries, in order and non-overlapping;
//! - `extract` gives `text` equal to the code-point slice and to the UTF-16 slice;
//! - normalisation is idempotent, agrees with its offset-keeping form, and maps every
//!   normalised span back onto character boundaries of the original.
//!
//! The `--html` reader of the CLI is fuzzed on the same input, since it also reads text that
//! Lamha did not write.
#![no_main]

use lamha::kb::KnowledgeBase;
use lamha::normalize::{normalize_str, Normalized};
use lamha::output::{extract, Unit};
use lamha::recognize::{Options, Recognizer};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn recognizer() -> &'static Recognizer {
    static R: OnceLock<Recognizer> = OnceLock::new();
    R.get_or_init(|| Recognizer::new(KnowledgeBase::embedded()))
}

fn check_recognition(s: &str) {
    let r = recognizer();
    let rec = r.recognize(s, &Options::default());
    let mut prev_end = 0;
    for m in &rec.mentions {
        assert!(m.start < m.end && m.end <= s.len(), "bad span {m:?}");
        assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end), "span off char boundaries {m:?}");
        assert!(m.start >= prev_end, "overlapping or unordered mention {m:?}");
        prev_end = m.end;
    }
    let chars: Vec<char> = s.chars().collect();
    for out in extract(s, &rec, r.kb(), Unit::CodePoint).mentions {
        assert!(out.start < out.end && out.end <= chars.len());
        assert_eq!(out.text, chars[out.start..out.end].iter().collect::<String>());
    }
    let units: Vec<u16> = s.encode_utf16().collect();
    for out in extract(s, &rec, r.kb(), Unit::Utf16).mentions {
        assert!(out.start < out.end && out.end <= units.len());
        let slice = String::from_utf16(&units[out.start..out.end]).expect("UTF-16 span splits a surrogate pair");
        assert_eq!(out.text, slice);
    }
}

fn check_normalization(s: &str) {
    let once = normalize_str(s);
    assert_eq!(normalize_str(&once), once, "normalisation not idempotent");
    let norm = Normalized::new(s);
    assert_eq!(norm.text(), once, "Normalized::new and normalize_str disagree");
    let nt = norm.text();
    let mut last = 0;
    // `original_offset` is defined at the start of each normalised character (and at the end).
    for nb in nt.char_indices().map(|(i, _)| i).chain(std::iter::once(nt.len())) {
        let o = norm.original_offset(nb);
        assert!(o >= last && o <= s.len() && s.is_char_boundary(o), "offset map broken at {nb}");
        last = o;
    }
    // Every one-character span, plus spans from a few starts to a sample of ends: enough to
    // hit each mapping path while keeping the cost near linear in the input length.
    let bounds: Vec<usize> = nt.char_indices().map(|(i, _)| i).chain(std::iter::once(nt.len())).collect();
    let step = (bounds.len() / 8).max(1);
    let mut spans: Vec<(usize, usize)> = bounds.windows(2).map(|w| (w[0], w[1])).collect();
    for &a in bounds.iter().step_by(step).take(4) {
        for &b in bounds.iter().skip_while(|&&b| b <= a).step_by(step) {
            spans.push((a, b));
        }
        if a < nt.len() {
            spans.push((a, nt.len()));
        }
    }
    for (a, b) in spans {
        let (os, oe) = norm.original_span(a, b);
        assert!(os < oe && oe <= s.len(), "span {a}..{b} maps to {os}..{oe}");
        assert!(s.is_char_boundary(os) && s.is_char_boundary(oe), "span {a}..{b} maps off char boundaries");
        assert!(normalize_str(&s[os..oe]).contains(&nt[a..b]), "span {a}..{b} does not map back to its text");
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check_normalization(&text);
    check_recognition(&text);
    let (page_text, _date) = lamha::html::text_content(&text);
    check_recognition(&page_text);
});
