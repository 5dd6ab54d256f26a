//! One account in the people list, with "Make admin" or "Remove admin".

use cocrea_api::admin::{AdminUser, Role};
use cocrea_api::ErrorCode;
use leptos::prelude::*;

use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, t, text, text_with};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_error::{admin_error_message, note_session_end};

/// The sentence that says `name` now has `role`.
pub fn role_message(name: &str, role: Role) -> String {
    let id = match role {
        Role::Admin => msg::ADMIN_ROLE_GRANTED,
        Role::User => msg::ADMIN_ROLE_REVOKED,
    };
    text_with(id, &[("name", name.into())])
}

/// Name, email and role, and the button that gives or takes the admin role.
/// When the server refuses (for example, revoking one's own role), the reason
/// shows under the row.
#[component]
pub fn PersonRow(
    /// The account.
    user: AdminUser,
    /// Whether it is the signed-in admin's own account.
    is_me: bool,
    /// Runs once the role changed, with the account as it is now.
    on_changed: Callback<AdminUser>,
) -> impl IntoView {
    let auth = use_auth();
    let role = RwSignal::new(user.role);
    let error = RwSignal::new(None::<String>);
    let stored = StoredValue::new(user.clone());
    let send = Action::new_local(move |next: &Role| {
        let next = *next;
        async move {
            let id = stored.with_value(|user| user.id);
            match api_admin::set_role(id, next).await {
                Ok(()) => {
                    role.try_set(next);
                    if let Some(user) = stored.try_get_value() {
                        on_changed.run(AdminUser { role: next, ..user });
                    }
                }
                Err(failure) => {
                    note_session_end(auth, &failure);
                    // The one conflict here: an admin revoking their own role.
                    let message = if is_me && failure.code() == Some(ErrorCode::Conflict) {
                        text(msg::ADMIN_ERROR_OWN_ROLE)
                    } else {
                        admin_error_message(&failure)
                    };
                    error.try_set(Some(message));
                }
            }
        }
    });
    let busy = send.pending();
    let email = if user.email.is_empty() {
        view! {
            <span class="person-email person-no-email">{t(msg::ADMIN_PERSON_NO_EMAIL)}</span>
        }
        .into_any()
    } else {
        view! { <span class="person-email">{user.email.clone()}</span> }.into_any()
    };
    let me = is_me.then(|| view! { <span class="person-me">{t(msg::ADMIN_PERSON_YOU)}</span> });
    let error_id = format!("person-{}-error", user.id);
    let described_by = error_id.clone();

    view! {
        <div class="person-row" data-user-id=user.id>
            <div class="person-who">
                <span class="person-name">{user.name.clone()} " " {me}</span>
                {email}
            </div>
            <span class="person-role" data-role=move || role.get().as_str()>
                {live_text(move || {
                    text(match role.get() {
                        Role::Admin => msg::ADMIN_ROLE_ADMIN,
                        Role::User => msg::ADMIN_ROLE_USER,
                    })
                })}
            </span>
            <button
                type="button"
                class="button button-secondary person-role-button"
                aria-describedby=move || error.with(Option::is_some).then(|| described_by.clone())
                disabled=move || busy.get()
                on:click=move |_| {
                    error.set(None);
                    let next = match role.get_untracked() {
                        Role::Admin => Role::User,
                        Role::User => Role::Admin,
                    };
                    send.dispatch_local(next);
                }
            >
                {live_text(move || {
                    text(match (busy.get(), role.get()) {
                        (true, _) => msg::ADMIN_SAVING,
                        (false, Role::Admin) => msg::ADMIN_REMOVE_ADMIN,
                        (false, Role::User) => msg::ADMIN_MAKE_ADMIN,
                    })
                })}
            </button>
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="admin-error person-error" id=error_id.clone() role="alert">
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
