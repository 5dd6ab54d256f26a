//! One hidden design, with "Show again".

use cocrea_api::Design;
use leptos::prelude::*;

use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, text};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_error::{admin_error_message, note_session_end};
use crate::staff::components::admin::{ActionError, DesignSummary};

/// The hidden design and "Show again", which puts it back where it was.
#[component]
pub fn HiddenDesignCard(
    /// The hidden design.
    design: Design,
    /// Runs once it is shown again, with its id.
    on_shown: Callback<i64>,
) -> impl IntoView {
    let auth = use_auth();
    let id = design.id;
    let error = RwSignal::new(None::<String>);
    let unhide = Action::new_local(move |_: &()| async move {
        match api_admin::set_hidden(id, false).await {
            Ok(()) => on_shown.run(id),
            Err(failure) => {
                note_session_end(auth, &failure);
                error.try_set(Some(admin_error_message(&failure)));
            }
        }
    });
    let busy = unhide.pending();
    view! {
        <article class="admin-card hidden-design" data-design-id=id>
            <DesignSummary design=design>
                <ActionError message=error />
                <div class="admin-actions">
                    <button
                        type="button"
                        class="button button-secondary unhide"
                        disabled=move || busy.get()
                        on:click=move |_| {
                            error.set(None);
                            unhide.dispatch_local(());
                        }
                    >
                        {live_text(move || {
                            text(if busy.get() { msg::ADMIN_SAVING } else { msg::ADMIN_SHOW_AGAIN })
                        })}
                    </button>
                </div>
            </DesignSummary>
        </article>
    }
}
