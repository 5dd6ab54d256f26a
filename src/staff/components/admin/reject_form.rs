//! The form that rejects a pending design with a reason its designer reads.

use cocrea_api::admin::{RejectRequest, NOTE_MAX};
use leptos::prelude::*;

use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, t, text};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_error::note_session_end;
use crate::staff::components::admin::note::{check_note, note_count};
use crate::staff::components::admin::pending_design_card::review_error_message;

/// A required reason (up to [`NOTE_MAX`] characters, counted as typed), "Reject
/// design" and "Cancel". The reason box takes focus when the form opens.
#[component]
pub fn RejectForm(
    /// The design to reject.
    design_id: i64,
    /// Runs once the server has rejected it.
    on_rejected: Callback<()>,
    /// Runs when the admin changes their mind.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let auth = use_auth();
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let field = format!("reason-{design_id}");
    let error_id = format!("reason-{design_id}-error");
    let textarea = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(textarea) = textarea.get() {
            let _ = textarea.focus();
        }
    });

    let send = Action::new_local(move |request: &RejectRequest| {
        let request = request.clone();
        async move {
            match api_admin::reject_design(design_id, &request).await {
                Ok(_) => on_rejected.run(()),
                Err(failure) => {
                    note_session_end(auth, &failure);
                    error.set(Some(review_error_message(&failure)));
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
        match check_note(&reason.get_untracked(), true) {
            Ok(reason) => {
                error.set(None);
                send.dispatch_local(RejectRequest { reason });
            }
            Err(message) => {
                error.set(Some(message));
                if let Some(textarea) = textarea.get_untracked() {
                    let _ = textarea.focus();
                }
            }
        }
    };
    let described_by = error_id.clone();
    let over = move || reason.with(|text| text.chars().count() > NOTE_MAX);

    view! {
        <form class="reject-form" novalidate=true on:submit=on_submit>
            <div class="field" class:has-error=move || error.with(Option::is_some)>
                <label for=field.clone()>{t(msg::ADMIN_REJECT_REASON_LABEL)}</label>
                <p class="hint">{t(msg::ADMIN_REJECT_REASON_HINT)}</p>
                <textarea
                    id=field
                    name="reason"
                    rows="3"
                    required=true
                    node_ref=textarea
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then(|| described_by.clone())
                    prop:value=move || reason.get()
                    on:input=move |ev| reason.set(event_target_value(&ev))
                ></textarea>
                <p class="char-count" class:over=over>
                    {live_text(move || reason.with(|typed| note_count(typed)))}
                </p>
                {move || {
                    error
                        .get()
                        .map(|message| {
                            view! {
                                <p class="field-error" id=error_id.clone() data-field="reason">
                                    {message}
                                </p>
                            }
                        })
                }}
            </div>
            <div class="admin-actions">
                <button type="submit" class="button button-primary button-danger" disabled=move || sending.get()>
                    {live_text(move || {
                        text(if sending.get() { msg::ADMIN_REJECTING } else { msg::ADMIN_REJECT_SEND })
                    })}
                </button>
                <button
                    type="button"
                    class="button button-secondary"
                    disabled=move || sending.get()
                    on:click=move |_| on_cancel.run(())
                >
                    {t(msg::ADMIN_CANCEL)}
                </button>
            </div>
        </form>
    }
}
