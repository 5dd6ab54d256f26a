//! The review section of `/admin`: designs waiting for approval.

use cocrea_api::Design;
use leptos::prelude::*;

use crate::i18n::{msg, t};
use crate::staff::components::admin::admin_list::{admin_list_view, AdminList};
use crate::staff::components::admin::{ActionNotice, PendingDesignCard, RefreshButton};

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
                <h3>{t(msg::ADMIN_REVIEW_EMPTY_HEADING)}</h3>
                <p>{t(msg::ADMIN_REVIEW_EMPTY_TEXT)}</p>
            </div>
        }
        .into_any()
    };
    let ready = move || {
        view! {
            <ul class="admin-list" aria-label=t(msg::ADMIN_REVIEW_HEADING)>
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
                <h2 id="review-heading">{t(msg::ADMIN_REVIEW_HEADING)}</h2>
                <RefreshButton
                    loading=loading
                    on_refresh=on_refresh
                    label=t(msg::ADMIN_REVIEW_REFRESH_LABEL)
                />
            </div>
            <p class="admin-section-intro">{t(msg::ADMIN_REVIEW_INTRO)}</p>
            <ActionNotice message=notice />
            {admin_list_view(list, msg::ADMIN_REVIEW_LOADING, on_refresh, empty, ready)}
        </section>
    }
}
