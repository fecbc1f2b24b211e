//! The embedded default in a compact binary form, for the browser.
//!
//! **Why.** Parsing the default's JSON (0.35 MB) into `serde_json` maps and validating 921
//! entries took 40–70 ms of the widget's start in wasm, on every page load, to arrive at the
//! same `Vec<Entry>` each time. `lamha kb compile` (run by `make kb` and by `make dist`) writes
//! the validated entries to `data/kb/default.lkb`; the widget reads them back in a few
//! milliseconds and the JSON text is not in the `.wasm` at all. A test
//! (`compact_default_is_current`) fails when the file is older than the JSON it comes from.
//!
//! The format is private to this crate and versioned by its magic: `LKB1`, a count, then per
//! entry its fields in declaration order: strings as a LEB128 byte length and UTF-8 bytes,
//! optional strings as a presence byte and a string, lists as a count and items. Decoding checks
//! every length against the bytes left and every string for UTF-8, and returns `None` rather
//! than panicking on a damaged file.

use super::{EntityType, Entry, PastRole};

const MAGIC: &[u8; 4] = b"LKB1";

/// Encodes `entries` (already validated).
pub fn encode(entries: &[Entry]) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(256 * 1024));
    w.0.extend_from_slice(MAGIC);
    w.len(entries.len());
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
        w.len(e.past_roles.len());
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

/// Decodes what [`encode`] wrote; `None` if the bytes are not such a file.
pub fn decode(bytes: &[u8]) -> Option<Vec<Entry>> {
    let mut r = Reader::new(bytes.strip_prefix(MAGIC)?);
    let n = r.len()?;
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
        for _ in 0..r.len()? {
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
    r.bytes.is_empty().then_some(entries)
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

    /// A string: its byte length and UTF-8 bytes.
    pub(crate) fn str(&mut self, s: &str) {
        self.len(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt(&mut self, s: &Option<String>) {
        match s {
            None => self.0.push(0),
            Some(s) => {
                self.0.push(1);
                self.str(s);
            }
        }
    }

    fn list(&mut self, items: &[String]) {
        self.len(items.len());
        for s in items {
            self.str(s);
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

    fn str(&mut self) -> Option<String> {
        let n = self.len()?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }

    fn opt(&mut self) -> Option<Option<String>> {
        match self.byte()? {
            0 => Some(None),
            1 => self.str().map(Some),
            _ => None,
        }
    }

    fn list(&mut self) -> Option<Vec<String>> {
        let n = self.len()?;
        // Each item takes at least its length byte.
        if n > self.bytes.len() {
            return None;
        }
        (0..n).map(|_| self.str()).collect()
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
            summary_ar: Some("ملخص".repeat(100)),
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
        assert_eq!(decode(&encode(&entries)), Some(entries));
    }

    #[test]
    fn damaged_bytes_are_refused_not_panicked_on() {
        let entries = vec![Entry { id: "Q1".into(), name_ar: "اسم".into(), name_en: "Name".into(), ..Entry::default() }];
        let bytes = encode(&entries);
        assert!(decode(b"JSON").is_none());
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none(), "a file cut at {cut} bytes decoded");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer).is_none(), "trailing bytes were accepted");
        // A huge count must not allocate or loop for long.
        let mut huge = MAGIC.to_vec();
        huge.extend_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF, 0x0F]);
        assert!(decode(&huge).is_none());
        // Invalid UTF-8 in a string.
        let mut bad = bytes;
        let at = bad.iter().position(|&b| b == "اسم".as_bytes()[0]).expect("the name is there");
        bad[at] = 0xFF;
        assert!(decode(&bad).is_none());
    }
}
