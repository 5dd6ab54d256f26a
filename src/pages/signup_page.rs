//! `/signup`: creating an account, then back to where the person was (`?next=`, `?like=`).

use cocrea_api::Account;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::SignupForm;
use crate::contexts::use_auth;
use crate::pages::go_on_when_signed_in;
use crate::redirect::AfterSignIn;
use crate::set_page_title;

/// The sign-up page: name, email and password; signed in as soon as it succeeds.
#[component]
pub fn SignupPage() -> impl IntoView {
    set_page_title("Create an account");
    let auth = use_auth();
    let query = use_query_map();
    let after = Memo::new(move |_| query.with(AfterSignIn::from_query));
    go_on_when_signed_in(after);
    let on_signed_up = Callback::new(move |account: Account| auth.signed_in(account));
    view! {
        <div class="auth-page">
            <header class="page-intro">
                <h1>"Create your account"</h1>
                <p>
                    {move || {
                        if after.with(|a| a.like.is_some()) {
                            "One minute, and your like is saved."
                        } else {
                            "Like the designs you want us to make, and share your own."
                        }
                    }}
                </p>
            </header>
            <SignupForm
                login_href=Signal::derive(move || after.with(|a| a.href("/login")))
                on_signed_up=on_signed_up
            />
            <p class="auth-switch">
                "Already have an account? "
                <a href=move || after.with(|a| a.href("/login"))>"Sign in"</a>
            </p>
        </div>
    }
}
