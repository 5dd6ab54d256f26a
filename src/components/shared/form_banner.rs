//! The message above a form's button when sending it failed for a reason no field owns.

use leptos::prelude::*;

use crate::i18n::{msg, t};

/// What a form's banner says.
#[derive(Debug, Clone, PartialEq)]
pub enum FormNotice {
    /// A sentence that says what happened and what to do.
    Message(String),
    /// Sign-up found an account with this email: offer to sign in instead.
    EmailTaken,
}

/// `<div class="form-banner" role="alert">`: announced as soon as it appears.
#[component]
pub fn FormBanner(
    /// What to say.
    notice: FormNotice,
    /// The sign-in link offered when the email is taken (keeps `?next=`).
    #[prop(optional, into)]
    login_href: String,
) -> impl IntoView {
    let words = match notice {
        FormNotice::Message(message) => view! { <p>{message}</p> }.into_any(),
        FormNotice::EmailTaken => view! {
            <p>
                {t(msg::FORM_EMAIL_TAKEN)} " " <a href=login_href>{t(msg::FORM_SIGN_IN_INSTEAD)}</a>
            </p>
        }
        .into_any(),
    };
    view! {
        <div class="form-banner" role="alert">
            {words}
        </div>
    }
}
