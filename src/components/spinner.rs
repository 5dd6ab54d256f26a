//! The loading indicator.

use leptos::prelude::*;

/// A spinning ring with words for screen readers, shown while something loads.
#[component]
pub fn Spinner(
    /// What is loading, read by screen readers ("Loading designs").
    #[prop(into, default = "Loading".into())]
    label: String,
) -> impl IntoView {
    view! {
        <div class="spinner" role="status">
            <span class="spinner-ring" aria-hidden="true"></span>
            <span class="visually-hidden">{label}</span>
        </div>
    }
}
