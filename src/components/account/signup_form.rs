//! The sign-up form: display name, email and password, checked before sending.

use cocrea_api::validation::{NAME_MAX, NAME_MIN, PASSWORD_MIN};
use cocrea_api::{Account, ErrorCode, SignupRequest};
use leptos::prelude::*;

use crate::api::{self, ClientError};
use crate::components::shared::form_banner::FormNotice;
use crate::components::shared::form_checks::use_form_checks;
use crate::components::{FieldError, FormBanner, PasswordField};
use crate::i18n::{live_text, msg, t, text, text_with};

/// The form's fields in the order they appear, which is the order errors are focused in.
const FIELDS: [&str; 3] = ["name", "email", "password"];

/// `form#signup-form`; calls `on_signed_up` once the server has made the account.
#[component]
pub fn SignupForm(
    /// The sign-in page to offer when the email is taken, keeping `?next=` and `?like=`.
    #[prop(into)]
    login_href: Signal<String>,
    /// Runs with the new, signed-in account.
    on_signed_up: Callback<Account>,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let banner = RwSignal::new(None::<FormNotice>);

    let request = move || SignupRequest {
        name: name.get_untracked(),
        email: email.get_untracked(),
        password: password.get_untracked(),
    };
    let checks = use_form_checks(&FIELDS, move || {
        request().validate().err().unwrap_or_default()
    });
    let recheck = Callback::new(move |()| checks.recheck());

    let send = Action::new_local(move |request: &SignupRequest| {
        let request = request.clone();
        async move {
            match api::signup(&request).await {
                Ok(account) => on_signed_up.run(account),
                Err(ClientError::Api(error)) if error.error == ErrorCode::EmailTaken => {
                    banner.set(Some(FormNotice::EmailTaken));
                }
                Err(ClientError::Api(error)) => {
                    if let Err(error) = checks.show_field_error(error) {
                        let message = ClientError::Api(error).user_message();
                        banner.set(Some(FormNotice::Message(message)));
                    }
                }
                Err(error) => banner.set(Some(FormNotice::Message(error.user_message()))),
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
        if let Ok(valid) = request().validate() {
            send.dispatch_local(SignupRequest {
                name: valid.name,
                email: valid.email,
                password: valid.password,
            });
        }
    };

    let error_of = move |field: &'static str| checks.error(field);
    let described_by =
        move |field: &'static str, hint: &'static str| checks.described_by(field, Some(hint));
    let invalid = move |field: &'static str| checks.invalid(field);

    view! {
        <form id="signup-form" class="auth-form" novalidate=true on:submit=on_submit>
            <div class="field" class:has-error=move || error_of("name").get().is_some()>
                <label for="name">{t(msg::NAME_LABEL)}</label>
                <input
                    type="text"
                    id="name"
                    name="name"
                    autocomplete="nickname"
                    aria-describedby=described_by("name", "name-hint")
                    aria-invalid=invalid("name")
                    prop:value=move || name.get()
                    on:input=move |ev| {
                        name.set(event_target_value(&ev));
                        recheck.run(());
                    }
                />
                <p class="hint" id="name-hint">
                    {live_text(move || {
                        text_with(msg::NAME_HINT, &[("min", NAME_MIN.into()), ("max", NAME_MAX.into())])
                    })}
                </p>
                <FieldError field="name" message=error_of("name") />
            </div>
            <div class="field" class:has-error=move || error_of("email").get().is_some()>
                <label for="email">{t(msg::EMAIL_LABEL)}</label>
                <input
                    type="email"
                    id="email"
                    name="email"
                    autocomplete="email"
                    autocapitalize="none"
                    spellcheck="false"
                    inputmode="email"
                    aria-describedby=described_by("email", "email-hint")
                    aria-invalid=invalid("email")
                    prop:value=move || email.get()
                    on:input=move |ev| {
                        email.set(event_target_value(&ev));
                        recheck.run(());
                    }
                />
                <p class="hint" id="email-hint">{t(msg::EMAIL_HINT)}</p>
                <FieldError field="email" message=error_of("email") />
            </div>
            <PasswordField
                autocomplete="new-password"
                value=password
                error=error_of("password")
                hint=live_text(move || text_with(msg::PASSWORD_HINT, &[("min", PASSWORD_MIN.into())]))
                on_input=recheck
            />
            {move || {
                banner
                    .get()
                    .map(|notice| view! { <FormBanner notice=notice login_href=login_href.get() /> })
            }}
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=move || sending.get()>
                    {live_text(move || text(if sending.get() { msg::SIGNUP_SENDING } else { msg::SIGNUP_SUBMIT }))}
                </button>
            </div>
        </form>
    }
}
