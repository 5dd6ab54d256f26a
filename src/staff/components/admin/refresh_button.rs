//! The button that loads a section's list again.

use leptos::prelude::*;

use crate::i18n::{live_text, msg, text};

/// "Refresh", or a disabled "Refreshing…" while the list loads.
#[component]
pub fn RefreshButton(
    /// Whether the list is loading now.
    #[prop(into)]
    loading: Signal<bool>,
    /// Loads the list again.
    on_refresh: Callback<()>,
    /// What the button refreshes, for screen readers ("Refresh the review queue"):
    /// `t(msg::...)`, so it follows the language.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button button-secondary admin-refresh"
            aria-label=label
            disabled=move || loading.get()
            on:click=move |_| on_refresh.run(())
        >
            {live_text(move || {
                text(if loading.get() { msg::ADMIN_REFRESHING } else { msg::ADMIN_REFRESH })
            })}
        </button>
    }
}
