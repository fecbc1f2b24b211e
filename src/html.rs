//! Just enough HTML reading for `lamha extract --html`: the text content of a page and its
//! publication date.
//!
//! The text is what the DOM's `textContent` of `<body>` gives (the whole document when there is
//! no body), with `<script>`, `<style>`, `<template>` and comments left out and character
//! references decoded, so CLI offsets agree with what the widget sees in the browser. This is
//! not a full HTML5 parser: it reads well-formed article pages, and never fails on others.

use crate::dates::Date;

/// Returns the text content of `html` and the publication date it declares
/// (`<meta property="article:published_time">`, `<time datetime>`, JSON-LD `datePublished`,
/// in that order).
pub fn text_content(html: &str) -> (String, Option<Date>) {
    let body_start = find_ci(html, "<body").and_then(|i| html[i..].find('>').map(|j| i + j + 1)).unwrap_or(0);
    let body_end = find_ci(html, "</body").unwrap_or(html.len()).max(body_start);
    let date = published_date(html);
    (strip_tags(&html[body_start..body_end]), date)
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    hay.as_bytes().windows(n).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |i| &rest[i + 3..]);
            continue;
        }
        let name: String = rest[1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        let Some(gt) = rest.find('>') else { break };
        rest = &rest[gt + 1..];
        if matches!(name.as_str(), "script" | "style" | "template") {
            let close = format!("</{name}");
            rest = find_ci(rest, &close).and_then(|i| rest[i..].find('>').map(|j| &rest[i + j + 1..])).unwrap_or("");
        }
    }
    out.push_str(&decode_entities(rest));
    out
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|i| i + 1);
        let decoded = end.filter(|&e| rest[e..].starts_with(';')).and_then(|e| {
            let name = &rest[1..e];
            let c = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            } else if let Some(dec) = name.strip_prefix('#') {
                dec.parse::<u32>().ok().and_then(char::from_u32)
            } else {
                match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some('\u{A0}'),
                    "zwnj" => Some('\u{200C}'),
                    "zwj" => Some('\u{200D}'),
                    "rlm" => Some('\u{200F}'),
                    "lrm" => Some('\u{200E}'),
                    "mdash" => Some('—'),
                    "ndash" => Some('–'),
                    _ => None,
                }
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The value of attribute `attr` in the tag that starts at `tag`.
fn attr<'a>(tag: &'a str, attr: &str) -> Option<&'a str> {
    let end = tag.find('>')?;
    let tag = &tag[..end];
    let i = find_ci(tag, &format!("{attr}="))?;
    let v = &tag[i + attr.len() + 1..];
    let q = v.chars().next()?;
    if q == '"' || q == '\'' {
        v[1..].find(q).map(|j| &v[1..1 + j])
    } else {
        Some(v.split(|c: char| c.is_whitespace()).next().unwrap_or(v))
    }
}

fn published_date(html: &str) -> Option<Date> {
    let mut rest = html;
    while let Some(i) = find_ci(rest, "<meta") {
        let tag = &rest[i..];
        if attr(tag, "property").or_else(|| attr(tag, "name")).is_some_and(|p| p.eq_ignore_ascii_case("article:published_time")) {
            if let Some(d) = attr(tag, "content").and_then(Date::parse_iso) {
                return Some(d);
            }
        }
        rest = &rest[i + 5..];
    }
    let mut rest = html;
    while let Some(i) = find_ci(rest, "<time") {
        if let Some(d) = attr(&rest[i..], "datetime").and_then(Date::parse_iso) {
            return Some(d);
        }
        rest = &rest[i + 5..];
    }
    let i = html.find("\"datePublished\"")?;
    let v = html[i + 15..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    Date::parse_iso(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_content_skips_scripts_and_decodes() {
        let html = r#"<html><head><meta property="article:published_time" content="2026-01-27T08:00:00Z"></head>
<body><h1>غزة &amp; <b>كازاخ</b>ستان</h1><script>var x = "<p>لا</p>";</script><!-- تعليق --><p>&#1575;&#x644;</p></body></html>"#;
        let (text, date) = text_content(html);
        assert_eq!(text, "غزة & كازاخستان\u{0627}\u{0644}");
        assert_eq!(date, Date::parse_iso("2026-01-27"));
    }

    #[test]
    fn date_from_time_or_json_ld() {
        assert_eq!(published_date(r#"<p><time datetime="2025-11-03">3</time></p>"#), Date::parse_iso("2025-11-03"));
        assert_eq!(published_date(r#"{"@type":"NewsArticle","datePublished": "2024-05-14T10:00"}"#), Date::parse_iso("2024-05-14"));
        assert_eq!(published_date("<p>no date</p>"), None);
    }
}
