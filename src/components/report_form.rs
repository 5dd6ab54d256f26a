//! How a signed-in person tells the brand that something is wrong with a design.

use cocrea_api::admin::{ReportReason, ReportRequest};
use leptos::html::Button;
use leptos::prelude::*;

use crate::api;

/// A "Report this design" button that opens a small form with the reasons to choose
/// from; says thank you once the server has the report, and what to do when it failed.
#[component]
pub fn ReportForm(
    /// The design to report.
    design_id: i64,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let reason = RwSignal::new(None::<ReportReason>);
    let problem = RwSignal::new(None::<String>);
    let sent = RwSignal::new(false);
    let toggle_ref = NodeRef::<Button>::new();

    let send = Action::new_local(move |reason: &ReportReason| {
        let request = ReportRequest { reason: *reason };
        async move {
            match api::report_design(design_id, &request).await {
                Ok(()) => sent.set(true),
                Err(error) => problem.set(Some(error.user_message())),
            }
        }
    });
    let sending = send.pending();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        match reason.get_untracked() {
            Some(reason) => {
                problem.set(None);
                send.dispatch_local(reason);
            }
            None => problem.set(Some("Choose a reason, then send your report.".to_owned())),
        }
    };
    let close = move |_| {
        open.set(false);
        problem.set(None);
        if let Some(button) = toggle_ref.get_untracked() {
            let _ = button.focus();
        }
    };

    let form = move || {
        view! {
            <form id="report-form" class="report-form" novalidate=true on:submit=on_submit>
                <fieldset>
                    <legend>"Why are you reporting this design?"</legend>
                    {ReportReason::ALL
                        .into_iter()
                        .map(|choice| {
                            view! {
                                <label class="report-reason">
                                    <input
                                        type="radio"
                                        name="reason"
                                        value=choice.as_str()
                                        prop:checked=move || reason.get() == Some(choice)
                                        on:change=move |_| {
                                            reason.set(Some(choice));
                                            problem.set(None);
                                        }
                                    />
                                    <span>{choice.label()}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                {move || {
                    problem
                        .get()
                        .map(|message| {
                            view! {
                                <div class="form-banner" role="alert">
                                    <p>"Your report wasn't sent. " {message}</p>
                                </div>
                            }
                        })
                }}
                <div class="report-actions">
                    <button
                        type="submit"
                        class="button button-primary button-secondary"
                        disabled=move || sending.get()
                    >
                        {move || if sending.get() { "Sending..." } else { "Send report" }}
                    </button>
                    <button type="button" class="button button-secondary" on:click=close>
                        "Cancel"
                    </button>
                </div>
            </form>
        }
    };

    view! {
        <div class="report">
            {move || {
                if sent.get() {
                    view! {
                        <p class="report-thanks" role="status">
                            "Thank you for telling us. The brand will look at this design."
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="link-button report-toggle"
                            aria-expanded=move || if open.get() { "true" } else { "false" }
                            aria-controls="report-form"
                            node_ref=toggle_ref
                            on:click=move |_| open.update(|open| *open = !*open)
                        >
                            "Report this design"
                        </button>
                        <Show when=move || open.get()>{form}</Show>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
