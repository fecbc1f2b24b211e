//! The embedded default in a compact binary form, for the browser.
//!
//! **Why.** Parsing the default's JSON (0.35 MB) into `serde_json` maps and validating 921
//! entries took 40–70 ms of the widget's start in wasm, on every page load, to arrive at the
//! same `Vec<Entry>` each time. `lamha kb compile` (run by `make kb` and by `make dist`) writes
//! the validated entries to `data/kb/default.lkb`; the widget reads them back in a few
//! milliseconds and the JSON text is not in the `.wasm` at all. A test
//! (`compact_default_is_current`) fails when the file is older than the JSON it comes from.
//!
//! The format is private to this crate and versioned by its magic: `LKB2`, a count, then per
//! entry its fields in declaration order: strings as a byte length and UTF-8 bytes, optional
//! strings as a presence byte and a string, lists as a count and items. Numbers are written in
//! six-bit groups, low first, every byte but the last with bit 0x40 set; so every byte that is
//! not inside a string is ASCII, and the whole file is UTF-8 exactly when its strings are.
//!
//! That lets the decoder check the file for UTF-8 once and then hand out each string as a slice
//! of it (its two ends checked for character boundaries): the entries borrow their text from
//! the embedded bytes, and start-up copies and allocates no string. (The format before, `LKB1`,
//! copied every string: the knowledge base took 1.9–3.0 ms to load natively, now 0.4–0.7 ms.)
//! Decoding checks every length against the bytes left and returns `None` rather than
//! panicking on a damaged file.

use super::{EntityType, Entry, PastRole, Text};

const MAGIC: &[u8; 4] = b"LKB2";

/// The entries as the widget embeds them ([`super::COMPACT_DEFAULT`]): without each entry's
/// `source` note, which no card shows (it stays in `data/kb/*.json`, the knowledge base's source
/// of record). 3 KB gzip of the embedded file.
pub fn embeddable(entries: &[Entry]) -> Vec<Entry> {
    entries.iter().map(|e| Entry { source: None, ..e.clone() }).collect()
}

/// Encodes `entries` (already validated).
pub fn encode(entries: &[Entry]) -> Vec<u8> {
    let mut w = Ascii(Vec::with_capacity(256 * 1024));
    w.0.extend_from_slice(MAGIC);
    w.num(entries.len());
    for e in entries {
        w.str(&e.id);
        w.0.push(match e.kind {
            None => 0,
            Some(EntityType::Person) => 1,
            Some(EntityType::Country) => 2,
            Some(EntityType::Place) => 3,
            Some(EntityType::Organization) => 4,
        });
        w.str(&e.name_ar);
        w.str(&e.name_en);
        for list in [&e.aliases, &e.short, &e.common, &e.demonyms, &e.not_after, &e.not_before, &e.not_forms] {
            w.list(list);
        }
        w.opt(&e.wikidata);
        w.0.push(u8::from(e.disabled));
        w.list(&e.disabled_aliases);
        for field in [&e.image, &e.summary_ar, &e.summary_en, &e.source, &e.role_ar, &e.role_en, &e.country, &e.since, &e.as_of] {
            w.opt(field);
        }
        w.num(e.past_roles.len());
        for r in &e.past_roles {
            w.str(&r.role_ar);
            w.opt(&r.role_en);
            w.opt(&r.from);
            w.opt(&r.to);
        }
        for field in [&e.iso2, &e.capital, &e.region_ar, &e.region_en, &e.kind_ar, &e.kind_en, &e.description_ar, &e.description_en] {
            w.opt(field);
        }
    }
    w.0
}

/// Decodes what [`encode`] wrote; `None` if the bytes are not such a file. The entries' strings
/// borrow from `bytes`.
pub fn decode(bytes: &'static [u8]) -> Option<Vec<Entry>> {
    decode_text(std::str::from_utf8(bytes).ok()?)
}

/// [`decode`] of a file already known to be UTF-8 (the embedded default is checked when Lamha
/// is compiled: [`super::COMPACT_DEFAULT_TEXT`]).
pub fn decode_text(text: &'static str) -> Option<Vec<Entry>> {
    if !text.as_bytes().starts_with(MAGIC) {
        return None;
    }
    let bytes = text.as_bytes();
    let mut r = Slices { text, at: MAGIC.len() };
    let n = r.num()?;
    // Every entry takes at least 40 bytes: a count larger than that is a damaged file.
    let mut entries = Vec::with_capacity(n.min(bytes.len() / 40));
    for _ in 0..n {
        let mut e = Entry { id: r.str()?, ..Entry::default() };
        e.kind = match r.byte()? {
            0 => None,
            1 => Some(EntityType::Person),
            2 => Some(EntityType::Country),
            3 => Some(EntityType::Place),
            4 => Some(EntityType::Organization),
            _ => return None,
        };
        e.name_ar = r.str()?;
        e.name_en = r.str()?;
        for list in [&mut e.aliases, &mut e.short, &mut e.common, &mut e.demonyms, &mut e.not_after, &mut e.not_before, &mut e.not_forms] {
            *list = r.list()?;
        }
        e.wikidata = r.opt()?;
        e.disabled = r.byte()? != 0;
        e.disabled_aliases = r.list()?;
        for field in [
            &mut e.image,
            &mut e.summary_ar,
            &mut e.summary_en,
            &mut e.source,
            &mut e.role_ar,
            &mut e.role_en,
            &mut e.country,
            &mut e.since,
            &mut e.as_of,
        ] {
            *field = r.opt()?;
        }
        let roles = r.num()?;
        if roles > r.left() {
            return None;
        }
        for _ in 0..roles {
            e.past_roles.push(PastRole { role_ar: r.str()?, role_en: r.opt()?, from: r.opt()?, to: r.opt()? });
        }
        for field in [
            &mut e.iso2,
            &mut e.capital,
            &mut e.region_ar,
            &mut e.region_en,
            &mut e.kind_ar,
            &mut e.kind_en,
            &mut e.description_ar,
            &mut e.description_en,
        ] {
            *field = r.opt()?;
        }
        entries.push(e);
    }
    (r.left() == 0).then_some(entries)
}

/// Writes the file: numbers in six-bit groups (ASCII bytes), strings as they are.
struct Ascii(Vec<u8>);

impl Ascii {
    fn num(&mut self, mut n: usize) {
        while n >= 0x40 {
            self.0.push(0x40 | (n & 0x3F) as u8);
            n >>= 6;
        }
        self.0.push(n as u8);
    }

    fn str(&mut self, s: &str) {
        self.num(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt(&mut self, s: &Option<Text>) {
        match s {
            None => self.0.push(0),
            Some(s) => {
                self.0.push(1);
                self.str(s);
            }
        }
    }

    fn list(&mut self, items: &[Text]) {
        self.num(items.len());
        for s in items {
            self.str(s);
        }
    }
}

/// Reads the file, already checked to be UTF-8, handing out its strings as slices.
struct Slices {
    text: &'static str,
    at: usize,
}

impl Slices {
    fn left(&self) -> usize {
        self.text.len() - self.at
    }

    fn byte(&mut self) -> Option<u8> {
        let b = *self.text.as_bytes().get(self.at)?;
        self.at += 1;
        Some(b)
    }

    /// A number of at most six groups (36 bits).
    fn num(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for shift in (0..36).step_by(6) {
            let b = self.byte()?;
            if b >= 0x80 {
                return None;
            }
            n |= usize::from(b & 0x3F) << shift;
            if b & 0x40 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn str(&mut self) -> Option<Text> {
        let n = self.num()?;
        // `get` is `None` past the end or off a character boundary, so the slice is UTF-8.
        let s = self.text.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(Text::Borrowed(s))
    }

    fn opt(&mut self) -> Option<Option<Text>> {
        match self.byte()? {
            0 => Some(None),
            1 => self.str().map(Some),
            _ => None,
        }
    }

    fn list(&mut self) -> Option<Vec<Text>> {
        let n = self.num()?;
        // Each item takes at least its length byte.
        if n > self.left() {
            return None;
        }
        (0..n).map(|_| self.str()).collect()
    }
}

/// Writes the format's numbers and strings (also used by the recogniser's forms image,
/// `crate::recognize::gazetteer`).
pub(crate) struct Writer(pub(crate) Vec<u8>);

impl Writer {
    /// A LEB128 number.
    pub(crate) fn len(&mut self, mut n: usize) {
        loop {
            let low = (n & 0x7F) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(low);
                return;
            }
            self.0.push(low | 0x80);
        }
    }
}

/// Reads what [`Writer`] wrote; every read checks the bytes left and gives `None` past them.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes }
    }

    /// The bytes not read yet.
    pub(crate) fn rest(&self) -> &'a [u8] {
        self.bytes
    }

    /// The next `n` bytes.
    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    pub(crate) fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(b)
    }

    /// A LEB128 number (of at most 35 bits).
    pub(crate) fn len(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7F) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_field() {
        let e = Entry {
            id: "Q1".into(),
            kind: Some(EntityType::Person),
            name_ar: "اسم".into(),
            name_en: "Name".into(),
            aliases: vec!["أ ب".into(), "ج د".into()],
            short: vec!["ب".into()],
            common: vec!["عون".into()],
            demonyms: vec![],
            not_after: vec!["صلاة".into()],
            not_before: vec!["x".into()],
            not_forms: vec!["y".into()],
            wikidata: Some("Q1".into()),
            disabled: true,
            disabled_aliases: vec!["z".into()],
            image: Some("https://example.org/a.png".into()),
            summary_ar: Some("ملخص".repeat(100).into()),
            summary_en: None,
            source: Some("s".into()),
            role_ar: Some("رئيس".into()),
            role_en: Some("President".into()),
            country: Some("Q801".into()),
            since: Some("2022".into()),
            as_of: Some("2025-06-01".into()),
            past_roles: vec![PastRole { role_ar: "وزير".into(), role_en: None, from: Some("2020".into()), to: None }],
            iso2: Some("IL".into()),
            capital: Some("Q2".into()),
            region_ar: Some("r".into()),
            region_en: Some("R".into()),
            kind_ar: Some("k".into()),
            kind_en: Some("K".into()),
            description_ar: Some("d".into()),
            description_en: Some("D".into()),
        };
        let other = Entry { id: "Q2".into(), kind: None, name_ar: "ثاني".into(), name_en: "Second".into(), ..Entry::default() };
        let entries = vec![e, other];
        assert_eq!(decode(encode(&entries).leak()), Some(entries));
    }

    #[test]
    fn damaged_bytes_are_refused_not_panicked_on() {
        let entries = vec![Entry { id: "Q1".into(), name_ar: "اسم".into(), name_en: "Name".into(), ..Entry::default() }];
        let bytes: &'static [u8] = encode(&entries).leak();
        assert!(decode(b"JSON").is_none());
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none(), "a file cut at {cut} bytes decoded");
        }
        let mut longer = bytes.to_vec();
        longer.push(0);
        assert!(decode(longer.leak()).is_none(), "trailing bytes were accepted");
        // A huge count must not allocate or loop for long.
        let mut huge = MAGIC.to_vec();
        huge.extend_from_slice(&[0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x3F]);
        assert!(decode(huge.leak()).is_none());
        // Invalid UTF-8 in a string.
        let mut bad = bytes.to_vec();
        let at = bad.iter().position(|&b| b == "اسم".as_bytes()[0]).expect("the name is there");
        bad[at] = 0xFF;
        assert!(decode(bad.leak()).is_none());
        // A string that ends inside a letter: the name's length byte, 6, made 5 (the rest of
        // the file is then misread, but the cut letter must be refused first).
        let name = bytes.windows(7).position(|w| w[0] == 6 && &w[1..] == "اسم".as_bytes()).expect("the name's length");
        let mut split = bytes.to_vec();
        split[name] = 5;
        assert!(decode(split.leak()).is_none(), "a string cut inside a letter decoded");
    }

    #[test]
    fn every_byte_outside_the_strings_is_ascii_and_strings_borrow() {
        // Lengths of 0x40 bytes and more take two groups; none of their bytes may be >= 0x80.
        let long = "م".repeat(3000);
        let e = Entry { id: "Q1".into(), name_ar: "اسم".into(), name_en: "x".repeat(200).into(), summary_ar: Some(long.clone().into()), ..Entry::default() };
        let bytes = encode(std::slice::from_ref(&e));
        let without_strings = String::from_utf8(bytes.clone()).expect("the file is UTF-8").replace(&long, "").replace("اسم", "");
        assert!(without_strings.is_ascii());
        let decoded = decode(bytes.leak()).expect("decodes");
        assert_eq!(decoded, vec![e]);
        assert!(matches!(decoded[0].summary_ar, Some(Text::Borrowed(_))), "decoded strings borrow from the bytes");
    }
}
