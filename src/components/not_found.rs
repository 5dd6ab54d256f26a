//! The friendly view for something that is not there.

use leptos::prelude::*;

/// "We couldn't find that", with a link back to the gallery.
#[component]
pub fn NotFound(
    /// The heading; a general one when absent.
    #[prop(optional, into)]
    heading: Option<String>,
    /// The sentence under it; a general one when absent.
    #[prop(optional, into)]
    message: Option<String>,
) -> impl IntoView {
    let heading = heading.unwrap_or_else(|| "We couldn't find that page".to_owned());
    let message = message.unwrap_or_else(|| {
        "The link may be old or mistyped. The gallery has everything that's live.".to_owned()
    });
    view! {
        <section class="not-found">
            <p class="not-found-code" aria-hidden="true">"404"</p>
            <h1>{heading}</h1>
            <p>{message}</p>
            <a class="button" href="/">
                "Back to the gallery"
            </a>
        </section>
    }
}
