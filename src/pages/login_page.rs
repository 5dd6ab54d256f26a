//! `/login`: signing in, then back to where the person was (`?next=`, `?like=`).

use cocrea_api::Account;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::LoginForm;
use crate::contexts::use_auth;
use crate::pages::go_on_when_signed_in;
use crate::redirect::AfterSignIn;
use crate::set_page_title;

/// The sign-in page; a pending like (`?like=ID`) is mentioned and kept for sign-up too.
#[component]
pub fn LoginPage() -> impl IntoView {
    set_page_title("Sign in");
    let auth = use_auth();
    let query = use_query_map();
    let after = Memo::new(move |_| query.with(AfterSignIn::from_query));
    go_on_when_signed_in(after);
    let on_signed_in = Callback::new(move |account: Account| auth.signed_in(account));
    view! {
        <div class="auth-page">
            <header class="page-intro">
                <h1>"Sign in"</h1>
                <p>
                    {move || {
                        if after.with(|a| a.like.is_some()) {
                            "Sign in and your like is saved right away."
                        } else {
                            "Welcome back. Sign in to like designs and share your own."
                        }
                    }}
                </p>
            </header>
            <LoginForm on_signed_in=on_signed_in />
            <p class="auth-switch">
                "New to cocrea? "
                <a href=move || after.with(|a| a.href("/signup"))>"Create an account"</a>
            </p>
        </div>
    }
}
