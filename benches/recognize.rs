//! Recognition throughput on Arabic news text made from the fixtures, with the full embedded
//! knowledge base, beside a naive baseline (a `str::find` loop per alias) and the raw scan of the
//! two automaton crates considered (daachorse, chosen; aho-corasick), in the same run.
//! Throughput is in decimal MB/s (10^6 bytes per second), the unit of the goal in issue 2.
//!
//! `cargo bench --bench recognize` (or `make bench`). Figures go in BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use lamha::kb::KnowledgeBase;
use lamha::normalize::{normalize_str, Normalized};
use lamha::recognize::{Options, Recognizer};
use std::time::Duration;

/// The fixture articles (every `tests/fixtures/*.txt`), in name order.
fn articles() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut parts: Vec<(std::path::PathBuf, String)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "txt").then(|| (p.clone(), std::fs::read_to_string(p).unwrap()))
        })
        .collect();
    parts.sort();
    parts.into_iter().map(|(_, text)| text).collect()
}

/// The fixtures repeated to at least `min_bytes`, as one text.
fn corpus(min_bytes: usize) -> String {
    let one = articles().join("\n\n");
    let mut s = String::with_capacity(min_bytes + one.len());
    while s.len() < min_bytes {
        s.push_str(&one);
        s.push_str("\n\n");
    }
    s
}

fn bench(c: &mut Criterion) {
    let kb = KnowledgeBase::embedded();
    // What a naive highlighter would search for: names, aliases, short forms, demonym stems.
    let aliases = lamha::kb::tools::surface_forms(&kb);
    let recognizer = Recognizer::new(kb);
    let big = corpus(10 << 20);
    let small = corpus(1 << 20);
    eprintln!("corpus: {} bytes ({} MB); {} aliases", big.len(), big.len() >> 20, aliases.len());

    let mut g = c.benchmark_group("recognize");
    g.sample_size(10).measurement_time(Duration::from_secs(20)).warm_up_time(Duration::from_secs(2));
    g.throughput(Throughput::BytesDecimal(big.len() as u64));
    g.bench_with_input(BenchmarkId::new("lamha", "10MB"), &big, |b, t| {
        b.iter(|| recognizer.recognize(t, &Options::default()).mentions.len())
    });
    g.throughput(Throughput::BytesDecimal(small.len() as u64));
    g.bench_with_input(BenchmarkId::new("lamha", "1MB"), &small, |b, t| {
        b.iter(|| recognizer.recognize(t, &Options::default()).mentions.len())
    });
    // The same 10 MB as the widget and the CLI meet it: one article per call (the five fixture
    // articles, 7–13 KB each, over and over). Each call's working set stays in the cache, where
    // one 10 MB text allocates and faults in about 40 MB.
    let one_by_one: Vec<String> = articles().into_iter().cycle().scan(0usize, |total, a| {
        (*total < 10 << 20).then(|| {
            *total += a.len();
            a
        })
    }).collect();
    let total: usize = one_by_one.iter().map(String::len).sum();
    g.throughput(Throughput::BytesDecimal(total as u64));
    g.bench_with_input(BenchmarkId::new("lamha", "10MB-one-article-per-call"), &one_by_one, |b, texts| {
        b.iter(|| texts.iter().map(|t| recognizer.recognize(t, &Options::default()).mentions.len()).sum::<usize>())
    });
    g.throughput(Throughput::BytesDecimal(small.len() as u64));
    g.bench_with_input(BenchmarkId::new("naive-find-per-alias", "1MB"), &small, |b, t| {
        b.iter(|| {
            let mut n = 0usize;
            for a in &aliases {
                let mut from = 0;
                while let Some(i) = t[from..].find(a.as_str()) {
                    n += 1;
                    from += i + a.len();
                }
            }
            n
        })
    });
    g.finish();

    // The two automaton crates on the same normalised patterns and text: the scan alone.
    let patterns: Vec<String> = aliases.iter().map(|a| normalize_str(a)).filter(|p| !p.is_empty()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
    let norm = Normalized::new(&big);
    let text = norm.text();
    let ac = aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::Standard).build(&patterns).unwrap();
    let daac = daachorse::CharwiseDoubleArrayAhoCorasick::<u32>::new(&patterns).unwrap();
    let mut g = c.benchmark_group("engine-scan");
    g.sample_size(10).measurement_time(Duration::from_secs(10)).warm_up_time(Duration::from_secs(1));
    g.throughput(Throughput::BytesDecimal(text.len() as u64));
    g.bench_function("aho-corasick", |b| b.iter(|| ac.find_overlapping_iter(text).count()));
    g.bench_function("daachorse-charwise", |b| b.iter(|| daac.find_overlapping_iter(text).count()));
    g.bench_function("normalize", |b| b.iter(|| Normalized::new(&big).text().len()));
    g.finish();
    let mut g = c.benchmark_group("engine-build");
    g.sample_size(10);
    g.bench_function("aho-corasick", |b| b.iter(|| aho_corasick::AhoCorasick::new(&patterns).unwrap().patterns_len()));
    g.bench_function("daachorse-charwise", |b| b.iter(|| daachorse::CharwiseDoubleArrayAhoCorasick::<u32>::new(&patterns).unwrap().num_states()));
    g.bench_function("recognizer-new", |b| b.iter(|| Recognizer::new(KnowledgeBase::embedded()).kb().entries().len()));
    // What the widget does at start-up on an article page: the knowledge base and its forms
    // (read from the image computed at build time), no full automaton, then an automaton of the
    // seed article's own forms, and the article recognised with it; beside the two earlier ways.
    let seed = include_str!("../tests/fixtures/seed-israel-kazakhstan.txt");
    g.bench_function("widget-start-seed: embedded + scope + recognize", |b| {
        b.iter(|| {
            let r = Recognizer::embedded();
            let scope = r.scope(seed);
            r.recognize_in(&scope, seed, &Options::default()).mentions.len()
        })
    });
    g.bench_function("widget-start-seed before: deferred + scope + recognize", |b| {
        b.iter(|| {
            let r = Recognizer::deferred(KnowledgeBase::embedded());
            let scope = r.scope(seed);
            r.recognize_in(&scope, seed, &Options::default()).mentions.len()
        })
    });
    g.bench_function("widget-start-seed earlier: new + recognize", |b| {
        b.iter(|| Recognizer::new(KnowledgeBase::embedded()).recognize(seed, &Options::default()).mentions.len())
    });
    g.finish();
    // Loading the default knowledge base: its JSON parsed and validated (what the widget did at
    // every page load) against the compact file the widget reads now (`src/kb/compact.rs`).
    let mut g = c.benchmark_group("kb-load");
    g.sample_size(20);
    g.bench_function("json-parse-validate", |b| b.iter(|| lamha::kb::RawKb::embedded().build().0.entries().len()));
    g.bench_function("compact-decode", |b| b.iter(|| KnowledgeBase::embedded().entries().len()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
