//! A design's public life after voting: goal reached, in production, in store.

use cocrea_api::admin::TimelineStep;
use cocrea_api::DesignStatus;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::DateText;
use crate::i18n::{live_text, msg, status_name, t};

/// Whether a design in this status has more of a story than collecting likes, so its
/// timeline is worth showing (the design page and the hanger tag ask).
pub fn is_past_voting(status: DesignStatus) -> bool {
    matches!(
        status,
        DesignStatus::GoalReached
            | DesignStatus::InProduction
            | DesignStatus::InStore
            | DesignStatus::Archived
    )
}

/// The steps shoppers are shown: the review before voting is the brand's business.
pub fn public_steps(steps: Vec<TimelineStep>) -> Vec<TimelineStep> {
    steps
        .into_iter()
        .filter(|step| !matches!(step.status, DesignStatus::Pending | DesignStatus::Rejected))
        .collect()
}

/// The design's timeline (date, status and the brand's note for each step), loaded
/// from `GET /api/designs/{id}/timeline`; nothing while it loads or when there is
/// nothing beyond voting to tell.
#[component]
pub fn DesignTimeline(
    /// The design whose steps to show.
    design_id: i64,
) -> impl IntoView {
    // None while loading; Some(Err(())) when it failed.
    let steps = RwSignal::new(None::<Result<Vec<TimelineStep>, ()>>);
    spawn_local(async move {
        let loaded = api::design_timeline(design_id).await;
        steps.try_set(Some(loaded.map(public_steps).map_err(|_| ())));
    });
    move || match steps.get()? {
        Ok(steps) => steps
            .iter()
            .any(|step| is_past_voting(step.status))
            .then(|| timeline(steps).into_any()),
        Err(()) => Some(
            view! {
                <p class="timeline-problem">{t(msg::TIMELINE_PROBLEM)}</p>
            }
            .into_any(),
        ),
    }
}

/// The steps as an ordered list, oldest first.
fn timeline(steps: Vec<TimelineStep>) -> impl IntoView {
    view! {
        <section class="design-timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t(msg::TIMELINE_HEADING)}</h2>
            <ol class="timeline">
                {steps
                    .into_iter()
                    .map(|step| {
                        let status = step.status;
                        let note = (!step.note.trim().is_empty())
                            .then(|| view! { <p class="timeline-note">{step.note}</p> });
                        view! {
                            <li class="timeline-step" data-status=step.status.as_str()>
                                <span class="timeline-status">{live_text(move || status_name(status))}</span>
                                <span class="timeline-date">
                                    <DateText at=step.at />
                                </span>
                                {note}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
