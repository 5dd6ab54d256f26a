//! One registered webhook, with its secret and "Delete".

use cocrea_api::admin::Webhook;
use leptos::prelude::*;

use crate::components::DateText;
use crate::contexts::use_auth;
use crate::i18n::{around, live_text, msg, t, text, text_with};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_error::{admin_error_message, note_session_end};
use crate::staff::components::admin::ActionError;

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
        let question = text_with(msg::ADMIN_WEBHOOK_DELETE_CONFIRM, &[("url", (&url).into())]);
        if window().confirm_with_message(&question).unwrap_or(false) {
            error.set(None);
            delete.dispatch_local(());
        }
    };
    let (added_before, added_after) = around(msg::ADMIN_WEBHOOK_ADDED_ON, "date");
    let delete_label = {
        let url = webhook.url.clone();
        live_text(move || text_with(msg::ADMIN_WEBHOOK_DELETE_LABEL, &[("url", (&url).into())]))
    };
    view! {
        <div class="webhook-row" data-webhook-id=id>
            <div class="webhook-info">
                <p class="webhook-url">
                    <code>{webhook.url.clone()}</code>
                </p>
                <p class="webhook-added">
                    {added_before}
                    <DateText at=webhook.created_at />
                    {added_after}
                </p>
                <details class="webhook-secret">
                    <summary>{t(msg::ADMIN_WEBHOOK_SECRET)}</summary>
                    <p class="hint">{t(msg::ADMIN_WEBHOOK_SECRET_HINT)}</p>
                    <code class="secret">{webhook.secret}</code>
                </details>
            </div>
            <button
                type="button"
                class="button button-secondary webhook-delete"
                aria-label=delete_label
                disabled=move || busy.get()
                on:click=on_delete
            >
                {live_text(move || {
                    text(if busy.get() { msg::ADMIN_WEBHOOK_DELETING } else { msg::ADMIN_WEBHOOK_DELETE })
                })}
            </button>
            <ActionError message=error />
        </div>
    }
}
