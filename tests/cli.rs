//! The `lamha` command line on bad input: every failure is a one-line message on standard error
//! and a non-zero exit, never a panic or a partial document; markup in the input comes out as
//! text; a broken knowledge-base file is a warning, not a stop.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const SEED: &str = "tests/fixtures/seed-israel-kazakhstan.txt";

/// Runs `lamha` with `args`, feeding `stdin`.
fn lamha(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lamha"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the lamha binary starts");
    let mut input = child.stdin.take().unwrap();
    // The binary may exit before reading (a bad flag); a broken pipe is then expected.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

/// A scratch file unique to this test process and name.
fn scratch(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lamha-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

/// Asserts a failure: non-zero exit, nothing on stdout, no panic, and the error itself on one
/// line starting `lamha: ` that contains `what` (a usage text may follow it).
fn assert_fails_with(o: &Output, what: &str) {
    let err = stderr(o);
    assert!(!o.status.success(), "exit status 0; stderr: {err}");
    assert_eq!(o.status.code(), Some(1), "not a clean failure exit (a panic or a signal?): {err}");
    assert!(o.stdout.is_empty(), "partial output on stdout: {}", String::from_utf8_lossy(&o.stdout));
    assert!(!err.contains("panicked"), "{err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(first.starts_with("lamha: ") && first.contains(what), "first stderr line {first:?} does not say {what:?}");
    assert_eq!(err.lines().filter(|l| l.starts_with("lamha: ")).count(), 1, "more than one error line: {err}");
    assert!(err.lines().skip(1).all(|l| l.is_empty() || l.starts_with("usage:") || l.starts_with("  ")), "stderr beyond the error and the usage: {err}");
}

/// Parses a successful run's JSON output.
fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "failed: {}", stderr(o));
    serde_json::from_slice(&o.stdout).expect("stdout is one JSON document")
}

#[test]
fn invalid_utf8_file_is_refused_with_its_offset() {
    let path = scratch("bad.txt", b"\xd9\x83\xd8\xa7 ok \xff\xfe more");
    let o = lamha(&["extract", path.to_str().unwrap()], b"");
    assert_fails_with(&o, "is not valid UTF-8 (first bad byte at offset 8)");
    assert!(stderr(&o).contains("bad.txt"));
}

#[test]
fn invalid_utf8_on_stdin_is_refused() {
    // A lone surrogate encoded in UTF-8 (CESU) and a truncated sequence.
    let o = lamha(&["extract", "-"], b"\xed\xa0\x80\xd9");
    assert_fails_with(&o, "'-' is not valid UTF-8");
}

#[test]
fn unreadable_files_are_named() {
    let o = lamha(&["extract", "/nonexistent/lamha/article.txt"], b"");
    assert_fails_with(&o, "cannot read '/nonexistent/lamha/article.txt'");
    let dir = std::env::temp_dir();
    let o = lamha(&["extract", dir.to_str().unwrap()], b"");
    assert_fails_with(&o, &format!("cannot read '{}'", dir.display()));
    let o = lamha(&["extract", "--kb", "/nonexistent/kb.json", SEED], b"");
    assert_fails_with(&o, "cannot read '/nonexistent/kb.json'");
}

#[test]
fn unknown_flags_and_commands_are_refused() {
    for (args, what) in [
        (vec!["extract", "--frobnicate", SEED], "unknown flag '--frobnicate'"),
        (vec!["extract", "--ref-date=2026-01-27", SEED], "unknown flag '--ref-date=2026-01-27'"),
        (vec!["extract", "-x"], "unknown flag '-x'"),
        (vec!["extarct", SEED], "unknown command 'extarct'"),
        (vec!["extract", SEED, SEED], "extract takes one input file"),
        (vec!["extract", "--kb"], "--kb needs a file"),
    ] {
        let o = lamha(&args, b"");
        assert_fails_with(&o, what);
    }
    // No command at all prints the usage and fails.
    let o = lamha(&[], b"");
    assert!(!o.status.success() && stderr(&o).contains("usage:"));
}

#[test]
fn help_prints_the_usage_and_succeeds() {
    for args in [vec!["--help"], vec!["-h"], vec!["extract", "--help"], vec!["extract", SEED, "-h"], vec!["kb", "--help"], vec!["kb", "validate", "-h"]] {
        let o = lamha(&args, b"");
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(out.starts_with("usage:") && out.contains("lamha extract"), "{args:?}: {out}");
    }
}

#[test]
fn bad_reference_dates_are_refused() {
    for bad in ["2026-13-01", "2026-02-30", "27/01/2026", "yesterday", "", "٢٠٢٦-٠١-٢٧x", "99999999999-01-01"] {
        let o = lamha(&["extract", "--ref-date", bad, SEED], b"");
        assert_fails_with(&o, &format!("--ref-date: '{bad}' is not a date YYYY-MM-DD"));
    }
    let o = lamha(&["extract", "--ref-date"], b"");
    assert_fails_with(&o, "--ref-date needs a value YYYY-MM-DD");
}

#[test]
fn html_that_looks_like_markup_comes_out_as_text() {
    let page = r#"<!doctype html><html><head><title>x</title><script>document.write("كازاخستان")</script></head>
<body><article><p>&lt;img src=x onerror=alert(1)&gt; زار <b>غدعون ساعر</b> كازاخستان</p>
<!-- <p>إسرائيل</p> --><style>p::after{content:"إسرائيل"}</style><template><p>إسرائيل</p></template>
<p>&#1573;&#x633;رائيل &amp; <i>&quot;أستانا&quot;</i></p></article></body></html>"#;
    let out = json(&lamha(&["extract", "--html", "--ref-date", "2026-01-27", "-"], page.as_bytes()));
    let mentions = out["mentions"].as_array().unwrap();
    let texts: Vec<&str> = mentions.iter().map(|m| m["text"].as_str().unwrap()).collect();
    // Script, style, template and comment text is not article text.
    assert_eq!(texts.iter().filter(|t| t.contains("إسرائيل") || **t == "إسرائيل").count(), 1, "{texts:?}");
    assert!(texts.contains(&"كازاخستان") && texts.contains(&"غدعون ساعر") && texts.contains(&"أستانا"), "{texts:?}");
    // Offsets are code points of the page's text content, where the escaped markup is text.
    let (text, _) = lamha::html::text_content(page);
    assert!(text.contains("<img src=x onerror=alert(1)> زار غدعون ساعر كازاخستان"), "{text:?}");
    let k = mentions.iter().find(|m| m["text"] == "كازاخستان").unwrap();
    let expected = text[..text.find("كازاخستان").unwrap()].chars().count();
    assert_eq!(k["start"].as_u64().unwrap() as usize, expected, "{out}");
    assert!(mentions.iter().all(|m| !m["text"].as_str().unwrap().contains('<')));
}

#[test]
fn plain_text_that_looks_like_html_is_not_parsed_without_the_flag() {
    let text = "<b>كازاخستان</b> <img src=x onerror=alert(1)>";
    let out = json(&lamha(&["extract", "--ref-date", "2026-01-27", "-"], text.as_bytes()));
    let m = &out["mentions"][0];
    assert_eq!(m["text"], "كازاخستان");
    assert_eq!(m["start"], 3); // code points: "<b>" comes first
}

#[test]
fn broken_kb_file_warns_and_the_run_goes_on() {
    let broken = scratch("broken.json", br#"{"entries": [{"id": "lamha:x", "#);
    let o = lamha(&["extract", "--kb", broken.to_str().unwrap(), "--ref-date", "2026-01-27", SEED], b"");
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(err.lines().any(|l| l.starts_with("lamha: warning: ") && l.contains("broken.json: invalid JSON")), "{err}");
    let out = json(&o);
    assert!(out["mentions"].as_array().unwrap().iter().any(|m| m["name_en"] == "Kazakhstan"), "the embedded default no longer works");
}

#[test]
fn kb_file_with_one_bad_entry_names_it_and_loads_the_good_one() {
    let kb = scratch(
        "mixed.json",
        r#"{"entries": [
            {"id": "lamha:cli-good", "type": "person", "name_ar": "زيد بن عمرو", "name_en": "<b>Zayd</b>", "image": "javascript:alert(1)"},
            {"id": "lamha:cli-bad", "type": "person", "name_ar": ["عمرو"], "name_en": "Amr"}]}"#
            .as_bytes(),
    );
    let o = lamha(&["extract", "--kb", kb.to_str().unwrap(), "-"], "التقى زيد بن عمرو بالوفد".as_bytes());
    let err = stderr(&o);
    assert!(err.contains("mixed.json: entry 'lamha:cli-bad': field 'name_ar': must be a string"), "{err}");
    assert!(err.contains("mixed.json: entry 'lamha:cli-good': field 'image'"), "{err}");
    assert!(err.lines().all(|l| l.starts_with("lamha: warning: ")), "{err}");
    let out = json(&o);
    let m = &out["mentions"][0];
    assert_eq!(m["text"], "زيد بن عمرو");
    assert_eq!(m["name_en"], "<b>Zayd</b>");
    assert!(!String::from_utf8_lossy(&o.stdout).contains("javascript:"));
}

#[test]
fn empty_and_hostile_inputs_give_valid_documents() {
    let out = json(&lamha(&["extract", "--ref-date", "2026-01-27", "-"], b""));
    assert_eq!(out["mentions"].as_array().unwrap().len(), 0);
    let hostile = "\u{202E}كازاخستان\u{202C}\u{0}\u{1b}[2J 🇮🇱إسرائيل\u{FEFF}";
    let out = json(&lamha(&["extract", "-"], hostile.as_bytes()));
    let names: Vec<&str> = out["mentions"].as_array().unwrap().iter().filter_map(|m| m["name_en"].as_str()).collect();
    assert_eq!(names, vec!["Kazakhstan", "Israel"]);
}

#[test]
fn a_megabyte_of_article_on_stdin_is_processed() {
    let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed-israel-kazakhstan.txt")).unwrap();
    let big = seed.repeat(1024 * 1024 / seed.len() + 1);
    let out = json(&lamha(&["extract", "--ref-date", "2026-01-27", "-"], big.as_bytes()));
    let n = out["mentions"].as_array().unwrap().len();
    let one = json(&lamha(&["extract", "--ref-date", "2026-01-27", SEED], b""))["mentions"].as_array().unwrap().len();
    // Coreference can link a short name in a later copy; never fewer than one per copy.
    assert!(n >= one * (big.len() / seed.len()), "{n} mentions for {} copies of {one}", big.len() / seed.len());
}
