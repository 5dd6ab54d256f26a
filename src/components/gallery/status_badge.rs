//! The small label that says where a design stands.

use cocrea_api::DesignStatus;
use leptos::prelude::*;

use crate::i18n::status_name;

/// A coloured badge with the status in words ("Voting", "Goal reached", ...), in the
/// reader's language.
#[component]
pub fn StatusBadge(
    /// The design's status.
    #[prop(into)]
    status: Signal<DesignStatus>,
) -> impl IntoView {
    view! {
        <span
            class=move || format!("status-badge status-{}", status.get().as_str())
            data-status=move || status.get().as_str()
        >
            {move || status_name(status.get())}
        </span>
    }
}
