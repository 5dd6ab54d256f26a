//! The app's frame (header, main, footer), its routes and the shared sign-in state.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{SiteFooter, SiteHeader};
use crate::contexts::provide_auth;
use crate::pages::{
    DesignDetailPage, GalleryPage, LoginPage, MyPage, NotFoundPage, SignupPage, SubmitPage,
};

/// The whole app: every route between the same header and footer.
#[component]
pub fn App() -> impl IntoView {
    provide_auth();
    view! {
        <Router>
            <a class="skip-link" href="#main">
                "Skip to content"
            </a>
            <SiteHeader />
            <main id="main" class="site-main" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=GalleryPage />
                    <Route path=path!("/designs/:id") view=DesignDetailPage />
                    <Route path=path!("/submit") view=SubmitPage />
                    <Route path=path!("/login") view=LoginPage />
                    <Route path=path!("/signup") view=SignupPage />
                    <Route path=path!("/me") view=MyPage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}
