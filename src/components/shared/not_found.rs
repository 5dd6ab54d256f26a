//! The friendly view for something that is not there.

use leptos::prelude::*;

use crate::i18n::{msg, t};

/// "We couldn't find that", with a link back to the gallery.
#[component]
pub fn NotFound(
    /// The heading; a general one when absent (a closure re-renders on a language switch).
    #[prop(optional, into)]
    heading: Option<Signal<String>>,
    /// The sentence under it; a general one when absent.
    #[prop(optional, into)]
    message: Option<Signal<String>>,
) -> impl IntoView {
    let heading = heading.unwrap_or_else(|| t(msg::NOT_FOUND_HEADING));
    let message = message.unwrap_or_else(|| t(msg::NOT_FOUND_TEXT));
    view! {
        <section class="not-found">
            <p class="not-found-code" aria-hidden="true">"404"</p>
            <h1>{heading}</h1>
            <p>{message}</p>
            <a class="button" href="/">
                {t(msg::BACK_TO_GALLERY)}
            </a>
        </section>
    }
}
