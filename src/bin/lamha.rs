//! `lamha`: the command-line front end of the recognition core.
//!
//! ```text
//! lamha extract [--ref-date YYYY-MM-DD] [--kb FILE.json]... [--html] [--table] [FILE|-]
//! ```

use lamha::dates::Date;
use lamha::kb;
use lamha::output::{extract, Unit};
use lamha::recognize::{Options, Recognizer};
use std::io::{Read, Write};

/// `println!` that stops quietly when the reader goes away (`lamha … | head`) instead of
/// panicking on a broken pipe.
macro_rules! out {
    ($($t:tt)*) => {
        if writeln!(std::io::stdout().lock(), $($t)*).is_err() {
            std::process::exit(0);
        }
    };
}
use std::process::ExitCode;

const USAGE: &str = "usage:
  lamha extract [--ref-date YYYY-MM-DD] [--kb FILE.json]... [--html] [--table] [FILE|-]
      print the mentions of an Arabic text (or HTML page with --html) as JSON;
      offsets are Unicode code points of the text; --table prints a readable table instead
  lamha kb validate FILE.json        report every problem of a knowledge-base file
  lamha kb merge BASE.json OVER.json [--write OUT.json]
                                     show what OVER changes in BASE (and write the merge)
  lamha kb stats [FILE.json]...      counts per type and forms per entry (default + files)
  lamha kb import-csv FILE.csv [--write OUT.json]
                                     turn a spreadsheet into a knowledge-base file
  lamha kb aliases                   every Arabic surface form, as a JSON list
  lamha kb compile --write FILE      the embedded default, validated, in the browser's compact form
                                    (and its recogniser forms beside it, FILE with extension .lkg)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("extract") => cmd_extract(&args[1..]),
        Some("kb") => cmd_kb(&args[1..]),
        Some("-h" | "--help" | "help") => {
            out!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command '{other}'\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("lamha: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// Reads a file (or stdin for `-`) as UTF-8, with a one-line error.
fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("cannot read '{path}': {e}"))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        format!("'{path}' is not valid UTF-8 (first bad byte at offset {})", e.utf8_error().valid_up_to())
    })
}

fn load_kb(files: &[String]) -> Result<kb::KnowledgeBase, String> {
    let mut texts = Vec::new();
    for f in files {
        texts.push((f.clone(), read_input(f)?));
    }
    let (kb, errors) = kb::load_with(&texts);
    for e in &errors {
        eprintln!("lamha: warning: {e}");
    }
    Ok(kb)
}

fn cmd_extract(args: &[String]) -> Result<(), String> {
    let mut ref_date = None;
    let mut kb_files = Vec::new();
    let mut html = false;
    let mut table = false;
    let mut input = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--ref-date" => {
                let v = it.next().ok_or("--ref-date needs a value YYYY-MM-DD")?;
                ref_date = Some(Date::parse_iso(v).ok_or_else(|| format!("--ref-date: '{v}' is not a date YYYY-MM-DD"))?);
            }
            "--kb" => kb_files.push(it.next().ok_or("--kb needs a file")?.clone()),
            "--html" => html = true,
            "--table" => table = true,
            "-h" | "--help" => {
                out!("{USAGE}");
                return Ok(());
            }
            "-" => input = Some("-".to_string()),
            s if s.starts_with('-') => return Err(format!("unknown flag '{s}'\n{USAGE}")),
            s => {
                if input.replace(s.to_string()).is_some() {
                    return Err("extract takes one input file".into());
                }
            }
        }
    }
    let path = input.unwrap_or_else(|| "-".to_string());
    let raw = read_input(&path)?;
    let (text, page_date) = if html { lamha::html::text_content(&raw) } else { (raw, None) };
    // The built-in knowledge base comes with its forms computed; a publisher's file changes them.
    let recognizer = if kb_files.is_empty() { Recognizer::embedded() } else { Recognizer::deferred(load_kb(&kb_files)?) };
    // One text: an article gets an automaton of its own forms (a long text the full one).
    let scope = recognizer.scope(&text);
    let rec = recognizer.recognize_in(&scope, &text, &Options { ref_date: ref_date.or(page_date) });
    let out = extract(&text, &rec, recognizer.kb(), Unit::CodePoint);
    if table {
        print_table(&out);
    } else {
        out!("{}", serde_json::to_string_pretty(&out).expect("output serialises"));
    }
    Ok(())
}

/// `--write FILE` at the end of a kb subcommand's arguments.
#[cfg(not(target_arch = "wasm32"))]
fn split_write(args: &[String]) -> Result<(Vec<&String>, Option<&String>), String> {
    let mut rest = Vec::new();
    let mut write = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--write" => write = Some(it.next().ok_or("--write needs a file")?),
            s if s.starts_with('-') => return Err(format!("unknown flag '{s}'\n{USAGE}")),
            _ => rest.push(a),
        }
    }
    Ok((rest, write))
}

#[cfg(not(target_arch = "wasm32"))]
fn write_json(path: &str, v: &serde_json::Value) -> Result<(), String> {
    let text = serde_json::to_string_pretty(v).expect("JSON values serialise");
    std::fs::write(path, text + "\n").map_err(|e| format!("cannot write '{path}': {e}"))
}

/// The knowledge-base tools read the default's JSON, which only native builds carry (the wasm
/// build of this binary exists only because `cargo test --target wasm32…` builds every target).
#[cfg(target_arch = "wasm32")]
fn cmd_kb(_: &[String]) -> Result<(), String> {
    Err("`lamha kb` needs a native build".into())
}

#[cfg(not(target_arch = "wasm32"))]
fn cmd_kb(args: &[String]) -> Result<(), String> {
    use lamha::kb::tools;
    let (sub, rest) = args.split_first().ok_or(USAGE)?;
    if args.iter().any(|a| a == "-h" || a == "--help") {
        out!("{USAGE}");
        return Ok(());
    }
    let (files, write) = split_write(rest)?;
    match (sub.as_str(), files.as_slice()) {
        ("validate", [file]) => {
            let errors = tools::validate_file(file, &read_input(file)?);
            for e in &errors {
                out!("{e}");
            }
            match errors.iter().filter(|e| !e.message.contains("ignored")).count() {
                0 => {
                    out!("{file}: valid ({} warnings)", errors.len());
                    Ok(())
                }
                n => Err(format!("{file}: {n} errors")),
            }
        }
        ("merge", [base, over]) => {
            let (report, merged) = tools::merge_report((base, &read_input(base)?), (over, &read_input(over)?)).map_err(|e| e.to_string())?;
            out!("{}", report.trim_end());
            write.map_or(Ok(()), |w| write_json(w, &merged))
        }
        ("stats", files) => {
            let owned: Vec<String> = files.iter().map(|f| f.to_string()).collect();
            out!("{}", tools::stats(&load_kb(&owned)?).trim_end());
            Ok(())
        }
        ("import-csv", [file]) => {
            let (doc, errors) = tools::import_csv(file, &read_input(file)?);
            for e in &errors {
                eprintln!("{e}");
            }
            match write {
                Some(w) => write_json(w, &doc)?,
                None => out!("{}", serde_json::to_string_pretty(&doc).expect("JSON values serialise")),
            }
            let hard = errors.iter().filter(|e| !e.ends_with("(warning)")).count();
            if hard > 0 {
                Err(format!("{file}: {hard} rows or cells had errors and were left out"))
            } else {
                Ok(())
            }
        }
        ("compile", []) => {
            // The embedded default, validated, in the compact form the browser reads.
            let (kb, errors) = kb::RawKb::embedded().build();
            if let Some(e) = errors.first() {
                return Err(format!("the embedded knowledge base has {} problem(s), first: {e}", errors.len()));
            }
            let path = write.ok_or("kb compile needs --write FILE")?;
            let kb = kb::KnowledgeBase::from_entries(kb::compact::embeddable(kb.entries()));
            let bytes = kb::compact::encode(kb.entries());
            std::fs::write(path, &bytes).map_err(|e| format!("cannot write '{path}': {e}"))?;
            out!("{path}: {} entries, {} bytes", kb.entries().len(), bytes.len());
            // The recogniser's forms of the same entries, computed once here rather than at every
            // start of the widget (`Recognizer::embedded`).
            let forms_path = std::path::Path::new(path).with_extension("lkg");
            let image = lamha::recognize::gazetteer::forms_image(&kb, &bytes);
            std::fs::write(&forms_path, &image).map_err(|e| format!("cannot write '{}': {e}", forms_path.display()))?;
            out!("{}: forms, {} bytes", forms_path.display(), image.len());
            Ok(())
        }
        ("aliases", []) => {
            out!("{}", serde_json::to_string(&tools::surface_forms(&kb::KnowledgeBase::embedded())).expect("strings serialise"));
            Ok(())
        }
        _ => Err(format!("unknown or incomplete kb command\n{USAGE}")),
    }
}

fn print_table(out: &lamha::output::Extract) {
    out!("reference date: {}", out.ref_date.as_deref().unwrap_or("(none)"));
    out!("{:>6} {:>6}  {:<13} {:<28} {}", "start", "end", "type", "linked to", "text");
    for m in &out.mentions {
        let link = match (&m.name_en, &m.value) {
            (Some(n), _) => n.to_string(),
            (None, Some(v)) => match &m.hijri {
                Some(h) => format!("{v} (AH {h})"),
                None => v.clone(),
            },
            _ => "—".into(),
        };
        let kind = if m.demonym { format!("{} (nisba)", m.kind) } else { m.kind.to_string() };
        out!("{:>6} {:>6}  {:<13} {:<28} {}", m.start, m.end, kind, link, m.text);
    }
    out!("{} mentions", out.mentions.len());
}
