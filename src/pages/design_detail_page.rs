//! `/designs/:id`: one design, large.

use cocrea_api::{Design, DesignStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

use crate::api;
use crate::components::design::design_timeline::is_past_voting;
use crate::components::gallery::design_card::{is_likeable, shown_status};
use crate::components::AfterGoalPanel;
use crate::components::{
    CommentList, DateText, DesignTimeline, ErrorNotice, GoalProgress, Later, LikeButton, LikeCount,
    NotFound, ReportForm, ShareButton, Spinner, StatusBadge, StoreVisitNote, SubmittedNotice,
};
use crate::contexts::use_auth;
use crate::first_paint::{drop_first_paint, take_inlined};
use crate::i18n::{
    around, category_name, format_date, live_text, msg, page_title, t, text, text_with, Msg,
};
use crate::main_thread::yield_to_browser;
use crate::redirect::pending_like;
use crate::set_page_title;

/// The id of the script element in which the server inlines the design (the server's
/// `routes::design_page::DESIGN_SCRIPT_ID`).
const INLINED_DESIGN_ID: &str = "cocrea-design";

/// The image's `sizes`: most of a phone's width, three fifths of a laptop's (the same
/// as the server's `routes::design_page::DESIGN_IMAGE_SIZES`).
const DESIGN_IMAGE_SIZES: &str = "(min-width: 900px) 58vw, 92vw";

/// The design page: large image, title, description, designer, category, likes and
/// goal; below them the design's timeline once it is past voting, and its comments.
///
/// `?like=ID` is a like that waited for sign-in: once signed in, the page likes the
/// design and takes the parameter out of the URL.
#[component]
pub fn DesignDetailPage() -> impl IntoView {
    let auth = use_auth();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params.with(|p| {
            p.get_str("id")
                .and_then(|id| id.parse::<i64>().ok())
                .filter(|id| *id > 0)
        })
    });
    let design = LocalResource::new(move || {
        let id = id.get();
        auth.changes(); // `liked_by_me` depends on who is looking
                        // The server put the design into the page it answered (once: later loads ask).
        let inlined = id.and_then(take_inlined_design);
        async move {
            if let Some(design) = inlined {
                // The page's frame first, the design in a task of its own.
                yield_to_browser().await;
                return Ok(Some(design));
            }
            match id {
                Some(id) => api::get_design(id).await.map(Some),
                None => Ok(None),
            }
        }
    });

    let like_problem = RwSignal::new(None::<String>);
    do_pending_like(id, design, like_problem);

    view! {
        {move || {
            like_problem
                .get()
                .map(|message| {
                    view! {
                        <div class="form-banner page-banner" role="alert">
                            <p>{message}</p>
                        </div>
                    }
                })
        }}
        <Transition fallback=|| view! { <Spinner label=t(msg::DESIGN_LOADING) /> }>
            {move || Suspend::new(async move {
                let loaded = design.await;
                drop_first_paint();
                match loaded {
                    Ok(Some(design)) => {
                        set_page_title(&design.title);
                        view! { <DesignView design=design /> }.into_any()
                    }
                    Ok(None) => design_not_found().into_any(),
                    Err(error) if error.is_not_found() => design_not_found().into_any(),
                    Err(error) => {
                        view! {
                            <ErrorNotice
                                message=error.user_message()
                                on_retry=Callback::new(move |_| design.refetch())
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// The design the server put into the page (`<script id="cocrea-design">`), when it is
/// the one with `id`; only the first load starts from it.
fn take_inlined_design(id: i64) -> Option<Design> {
    take_inlined::<Design>(INLINED_DESIGN_ID).filter(|design| design.id == id)
}

/// Likes the design named by `?like=` once someone is signed in, then reloads it and
/// removes the parameter (so a reload or Back does not like it again).
fn do_pending_like(
    id: Memo<Option<i64>>,
    design: LocalResource<Result<Option<Design>, api::ClientError>>,
    problem: RwSignal<Option<String>>,
) {
    let auth = use_auth();
    let query = use_query_map();
    let navigate = use_navigate();
    let done = StoredValue::new(None::<i64>);
    Effect::new(move |_| {
        let Some(id) = id.get() else {
            return;
        };
        if query.with(|q| pending_like(q.get_str("like"))) != Some(id)
            || auth.account().is_none()
            || done.get_value() == Some(id)
        {
            return;
        }
        done.set_value(Some(id));
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = api::set_like(id, true).await;
            let options = NavigateOptions {
                replace: true,
                scroll: false,
                ..NavigateOptions::default()
            };
            navigate(&format!("/designs/{id}"), options);
            match result {
                Ok(_) => design.refetch(),
                Err(error) => {
                    let reason = error.user_message();
                    problem.try_set(Some(text_with(
                        msg::LIKE_NOT_SAVED,
                        &[("reason", reason.as_str().into())],
                    )));
                }
            }
        });
    });
}

/// What the status means for the design, in a sentence under the goal.
fn status_sentence(status: DesignStatus) -> Msg {
    match status {
        DesignStatus::Pending => msg::DESIGN_EXPLAIN_PENDING,
        DesignStatus::Voting => msg::DESIGN_EXPLAIN_VOTING,
        DesignStatus::GoalReached => msg::DESIGN_EXPLAIN_GOAL_REACHED,
        DesignStatus::InProduction => msg::DESIGN_EXPLAIN_IN_PRODUCTION,
        DesignStatus::InStore => msg::DESIGN_EXPLAIN_IN_STORE,
        DesignStatus::Rejected => msg::DESIGN_EXPLAIN_REJECTED,
        DesignStatus::Archived => msg::DESIGN_EXPLAIN_ARCHIVED,
    }
}

/// The not-found view for a design id that does not exist.
fn design_not_found() -> impl IntoView {
    page_title(msg::DESIGN_NOT_FOUND_TITLE);
    view! {
        <NotFound
            heading=t(msg::DESIGN_NOT_FOUND_HEADING)
            message=t(msg::DESIGN_NOT_FOUND_TEXT)
        />
    }
}

/// What the designer reads on their own design while the brand reviews it (as they do
/// right after submitting it with moderation on).
fn awaiting_review_notice() -> impl IntoView {
    view! {
        <div class="review-note review-pending awaiting-review" role="status">
            <p>
                <strong>{t(msg::DESIGN_AWAITING_REVIEW)}</strong>
                " "
                {t(msg::DESIGN_AWAITING_REVIEW_NEXT)}
            </p>
            <p>
                <a href="/me">{t(msg::DESIGN_FOLLOW_ON_ME)}</a>
            </p>
        </div>
    }
}

/// The loaded design, laid out as an image beside (or above, on phones) its details.
/// The image, title and Like button are built first; what is below the goal, and the
/// timeline and comments, each follow in a task of their own ([`Later`]).
#[component]
fn DesignView(
    /// The design to show.
    design: Design,
) -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let just_submitted = query.with_untracked(|q| q.get_str("submitted").is_some());
    let title = design.title.clone();
    let category = design.category;
    let designer_id = design.designer.id;
    let is_mine = move || {
        auth.account()
            .is_some_and(|account| account.id == designer_id)
    };
    let signed_in = move || auth.account().is_some();
    let likes = RwSignal::new(design.likes);
    let liked = RwSignal::new(design.liked_by_me);
    let goal = design.goal;
    let status = design.status;
    let shown = Signal::derive(move || shown_status(status, likes.get(), goal));
    let (by_before, by_after) = around(msg::DESIGN_DESIGNED_BY, "name");
    // A design nobody may see yet (pending) or ever (rejected) gets no like, no
    // report and no comments: only its designer and the brand can open it.
    let open_to_public = !matches!(status, DesignStatus::Pending | DesignStatus::Rejected);
    let likes_view = if is_likeable(status) {
        view! {
            <LikeButton
                design_id=design.id
                title=design.title.clone()
                liked=liked
                likes=likes
                large=true
            />
            <StoreVisitNote />
        }
        .into_any()
    } else if !open_to_public {
        ().into_any()
    } else {
        view! { <LikeCount likes=likes /> }.into_any()
    };
    view! {
        <article class="design-page" data-design-id=design.id>
            <a class="back-link" href="/">
                <span aria-hidden="true">"← "</span>
                {t(msg::BACK_TO_GALLERY)}
            </a>
            <div class="design-layout">
                <figure class="design-figure">
                    <img
                        class="design-image"
                        src=design.image.url.clone()
                        srcset=design.image.srcset()
                        sizes=DESIGN_IMAGE_SIZES
                        alt=design.title.clone()
                        width=design.image.width
                        height=design.image.height
                        style=format!("--ratio: {} / {}", design.image.width, design.image.height)
                        fetchpriority="high"
                    />
                </figure>
                <div class="design-info">
                    <div class="design-tags">
                        <span class="design-category">{live_text(move || category_name(category))}</span>
                        <StatusBadge status=shown />
                    </div>
                    <h1 class="design-title">{design.title.clone()}</h1>
                    <p class="design-designer">
                        {by_before}
                        <a class="designer-name designer-link" href=format!("/designers/{designer_id}")>
                            <strong>{design.designer.name}</strong>
                        </a>
                        {by_after}
                    </p>
                    {move || {
                        (just_submitted && is_mine())
                            .then(|| {
                                view! { <SubmittedNotice design_id=design.id title=title.clone() status=status /> }
                            })
                    }}
                    <div class="design-likes">{likes_view}</div>
                    <GoalProgress likes=likes goal=goal with_text=true voting=status == DesignStatus::Voting />
                    <Later>
                        {move || {
                            if status == DesignStatus::Pending && is_mine() {
                                awaiting_review_notice().into_any()
                            } else {
                                view! {
                                    <p class="goal-explainer">
                                        {live_text(move || text(status_sentence(shown.get())))}
                                    </p>
                                }
                                    .into_any()
                            }
                        }}
                        {(is_likeable(status) && !just_submitted)
                            .then(|| view! { <ShareButton design_id=design.id title=design.title.clone() /> })}
                        {(!design.description.trim().is_empty())
                            .then(|| {
                                view! {
                                    <div class="design-description">
                                        <h2 class="visually-hidden">{t(msg::DESIGN_ABOUT)}</h2>
                                        <p>{design.description}</p>
                                    </div>
                                }
                            })}
                        {(!format_date(&design.created_at).is_empty())
                            .then(|| {
                                let (before, after) = around(msg::DESIGN_SUBMITTED_ON, "date");
                                view! {
                                    <p class="design-date">
                                        {before}
                                        <DateText at=design.created_at />
                                        {after}
                                    </p>
                                }
                            })}
                        <AfterGoalPanel design_id=design.id status=status />
                        {move || {
                            (open_to_public && signed_in())
                                .then(|| view! { <ReportForm design_id=design.id /> })
                        }}
                    </Later>
                </div>
            </div>
            <Later>
                <div class="design-feedback">
                    {is_past_voting(status).then(|| view! { <DesignTimeline design_id=design.id /> })}
                    {open_to_public
                        .then(|| view! { <CommentList design_id=design.id designer_id=designer_id /> })}
                </div>
            </Later>
        </article>
    }
}
