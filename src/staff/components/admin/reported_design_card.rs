//! One design in the reports queue, with "Hide" and "Keep it".

use cocrea_api::admin::ReportedDesign;
use cocrea_api::Design;
use leptos::prelude::*;

use crate::contexts::use_auth;
use crate::i18n::{live_text, msg, report_reason_name, t, text, text_with, Msg};
use crate::staff::api_admin;
use crate::staff::components::admin::admin_error::{admin_error_message, note_session_end};
use crate::staff::components::admin::{ActionError, DesignSummary};

/// What an admin does with a reported design.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    /// Hide it from everyone but staff (its reports are settled too).
    Hide,
    /// Close its reports and keep it shown.
    Keep,
}

/// "3 reports" or "1 report", in the reader's language.
pub fn reports_count(reports: i64) -> String {
    text_with(msg::ADMIN_REPORTS_COUNT, &[("count", reports.into())])
}

/// The design, how many reports it has and why, "Hide design" and "Keep it".
#[component]
pub fn ReportedDesignCard(
    /// The design and its reports.
    reported: ReportedDesign,
    /// Runs once it is hidden, with the design as it is now.
    on_hidden: Callback<Design>,
    /// Runs once its reports are dismissed, with its id.
    on_kept: Callback<i64>,
) -> impl IntoView {
    let auth = use_auth();
    let design = reported.design.clone();
    let id = design.id;
    let error = RwSignal::new(None::<String>);
    let deciding = RwSignal::new(None::<Decision>);
    let hidden_design = StoredValue::new(Design {
        hidden: true,
        ..design.clone()
    });
    let decide = Action::new_local(move |decision: &Decision| {
        let decision = *decision;
        async move {
            deciding.set(Some(decision));
            let result = match decision {
                Decision::Hide => api_admin::set_hidden(id, true).await,
                Decision::Keep => api_admin::dismiss_reports(id).await,
            };
            match result {
                Ok(()) => match decision {
                    Decision::Hide => on_hidden.run(hidden_design.get_value()),
                    Decision::Keep => on_kept.run(id),
                },
                Err(failure) => {
                    note_session_end(auth, &failure);
                    error.try_set(Some(admin_error_message(&failure)));
                    deciding.try_set(None);
                }
            }
        }
    });
    let busy = decide.pending();
    let reasons = reported
        .reasons
        .iter()
        .map(|&reason| view! { <li>{live_text(move || report_reason_name(reason))}</li> })
        .collect_view();
    let label = move |decision: Decision, idle: Msg| {
        live_text(move || {
            text(if busy.get() && deciding.get() == Some(decision) {
                msg::ADMIN_SAVING
            } else {
                idle
            })
        })
    };
    let count = reported.reports;

    view! {
        <article class="admin-card reported-design" data-design-id=id>
            <DesignSummary design=design>
                <div class="report-summary">
                    <p class="report-count">{live_text(move || reports_count(count))}</p>
                    <ul class="report-reasons" aria-label=t(msg::ADMIN_REPORT_REASONS_LABEL)>
                        {reasons}
                    </ul>
                </div>
                <ActionError message=error />
                <div class="admin-actions">
                    <button
                        type="button"
                        class="button button-primary button-danger hide"
                        disabled=move || busy.get()
                        on:click=move |_| {
                            error.set(None);
                            decide.dispatch_local(Decision::Hide);
                        }
                    >
                        {label(Decision::Hide, msg::ADMIN_HIDE)}
                    </button>
                    <button
                        type="button"
                        class="button button-secondary keep"
                        disabled=move || busy.get()
                        on:click=move |_| {
                            error.set(None);
                            decide.dispatch_local(Decision::Keep);
                        }
                    >
                        {label(Decision::Keep, msg::ADMIN_KEEP_SHOWN)}
                    </button>
                </div>
            </DesignSummary>
        </article>
    }
}
