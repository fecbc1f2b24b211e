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

/// Byte offsets in `text` of the ascending UTF-16 offsets `units`: the many-offsets form of
/// [`byte_of_utf16`] (same rounding, `text.len()` past the end), in one pass over the bytes.
/// A UTF-8 sequence's leading byte starts a character, of 2 UTF-16 units when it is 4 bytes.
pub fn bytes_of_utf16(text: &str, units: &[u32]) -> Vec<usize> {
    let mut out = Vec::with_capacity(units.len());
    let mut k = 0;
    let mut at = 0usize;
    for (b, &x) in text.as_bytes().iter().enumerate() {
        if x & 0xC0 == 0x80 {
            continue;
        }
        let next = at + if x >= 0xF0 { 2 } else { 1 };
        while k < units.len() && (units[k] as usize) < next {
            out.push(b);
            k += 1;
        }
        if k == units.len() {
            return out;
        }
        at = next;
    }
    out.resize(units.len(), text.len());
    out
}

/// `(byte, UTF-16 offset)` of `text` at character boundaries, the first at 0 and then the first
/// boundary at least `every` bytes after the previous one: a conversion starting from the
/// nearest checkpoint scans fewer than `every` + 3 bytes.
pub fn utf16_checkpoints(text: &str, every: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(text.len() / every.max(1) + 1);
    let mut units = 0;
    let mut next = 0;
    for (b, &x) in text.as_bytes().iter().enumerate() {
        if x & 0xC0 == 0x80 {
            continue;
        }
        if b >= next {
            out.push((b, units));
            next = b + every;
        }
        units += if x >= 0xF0 { 2 } else { 1 };
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
        fn byte_loops_agree_with_chars(text in "\\PC{0,40}", mut units in proptest::collection::vec(0u32..90, 0..12), every in 1usize..9) {
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
