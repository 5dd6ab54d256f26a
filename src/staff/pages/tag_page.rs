//! `/tag/:id?store=CODE`: a live hanger tag for one design, on a small screen or paper.

use cocrea_api::admin::TimelineStep;
use cocrea_api::{Design, DesignStatus, ErrorCode};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api;
use crate::components::design::design_timeline::is_past_voting;
use crate::components::DateText;
use crate::i18n::{around, live_text, msg, t, text, text_with};
use crate::set_page_title;
use crate::staff::api_live;
use crate::staff::components::{ReconnectingMark, TagCard};
use crate::staff::live::store_from_query;
use crate::staff::live_designs::use_live_designs;

/// The hanger tag page: the design's tag, full screen, with counts that move live, the
/// latest step of its life once it is past voting ("In production since 12 Nov"), and
/// a discreet mark while the server is out of reach. Made to run for days unattended.
#[component]
pub fn TagPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    // Not a number: no design has it, and the tag says so.
    let id = Memo::new(move |_| {
        params.with(|p| {
            p.get_str("id")
                .and_then(|id| id.parse::<i64>().ok())
                .unwrap_or(0)
        })
    });
    let store = Memo::new(move |_| query.with(|q| store_from_query(q.get_str("store"))));
    // `?style=eink`: the monochrome tag for e-ink panels; the colour tag otherwise.
    let eink = Memo::new(move |_| query.with(|q| q.get_str("style") == Some("eink")));
    view! {
        <div class="tag-page kiosk" class:tag-page-eink=move || eink.get()>
            <h1 class="visually-hidden">{t(msg::TAG_PAGE_HEADING)}</h1>
            // A new tag (and stream) for another design or store.
            {move || view! { <LiveTag id=id.get() store=store.get() eink=eink.get() /> }}
        </div>
    }
}

/// One design's tag, kept up to date by the live stream.
#[component]
fn LiveTag(
    /// The design.
    id: i64,
    /// The store the tag hangs in, if any.
    store: Option<String>,
    /// The monochrome e-ink layout.
    eink: bool,
) -> impl IntoView {
    let fetch_store = store.clone();
    let live = use_live_designs::<Option<Design>>(store.clone(), None, move || {
        let store = fetch_store.clone();
        Box::pin(async move {
            api_live::design_in_store(id, store.as_deref())
                .await
                .map(Some)
        })
    });
    let (design, problem, connection) = (live.shown, live.problem, live.connection);

    let latest_step = use_latest_step(id, design);

    // "Title · hanger tag", again when the title or the language changes.
    let title = Memo::new(move |_| design.with(|d| d.as_ref().map(|d| d.title.clone())));
    Effect::new(move |_| {
        if let Some(title) = title.get() {
            set_page_title(&text_with(
                msg::TAG_PAGE_TITLE,
                &[("title", title.as_str().into())],
            ));
        }
    });

    let loaded = Memo::new(move |_| design.with(Option::is_some));
    // Until the first answer, a sentence: loading (the reloader keeps trying), or why not.
    let waiting = move || {
        problem.with(|p| match p {
            Some(error) if error.is_not_found() => {
                set_page_title(&text(msg::TAG_NOT_FOUND_TITLE));
                text(msg::TAG_NOT_FOUND)
            }
            Some(error) if error.code() == Some(ErrorCode::Forbidden) => {
                text(msg::TAG_NOT_ON_DISPLAY)
            }
            _ => text(msg::TAG_LOADING),
        })
    };
    let tag = move || {
        let loaded = loaded.get();
        let Some(first) = design.get_untracked().filter(|_| loaded) else {
            return view! { <p class="tag-notice">{live_text(waiting)}</p> }.into_any();
        };
        let shown = Signal::derive(move || design.get().unwrap_or_else(|| first.clone()));
        view! { <TagCard design=shown store=store.clone() eink=eink /> }.into_any()
    };

    view! {
        <div class="tag-frame">
            {tag}
            {move || latest_step.get().and_then(step_line)}
        </div>
        <ReconnectingMark state=connection />
    }
}

/// The step the design is in, from its timeline, whenever its status moves past voting
/// (fetched again on each status change; a failed fetch keeps the last good step).
fn use_latest_step(id: i64, design: RwSignal<Option<Design>>) -> RwSignal<Option<TimelineStep>> {
    let latest = RwSignal::new(None::<TimelineStep>);
    let status = Memo::new(move |_| design.with(|d| d.as_ref().map(|d| d.status)));
    Effect::new(move |_| {
        let Some(status) = status.get().filter(|status| is_past_voting(*status)) else {
            latest.set(None);
            return;
        };
        spawn_local(async move {
            if let Ok(steps) = api::design_timeline(id).await {
                let step = steps.into_iter().rev().find(|step| step.status == status);
                // A newer status may have come in meanwhile: its own fetch answers for it.
                if design.with_untracked(|d| d.as_ref().map(|d| d.status)) == Some(status) {
                    latest.try_set(step);
                }
            }
        });
    });
    latest
}

/// "In production since 12 Nov": the step as a line over the tag's picture.
fn step_line(step: TimelineStep) -> Option<impl IntoView> {
    let id = match step.status {
        DesignStatus::GoalReached => msg::TAG_STEP_GOAL_REACHED,
        DesignStatus::InProduction => msg::TAG_STEP_IN_PRODUCTION,
        DesignStatus::InStore => msg::TAG_STEP_IN_STORE,
        _ => return None,
    };
    let (before, after) = around(id, "date");
    Some(view! {
        <p class="tag-step" data-status=step.status.as_str()>
            {before}
            <DateText at=step.at short=true />
            {after}
        </p>
    })
}
