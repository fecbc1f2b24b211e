//! Conversions between the three ways Lamha counts positions in a text.
//!
//! The core matches on UTF-8 byte offsets of the original text (Rust's `str` indices). The CLI
//! and the gold files speak Unicode code points; the DOM speaks UTF-16 code units. Every
//! mention's offsets are converted here and nowhere else, so the mapping is exact by
//! construction: a code point counts 1, and 2 UTF-16 units when it is outside the BMP.

/// Converts ascending byte offsets of `text` into code-point and UTF-16 offsets in one pass.
///
/// Offsets must be on character boundaries; queries may come in any order, but ascending
/// queries cost O(total distance) rather than O(offset).
#[derive(Debug)]
pub struct OffsetCounter<'a> {
    text: &'a str,
    byte: usize,
    cp: usize,
    utf16: usize,
}

/// One position in all three units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// UTF-8 byte offset.
    pub byte: usize,
    /// Unicode code point offset.
    pub cp: usize,
    /// UTF-16 code unit offset.
    pub utf16: usize,
}

impl<'a> OffsetCounter<'a> {
    /// A counter positioned at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        OffsetCounter { text, byte: 0, cp: 0, utf16: 0 }
    }

    /// The position of byte offset `byte` (which must be a char boundary of the text).
    pub fn at(&mut self, byte: usize) -> Position {
        assert!(self.text.is_char_boundary(byte), "offset {byte} is not on a character boundary");
        if byte < self.byte {
            self.byte = 0;
            self.cp = 0;
            self.utf16 = 0;
        }
        for c in self.text[self.byte..byte].chars() {
            self.cp += 1;
            self.utf16 += c.len_utf16();
        }
        self.byte = byte;
        Position { byte, cp: self.cp, utf16: self.utf16 }
    }
}

/// Byte offset of code point `cp` in `text` (or `text.len()` past the end).
pub fn byte_of_cp(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

/// Byte offset of UTF-16 offset `u` in `text`. An offset inside a surrogate pair rounds down
/// to the start of that character.
pub fn byte_of_utf16(text: &str, u: usize) -> usize {
    let mut n = 0;
    for (b, c) in text.char_indices() {
        let next = n + c.len_utf16();
        if next > u {
            return b;
        }
        n = next;
    }
    text.len()
}

/// UTF-16 length of `bytes`, a run of UTF-8 that may begin or end inside a character: each
/// leading byte counts 1, and 1 more when it starts a 4-byte sequence. Eight bytes at a time:
/// the widget converts all of a page's text on its first pass, while V8 still runs the code in
/// its baseline tier. On the 5,000-paragraph article (2.1 MB), the two byte loops this replaced
/// took 10 and 13 ms; this function took 3.6 ms in all (CPU profiles, BENCHMARKS.md).
fn utf16_units(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut units = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("chunks of 8"));
        // A continuation byte is 10xxxxxx: bit 7 set, bit 6 (moved to bit 7 by the shift) clear.
        let continuation = (w & !(w << 1) & HIGH).count_ones() as usize;
        // A 4-byte sequence's leading byte is 11110xxx: bits 7 to 4 set.
        let four = (w & (w << 1) & (w << 2) & (w << 3) & HIGH).count_ones() as usize;
        units += 8 - continuation + four;
    }
    for &x in chunks.remainder() {
        units += usize::from(x & 0xC0 != 0x80) + usize::from(x >= 0xF0);
    }
    units
}

/// Byte offsets in `text` of the ascending UTF-16 offsets `units`: the many-offsets form of
/// [`byte_of_utf16`] (same rounding, `text.len()` past the end), in one pass over the bytes.
/// A UTF-8 sequence's leading byte starts a character, of 2 UTF-16 units when it is 4 bytes.
pub fn bytes_of_utf16(text: &str, units: &[u32]) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(units.len());
    let mut k = 0;
    // `at`: the UTF-16 units of the characters whose leading byte is before `b`.
    let mut at = 0usize;
    let mut b = 0;
    while k < units.len() {
        let target = units[k] as usize;
        // Whole runs of 8 bytes before the character holding `target`: every character that
        // starts in such a run ends at or before `target`.
        while let Some(run) = bytes.get(b..b + 8) {
            let n = utf16_units(run);
            if at + n > target {
                break;
            }
            at += n;
            b += 8;
        }
        // Then byte by byte (continuation bytes are passed over), to the character holding
        // `target`; `next` is the UTF-16 offset after it.
        let next = loop {
            let Some(&x) = bytes.get(b) else {
                out.resize(units.len(), text.len());
                return out;
            };
            if x & 0xC0 != 0x80 {
                let next = at + if x >= 0xF0 { 2 } else { 1 };
                if target < next {
                    break next;
                }
                at = next;
            }
            b += 1;
        };
        while k < units.len() && (units[k] as usize) < next {
            out.push(b);
            k += 1;
        }
    }
    out
}

/// `(byte, UTF-16 offset)` of `text` at character boundaries, the first at 0 and then the first
/// boundary at least `every` bytes after the previous one: a conversion starting from the
/// nearest checkpoint scans fewer than `every` + 3 bytes.
pub fn utf16_checkpoints(text: &str, every: usize) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let every = every.max(1);
    let mut out = Vec::with_capacity(bytes.len() / every + 1);
    let (mut b, mut units) = (0, 0);
    while b < bytes.len() {
        out.push((b, units));
        let mut next = (b + every).min(bytes.len());
        while !text.is_char_boundary(next) {
            next += 1;
        }
        units += utf16_units(&bytes[b..next]);
        b = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The byte loops agree with the character-by-character definitions.
        #[test]
        fn byte_loops_agree_with_chars(text in "(\\PC|[a-z ]|[ء-ي]){0,120}", mut units in proptest::collection::vec(0u32..260, 0..12), every in 1usize..40) {
            units.sort_unstable();
            let want: Vec<usize> = units.iter().map(|&u| byte_of_utf16(&text, u as usize)).collect();
            prop_assert_eq!(bytes_of_utf16(&text, &units), want);
            let mut want = Vec::new();
            let (mut n, mut next) = (0, 0);
            for (b, c) in text.char_indices() {
                if b >= next {
                    want.push((b, n));
                    next = b + every;
                }
                n += c.len_utf16();
            }
            prop_assert_eq!(utf16_checkpoints(&text, every), want);
        }
    }

    #[test]
    fn counts_code_points_and_surrogate_pairs() {
        let text = "a😀بَ🇮🇱x";
        let mut c = OffsetCounter::new(text);
        let x = text.find('x').unwrap();
        // a(1) 😀(1 cp, 2 u16) ب(1) َ(1) 🇮🇱(2 cp, 4 u16)
        assert_eq!(c.at(x), Position { byte: x, cp: 6, utf16: 9 });
        assert_eq!(c.at(1), Position { byte: 1, cp: 1, utf16: 1 });
        assert_eq!(byte_of_cp(text, 6), x);
        assert_eq!(byte_of_utf16(text, 9), x);
        assert_eq!(byte_of_utf16(text, 2), 1); // inside the pair: start of 😀
        let all: Vec<u32> = (0..=12).collect();
        let want: Vec<usize> = (0..=12).map(|u| byte_of_utf16(text, u)).collect();
        assert_eq!(bytes_of_utf16(text, &all), want);
    }
}
