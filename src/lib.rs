//! cocrea's browser app: the gallery, a design's page, the submit form, sign-in and
//! the shopper's own page.
//!
//! Leptos, client-side rendered; Trunk builds it into `dist/` and the server
//! serves it. Types on the wire come from `cocrea-api`.

pub mod api;
pub mod api_notify;
pub mod app;
pub mod bundle;
pub mod components;
pub mod contexts;
pub mod filters;
pub mod first_paint;
pub mod i18n;
pub mod main_thread;
pub mod page_cache;
pub mod pages;
pub mod redirect;
#[cfg(feature = "staff")]
pub mod staff;
pub mod store_visit;

#[cfg(all(test, target_arch = "wasm32"))]
mod feedback_tests;
#[cfg(all(test, target_arch = "wasm32"))]
mod i18n_tests;
#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

/// Starts the app in the page's `<body>`.
pub fn mount() {
    // Store screens and hanger tags run unattended for days: their bundle says in the
    // console why it stopped. The shoppers' bundle leaves the hook out (about 1 KB of
    // its 250 KB first load); a panic there still shows as a trap in the console.
    #[cfg(feature = "staff")]
    console_error_panic_hook::set_once();
    page_cache::close_streams_when_hidden();
    store_visit::remember_from_address();
    // The language (and its words) come first, so no page flashes in English.
    wasm_bindgen_futures::spawn_local(async {
        i18n::start().await;
        // Starting and drawing the page are two tasks, so neither holds up a tap long.
        main_thread::yield_to_browser().await;
        leptos::mount::mount_to_body(app::App);
    });
}

/// Sets the browser tab's title to "`page` · cocrea".
pub fn set_page_title(page: &str) {
    leptos::prelude::document().set_title(&format!("{page} · cocrea"));
}
