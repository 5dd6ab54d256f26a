//! An image that loads again by itself after a failure, for screens left alone for days.

use leptos::prelude::*;

use crate::staff::live::{backoff_delay, sleep};

/// An `<img>` that, when loading fails (the server restarting, a network blip), tries
/// again after 1 s, 2 s, 4 s ... 30 s, without anyone reloading the page.
#[component]
pub fn RetryImage(
    /// The image's address.
    #[prop(into)]
    src: Signal<String>,
    /// What the image shows, for screen readers ("" when it only decorates).
    #[prop(into)]
    alt: Signal<String>,
    /// The `<img>`'s class.
    #[prop(into)]
    class: String,
    /// Its width in pixels, to reserve the space before it loads.
    width: u32,
    /// Its height in pixels.
    height: u32,
) -> impl IntoView {
    // Each failure makes a new <img>: the browser asks the server again.
    let failures = RwSignal::new(0u32);
    let on_error = move |_| {
        let attempt = failures.get_untracked();
        leptos::task::spawn_local(async move {
            sleep(backoff_delay(attempt)).await;
            failures.try_update(|n| *n += 1);
        });
    };
    move || {
        failures.track();
        view! {
            <img
                class=class.clone()
                src=move || src.get()
                alt=alt
                width=width
                height=height
                decoding="async"
                on:error=on_error
            />
        }
    }
}
