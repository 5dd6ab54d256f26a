//! How a signed-in person tells the brand that something is wrong with a design.

use cocrea_api::admin::{ReportReason, ReportRequest};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{FormData, HtmlFormElement};

use crate::api;
use crate::i18n::{live_text, msg, report_reason_name, t, text, text_with};

/// "Report this design": a disclosure (`<details>`, so it opens and closes by keyboard
/// with no script) holding the reasons to choose from; says thank you once the server
/// has the report, and what to do when it failed.
#[component]
pub fn ReportForm(
    /// The design to report.
    design_id: i64,
) -> impl IntoView {
    let sending = RwSignal::new(false);
    let sent = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        // The form itself holds the choice: no signal per radio button.
        let reason = ev
            .target()
            .and_then(|target| target.dyn_into::<HtmlFormElement>().ok())
            .and_then(|form| FormData::new_with_form(&form).ok())
            .and_then(|data| data.get("reason").as_string())
            .and_then(|value| ReportReason::parse(&value));
        let Some(reason) = reason else {
            problem.set(Some(text(msg::REPORT_CHOOSE_REASON)));
            return;
        };
        problem.set(None);
        sending.set(true);
        spawn_local(async move {
            let result = api::report_design(design_id, &ReportRequest { reason }).await;
            sending.try_set(false);
            match result {
                Ok(()) => {
                    sent.try_set(true);
                }
                Err(error) => {
                    problem.try_set(Some(error.user_message()));
                }
            }
        });
    };

    view! {
        <details class="report">
            <summary class="report-toggle">{t(msg::REPORT_TOGGLE)}</summary>
            <form class="report-form" novalidate=true hidden=move || sent.get() on:submit=on_submit>
                <fieldset>
                    <legend>{t(msg::REPORT_LEGEND)}</legend>
                    {ReportReason::ALL
                        .into_iter()
                        .map(|reason| {
                            view! {
                                <label class="report-reason">
                                    <input type="radio" name="reason" value=reason.as_str() />
                                    <span>{live_text(move || report_reason_name(reason))}</span>
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
                                    <p>
                                        {text_with(
                                            msg::REPORT_NOT_SENT,
                                            &[("reason", message.as_str().into())],
                                        )}
                                    </p>
                                </div>
                            }
                        })
                }}
                <button
                    type="submit"
                    class="button button-primary button-secondary"
                    disabled=move || sending.get()
                >
                    {t(msg::REPORT_SEND)}
                </button>
            </form>
            <p class="report-thanks" role="status">
                {live_text(move || {
                    if sent.get() { text(msg::REPORT_THANKS) } else { String::new() }
                })}
            </p>
        </details>
    }
}
