//! Any path the app does not know.

use leptos::prelude::*;

use crate::components::NotFound;
use crate::i18n::{msg, page_title};

/// The page for unknown paths: a friendly "not found" with a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    page_title(msg::NOT_FOUND_TITLE);
    view! { <NotFound /> }
}
