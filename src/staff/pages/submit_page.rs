//! `/submit`: where a community designer sends a new design.

use cocrea_api::Design;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::components::RequireSignIn;
use crate::contexts::use_auth;
use crate::i18n::{around, msg, page_title, t};
use crate::staff::components::SubmitForm;

/// The submit page: a short introduction and the form; opens the new design once
/// stored, saying it worked and offering to share it (`?submitted=1`).
/// Designs are submitted under the signed-in account, so visitors sign in first.
#[component]
pub fn SubmitPage() -> impl IntoView {
    page_title(msg::SUBMIT_TITLE);
    let auth = use_auth();
    let navigate = use_navigate();
    let on_created = Callback::new(move |design: Design| {
        navigate(
            &format!("/designs/{}?submitted=1", design.id),
            NavigateOptions::default(),
        );
    });
    let (shown_before, shown_after) = around(msg::SUBMIT_SHOWN_AS, "name");
    view! {
        <RequireSignIn>
            <div class="submit-page">
                <header class="page-intro">
                    <h1>{t(msg::SUBMIT_HEADING)}</h1>
                    <p>{t(msg::SUBMIT_INTRO)}</p>
                    <p class="submitting-as">
                        {shown_before}
                        <strong>{move || auth.account().map(|a| a.name)}</strong>
                        {shown_after}
                    </p>
                </header>
                <SubmitForm on_created=on_created />
            </div>
        </RequireSignIn>
    }
}
