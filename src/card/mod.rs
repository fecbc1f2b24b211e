//! What a card shows and where it goes: pure functions, tested natively; the browser layer only
//! measures the DOM and renders what these return.
//!
//! - [`content`]: a mention becomes a [`content::Card`] (title, Latin name, labelled rows, flag,
//!   mention navigation, date facts, checked link and image), all as text.
//! - [`labels`]: the card's fixed words in Arabic and English, and Arabic number agreement.
//! - [`distance`]: a date's distance from publication in words.
//! - [`placement`]: where the card goes beside a (possibly wrapped) name in an RTL or LTR page.

pub mod content;
pub mod distance;
pub mod labels;
pub mod placement;

pub use content::{ArticleMention, Card, CardSource, FoundMention, LinkTemplate};
pub use labels::Lang;
pub use placement::{place, Direction, Placement, PlacementInput, Rect, Side};
