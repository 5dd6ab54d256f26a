//! What a page shows when the API fails, with a way to try again.

use leptos::prelude::*;

use crate::i18n::{msg, t};

/// A message about a failed load and a "Try again" button.
#[component]
pub fn ErrorNotice(
    /// The sentence that says what went wrong and what to do.
    #[prop(into)]
    message: String,
    /// Runs when the person asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="error-notice" role="alert">
            <p>{message}</p>
            <button type="button" class="button retry" on:click=move |_| on_retry.run(())>
                {t(msg::TRY_AGAIN)}
            </button>
        </div>
    }
}
