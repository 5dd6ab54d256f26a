//! The form that registers a webhook URL.

use cocrea_api::admin::{NewWebhook, Webhook};
use leptos::prelude::*;

use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, t, text};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_error::{admin_error_message, note_session_end};

/// `form#webhook-form`: the URL and "Add webhook"; the server's objection to the
/// URL shows under the field.
#[component]
pub fn WebhookForm(
    /// Runs with the registered webhook (and its new signing secret).
    on_created: Callback<Webhook>,
) -> impl IntoView {
    let auth = use_auth();
    let url = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let input = NodeRef::<leptos::html::Input>::new();
    let send = Action::new_local(move |request: &NewWebhook| {
        let request = request.clone();
        async move {
            match api_admin::create_webhook(&request).await {
                Ok(webhook) => {
                    url.try_set(String::new());
                    on_created.run(webhook);
                }
                Err(failure) => {
                    note_session_end(auth, &failure);
                    // What a good URL looks like, in the reader's language (the
                    // server's own sentence in English); or why the request failed.
                    let message = admin_error_message(&failure);
                    error.try_set(Some(message));
                    if let Some(input) = input.get_untracked() {
                        let _ = input.focus();
                    }
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
        let typed = url.get_untracked().trim().to_owned();
        if typed.is_empty() {
            error.set(Some(text(msg::ADMIN_WEBHOOK_URL_MISSING)));
            if let Some(input) = input.get_untracked() {
                let _ = input.focus();
            }
            return;
        }
        error.set(None);
        send.dispatch_local(NewWebhook { url: typed });
    };
    view! {
        <form id="webhook-form" class="webhook-form" novalidate=true on:submit=on_submit>
            <div class="field" class:has-error=move || error.with(Option::is_some)>
                <label for="webhook-url">{t(msg::ADMIN_WEBHOOK_URL_LABEL)}</label>
                <div class="search-row">
                    <input
                        type="url"
                        id="webhook-url"
                        name="url"
                        inputmode="url"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder="https://example.com/hooks/cocrea"
                        node_ref=input
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby=move || error.with(Option::is_some).then_some("webhook-url-error")
                        prop:value=move || url.get()
                        on:input=move |ev| url.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button button-primary" disabled=move || sending.get()>
                        {live_text(move || {
                            text(if sending.get() { msg::ADMIN_WEBHOOK_ADDING } else { msg::ADMIN_WEBHOOK_ADD })
                        })}
                    </button>
                </div>
                {move || {
                    error
                        .get()
                        .map(|message| {
                            view! {
                                <p class="field-error" id="webhook-url-error" data-field="url">
                                    {message}
                                </p>
                            }
                        })
                }}
            </div>
        </form>
    }
}
