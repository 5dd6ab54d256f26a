//! The app's frame (header, main, footer), its routes and the shared sign-in state.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{SiteFooter, SiteHeader};
use crate::contexts::provide_auth;
use crate::i18n::{msg, t, UrlLanguage};
#[cfg(not(feature = "staff"))]
use crate::pages::StaffBundlePage;
#[cfg(feature = "staff")]
use crate::staff::pages::{
    AdminInsightsPage, AdminPage, DesignerPage, MyPage, ScreenPage, SubmitPage, TagPage, TagsPage,
};
use crate::pages::{DesignDetailPage, GalleryPage, LoginPage, NotFoundPage, SignupPage};

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
                {routes()}
            </main>
            <SiteFooter />
        </Router>
    }
}

/// The shopper build's routes. The in-store and brand pages are left out so
/// that shoppers' phones never download their code: the staff build has them,
/// and reaching one of their paths here loads it from the server.
#[cfg(not(feature = "staff"))]
fn routes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <NotFoundPage /> }>
            <Route path=path!("/") view=GalleryPage />
            <Route path=path!("/designs/:id") view=DesignDetailPage />
            <Route path=path!("/designers/:id") view=StaffBundlePage />
            <Route path=path!("/submit") view=StaffBundlePage />
            <Route path=path!("/login") view=LoginPage />
            <Route path=path!("/signup") view=SignupPage />
            <Route path=path!("/me") view=StaffBundlePage />
            <Route path=path!("/admin") view=StaffBundlePage />
            <Route path=path!("/admin/insights") view=StaffBundlePage />
            <Route path=path!("/screen") view=StaffBundlePage />
            <Route path=path!("/tags") view=StaffBundlePage />
            <Route path=path!("/tag/:id") view=StaffBundlePage />
        </Routes>
    }
}

/// The staff build's routes (feature `staff`, built from staff.html and served
/// for `/screen`, `/tag/:id`, `/tags` and `/admin`): the same pages plus the
/// in-store ones, around which style/live.css hides the header and footer, and
/// the brand's administration.
#[cfg(feature = "staff")]
fn routes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <NotFoundPage /> }>
            <Route path=path!("/") view=GalleryPage />
            <Route path=path!("/designs/:id") view=DesignDetailPage />
            <Route path=path!("/designers/:id") view=DesignerPage />
            <Route path=path!("/submit") view=SubmitPage />
            <Route path=path!("/login") view=LoginPage />
            <Route path=path!("/signup") view=SignupPage />
            <Route path=path!("/me") view=MyPage />
            <Route path=path!("/tag/:id") view=TagPage />
            <Route path=path!("/tags") view=TagsPage />
            <Route path=path!("/screen") view=ScreenPage />
            <Route path=path!("/admin") view=AdminPage />
            <Route path=path!("/admin/insights") view=AdminInsightsPage />
        </Routes>
    }
}
