//! The staff bundle's routes: a page for each path of
//! `cocrea_api::staff_bundle::STAFF_BUNDLE_PATHS`, beside the shoppers' routes
//! (`crate::app`).

use leptos::prelude::*;
use leptos_router::any_nested_route::IntoAnyNestedRoute;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::path;

use crate::staff::pages::{
    AdminInsightsPage, AdminPage, DesignerPage, MyPage, ScreenPage, SubmitPage, TagPage, TagsPage,
};

/// The in-store pages (around which style/live.css hides the header and footer), the
/// brand's administration and the designers' pages.
#[component(transparent)]
pub fn StaffRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    // One route to return: a parent with no path of its own, showing its child.
    view! {
        <ParentRoute path=path!("") view=Outlet>
            <Route path=path!("/designers/:id") view=DesignerPage />
            <Route path=path!("/submit") view=SubmitPage />
            <Route path=path!("/me") view=MyPage />
            <Route path=path!("/tag/:id") view=TagPage />
            <Route path=path!("/tags") view=TagsPage />
            <Route path=path!("/screen") view=ScreenPage />
            <Route path=path!("/admin") view=AdminPage />
            <Route path=path!("/admin/insights") view=AdminInsightsPage />
        </ParentRoute>
    }
    .into_inner()
    .into_any_nested_route()
}
