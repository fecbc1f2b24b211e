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

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
