//! # Lamha (لمحة, "a glimpse")
//!
//! Lamha finds the people, countries, places, organisations and dates in an Arabic news article
//! and links each to a knowledge-base entry, so that a page can highlight them and show a card
//! when a reader hovers, focuses or taps one.
//!
//! ```
//! use lamha::{kb::KnowledgeBase, recognize::{Recognizer, Options}};
//! let r = Recognizer::new(KnowledgeBase::embedded());
//! let text = "التقى ساعر بالرئيس الكازاخستاني قاسم جومارت توكاييف في أستانا.";
//! let found = r.recognize(text, &Options::default());
//! let names: Vec<&str> = found.mentions.iter().map(|m| &text[m.start..m.end]).collect();
//! assert!(names.contains(&"قاسم جومارت توكاييف"));
//! assert!(names.contains(&"الكازاخستاني"));
//! ```
//!
//! A program that reads one article and stops (the widget, `lamha extract`) can skip compiling
//! the automaton over every form: [`recognize::Recognizer::deferred`] prepares the forms
//! ([`recognize::Recognizer::embedded`] reads the built-in knowledge base's, computed at build
//! time), and [`recognize::Recognizer::scope`] compiles only those the article can contain.
//! Same result:
//!
//! ```
//! use lamha::{kb::KnowledgeBase, recognize::{Recognizer, Options}};
//! let r = Recognizer::embedded();
//! let text = "التقى ساعر بالرئيس الكازاخستاني قاسم جومارت توكاييف في أستانا.";
//! let scope = r.scope(text);
//! assert!(scope.own_patterns().unwrap() < r.pattern_count() / 5);
//! let found = r.recognize_in(&scope, text, &Options::default());
//! assert_eq!(found.mentions, Recognizer::new(KnowledgeBase::embedded()).recognize(text, &Options::default()).mentions);
//! ```
//!
//! ## Layout
//! - [`normalize`]: Arabic normalisation with an exact map back to the original text.
//! - [`kb`]: the knowledge base (JSON, merged by id, validated with precise errors).
//! - [`recognize`]: where text becomes mentions (gazetteer automaton, titles, overlaps).
//! - [`dates`]: date expressions and calendars.
//! - [`offsets`]: byte ↔ code point ↔ UTF-16 conversions, in one place.
//! - [`output`]: the JSON that `lamha extract` prints.
//! - [`sort`]: every sort of the crate, through one copy of the sorting code.
//! - [`card`]: card content and placement maths (pure).
//! - `web` (wasm32 only): the browser layer that measures and mutates the DOM.
//!
//! The core never depends on `web-sys`: it compiles and is tested natively, and the browser runs
//! the same code.
#![deny(missing_docs)]

pub mod card;
pub mod dates;
pub mod html;
pub mod kb;
pub mod normalize;
pub mod offsets;
pub mod output;
pub mod recognize;
pub mod scratch;
pub mod sort;
#[cfg(target_arch = "wasm32")]
pub mod web;
