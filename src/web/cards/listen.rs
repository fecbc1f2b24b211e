//! An event listener that removes itself when dropped, so that the cards' cleanup is the
//! dropping of their state (as with `gloo-events`, without the extra dependency).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, Event, EventTarget};

/// A registered listener; dropping it unregisters it and frees its closure.
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    capture: bool,
    callback: Closure<dyn FnMut(Event)>,
}

impl Listener {
    /// Listens for `kind` on `target`. Capture-phase listeners see events before the page's
    /// own handlers can stop them; passive ones promise not to cancel (scroll, pointer moves),
    /// so the browser never waits for them.
    pub fn new(target: &EventTarget, kind: &'static str, capture: bool, passive: bool, f: impl FnMut(Event) + 'static) -> Listener {
        let callback = Closure::<dyn FnMut(Event)>::new(f);
        let options = AddEventListenerOptions::new();
        options.set_capture(capture);
        options.set_passive(passive);
        let _ = target.add_event_listener_with_callback_and_add_event_listener_options(kind, callback.as_ref().unchecked_ref(), &options);
        Listener { target: target.clone(), kind, capture, callback }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(self.kind, self.callback.as_ref().unchecked_ref(), self.capture);
    }
}
