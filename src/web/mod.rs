//! The browser layer (wasm32 only): measures and mutates the DOM; all recognition is in the core.
