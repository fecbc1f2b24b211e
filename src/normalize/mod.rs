//! Arabic normalisation with an exact offset map back to the original text.
//!
//! Recognition matches on a *normalised* copy of the article: spelling variants that Arabic
//! news writes interchangeably are folded to one form, and invisible or decorative characters
//! are dropped. Each rule below is one the knowledge base's aliases go through too, so an alias
//! written `إسرائيل` matches `اسرائيل`, `إسرائيـــل` and `إِسْرَائِيل` alike.
//!
//! | rule | from | to |
//! | --- | --- | --- |
//! | alef variants | أ إ آ ٱ ٲ ٳ | ا |
//! | alef maqsura, Farsi yeh | ى ی | ي |
//! | ta marbuta | ة | ه |
//! | hamza on waw (Egyptian copy writes `شئون`, `مسئول` for `شؤون`, `مسؤول`) | ؤ | ئ |
//! | Farsi keheh | ک | ك |
//! | tatweel (kashida) | ـ | removed |
//! | harakat and Quranic marks | U+064B–065F, U+0670, U+0610–061A, U+06D6–06ED | removed |
//! | invisible controls | ZWJ, ZWNJ, ZWSP, LRM/RLM/ALM, bidi embeddings, overrides and isolates, BOM, soft hyphen | removed |
//! | presentation forms, lam-alef ligatures | U+FB50–FDFF, U+FE70–FEFF | their NFKC, then the rules above |
//! | digits | Arabic-Indic ٠–٩, Persian ۰–۹ | 0–9 |
//! | Latin letters | A–Z | a–z |
//! | spaces | NBSP and other Unicode spaces | ` ` |
//!
//! **Invariant kept:** every byte of the normalised text knows the byte offset of the original
//! character it came from ([`Normalized::original_span`]), so a match on the normalised text maps
//! back to exact offsets in the original, which is never modified. Offsets into the original are
//! converted to code points (CLI) or UTF-16 code units (DOM) by [`crate::offsets`].

mod presentation;

use presentation::PRESENTATION_FORMS;

/// What one original character becomes in the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    /// Dropped: a diacritic, tatweel or invisible control.
    Drop,
    /// Replaced by (or kept as) one character.
    One(char),
    /// Replaced by several characters (a presentation-form ligature), each folded again.
    Many(&'static str),
}

/// True for the Arabic combining marks that normalisation drops and that belong to the letter
/// before them (a highlight ending on a letter extends over its marks).
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}

/// True for characters that are invisible in running text and ignored by matching.
pub fn is_invisible_control(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{061C}'
        | '\u{FEFF}' | '\u{00AD}' | '\u{034F}')
}

/// The fold of one character (see the module table).
pub fn fold_char(c: char) -> Fold {
    match c {
        'A'..='Z' => Fold::One(c.to_ascii_lowercase()),
        '\u{0000}'..='\u{007F}' => Fold::One(c),
        '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => Fold::One('\u{0627}'),
        '\u{0649}' | '\u{06CC}' => Fold::One('\u{064A}'),
        '\u{0629}' => Fold::One('\u{0647}'),
        '\u{0624}' => Fold::One('\u{0626}'),
        '\u{06A9}' => Fold::One('\u{0643}'),
        '\u{0640}' => Fold::Drop,
        '\u{0660}'..='\u{0669}' => Fold::One(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Fold::One(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        c if is_arabic_mark(c) || is_invisible_control(c) => Fold::Drop,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Fold::One(' '),
        '\u{2028}' | '\u{2029}' => Fold::One('\n'),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => {
            match PRESENTATION_FORMS.binary_search_by_key(&(c as u32), |&(cp, _)| cp) {
                Ok(i) => Fold::Many(PRESENTATION_FORMS[i].1),
                Err(_) => Fold::One(c),
            }
        }
        _ => Fold::One(c),
    }
}

/// What a character of the Arabic block (U+0600–U+06FF) becomes, as UTF-8 bytes.
#[derive(Clone, Copy)]
enum ArabicFold {
    /// Kept as it is (most letters).
    Keep,
    Drop,
    Ascii(u8),
    Pair(u8, u8),
}

/// [`fold_char`] precomputed for the Arabic block, where nearly all of an article's bytes are.
fn arabic_block_table() -> &'static [ArabicFold; 256] {
    static TABLE: std::sync::OnceLock<[ArabicFold; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [ArabicFold::Drop; 256];
        for (k, slot) in t.iter_mut().enumerate() {
            let c = char::from_u32(0x600 + k as u32).expect("the Arabic block has no surrogates");
            *slot = match fold_char(c) {
                Fold::Drop => ArabicFold::Drop,
                Fold::One(f) if f == c => ArabicFold::Keep,
                Fold::One(f) if f.is_ascii() => ArabicFold::Ascii(f as u8),
                Fold::One(f) => {
                    let mut b = [0u8; 4];
                    let e = f.encode_utf8(&mut b);
                    assert_eq!(e.len(), 2, "Arabic letters fold to Arabic letters or ASCII digits");
                    ArabicFold::Pair(b[0], b[1])
                }
                Fold::Many(_) => unreachable!("only presentation forms fold to several characters"),
            };
        }
        t
    })
}

/// Which characters of the Arabic block [`fold_char`] keeps as they are (the letters, mostly):
/// the test in the inner loop of [`Normalized::new`], one byte per entry.
fn arabic_block_kept() -> &'static [bool; 256] {
    static KEPT: std::sync::OnceLock<[bool; 256]> = std::sync::OnceLock::new();
    KEPT.get_or_init(|| arabic_block_table().map(|f| matches!(f, ArabicFold::Keep)))
}

/// The index in [`arabic_block_table`] of the character whose two UTF-8 bytes start with
/// `lead` (0xD8–0xDB, the Arabic block) and `next`.
#[inline]
fn arabic_index(lead: u8, next: u8) -> usize {
    (((lead & 0x03) as usize) << 6) | (next & 0x3F) as usize
}

/// Normalises a string without keeping the offset map (for knowledge-base aliases and
/// keyword tables). Equal to `Normalized::new(s).text()`.
pub fn normalize_str(s: &str) -> String {
    std::mem::take(&mut Normalized::new(s).text)
}

/// A normalised copy of a text with the map back to the original.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    original: &'a str,
    text: String,
    /// The offset map, sparse: `(normalised byte, original byte)` pairs where the difference
    /// between the two changes. Between anchors, bytes map one to one. Arabic news text is
    /// mostly letters that fold to letters of the same length, so a map per byte (4 bytes of
    /// memory traffic for each byte of text) would cost more than the normalisation itself.
    anchors: Vec<(u32, u32)>,
}

/// Appends normalised bytes, keeping the sparse offset map.
struct Builder {
    out: Vec<u8>,
    anchors: Vec<(u32, u32)>,
    /// Original offset minus normalised offset, since the last anchor.
    delta: i64,
}

impl Builder {
    /// Records that the next normalised character comes from original offset `at`.
    #[inline]
    fn at(&mut self, at: usize) {
        let n = self.out.len() as i64;
        if n + self.delta != at as i64 {
            self.anchors.push((n as u32, at as u32));
            self.delta = at as i64 - n;
        }
    }

    #[inline]
    fn push_char(&mut self, f: char, at: usize) {
        if f == ' ' && self.out.last() == Some(&b' ') {
            return;
        }
        self.at(at);
        let mut buf = [0u8; 4];
        self.out.extend_from_slice(f.encode_utf8(&mut buf).as_bytes());
    }
}

impl Drop for Normalized<'_> {
    fn drop(&mut self) {
        crate::scratch::give(std::mem::take(&mut self.text).into_bytes());
        crate::scratch::give(std::mem::take(&mut self.anchors));
    }
}

impl<'a> Normalized<'a> {
    /// Normalises `original`. Texts over 4 GiB are not supported (offsets are `u32`).
    pub fn new(original: &'a str) -> Self {
        let bytes = original.as_bytes();
        // A long text's copy reuses the last long text's memory (`crate::scratch`).
        let mut b = Builder { out: crate::scratch::take(bytes.len()), anchors: crate::scratch::take(1), delta: 0 };
        b.anchors.push((0, 0));
        let table = arabic_block_table();
        let keep = arabic_block_kept();
        let mut i = 0;
        while i < bytes.len() {
            // The longest run from here that normalisation leaves as it is (lower-case ASCII,
            // single spaces, Arabic letters that fold to themselves) is copied at once, with one
            // check of the offset map: most of an article is such runs.
            let run = i;
            let mut after_space = b.out.last() == Some(&b' ');
            while let Some(&byte) = bytes.get(i) {
                if (0xD8..=0xDB).contains(&byte) {
                    if !keep[arabic_index(byte, bytes[i + 1])] {
                        break;
                    }
                    after_space = false;
                    i += 2;
                } else if byte < 0x80 && !byte.is_ascii_uppercase() && !(byte == b' ' && after_space) {
                    after_space = byte == b' ';
                    i += 1;
                } else {
                    break;
                }
            }
            if i > run {
                b.at(run);
                b.out.extend_from_slice(&bytes[run..i]);
                continue;
            }
            // One character that changes.
            let byte = bytes[i];
            if byte < 0x80 {
                // Spaces, digits and punctuation: most of the non-letters of mixed text.
                if !(byte == b' ' && b.out.last() == Some(&b' ')) {
                    b.at(i);
                    b.out.push(byte.to_ascii_lowercase());
                }
                i += 1;
                continue;
            }
            if (0xD8..=0xDB).contains(&byte) {
                // U+0600–U+06FF, two bytes: the Arabic letters, folded through a table.
                match table[arabic_index(byte, bytes[i + 1])] {
                    ArabicFold::Keep => {
                        b.at(i);
                        b.out.extend_from_slice(&bytes[i..i + 2]);
                    }
                    ArabicFold::Drop => {}
                    ArabicFold::Ascii(a) => {
                        b.at(i);
                        b.out.push(a);
                    }
                    ArabicFold::Pair(x, y) => {
                        b.at(i);
                        b.out.extend_from_slice(&[x, y]);
                    }
                }
                i += 2;
                continue;
            }
            let c = original[i..].chars().next().expect("i is on a char boundary");
            match fold_char(c) {
                Fold::Drop => {}
                Fold::One(f) => b.push_char(f, i),
                Fold::Many(s) => {
                    for inner in s.chars() {
                        if let Fold::One(f) = fold_char(inner) {
                            b.push_char(f, i);
                        }
                    }
                }
            }
            i += c.len_utf8();
        }
        // SAFETY: `out` only ever receives whole UTF-8 sequences: ASCII bytes, the two bytes of an
        // Arabic letter from the table (built from `char::encode_utf8`), or `encode_utf8` output.
        // Validating again would cost a tenth of the normalisation time (callgrind).
        debug_assert!(std::str::from_utf8(&b.out).is_ok());
        let text = unsafe { String::from_utf8_unchecked(b.out) };
        Normalized { original, text, anchors: b.anchors }
    }

    /// The original text.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Byte offset in the original of the character that produced the normalised character at
    /// byte `nb` (`original.len()` for `nb == text.len()`); always a character boundary.
    pub fn original_offset(&self, nb: usize) -> usize {
        self.original_offset_after(nb, &mut 0)
    }

    /// [`Self::original_offset`], starting the search of the offset map at anchor `*hint` when
    /// `nb` lies at or after it, and leaving there the anchor `nb` falls under.
    fn original_offset_after(&self, mut nb: usize, hint: &mut usize) -> usize {
        if nb >= self.text.len() {
            return self.original.len();
        }
        while !self.text.is_char_boundary(nb) {
            nb -= 1;
        }
        let a = &self.anchors;
        let mut i = if a.get(*hint).is_some_and(|&(n, _)| n as usize <= nb) { *hint } else { 0 };
        // A few steps forward cover the next span of a text-order walk; past them, search.
        let mut steps = 0;
        while a.get(i + 1).is_some_and(|&(n, _)| n as usize <= nb) {
            if steps == 8 {
                i += a[i + 1..].partition_point(|&(n, _)| n as usize <= nb);
                break;
            }
            i += 1;
            steps += 1;
        }
        *hint = i;
        let (n, o) = a[i];
        o as usize + (nb - n as usize)
    }

    /// Maps a span of the normalised text (byte offsets on character boundaries, `start < end`)
    /// to the span of the original text that produced it. The end is extended over combining
    /// marks and tatweel that follow the last letter, since they are drawn with it (`هـ`).
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        self.original_span_after(start, end, &mut 0)
    }

    /// [`Self::original_span`] for spans met in text order. `hint` (0 at first, then passed to
    /// every call) keeps the place in the offset map where the last span was found, so the
    /// next one steps forward from there instead of searching the whole map (on a long article
    /// a cache miss per step of the search). Spans out of order are still mapped right.
    pub fn original_span_after(&self, start: usize, end: usize, hint: &mut usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.text.len());
        let s = self.original_offset_after(start, hint);
        // On bytes: character boundaries found as `original_offset_after` finds them, and the
        // marks and tatweel after the last character are all in the Arabic block (two bytes,
        // lead 0xD8-0xDB). Decoding characters here cost about 24 instructions more a mention
        // (callgrind, 62,436 mentions).
        let mut last_char = end - 1;
        while !self.text.is_char_boundary(last_char) {
            last_char -= 1;
        }
        let last = self.original_offset_after(last_char, hint);
        let o = self.original.as_bytes();
        let mut e = (last + 1).min(o.len());
        while !self.original.is_char_boundary(e) {
            e += 1;
        }
        while let (Some(&lead @ 0xD8..=0xDB), Some(&next)) = (o.get(e), o.get(e + 1)) {
            let c = char::from_u32((u32::from(lead & 0x1F) << 6) | u32::from(next & 0x3F)).expect("U+0600-U+06FF");
            if !(is_arabic_mark(c) || c == '\u{0640}') {
                break;
            }
            e += 2;
        }
        (s, e.max(s))
    }

    /// The original character just before the one that produced normalised byte `nb`,
    /// skipping dropped marks and tatweel. Used to tell `ة` (which only ends a word) from `ه`.
    pub fn original_char_before(&self, nb: usize) -> Option<char> {
        let o = self.original_offset(nb);
        self.original[..o].chars().rev().find(|&c| fold_char(c) != Fold::Drop)
    }
}

/// True for characters that make up words: letters and digits of any script, after folding.
/// Everything else (spaces, punctuation, symbols) separates words.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06FF}')
        || (!matches!(c, '\u{0600}'..='\u{06FF}') && c.is_alphanumeric())
}

/// [`is_word_char`] for the Arabic block U+0600–U+06FF, indexed like [`arabic_block_table`].
const ARABIC_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = 0x600 + i as u32;
        t[i] = matches!(c, 0x621..=0x64A | 0x66E..=0x6D3 | 0x6D5 | 0x6EE..=0x6FF);
        i += 1;
    }
    t
};

/// Whether the character at byte `i` of `text` (a character boundary) is a word character;
/// false at the end. [`is_word_char`] without decoding for ASCII and Arabic letters: the
/// recogniser asks this at every occurrence of every pattern.
#[inline]
pub fn word_char_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match b.get(i) {
        None => false,
        Some(&x) if x < 0x80 => x.is_ascii_alphanumeric(),
        Some(&x) if (0xD8..=0xDB).contains(&x) => ARABIC_WORD[arabic_index(x, b[i + 1])],
        _ => text[i..].chars().next().is_some_and(is_word_char),
    }
}

/// The length in bytes of the character that starts at byte `i` of `text` (a character
/// boundary), if it is a word character; `None` at the end or for a non-word character. The
/// mirror of [`word_char_before`]. [`word_char_at`] keeps its own copy of these tests: written
/// as `word_char_after(..).is_some()` it changed LLVM's inlining on the scan's candidates and
/// cost 5.5 M more instructions on the 4 MB benchmark text. Always inlined: with one caller more
/// (the titles' comma rule) LLVM made it a function of its own, called from every word-end loop,
/// for 8 M more instructions on the same text.
#[inline(always)]
pub fn word_char_after(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    match b.get(i) {
        None => None,
        Some(&x) if x < 0x80 => x.is_ascii_alphanumeric().then_some(1),
        Some(&x) if (0xD8..=0xDB).contains(&x) => ARABIC_WORD[arabic_index(x, b[i + 1])].then_some(2),
        _ => text[i..].chars().next().filter(|&c| is_word_char(c)).map(char::len_utf8),
    }
}

/// The length in bytes of the character that ends at byte `i` of `text` (a character
/// boundary), if it is a word character; `None` at the start or for a non-word character.
#[inline]
pub fn word_char_before(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    match i {
        0 => None,
        _ if b[i - 1] < 0x80 => b[i - 1].is_ascii_alphanumeric().then_some(1),
        _ if i >= 2 && (0xD8..=0xDB).contains(&b[i - 2]) => ARABIC_WORD[arabic_index(b[i - 2], b[i - 1])].then_some(2),
        _ => text[..i].chars().next_back().filter(|&c| is_word_char(c)).map(char::len_utf8),
    }
}

/// Keeps, of overlapping spans, those a leftmost-longest scan reports: the earliest, the longest
/// of those starting there, then the same from its end on (exact repeats go too). `span` gives an
/// item's (start, end).
pub fn keep_leftmost_longest<T>(items: &mut Vec<T>, span: impl Fn(&T) -> (usize, usize)) {
    crate::sort::sort_by_key(items, |t| {
        let (s, e) = span(t);
        crate::sort::pair(s, u32::MAX as usize - e)
    });
    let mut until = 0;
    items.retain(|t| {
        let (s, e) = span(t);
        let keep = s >= until;
        if keep {
            until = e;
        }
        keep
    });
}

/// The starts of `needle`'s whole-word occurrences in `text` from byte `from` on, within `window`
/// bytes: no word character after it, and before it none, or one one-letter proclitic
/// (`و ف ب ل ك`) that starts the word. For finding a name again later in an article.
pub fn whole_word_occurrences<'t>(text: &'t str, needle: &'t str, from: usize, window: usize) -> impl Iterator<Item = usize> + 't {
    let mut limit = (from + window).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let mut at = from;
    let skip = Skip::new(needle.as_bytes());
    std::iter::from_fn(move || {
        while let Some(q) = skip.find(text.as_bytes().get(at..limit)?).map(|q| at + q) {
            at = q + needle.len();
            if text[at..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let mut before = text[..q].chars().rev();
            let whole = match before.next() {
                None => true,
                Some(c) if !is_word_char(c) => true,
                Some('و' | 'ف' | 'ب' | 'ل' | 'ك') => before.next().is_none_or(|c| !is_word_char(c)),
                _ => false,
            };
            if whole {
                return Some(q);
            }
        }
        None
    })
}

/// A search for one byte string by Horspool's rule: the haystack byte under the needle's last
/// byte says how far the needle can move. [`whole_word_occurrences`] looks for a surname in the
/// next few thousand bytes after every person named with a title; in Arabic text half of the
/// bytes are the two lead bytes of the Arabic block, which the standard search's quick check
/// cannot tell apart, so it stepped nearly byte by byte (4.3 instructions per byte searched on
/// the 4 MB benchmark text; BENCHMARKS.md, fifteenth session). A match of a whole UTF-8 needle
/// in UTF-8 text starts on a character boundary. An empty needle is found nowhere.
struct Skip<'n> {
    needle: &'n [u8],
    /// How far the needle moves when this byte is under its last byte (at most 255).
    shift: [u8; 256],
}

impl<'n> Skip<'n> {
    fn new(needle: &'n [u8]) -> Self {
        let m = needle.len();
        let mut shift = [m.min(255) as u8; 256];
        for (i, &b) in needle.iter().enumerate().take(m.saturating_sub(1)) {
            shift[b as usize] = (m - 1 - i).min(255) as u8;
        }
        Skip { needle, shift }
    }

    /// The first occurrence of the needle in `hay`.
    fn find(&self, hay: &[u8]) -> Option<usize> {
        let m = self.needle.len();
        let (&last, head) = self.needle.split_last()?;
        let mut i = 0;
        while i + m <= hay.len() {
            let b = hay[i + m - 1];
            if b == last && &hay[i..i + m - 1] == head {
                return Some(i);
            }
            i += self.shift[b as usize] as usize;
        }
        None
    }
}

/// End of the word that starts at or contains byte `at` of `text` (`at` itself when no word
/// character is there): [`word_char_after`]'s byte tests in a loop, where `str::find` with
/// [`is_word_char`] decoded every character. For the date finder (the words around some 40,000
/// anchors on the 4 MB benchmark text), the words after a title and the word after a name:
/// 3.1 M of 453 M instructions fewer (BENCHMARKS.md, fifteenth session).
pub fn word_end(text: &str, at: usize) -> usize {
    let mut i = at;
    while let Some(len) = word_char_after(text, i) {
        i += len;
    }
    i
}

/// Where the run of spaces (U+0020) that ends at byte `at` of `text` starts. Counted on bytes:
/// a space is one byte and never part of another character, where `trim_end_matches(' ')`
/// decodes the text backwards character by character.
pub fn spaces_start(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at;
    while i > 0 && bytes[i - 1] == b' ' {
        i -= 1;
    }
    i
}

/// Where the run of spaces that starts at byte `at` of `text` ends (the mirror of
/// [`spaces_start`]).
pub fn spaces_end(text: &str, at: usize) -> usize {
    at + text.as_bytes()[at..].iter().take_while(|&&b| b == b' ').count()
}

/// Start of the word containing byte `at` of `text` (a word is a run of word characters).
pub fn word_start(text: &str, at: usize) -> usize {
    let mut ws = at;
    while let Some(len) = word_char_before(text, ws) {
        ws -= len;
    }
    ws
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_start_and_end_agree_with_trimming() {
        let text = "في  \u{00A0} مصر   و\u{200C}  ";
        for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(spaces_start(text, at), text[..at].trim_end_matches(' ').len(), "before {at}");
            assert_eq!(spaces_end(text, at), text.len() - text[at..].trim_start_matches(' ').len(), "after {at}");
        }
    }

    #[test]
    fn the_byte_level_word_tests_agree_with_is_word_char() {
        let mut text = String::new();
        for c in ('\u{0}'..='\u{0800}').chain(['\u{FB50}', '\u{FEFB}', '\u{1F600}', 'é', '中', '\u{10400}']) {
            text.push(c);
            text.push(' ');
        }
        for (i, c) in text.char_indices() {
            assert_eq!(word_char_at(&text, i), is_word_char(c), "{c:?}");
            assert_eq!(word_char_after(&text, i), is_word_char(c).then_some(c.len_utf8()), "{c:?}");
            let end = i + c.len_utf8();
            assert_eq!(word_char_before(&text, end), is_word_char(c).then_some(c.len_utf8()), "{c:?}");
        }
        assert!(!word_char_at(&text, text.len()));
        assert_eq!(word_char_after(&text, text.len()), None);
        assert_eq!(word_char_before(&text, 0), None);
    }

    #[test]
    fn word_start_and_end_agree_with_a_walk_over_characters() {
        let text = "قال وزيرالخارجية، «ساعر» في 27 يناير2026: Hello世界ـ٣ 😀مصر\u{0640}ية ٪x";
        for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let want = at - text[..at].chars().rev().take_while(|&c| is_word_char(c)).map(char::len_utf8).sum::<usize>();
            assert_eq!(word_start(text, at), want, "at {at}");
            let want = at + text[at..].chars().take_while(|&c| is_word_char(c)).map(char::len_utf8).sum::<usize>();
            assert_eq!(word_end(text, at), want, "at {at}");
        }
    }

    proptest::proptest! {
        /// The skip search finds what `str::find` finds, on texts of a few Arabic letters, a
        /// space and ASCII (so that needles recur and overlap themselves).
        #[test]
        fn the_skip_search_agrees_with_str_find(hay in "[اسعربن ab]{0,60}", needle in "[اسعربن ab]{1,6}") {
            proptest::prop_assert_eq!(Skip::new(needle.as_bytes()).find(hay.as_bytes()), hay.find(needle.as_str()));
        }
    }

    #[test]
    fn the_skip_search_finds_long_needles_and_not_empty_ones() {
        let long = "ب".repeat(200);
        let hay = format!("{}ا{long}", "ب".repeat(150));
        assert_eq!(Skip::new(long.as_bytes()).find(hay.as_bytes()), hay.find(long.as_str()));
        assert_eq!(Skip::new(b"").find(b"abc"), None);
    }

    fn n(s: &str) -> String {
        normalize_str(s)
    }

    #[test]
    fn alef_variants_fold_to_bare_alef() {
        assert_eq!(n("أإآٱ"), "اااا");
        assert_eq!(n("إسرائيل"), "اسرائيل");
        assert_eq!(n("أذربيجان"), "اذربيجان");
    }

    #[test]
    fn alef_maqsura_and_farsi_yeh_fold_to_yeh() {
        assert_eq!(n("اليمنى"), "اليمني");
        assert_eq!(n("موسی"), "موسي");
    }

    #[test]
    fn hamza_on_waw_folds_to_hamza_on_yeh() {
        // Egyptian copy writes `شئون`, `مسئول` where others write `شؤون`, `مسؤول`.
        assert_eq!(n("شؤون"), n("شئون"));
        assert_eq!(n("مسؤول"), "مسئول");
        assert_eq!(n("رئيس"), "رئيس");
    }

    #[test]
    fn ta_marbuta_folds_to_heh() {
        assert_eq!(n("غزة"), "غزه");
        assert_eq!(n("إسرائيلية"), "اسرائيليه");
    }

    #[test]
    fn tatweel_is_removed() {
        assert_eq!(n("إسرائيـــل"), n("إسرائيل"));
    }

    #[test]
    fn harakat_and_dagger_alef_are_removed() {
        assert_eq!(n("إِسْرَائِيلَ"), n("إسرائيل"));
        assert_eq!(n("غدًا"), "غدا");
        assert_eq!(n("هٰذا"), "هذا");
        assert_eq!(n("ساعرٌ"), "ساعر");
    }

    #[test]
    fn invisible_controls_are_ignored() {
        assert_eq!(n("كازا\u{200D}خستان"), "كازاخستان");
        assert_eq!(n("\u{202B}غزة\u{202C}"), "غزه");
        assert_eq!(n("\u{2067}غزة\u{2069}\u{200F}"), "غزه");
        assert_eq!(n("كاز\u{200C}اخستان\u{FEFF}"), "كازاخستان");
    }

    #[test]
    fn presentation_forms_and_lam_alef_ligature_fold() {
        // ﻟﺒﻨﺎﻥ written with contextual forms, and the lam-alef ligature ﻻ.
        assert_eq!(n("\u{FEDF}\u{FE92}\u{FEE8}\u{FE8E}\u{FEE5}"), "لبنان");
        assert_eq!(n("\u{FEFB}"), "لا");
        assert_eq!(n("\u{FEF7}"), "لا"); // lam with alef-hamza above: alef folded too
        assert_eq!(n("ا\u{FEDF}\u{FEE0}\u{FEEA}"), "الله");
    }

    #[test]
    fn arabic_indic_and_persian_digits_read_as_digits() {
        assert_eq!(n("٢٧ يناير ٢٠٢٦"), "27 يناير 2026");
        assert_eq!(n("۲۰۲۵/۱۰/۲۳"), "2025/10/23");
    }

    #[test]
    fn latin_is_lowercased_and_spaces_unified() {
        assert_eq!(n("TPS-IL\u{00A0}News"), "tps-il news");
    }

    #[test]
    fn offsets_map_back_through_harakat_tatweel_and_emoji() {
        let text = "🇮🇱 إِسْرَائِيــلُ و😀غزة";
        let norm = Normalized::new(text);
        let nt = norm.text();
        let i = nt.find("اسرائيل").unwrap();
        let len = n("إسرائيل").len();
        let (s, e) = norm.original_span(i, i + len);
        // The span covers the word with its marks and tatweel, including the final damma.
        assert_eq!(&text[s..e], "إِسْرَائِيــلُ");
        let g = nt.find("غزه").unwrap();
        let (s, e) = norm.original_span(g, g + "غزه".len());
        assert_eq!(&text[s..e], "غزة");
    }

    #[test]
    fn ligature_span_maps_to_whole_original_char() {
        let text = "ب\u{FEFB}د";
        let norm = Normalized::new(text);
        assert_eq!(norm.text(), "بلاد");
        let (s, e) = norm.original_span(0, norm.text().len());
        assert_eq!(&text[s..e], text);
    }

    #[test]
    fn ta_marbuta_is_visible_before_a_run_on_word() {
        let text = "الخارجيةالإسرائيلي";
        let norm = Normalized::new(text);
        let i = norm.text().find("الاسرائيلي").unwrap();
        assert_eq!(norm.original_char_before(i), Some('ة'));
    }

    #[test]
    fn fast_path_agrees_with_fold_char_over_the_arabic_block() {
        for cp in 0x600..=0x6FF {
            let c = char::from_u32(cp).unwrap();
            let expected = match fold_char(c) {
                Fold::Drop => String::new(),
                Fold::One(f) => f.to_string(),
                Fold::Many(_) => unreachable!(),
            };
            assert_eq!(Normalized::new(&c.to_string()).text(), expected, "U+{cp:04X}");
        }
    }

    /// With a shared hint, spans in text order and out of it map as without one.
    #[test]
    fn hinted_spans_map_as_unhinted_ones() {
        let text = "إِسْرَائِيــلُ  ٢٠٢٦ Gaza\u{200F}غزة ﻻ ".repeat(30);
        let norm = Normalized::new(&text);
        let t = norm.text();
        let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).collect();
        let spans: Vec<(usize, usize)> = bounds.windows(4).map(|w| (w[0], w[3])).chain(bounds.windows(2).map(|w| (w[0], w[1])).rev()).collect();
        let mut hint = 0;
        for (s, e) in spans {
            assert_eq!(norm.original_span_after(s, e, &mut hint), norm.original_span(s, e), "{s}..{e}");
        }
    }

    #[test]
    fn runs_of_spaces_collapse_and_map_back() {
        let text = "غدعون  \u{A0}ساعر";
        let norm = Normalized::new(text);
        assert_eq!(norm.text(), "غدعون ساعر");
        let (s, e) = norm.original_span(0, norm.text().len());
        assert_eq!(&text[s..e], text);
    }

    #[test]
    fn word_chars() {
        assert!(is_word_char('ب') && is_word_char('7') && is_word_char('a') && is_word_char('ж'));
        assert!(!is_word_char(' ') && !is_word_char('،') && !is_word_char('؛') && !is_word_char('-'));
    }
}
