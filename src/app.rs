//! The app's frame (header, main, footer) and its routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{SiteFooter, SiteHeader};
use crate::pages::{DesignDetailPage, GalleryPage, NotFoundPage, SubmitPage};

/// The whole app: every route between the same header and footer.
#[component]
pub fn App() -> impl IntoView {
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
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}
