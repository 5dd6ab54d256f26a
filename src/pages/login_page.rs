//! `/login`: signing in, then back to where the person was (`?next=`, `?like=`).

use cocrea_api::Account;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::LoginForm;
use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, page_title, t, text};
use crate::pages::go_on_when_signed_in;
use crate::redirect::AfterSignIn;

/// The sign-in page; a pending like (`?like=ID`) is mentioned and kept for sign-up too.
#[component]
pub fn LoginPage() -> impl IntoView {
    page_title(msg::LOGIN_TITLE);
    let auth = use_auth();
    let query = use_query_map();
    let after = Memo::new(move |_| query.with(AfterSignIn::from_query));
    go_on_when_signed_in(after);
    let on_signed_in = Callback::new(move |account: Account| auth.signed_in(account));
    view! {
        <div class="auth-page">
            <header class="page-intro">
                <h1>{t(msg::LOGIN_HEADING)}</h1>
                <p>
                    {live_text(move || {
                        text(if after.with(|a| a.like.is_some()) {
                            msg::LOGIN_INTRO_LIKE
                        } else {
                            msg::LOGIN_INTRO
                        })
                    })}
                </p>
            </header>
            <LoginForm on_signed_in=on_signed_in />
            <p class="auth-switch">
                {t(msg::LOGIN_NEW)} " "
                <a href=move || after.with(|a| a.href("/signup"))>{t(msg::LOGIN_CREATE_ACCOUNT)}</a>
            </p>
        </div>
    }
}
