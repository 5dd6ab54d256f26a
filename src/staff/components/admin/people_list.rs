//! The people section of `/admin`: accounts, and who is brand staff.

use cocrea_api::admin::AdminUser;
use leptos::prelude::*;

use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, t, text, text_with};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_list::{admin_list_view, AdminList};
use crate::staff::components::admin::person_row::role_message;
use crate::staff::components::admin::{ActionNotice, AdminSection, PersonRow};

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
        list.load(async move { api_admin::users(&q).await });
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
                {live_text(move || {
                    let q = searched.get();
                    if q.is_empty() {
                        text(msg::ADMIN_PEOPLE_NONE)
                    } else {
                        text_with(msg::ADMIN_PEOPLE_NO_MATCH, &[("query", (&q).into())])
                    }
                })}
            </p>
        }
        .into_any()
    };
    let ready = move || {
        view! {
            <ul class="admin-list people" aria-label=t(msg::ADMIN_PEOPLE_LIST_LABEL)>
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
                <h2 id="people-heading">{t(AdminSection::People.label())}</h2>
            </div>
            <p class="admin-section-intro">{t(msg::ADMIN_PEOPLE_INTRO)}</p>
            <form class="people-search" role="search" on:submit=on_submit>
                <label for="people-q">{t(msg::ADMIN_PEOPLE_SEARCH_LABEL)}</label>
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
                        {live_text(move || {
                            text(if loading() { msg::ADMIN_PEOPLE_SEARCHING } else { msg::SEARCH_BUTTON })
                        })}
                    </button>
                </div>
            </form>
            <ActionNotice message=notice />
            {admin_list_view(list, msg::ADMIN_PEOPLE_LOADING, on_refresh, empty, ready)}
        </section>
    }
}
