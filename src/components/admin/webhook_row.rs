//! One registered webhook, with its secret and "Delete".

use cocrea_api::admin::Webhook;
use leptos::prelude::*;

use crate::api_admin;
use crate::components::admin::admin_error::{admin_error_message, note_session_end};
use crate::components::DateText;
use crate::contexts::use_auth;

/// The URL, when it was added, its signing secret (folded away) and "Delete",
/// which asks first.
#[component]
pub fn WebhookRow(
    /// The webhook.
    webhook: Webhook,
    /// Runs once it is deleted, with its id.
    on_deleted: Callback<i64>,
) -> impl IntoView {
    let auth = use_auth();
    let id = webhook.id;
    let url = webhook.url.clone();
    let error = RwSignal::new(None::<String>);
    let delete = Action::new_local(move |_: &()| async move {
        match api_admin::delete_webhook(id).await {
            Ok(()) => on_deleted.run(id),
            Err(failure) => {
                note_session_end(auth, &failure);
                error.try_set(Some(admin_error_message(&failure)));
            }
        }
    });
    let busy = delete.pending();
    let on_delete = move |_| {
        let question = format!("Delete the webhook {url}? It will receive no more events.");
        if window().confirm_with_message(&question).unwrap_or(false) {
            error.set(None);
            delete.dispatch_local(());
        }
    };
    view! {
        <div class="webhook-row" data-webhook-id=id>
            <div class="webhook-info">
                <p class="webhook-url">
                    <code>{webhook.url.clone()}</code>
                </p>
                <p class="webhook-added">"Added " <DateText at=webhook.created_at /></p>
                <details class="webhook-secret">
                    <summary>"Signing secret"</summary>
                    <p class="hint">
                        "The receiver checks the X-Cocrea-Signature header (HMAC-SHA256 of the body) with this key."
                    </p>
                    <code class="secret">{webhook.secret}</code>
                </details>
            </div>
            <button
                type="button"
                class="button button-secondary webhook-delete"
                aria-label=format!("Delete the webhook {}", webhook.url)
                disabled=move || busy.get()
                on:click=on_delete
            >
                {move || if busy.get() { "Deleting…" } else { "Delete" }}
            </button>
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="admin-error" role="alert">
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
