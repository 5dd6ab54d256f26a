//! One design on its way to the store, with the steps it may take next.

use cocrea_api::admin::StatusChangeRequest;
use cocrea_api::{Design, DesignStatus};
use leptos::prelude::*;

use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, t, text, text_with, Msg};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_error::{admin_error_message, note_session_end};
use crate::staff::components::admin::note::{check_note, note_count};
use crate::staff::components::admin::{ActionError, DesignSummary};

/// The steps the production board offers, in the order of their buttons.
pub const PRODUCTION_STEPS: [DesignStatus; 3] = [
    DesignStatus::InProduction,
    DesignStatus::InStore,
    DesignStatus::Archived,
];

/// The steps a design in `status` may take from the board: those of
/// [`PRODUCTION_STEPS`] that [`DesignStatus::can_move_to`] allows.
pub fn next_steps(status: DesignStatus) -> Vec<DesignStatus> {
    PRODUCTION_STEPS
        .into_iter()
        .filter(|next| status.can_move_to(*next))
        .collect()
}

/// The words on the button that takes a design to `next`.
pub fn step_label(next: DesignStatus) -> Msg {
    match next {
        DesignStatus::InProduction => msg::ADMIN_STEP_IN_PRODUCTION,
        DesignStatus::InStore => msg::ADMIN_STEP_IN_STORE,
        DesignStatus::Archived => msg::ADMIN_STEP_ARCHIVED,
        _ => msg::ADMIN_STEP_OTHER,
    }
}

/// The sentence that says a design named `title` has moved to `next`.
pub fn moved_message(title: &str, next: DesignStatus) -> String {
    let id = match next {
        DesignStatus::InProduction => msg::ADMIN_MOVED_IN_PRODUCTION,
        DesignStatus::InStore => msg::ADMIN_MOVED_IN_STORE,
        DesignStatus::Archived => msg::ADMIN_MOVED_ARCHIVED,
        _ => msg::ADMIN_MOVED_OTHER,
    };
    text_with(id, &[("title", title.into())])
}

/// The design, an optional public note, and one button per allowed next step;
/// archiving asks first (it cannot be undone).
#[component]
pub fn ProductionDesignCard(
    /// The design.
    design: Design,
    /// Runs with the design as the server answered once it moved.
    on_moved: Callback<Design>,
) -> impl IntoView {
    let auth = use_auth();
    let id = design.id;
    let title = design.title.clone();
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let moving_to = RwSignal::new(None::<DesignStatus>);
    let note_id = format!("note-{id}");

    let send = Action::new_local(move |request: &StatusChangeRequest| {
        let request = request.clone();
        async move {
            match api_admin::change_status(id, &request).await {
                Ok(design) => on_moved.run(design),
                Err(failure) => {
                    note_session_end(auth, &failure);
                    error.try_set(Some(admin_error_message(&failure)));
                }
            }
            moving_to.try_set(None);
        }
    });
    let busy = send.pending();
    let move_to = move |next: DesignStatus| {
        if busy.get_untracked() {
            return;
        }
        let note = match check_note(&note.get_untracked(), false) {
            Ok(note) => note,
            Err(message) => {
                error.set(Some(message));
                return;
            }
        };
        if next == DesignStatus::Archived {
            let question = text_with(msg::ADMIN_ARCHIVE_CONFIRM, &[("title", (&title).into())]);
            if !window().confirm_with_message(&question).unwrap_or(false) {
                return;
            }
        }
        error.set(None);
        moving_to.set(Some(next));
        send.dispatch_local(StatusChangeRequest {
            status: next,
            note: (!note.is_empty()).then_some(note),
        });
    };
    let buttons = next_steps(design.status)
        .into_iter()
        .map(|next| {
            let move_to = move_to.clone();
            let class = if next == DesignStatus::Archived {
                "button button-secondary step-archived"
            } else {
                "button button-primary step-forward"
            };
            view! {
                <button
                    type="button"
                    class=class
                    data-next=next.as_str()
                    disabled=move || busy.get()
                    on:click=move |_| move_to(next)
                >
                    {live_text(move || {
                        text(if moving_to.get() == Some(next) { msg::ADMIN_SAVING } else { step_label(next) })
                    })}
                </button>
            }
        })
        .collect_view();

    view! {
        <article class="admin-card production-design" data-design-id=id>
            <DesignSummary design=design>
                <div class="field production-note">
                    <label for=note_id.clone()>
                        {t(msg::ADMIN_PRODUCTION_NOTE_LABEL)}
                        " "
                        <span class="optional">{t(msg::OPTIONAL)}</span>
                    </label>
                    <textarea
                        id=note_id
                        name="note"
                        rows="2"
                        placeholder=t(msg::ADMIN_PRODUCTION_NOTE_PLACEHOLDER)
                        prop:value=move || note.get()
                        on:input=move |ev| note.set(event_target_value(&ev))
                    ></textarea>
                    <p class="char-count">{live_text(move || note.with(|typed| note_count(typed)))}</p>
                </div>
                <ActionError message=error />
                <div class="admin-actions">{buttons}</div>
            </DesignSummary>
        </article>
    }
}
