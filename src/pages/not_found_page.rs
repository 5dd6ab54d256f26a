//! Any path the app does not know.

use leptos::prelude::*;

use crate::components::NotFound;
use crate::set_page_title;

/// The page for unknown paths: a friendly "not found" with a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_title("Page not found");
    view! { <NotFound /> }
}
