use lamha::kb::KnowledgeBase;
use lamha::recognize::{Options, Recognizer};
fn main() {
    let mode = std::env::args().nth(1).unwrap_or("one".into());
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut parts: Vec<(std::path::PathBuf, String)> = std::fs::read_dir(dir).unwrap().filter_map(|e| { let p = e.ok()?.path(); (p.extension()? == "txt").then(|| (p.clone(), std::fs::read_to_string(p).unwrap())) }).collect();
    parts.sort();
    let arts: Vec<String> = parts.into_iter().map(|(_, t)| t).collect();
    if mode == "ac" {
        let kb = KnowledgeBase::embedded();
        let aliases = lamha::kb::tools::surface_forms(&kb);
        let patterns: Vec<String> = aliases.iter().map(|a| lamha::normalize::normalize_str(a)).filter(|p| !p.is_empty()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        let one = arts.join("\n\n");
        let mut big = String::new();
        while big.len() < 10 << 20 { big.push_str(&one); big.push_str("\n\n"); }
        let norm = lamha::normalize::Normalized::new(&big);
        let text = norm.text();
        let t = std::time::Instant::now();
        let dfa = aho_corasick::AhoCorasick::builder().kind(Some(aho_corasick::AhoCorasickKind::DFA)).match_kind(aho_corasick::MatchKind::Standard).build(&patterns).unwrap();
        eprintln!("dfa build {:?}, mem {} KB", t.elapsed(), dfa.memory_usage() >> 10);
        let daac = daachorse::CharwiseDoubleArrayAhoCorasick::<u32>::new(&patterns).unwrap();
        for _ in 0..3 {
            let t = std::time::Instant::now();
            let n = dfa.find_overlapping_iter(text).count();
            let a = t.elapsed();
            let t = std::time::Instant::now();
            let m = daac.find_overlapping_iter(text).count();
            let b = t.elapsed();
            eprintln!("{} patterns: dfa {n} in {a:?} ({:.0} MiB/s); daachorse {m} in {b:?} ({:.0} MiB/s)", patterns.len(), text.len() as f64 / 1048576.0 / a.as_secs_f64(), text.len() as f64 / 1048576.0 / b.as_secs_f64());
        }
        return;
    }
    if mode == "tiny" {
        let r = Recognizer::new(KnowledgeBase::embedded());
        for t in ["", "كلمة", "قال الرئيس في القاهرة يوم الأحد"] {
            let n = 200_000;
            let st = std::time::Instant::now();
            for _ in 0..n { std::hint::black_box(r.recognize(std::hint::black_box(t), &Options::default())); }
            eprintln!("{:?}: {:?} per call", t, st.elapsed() / n);
        }
        return;
    }
    if mode == "forms" {
        let n = 300;
        let t = std::time::Instant::now();
        for _ in 0..n { std::hint::black_box(KnowledgeBase::embedded()); }
        let dec = t.elapsed() / n;
        let kb = KnowledgeBase::embedded();
        let t = std::time::Instant::now();
        for _ in 0..n { std::hint::black_box(Recognizer::deferred(kb.clone())); }
        let def = t.elapsed() / n;
        let t = std::time::Instant::now();
        for _ in 0..n { std::hint::black_box(kb.clone()); }
        let cl = t.elapsed() / n;
        eprintln!("decode {dec:?}, deferred(clone) {def:?}, clone {cl:?}");
        return;
    }
    if mode == "scope" {
        for (i, a) in arts.iter().enumerate() {
            let t = std::time::Instant::now();
            let d = Recognizer::deferred(KnowledgeBase::embedded());
            let t1 = t.elapsed();
            let sc = d.scope(a);
            let t2 = t.elapsed();
            let got = d.recognize_in(&sc, a, &Options::default());
            let t3 = t.elapsed();
            let f = Recognizer::new(KnowledgeBase::embedded());
            let t4 = t.elapsed();
            let full = f.recognize(a, &Options::default());
            assert_eq!(format!("{:?}", got.mentions), format!("{:?}", full.mentions));
            eprintln!("art {i}: {} bytes, scope {:?} patterns; deferred new {:?}, scope {:?}, recognize {:?}; full new {:?}", a.len(), sc.own_patterns(), t1, t2 - t1, t3 - t2, t4 - t3);
        }
        return;
    }
    let r = Recognizer::new(KnowledgeBase::embedded());
    let one = arts.join("\n\n");
    let mut big = String::new();
    while big.len() < 10 << 20 { big.push_str(&one); big.push_str("\n\n"); }
    let t = std::time::Instant::now();
    let mut n = 0;
    let reps = 20;
    for _ in 0..reps {
        if mode == "one" { n += r.recognize(&big, &Options::default()).mentions.len(); }
        else { let mut tot = 0; for a in arts.iter().cycle() { if tot > 10<<20 {break;} tot += a.len(); n += r.recognize(a, &Options::default()).mentions.len(); } }
    }
    let el = t.elapsed().as_secs_f64();
    eprintln!("{mode}: {n} mentions, {:.1} MiB/s", (reps as f64 * big.len() as f64 / 1048576.0) / el);
}
#[allow(dead_code)]
pub fn scope_report() {}
