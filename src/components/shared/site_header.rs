//! The header on every page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::api;
use crate::components::NotificationBell;
use crate::contexts::{use_auth, AuthStatus};
use crate::i18n::{around, msg, t, text_with, LanguageSelect};
use crate::redirect::AfterSignIn;

/// Paths that only a signed-in person can see; signing out there leads home.
const PRIVATE_PATHS: [&str; 2] = ["/me", "/submit"];

/// The first letter of a name, for the round account badge.
fn initial(name: &str) -> String {
    name.trim()
        .chars()
        .next()
        .map(String::from)
        .unwrap_or_default()
}

/// The "cocrea" wordmark linking home, the main navigation, who is signed in, and the
/// language menu.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let location = use_location();
    let signing_out = RwSignal::new(false);

    let sign_out = move |_| {
        if signing_out.get_untracked() {
            return;
        }
        signing_out.set(true);
        let navigate = navigate.clone();
        let path = location.pathname.get_untracked();
        spawn_local(async move {
            let result = api::logout().await;
            signing_out.set(false);
            match result {
                Err(error) if !error.is_unauthorized() => {
                    let _ = window().alert_with_message(&text_with(
                        msg::SIGN_OUT_FAILED,
                        &[("reason", error.user_message().as_str().into())],
                    ));
                }
                _ => {
                    if PRIVATE_PATHS.contains(&path.as_str()) {
                        navigate("/", NavigateOptions::default());
                    }
                    auth.signed_out();
                }
            }
        });
    };
    // Signing in from a page comes back to it.
    let sign_in_href = move |page: &str| {
        let here = location.pathname.get();
        let next = if here == "/login" || here == "/signup" {
            "/".to_owned()
        } else {
            format!("{here}{}", location.search.get())
        };
        AfterSignIn::new(&next, None).href(page)
    };

    let account_nav = move || match auth.status() {
        AuthStatus::Loading => None,
        AuthStatus::SignedOut => Some(
            view! {
                <a class="nav-sign-in" href=move || sign_in_href("/login")>
                    {t(msg::NAV_SIGN_IN)}
                </a>
                <a class="nav-sign-up" href=move || sign_in_href("/signup")>
                    {t(msg::NAV_SIGN_UP)}
                </a>
            }
            .into_any(),
        ),
        AuthStatus::SignedIn(account) => Some({
            let initial = initial(&account.name);
            // /admin lives in the staff bundle: a full page load (rel=external), not the router.
            let admin_link = (account.role == cocrea_api::admin::Role::Admin).then(|| {
                view! {
                    <a class="nav-admin" href="/admin" rel="external">
                        {t(msg::NAV_ADMIN)}
                    </a>
                }
            });
            let (before, after) = around(msg::NAV_SIGNED_IN_AS, "name");
            view! {
                <NotificationBell />
                <A
                    href="/me"
                    attr:class="account-name"
                    attr:title=t(msg::NAV_ACCOUNT)
                    attr:data-initial=initial
                >
                    <span class="visually-hidden">{before}</span>
                    <span class="account-label">{account.name}</span>
                    <span class="visually-hidden">{after}</span>
                </A>
                {admin_link}
                <button
                    type="button"
                    class="sign-out"
                    disabled=move || signing_out.get()
                    on:click=sign_out.clone()
                >
                    {t(msg::NAV_SIGN_OUT)}
                </button>
            }
            .into_any()
        }),
    };

    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="wordmark" href="/" aria-label=t(msg::HEADER_HOME)>
                    "cocrea"
                </a>
                <nav class="site-nav" aria-label=t(msg::HEADER_NAV)>
                    <A href="/" exact=true attr:class="nav-gallery">
                        {t(msg::NAV_GALLERY)}
                    </A>
                    <A href="/submit" attr:class="nav-cta">
                        <span class="nav-cta-long">{t(msg::NAV_SUBMIT)}</span>
                        <span class="nav-cta-short">{t(msg::NAV_SUBMIT_SHORT)}</span>
                    </A>
                    {account_nav}
                </nav>
                <LanguageSelect />
            </div>
        </header>
    }
}
