//! The brand's pages: shown to admins, explained to everyone else.

use cocrea_api::admin::Role;
use leptos::prelude::*;

use crate::components::RequireSignIn;
use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, t, text_with};

/// Shows `children` to a signed-in admin. Anonymous visitors are sent to sign in
/// first (and come back); signed-in shoppers read that the page is for brand staff.
#[component]
pub fn RequireAdmin(
    /// The page's content, built once an admin is signed in.
    children: ChildrenFn,
) -> impl IntoView {
    let auth = use_auth();
    let is_admin = Memo::new(move |_| auth.account().map(|account| account.role == Role::Admin));
    let children = StoredValue::new(children);
    view! {
        <RequireSignIn>
            {move || {
                if is_admin.get() == Some(true) {
                    children.with_value(|children| children()).into_any()
                } else {
                    view! { <StaffOnlyNotice /> }.into_any()
                }
            }}
        </RequireSignIn>
    }
}

/// What a signed-in shopper reads at `/admin`.
#[component]
fn StaffOnlyNotice() -> impl IntoView {
    let auth = use_auth();
    let name = move || {
        auth.account()
            .map(|account| account.name)
            .unwrap_or_default()
    };
    view! {
        <div class="staff-only empty-state" role="alert">
            <h1>{t(msg::ADMIN_STAFF_ONLY_HEADING)}</h1>
            <p>
                {live_text(move || {
                    text_with(msg::ADMIN_STAFF_ONLY_TEXT, &[("name", (&name()).into())])
                })}
            </p>
            <a class="button" href="/">
                {t(msg::ADMIN_STAFF_ONLY_GALLERY)}
            </a>
        </div>
    }
}
