//! The line under a section's heading that says what the last action did.

use leptos::prelude::*;

/// A polite live region, always in the page so that screen readers announce each
/// new message ("Approved “Linen dress”: it is in the gallery now.").
#[component]
pub fn ActionNotice(
    /// What the last action did, or `None` before any.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <p class="admin-notice" role="status" class:is-empty=move || message.with(Option::is_none)>
            {move || message.get()}
        </p>
    }
}
