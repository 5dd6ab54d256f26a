//! In the shoppers' bundle: a path that the staff bundle serves.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::Spinner;

/// Stands in for the store and brand pages (`/admin`, `/screen`, `/tag/:id`,
/// `/tags`) and the designers' pages (`/submit`, `/me`, `/designers/:id`) in the
/// shoppers' bundle,
/// which leaves their code out: reached by
/// an in-app navigation (say, signing in on the way to `/admin`), it loads the
/// address from the server, which answers with the staff bundle.
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
