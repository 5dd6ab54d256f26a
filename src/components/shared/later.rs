//! Parts of a page that can wait for the next task of the browser's event loop.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::main_thread::yield_to_browser;

/// Renders its children in a task of their own, after the view around them: what a
/// shopper needs first (the image, the Like button) is built without waiting for
/// what is further down the page, and the start is several short tasks, between which
/// the browser answers a tap, rather than one long one.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    let shown = RwSignal::new(false);
    let children = StoredValue::new_local(Some(children));
    spawn_local(async move {
        yield_to_browser().await;
        shown.try_set(true);
    });
    move || {
        shown
            .get()
            .then(|| children.try_update_value(Option::take).flatten())
            .flatten()
            .map(|children| children())
    }
}
