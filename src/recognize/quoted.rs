//! Companies and bodies the knowledge base does not know, found by how the press writes them:
//! in quotation marks after the word for what they are (`شركة "أو إم في"`, `مجموعة «بروج»`,
//! `شركتي "بروج" و"بورياليس"`). The name becomes an unlinked `organization` mention, and so does
//! the same name later in the story, with or without the marks (`أدنوك`). After the word for a
//! plant or a terminal (`محطة "أبيدوس 2"`) it is a `place`.

use super::gazetteer::{overlaps_sorted, strip_proclitic, Span};
use super::MentionType;
use crate::kb::EntityType;
use crate::normalize::{is_word_char, keep_leftmost_longest, whole_word_occurrences};

/// Words (normalised) that name the kind of a body written in quotation marks after them.
const BODY_WORDS: &[&str] = &[
    "شركه", "شركتي", "مجموعه", "مئسسه", "منظمه", "جمعيه", "حركه", "حزب", "نادي", "صحيفه", "جريده", "مجله", "قناه",
    "موقع", "وكاله", "مصرف", "بنك", "تحالف", "ائتلاف", "منصه", "تطبيق", "صندوق", "مجموعتي", "شركات",
    // Parliamentary blocs and movements: `كتلة «الوفاء للمقاومة»`, `تكتل «لبنان القوي»`.
    "كتله", "تكتل", "تيار", "جبهه",
    // A group and a carmaker's plant, as the Maghreb's press writes them: `مجمع "إيريس"`,
    // `مصنع "فيات"`. (Not `علامة` "label": `علامة "مؤسسة ناشئة"`.)
    "مجمع", "مصنع",
];

/// Words (normalised) after which a name in quotation marks is a place: a plant or a port's
/// terminal (`محطة "أبيدوس 2"`, `محطة الحاويات الجديدة "تحيا مصر 2"`, the name a few words
/// after the word).
const PLACE_WORDS: &[&str] = &["محطه", "محطتي", "رصيف"];

/// How many words may stand between a word of [`PLACE_WORDS`] and the quoted name after it
/// (`محطة الحاويات الجديدة "…"`).
const PLACE_WORD_REACH: usize = 3;

/// The quotation mark that closes one opened with `open`, if `open` opens a quotation.
pub(crate) fn closing_quote(open: char) -> Option<char> {
    match open {
        '"' => Some('"'),
        '«' => Some('»'),
        '“' => Some('”'),
        _ => None,
    }
}

/// The longest name taken between quotation marks, in bytes (about five Arabic words).
const MAX_NAME: usize = 60;

/// How far after a quoted name its later mentions are looked for (bytes; about an article).
const WINDOW: usize = 6000;

/// Finds the bodies named in quotation marks in the normalised `text`, at its opening quotation
/// marks `quotes` (byte offsets, in order: the gazetteer's scan notes them). `chosen` are the
/// mentions already chosen and `people` those found after titles, each list in text order
/// without overlaps.
/// The result is in text order and overlaps neither, but for the countries, demonyms and places
/// inside a quoted name (`حزب «القوات اللبنانية»`, `تكتل «لبنان القوي»`): the name takes them in,
/// and their indices in `chosen` are added to `skip` (kept ascending).
pub fn find_quoted_bodies(text: &str, quotes: &[u32], chosen: &[Span], people: &[Span], skip: &mut Vec<usize>) -> Vec<Span> {
    let mut names: Vec<(usize, usize, EntityType)> = Vec::new();
    let mut taken = Vec::new();
    // The chosen mentions inside `s..e`, if all of them are countries or places wholly inside.
    let places_inside = |s: usize, e: usize| {
        let first = chosen.partition_point(|c| c.end <= s);
        let inside: Vec<usize> = (first..chosen.len()).take_while(|&k| chosen[k].start < e).collect();
        let all = inside.iter().all(|&k| {
            chosen[k].start >= s && chosen[k].end <= e && matches!(chosen[k].kind, MentionType::Entity(EntityType::Country | EntityType::Place))
        });
        (all && !overlaps_sorted(people, s, e)).then_some(inside)
    };
    let mut from = 0;
    // The body word may govern two names joined by `و`: `شركتي "بروج" و"بورياليس"`.
    let mut continues_list = false;
    for q in quotes.iter().map(|&q| q as usize) {
        if q < from {
            continue;
        }
        let open = text[q..].chars().next().unwrap_or('"');
        let close = closing_quote(open).unwrap_or('"');
        let inner = q + open.len_utf8();
        from = inner;
        // Looked for only as far as a name can reach: a page of unclosed `«` must not make
        // this quadratic.
        let mut reach = text.len().min(inner + MAX_NAME + close.len_utf8());
        while !text.is_char_boundary(reach) {
            reach -= 1;
        }
        let Some(len) = text[inner..reach].find(close).filter(|&l| l > 0 && l <= MAX_NAME) else {
            continues_list = false;
            continue;
        };
        let (s, e) = (inner, inner + len);
        from = e + close.len_utf8();
        let name = &text[s..e];
        let before = &text[..crate::normalize::spaces_start(text, q)];
        let head = before.rsplit(|c: char| !is_word_char(c)).next().unwrap_or("");
        let listed = continues_list && before.ends_with('و') && head == "و";
        continues_list = false;
        let is_body_word = |w: &str| BODY_WORDS.contains(&w) || BODY_WORDS.contains(&strip_proclitic(w));
        let is_place_word = |w: &str| PLACE_WORDS.contains(&w) || PLACE_WORDS.contains(&strip_proclitic(w));
        // A place word, right before the name or a few words before it with only words with
        // the article between (`محطة الحاويات الجديدة "…"`; not `محطة الكهرباء إن "…"`, a quote).
        let place_word = || {
            let cut = before.char_indices().rev().find(|&(_, c)| !is_word_char(c) && c != ' ').map_or(0, |(i, c)| i + c.len_utf8());
            for w in before[cut..].split(' ').rev().filter(|w| !w.is_empty()).take(PLACE_WORD_REACH + 1) {
                if is_place_word(w) {
                    return true;
                }
                if !w.starts_with("ال") {
                    return false;
                }
            }
            false
        };
        let kind = if listed {
            names.last().map_or(EntityType::Organization, |n| n.2)
        } else if is_body_word(head) {
            EntityType::Organization
        } else if place_word() {
            EntityType::Place
        } else {
            continue;
        };
        if name.starts_with(' ') || name.ends_with(' ') {
            continue;
        }
        // A name: letters and spaces (and `+`, `&`, digits), no sentence inside.
        if !name.chars().all(|c| is_word_char(c) || matches!(c, ' ' | '+' | '&' | '-' | '.')) || name.split(' ').count() > 5 {
            continue;
        }
        continues_list = true;
        if let Some(inside) = places_inside(s, e) {
            taken.extend(inside);
            names.push((s, e, kind));
        }
    }
    if names.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(usize, usize, EntityType)> = names.clone();
    // Later mentions of each name, with or without the marks (taking in the places inside, as
    // the first one did).
    for &(s, e, kind) in &names {
        let name = &text[s..e];
        for q in whole_word_occurrences(text, name, e, WINDOW) {
            if let Some(inside) = places_inside(q, q + name.len()) {
                taken.extend(inside);
                found.push((q, q + name.len(), kind));
            }
        }
    }
    super::bodies::add_skipped(skip, taken);
    keep_leftmost_longest(&mut found, |&(s, e, _)| (s, e));
    found
        .into_iter()
        .map(|(start, end, kind)| Span { start, end, kind: MentionType::Entity(kind), entity: None, demonym: false, date: None })
        .collect()
}
