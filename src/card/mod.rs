//! What a card shows and where it goes: pure functions, tested natively; the browser layer only
//! measures the DOM and renders what these return.
