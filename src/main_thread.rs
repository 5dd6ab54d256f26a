//! Sharing the browser's main thread: the app's start is cut into short tasks, so a
//! tap is answered between them instead of after all of them.

use leptos::prelude::window;
use wasm_bindgen_futures::JsFuture;

/// Resolves in a new task of the browser's event loop (a zero-delay timeout), so the
/// browser may handle input and paint before the work after it.
pub async fn yield_to_browser() {
    let next_task = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(next_task).await;
}
