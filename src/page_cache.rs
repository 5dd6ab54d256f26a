//! The browser's back/forward cache and the live streams.
//!
//! A page the browser keeps to show again on Back keeps its open connections, and a
//! page of this app holds up to two live streams (the bell's, and a hanger tag's or
//! a store screen's). Browsers open at most six connections to one server over
//! HTTP/1.1: a few kept pages use them up, and the next page's requests wait behind
//! them (a hanger tag then says "Loading" for good). So every stream is closed when
//! its page is hidden, and a page whose streams were closed loads afresh when it is
//! shown again from the cache, with new streams and current counts. A page without
//! streams (a signed-out shopper's gallery) comes back from the cache as it was.

use std::cell::{Cell, RefCell};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{EventSource, PageTransitionEvent};

thread_local! {
    /// The streams this page opened (closed ones are dropped as new ones come).
    static STREAMS: RefCell<Vec<EventSource>> = const { RefCell::new(Vec::new()) };
    /// Whether hiding the page closed a stream that was open, so it must load again.
    static STREAMS_CLOSED: Cell<bool> = const { Cell::new(false) };
}

/// Counts `source` as one of this page's streams, to be closed when the page is hidden.
pub fn track(source: &EventSource) {
    STREAMS.with_borrow_mut(|streams| {
        streams.retain(|stream| stream.ready_state() != EventSource::CLOSED);
        streams.push(source.clone());
    });
}

/// Once, at start: closes the page's streams when it is hidden, and reloads the page
/// when the browser shows it again from its back/forward cache if that closed any.
/// The two listeners live as long as the page.
pub fn close_streams_when_hidden() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_hide = Closure::<dyn Fn(PageTransitionEvent)>::new(|_: PageTransitionEvent| {
        let closed = STREAMS.with_borrow_mut(|streams| {
            let open = streams
                .iter()
                .any(|stream| stream.ready_state() != EventSource::CLOSED);
            for stream in streams.drain(..) {
                stream.close();
            }
            open
        });
        STREAMS_CLOSED.set(closed);
    });
    let on_show = Closure::<dyn Fn(PageTransitionEvent)>::new(|event: PageTransitionEvent| {
        if event.persisted() && STREAMS_CLOSED.replace(false) {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    });
    let _ = window.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback("pageshow", on_show.as_ref().unchecked_ref());
    on_hide.forget();
    on_show.forget();
}
