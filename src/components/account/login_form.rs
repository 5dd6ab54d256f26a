//! The sign-in form: email and password.

use cocrea_api::validation::validate_email;
use cocrea_api::{Account, ApiError, ErrorCode, LoginRequest};
use leptos::prelude::*;

use crate::api;
use crate::components::shared::field_error::focus;
use crate::components::shared::form_banner::FormNotice;
use crate::components::shared::form_checks::use_form_checks;
use crate::components::{FieldError, FormBanner, PasswordField};
use crate::i18n::{live_text, msg, t, text};

/// The form's fields in the order they appear, which is the order errors are focused in.
const FIELDS: [&str; 2] = ["email", "password"];

/// The fields of a sign-in as typed, checked: the email's shape and a password at all.
pub fn check_login(email: &str, password: &str) -> Result<LoginRequest, Vec<ApiError>> {
    let email = validate_email(email);
    let password = if password.is_empty() {
        // The English sentence is for logs; the form shows the words for the code.
        Err(ApiError::field(
            ErrorCode::MissingField,
            "password",
            "Enter your password.",
        ))
    } else {
        Ok(password.to_owned())
    };
    match (email, password) {
        (Ok(email), Ok(password)) => Ok(LoginRequest { email, password }),
        (email, password) => Err([email.err(), password.err()]
            .into_iter()
            .flatten()
            .collect()),
    }
}

/// `form#login-form`; calls `on_signed_in` once the server has accepted the password.
#[component]
pub fn LoginForm(
    /// Runs with the signed-in account.
    on_signed_in: Callback<Account>,
) -> impl IntoView {
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let banner = RwSignal::new(None::<FormNotice>);

    let check = move || check_login(&email.get_untracked(), &password.get_untracked());
    let checks = use_form_checks(&FIELDS, move || check().err().unwrap_or_default());
    let recheck = Callback::new(move |()| checks.recheck());

    let send = Action::new_local(move |request: &LoginRequest| {
        let request = request.clone();
        async move {
            match api::login(&request).await {
                Ok(account) => on_signed_in.run(account),
                Err(error) => {
                    if error.code() == Some(ErrorCode::InvalidCredentials) {
                        password.set(String::new());
                        focus("password");
                    }
                    banner.set(Some(FormNotice::Message(error.user_message())));
                }
            }
        }
    });
    let sending = send.pending();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        banner.set(None);
        if !checks.attempt() {
            return;
        }
        if let Ok(request) = check() {
            send.dispatch_local(request);
        }
    };

    let email_error = checks.error("email");

    view! {
        <form id="login-form" class="auth-form" novalidate=true on:submit=on_submit>
            <div class="field" class:has-error=move || email_error.get().is_some()>
                <label for="email">{t(msg::EMAIL_LABEL)}</label>
                <input
                    type="email"
                    id="email"
                    name="email"
                    autocomplete="email"
                    autocapitalize="none"
                    spellcheck="false"
                    inputmode="email"
                    aria-describedby=checks.described_by("email", None)
                    aria-invalid=checks.invalid("email")
                    prop:value=move || email.get()
                    on:input=move |ev| {
                        email.set(event_target_value(&ev));
                        recheck.run(());
                    }
                />
                <FieldError field="email" message=email_error />
            </div>
            <PasswordField
                autocomplete="current-password"
                value=password
                error=checks.error("password")
                on_input=recheck
            />
            {move || banner.get().map(|notice| view! { <FormBanner notice=notice /> })}
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=move || sending.get()>
                    {live_text(move || text(if sending.get() { msg::LOGIN_SENDING } else { msg::LOGIN_SUBMIT }))}
                </button>
            </div>
        </form>
    }
}
