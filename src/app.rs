//! The app's frame (header, main, footer), its routes and the shared sign-in state.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::bundle::BundleRoutes;
use crate::components::{Later, SiteFooter, SiteHeader};
use crate::contexts::provide_auth;
use crate::i18n::{msg, t, UrlLanguage};
use crate::pages::{DesignDetailPage, GalleryPage, LoginPage, OtherPathPage, SignupPage};

/// The whole app: every route between the same header and footer, in the language
/// chosen by `crate::i18n` (which follows `?lang=` in any address).
#[component]
pub fn App() -> impl IntoView {
    provide_auth();
    view! {
        <Router>
            <UrlLanguage />
            <a class="skip-link" href="#main">
                {t(msg::SKIP_TO_CONTENT)}
            </a>
            <SiteHeader />
            <main id="main" class="site-main" tabindex="-1">
                <Later>
                    <Routes fallback=|| view! { <OtherPathPage /> }>
                        <Route path=path!("/") view=GalleryPage />
                        <Route path=path!("/designs/:id") view=DesignDetailPage />
                        <Route path=path!("/login") view=LoginPage />
                        <Route path=path!("/signup") view=SignupPage />
                        <BundleRoutes />
                    </Routes>
                </Later>
            </main>
            // After the page's own view: built first, the footer would stand where the page
            // goes, then move down.
            <Later>
                <SiteFooter />
            </Later>
        </Router>
    }
}
