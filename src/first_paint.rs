//! The server's first paint of a page (`#first-paint`, crates/server/src/routes/
//! first_paint.rs) and the data it put beside it: the design page and the gallery start
//! from that data instead of asking again, and replace the first paint with their own
//! view in one frame.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The longest the app's view waits for the first paint's image before replacing it.
const FIRST_PAINT_WAIT_MS: i32 = 1500;

/// The JSON the server put into the page in `<script id="{script_id}">`; the script is
/// removed, so only the first load starts from it.
pub fn take_inlined<T: DeserializeOwned>(script_id: &str) -> Option<T> {
    let script = document().get_element_by_id(script_id)?;
    script.remove();
    serde_json::from_str(&script.text_content()?).ok()
}

/// Removes the server's first paint (`#first-paint`), which stands in for the page
/// until the app's own view is ready; style in the page keeps the app hidden while it
/// is there, so the swap happens in one frame and nothing moves.
///
/// The swap waits (at most [`FIRST_PAINT_WAIT_MS`]) until the first paint's first image
/// is decoded and painted, so that image, there from the first HTML, stays the page's
/// largest paint rather than the app's copy of it.
pub fn drop_first_paint() {
    let Some(first_paint) = document().get_element_by_id("first-paint") else {
        return;
    };
    let image = first_paint
        .query_selector("img")
        .ok()
        .flatten()
        .and_then(|image| image.dyn_into::<web_sys::HtmlImageElement>().ok());
    spawn_local(async move {
        if let Some(image) = image {
            let timeout = js_sys::Promise::new(&mut |resolve, _| {
                let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
                    &resolve,
                    FIRST_PAINT_WAIT_MS,
                );
            });
            // A broken image rejects the race: the app's view comes all the same.
            let first = js_sys::Promise::race(&js_sys::Array::of2(&image.decode(), &timeout));
            let _ = JsFuture::from(first).await;
            // The frame after next: the decoded image has been painted.
            for _ in 0..2 {
                let frame = js_sys::Promise::new(&mut |resolve, _| {
                    let _ = window().request_animation_frame(&resolve);
                });
                let _ = JsFuture::from(frame).await;
            }
        }
        first_paint.remove();
    });
}
