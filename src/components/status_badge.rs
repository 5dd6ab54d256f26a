//! The small label that says where a design stands.

use cocrea_api::DesignStatus;
use leptos::prelude::*;

/// A coloured badge with the status in words ("Voting", "Goal reached", ...).
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
            {move || status.get().label()}
        </span>
    }
}
