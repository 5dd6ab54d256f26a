//! Why an admin's action on a card failed, announced where the action is.

use leptos::prelude::*;

/// The failure of the card's last action, in words that say what to do; nothing
/// while there is none. An alert, so screen readers announce it at once.
#[component]
pub fn ActionError(
    /// The words, set when an action fails and cleared when the next one starts.
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    move || {
        message.get().map(|message| {
            view! {
                <p class="admin-error" role="alert">
                    {message}
                </p>
            }
        })
    }
}
