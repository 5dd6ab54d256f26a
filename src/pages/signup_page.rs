//! `/signup`: creating an account, then back to where the person was (`?next=`, `?like=`).

use cocrea_api::Account;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::SignupForm;
use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, page_title, t, text};
use crate::pages::go_on_when_signed_in;
use crate::redirect::AfterSignIn;

/// The sign-up page: name, email and password; signed in as soon as it succeeds.
#[component]
pub fn SignupPage() -> impl IntoView {
    page_title(msg::SIGNUP_TITLE);
    let auth = use_auth();
    let query = use_query_map();
    let after = Memo::new(move |_| query.with(AfterSignIn::from_query));
    go_on_when_signed_in(after);
    let on_signed_up = Callback::new(move |account: Account| auth.signed_in(account));
    view! {
        <div class="auth-page">
            <header class="page-intro">
                <h1>{t(msg::SIGNUP_HEADING)}</h1>
                <p>
                    {live_text(move || {
                        text(if after.with(|a| a.like.is_some()) {
                            msg::SIGNUP_INTRO_LIKE
                        } else {
                            msg::SIGNUP_INTRO
                        })
                    })}
                </p>
            </header>
            <SignupForm
                login_href=Signal::derive(move || after.with(|a| a.href("/login")))
                on_signed_up=on_signed_up
            />
            <p class="auth-switch">
                {t(msg::SIGNUP_HAVE_ACCOUNT)} " "
                <a href=move || after.with(|a| a.href("/login"))>{t(msg::SIGNUP_SIGN_IN)}</a>
            </p>
        </div>
    }
}
