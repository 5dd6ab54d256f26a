//! Pages that only make sense for a signed-in person.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::components::Spinner;
use crate::contexts::{use_auth, AuthStatus};
use crate::i18n::{msg, t};
use crate::redirect::login_href;

/// Shows `children` to a signed-in person; sends anyone else to `/login?next=` this page.
///
/// While the app still asks the server who is signed in, a spinner holds the place.
#[component]
pub fn RequireSignIn(
    /// The page's content, built once someone is signed in.
    children: ChildrenFn,
) -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let location = use_location();
    // 0: still asking, 1: signed out, 2: signed in; children are only rebuilt when it changes.
    let state = Memo::new(move |_| match auth.status() {
        AuthStatus::Loading => 0u8,
        AuthStatus::SignedOut => 1,
        AuthStatus::SignedIn(_) => 2,
    });
    // This page's own address: signing out here navigates away first, and the page
    // must not then send the new page to sign-in.
    let path = location.pathname.get_untracked();
    let here = format!("{path}{}", location.search.get_untracked());
    Effect::new(move |_| {
        if state.get() == 1 && location.pathname.get_untracked() == path {
            let options = NavigateOptions {
                replace: true,
                ..NavigateOptions::default()
            };
            navigate(&login_href(&here), options);
        }
    });
    move || {
        if state.get() == 2 {
            children().into_any()
        } else {
            view! { <Spinner label=t(msg::CHECKING_SIGN_IN) /> }.into_any()
        }
    }
}
