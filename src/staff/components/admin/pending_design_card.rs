//! One design in the review queue, with "Approve" and "Reject…".

use cocrea_api::{Design, ErrorCode};
use leptos::prelude::*;

use crate::api::ClientError;
use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, t, text, text_with};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_error::{admin_error_message, note_session_end};
use crate::staff::components::admin::{ActionError, DesignSummary, RejectForm};

/// Words for a review that failed; a conflict means another admin reviewed it first.
pub fn review_error_message(error: &ClientError) -> String {
    if error.code() == Some(ErrorCode::Conflict) {
        text(msg::ADMIN_REVIEW_CONFLICT)
    } else {
        admin_error_message(error)
    }
}

/// The design in full (image, title, designer, description) and its review:
/// approve at once, or open a form to reject it with a reason.
#[component]
pub fn PendingDesignCard(
    /// The pending design.
    design: Design,
    /// Runs once it is reviewed, with its id and the sentence that says what happened.
    on_reviewed: Callback<(i64, String)>,
) -> impl IntoView {
    let auth = use_auth();
    let id = design.id;
    let title = design.title.clone();
    let error = RwSignal::new(None::<String>);
    let rejecting = RwSignal::new(false);
    let reject_button = NodeRef::<leptos::html::Button>::new();

    let approve_title = title.clone();
    let approve = Action::new_local(move |_: &()| {
        let title = approve_title.clone();
        async move {
            match api_admin::approve_design(id).await {
                Ok(_) => on_reviewed.run((
                    id,
                    text_with(msg::ADMIN_APPROVED, &[("title", (&title).into())]),
                )),
                Err(failure) => {
                    note_session_end(auth, &failure);
                    error.set(Some(review_error_message(&failure)));
                }
            }
        }
    });
    let approving = approve.pending();

    let on_rejected = Callback::new(move |()| {
        on_reviewed.run((
            id,
            text_with(msg::ADMIN_REJECTED, &[("title", (&title).into())]),
        ));
    });
    let on_cancel = Callback::new(move |()| {
        rejecting.set(false);
        if let Some(button) = reject_button.get_untracked() {
            let _ = button.focus();
        }
    });

    view! {
        <article class="admin-card pending-design" data-design-id=id>
            <DesignSummary design=design with_description=true>
                <ActionError message=error />
                <div class="admin-actions">
                    <button
                        type="button"
                        class="button button-primary approve"
                        disabled=move || approving.get()
                        on:click=move |_| {
                            error.set(None);
                            approve.dispatch_local(());
                        }
                    >
                        {live_text(move || {
                            text(if approving.get() { msg::ADMIN_APPROVING } else { msg::ADMIN_APPROVE })
                        })}
                    </button>
                    <button
                        type="button"
                        class="button button-secondary reject"
                        node_ref=reject_button
                        aria-expanded=move || rejecting.get().to_string()
                        disabled=move || approving.get()
                        on:click=move |_| {
                            error.set(None);
                            rejecting.update(|open| *open = !*open);
                        }
                    >
                        {t(msg::ADMIN_REJECT_OPEN)}
                    </button>
                </div>
                {move || {
                    rejecting
                        .get()
                        .then(|| {
                            view! {
                                <RejectForm design_id=id on_rejected=on_rejected on_cancel=on_cancel />
                            }
                        })
                }}
            </DesignSummary>
        </article>
    }
}
