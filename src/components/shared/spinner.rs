//! The loading indicator.

use leptos::prelude::*;

use crate::i18n::{msg, t};

/// A spinning ring with words for screen readers, shown while something loads.
#[component]
pub fn Spinner(
    /// What is loading, read by screen readers ("Loading designs"); pass `t(msg::...)`
    /// so it follows the language. "Loading", in the reader's language, when absent.
    #[prop(optional, into)]
    label: Option<Signal<String>>,
) -> impl IntoView {
    let label = label.unwrap_or_else(|| t(msg::SPINNER_LOADING));
    view! {
        <div class="spinner" role="status">
            <span class="spinner-ring" aria-hidden="true"></span>
            <span class="visually-hidden">{label}</span>
        </div>
    }
}
