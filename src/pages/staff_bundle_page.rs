//! In the shoppers' bundle: the paths that the staff bundle serves
//! (`cocrea_api::staff_bundle`).

use cocrea_api::staff_bundle;
use leptos::prelude::*;
use leptos_router::any_nested_route::IntoAnyNestedRoute;
use leptos_router::hooks::use_location;

use crate::bundle;
use crate::components::Spinner;
use crate::pages::NotFoundPage;

/// What a path that no route of this bundle knows shows: in the shoppers' bundle, a
/// path the staff bundle serves is loaded from the server ([`StaffBundlePage`]);
/// anything else is not found.
#[component]
pub fn OtherPathPage() -> impl IntoView {
    let location = use_location();
    move || {
        // The staff bundle has these paths' routes; one it has no page for (say,
        // `/admin/nothing`) must not load itself again and again.
        let elsewhere = !bundle::IS_STAFF && staff_bundle::serves(&location.pathname.get());
        if elsewhere {
            view! { <StaffBundlePage /> }.into_any()
        } else {
            view! { <NotFoundPage /> }.into_any()
        }
    }
}

/// Stands in for the store and brand pages (`/admin`, `/screen`, `/tag/:id`,
/// `/tags`) and the designers' pages (`/submit`, `/me`, `/designers/:id`) in the
/// shoppers' bundle, which leaves their code out: reached by an in-app navigation
/// (say, signing in on the way to `/admin`), it loads the address from the server,
/// which answers with the staff bundle.
#[component]
pub fn StaffBundlePage() -> impl IntoView {
    let location = use_location();
    let address = format!(
        "{}{}",
        location.pathname.get_untracked(),
        location.search.get_untracked()
    );
    let _ = window().location().replace(&address);
    view! { <Spinner /> }
}

/// The shoppers' bundle has no staff routes: their paths reach [`OtherPathPage`].
#[component(transparent)]
pub fn NoStaffRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    ().into_any_nested_route()
}
