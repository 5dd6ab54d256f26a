//! The people section of `/admin`: accounts, and who is brand staff.

use cocrea_api::admin::AdminUser;
use leptos::prelude::*;

use crate::api_admin;
use crate::components::admin::admin_list::{admin_list_view, AdminList};
use crate::components::admin::person_row::role_message;
use crate::components::admin::{ActionNotice, PersonRow};
use crate::contexts::use_auth;

/// A search by name or email, and the accounts found (staff first), each with the
/// button that gives or takes the admin role.
#[component]
pub fn PeopleList() -> impl IntoView {
    let auth = use_auth();
    let my_id = Memo::new(move |_| auth.account().map(|account| account.id));
    let list = AdminList::<AdminUser>::new();
    let query = RwSignal::new(String::new());
    let searched = RwSignal::new(String::new());
    let load = move || {
        let q = query.get_untracked();
        searched.set(q.trim().to_owned());
        list.load(async move { api_admin::users(&q).await })
    };
    load();
    let on_refresh = Callback::new(move |()| load());
    let notice = RwSignal::new(None::<String>);
    let on_changed = Callback::new(move |user: AdminUser| {
        notice.set(Some(role_message(&user.name, user.role)));
        list.update(|users| {
            if let Some(row) = users.iter_mut().find(|row| row.id == user.id) {
                *row = user;
            }
        });
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        load();
    };
    let empty = move || {
        view! {
            <p class="admin-empty-line">
                {move || {
                    let q = searched.get();
                    if q.is_empty() {
                        "No accounts yet.".to_owned()
                    } else {
                        format!(
                            "No one's name or email contains “{q}”. Check the spelling, or search for part of it.",
                        )
                    }
                }}
            </p>
        }
        .into_any()
    };
    let ready = move || {
        view! {
            <ul class="admin-list people" aria-label="Accounts">
                <For each=move || list.items() key=|user| user.id let:user>
                    <li>
                        <PersonRow
                            is_me=my_id.get_untracked() == Some(user.id)
                            user=user
                            on_changed=on_changed
                        />
                    </li>
                </For>
            </ul>
        }
    };
    let loading = move || list.is_loading();

    view! {
        <section class="admin-section" aria-labelledby="people-heading">
            <div class="admin-section-head">
                <h2 id="people-heading">"People"</h2>
            </div>
            <p class="admin-section-intro">
                "Brand staff can review designs, run production and see the insights. Find an account and make it staff, or take staff access away."
            </p>
            <form class="people-search" role="search" on:submit=on_submit>
                <label for="people-q">"Find people by name or email"</label>
                <div class="search-row">
                    <input
                        type="search"
                        id="people-q"
                        name="q"
                        autocomplete="off"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button button-secondary" disabled=loading>
                        {move || if loading() { "Searching…" } else { "Search" }}
                    </button>
                </div>
            </form>
            <ActionNotice message=notice />
            {admin_list_view(list, "Loading accounts", on_refresh, empty, ready)}
        </section>
    }
}
