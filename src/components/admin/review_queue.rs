//! The review section of `/admin`: designs waiting for approval.

use cocrea_api::Design;
use leptos::prelude::*;

use crate::components::admin::admin_list::{admin_list_view, AdminList};
use crate::components::admin::{ActionNotice, PendingDesignCard, RefreshButton};

/// Pending designs, newest first: each one leaves the list once reviewed,
/// and the section says what happened.
#[component]
pub fn ReviewQueue(
    /// The pending designs (the page loads them: the navigation counts them).
    list: AdminList<Design>,
    /// Loads the list again.
    on_refresh: Callback<()>,
) -> impl IntoView {
    let notice = RwSignal::new(None::<String>);
    let on_reviewed = Callback::new(move |(id, message): (i64, String)| {
        list.remove(|design| design.id == id);
        notice.set(Some(message));
    });
    let loading = Signal::derive(move || list.is_loading());
    let empty = || {
        view! {
            <div class="empty-state admin-empty">
                <h3>"Nothing waits for review"</h3>
                <p>
                    "New designs appear here while moderation is on. With moderation off, they go straight to the gallery."
                </p>
            </div>
        }
        .into_any()
    };
    let ready = move || {
        view! {
            <ul class="admin-list" aria-label="Designs waiting for review">
                <For each=move || list.items() key=|design| design.id let:design>
                    <li>
                        <PendingDesignCard design=design on_reviewed=on_reviewed />
                    </li>
                </For>
            </ul>
        }
    };
    view! {
        <section class="admin-section" aria-labelledby="review-heading">
            <div class="admin-section-head">
                <h2 id="review-heading">"Designs waiting for review"</h2>
                <RefreshButton loading=loading on_refresh=on_refresh label="Refresh the review queue" />
            </div>
            <p class="admin-section-intro">
                "Approve a design to put it in the gallery, or reject it with a reason its designer will read."
            </p>
            <ActionNotice message=notice />
            {admin_list_view(list, "Loading designs waiting for review", on_refresh, empty, ready)}
        </section>
    }
}
