//! Shared by the integration tests: the metric of `tests/score.py` (the reference scorer of
//! `../shared/eval/score.py`), reimplemented so `cargo test` needs no Python.

#![allow(dead_code)]

use serde_json::Value;

/// One track's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    pub gold: usize,
    pub pred: usize,
    pub tp: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub exact: usize,
    pub right: usize,
    pub accuracy: f64,
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
}

const ENTITY_TYPES: &[&str] = &["person", "country", "place", "organization"];

fn norm_name(s: &str) -> String {
    s.to_lowercase().chars().filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit()).collect()
}

fn span(m: &Value) -> (i64, i64) {
    (m["start"].as_i64().unwrap(), m["end"].as_i64().unwrap())
}

fn overlap(a: &Value, b: &Value) -> bool {
    let (a0, a1) = span(a);
    let (b0, b1) = span(b);
    a0 < b1 && b0 < a1
}

/// Scores one track exactly as score.py does (greedy one-to-one by largest overlap).
pub fn track(gold: &[Value], pred: &[Value], keep: impl Fn(&Value) -> bool) -> Track {
    let g: Vec<&Value> = gold.iter().filter(|m| keep(m) && !m["optional"].as_bool().unwrap_or(false)).collect();
    let optional: Vec<&Value> = gold.iter().filter(|m| m["optional"].as_bool().unwrap_or(false)).collect();
    let p: Vec<&Value> = pred.iter().filter(|m| keep(m) && !optional.iter().any(|o| overlap(m, o))).collect();
    let mut used = vec![false; p.len()];
    let mut pairs: Vec<(&Value, &Value)> = Vec::new();
    let mut matched_gold = vec![false; g.len()];
    for (gi, gm) in g.iter().enumerate() {
        let mut best: Option<(i64, usize)> = None;
        for (j, pm) in p.iter().enumerate() {
            if used[j] || pm["type"] != gm["type"] || !overlap(gm, pm) {
                continue;
            }
            let score = span(gm).1.min(span(pm).1) - span(gm).0.max(span(pm).0);
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, j));
            }
        }
        if let Some((_, j)) = best {
            used[j] = true;
            matched_gold[gi] = true;
            pairs.push((gm, p[j]));
        }
    }
    let tp = pairs.len();
    let precision = if p.is_empty() { if g.is_empty() { 1.0 } else { 0.0 } } else { tp as f64 / p.len() as f64 };
    let recall = if g.is_empty() { 1.0 } else { tp as f64 / g.len() as f64 };
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    let exact = pairs.iter().filter(|(a, b)| span(a) == span(b)).count();
    let right = pairs
        .iter()
        .filter(|(gm, pm)| {
            if gm["type"] == "date" {
                let v = pm["value"].as_str().unwrap_or("").trim().to_string();
                gm["value"].as_array().is_some_and(|a| a.iter().any(|x| x.as_str().map(str::trim) == Some(v.as_str())))
            } else {
                let n = norm_name(pm["name_en"].as_str().unwrap_or(""));
                gm["name_en"].as_array().is_some_and(|a| a.iter().any(|x| norm_name(x.as_str().unwrap_or("")) == n))
            }
        })
        .count();
    Track {
        gold: g.len(),
        pred: p.len(),
        tp,
        precision,
        recall,
        f1,
        exact,
        right,
        accuracy: if tp > 0 { right as f64 / tp as f64 } else { 0.0 },
        missed: g.iter().zip(&matched_gold).filter(|(_, &m)| !m).map(|(m, _)| m["text"].as_str().unwrap_or("").to_string()).collect(),
        spurious: p.iter().zip(&used).filter(|(_, &u)| !u).map(|(m, _)| m["text"].as_str().unwrap_or("").to_string()).collect(),
    }
}

/// The three tracks of score.py: entities (demonyms left out), demonyms, dates.
pub fn score(gold: &[Value], pred: &[Value]) -> [Track; 3] {
    let is_entity = |m: &Value| m["type"].as_str().is_some_and(|t| ENTITY_TYPES.contains(&t));
    let demonym = |m: &Value| m["demonym"].as_bool().unwrap_or(false);
    [
        track(gold, pred, |m| is_entity(m) && !demonym(m)),
        track(gold, pred, |m| is_entity(m) && demonym(m)),
        track(gold, pred, |m| m["type"] == "date"),
    ]
}
