//! `/submit`: where a community designer sends a new design.

use cocrea_api::Design;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::components::{RequireSignIn, SubmitForm};
use crate::contexts::use_auth;
use crate::set_page_title;

/// The submit page: a short introduction and the form; opens the new design once stored.
/// Designs are submitted under the signed-in account, so visitors sign in first.
#[component]
pub fn SubmitPage() -> impl IntoView {
    set_page_title("Submit a design");
    let auth = use_auth();
    let navigate = use_navigate();
    let on_created = Callback::new(move |design: Design| {
        navigate(
            &format!("/designs/{}", design.id),
            NavigateOptions::default(),
        );
    });
    view! {
        <RequireSignIn>
            <div class="submit-page">
                <header class="page-intro">
                    <h1>"Submit a design"</h1>
                    <p>
                        "Share a garment you'd love to wear. If enough people like it, we'll make it and put it in our stores."
                    </p>
                    <p class="submitting-as">
                        "It will be shown as designed by "
                        <strong>{move || auth.account().map(|a| a.name)}</strong> "."
                    </p>
                </header>
                <SubmitForm on_created=on_created />
            </div>
        </RequireSignIn>
    }
}
