//! `/designs/:id`: one design, large.

use cocrea_api::{Design, DesignStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

use crate::api;
use crate::components::date_text::format_date;
use crate::components::design_card::{is_likeable, shown_status};
use crate::components::design_timeline::is_past_voting;
use crate::components::{
    CommentList, DesignTimeline, ErrorNotice, GoalProgress, LikeButton, LikeCount, NotFound,
    ReportForm, Spinner, StatusBadge,
};
use crate::contexts::use_auth;
use crate::redirect::pending_like;
use crate::set_page_title;

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
        async move {
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
        <Transition fallback=|| view! { <Spinner label="Loading the design" /> }>
            {move || Suspend::new(async move {
                match design.await {
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
                    problem.try_set(Some(format!(
                        "Your like wasn't saved. {}",
                        error.user_message()
                    )));
                }
            }
        });
    });
}

/// What the status means for the design, in a sentence under the goal.
fn status_sentence(status: DesignStatus) -> &'static str {
    match status {
        DesignStatus::Pending => {
            "We're reviewing this design. Once it's approved, shoppers can like it."
        }
        DesignStatus::Voting => "When a design reaches its goal, we put it into production.",
        DesignStatus::GoalReached => "It reached its goal! We're getting it ready for production.",
        DesignStatus::InProduction => "It reached its goal and we're making it now.",
        DesignStatus::InStore => "It reached its goal: find it in our stores.",
        DesignStatus::Rejected => "This design wasn't approved for the gallery.",
        DesignStatus::Archived => "This design is no longer in the gallery.",
    }
}

/// The not-found view for a design id that does not exist.
fn design_not_found() -> impl IntoView {
    set_page_title("Design not found");
    view! {
        <NotFound
            heading="We couldn't find this design"
            message="It may have been removed, or the link is incomplete. There are plenty more in the gallery."
        />
    }
}

/// What the designer reads on their own design while the brand reviews it (as they do
/// right after submitting it with moderation on).
fn awaiting_review_notice() -> impl IntoView {
    view! {
        <div class="review-note review-pending awaiting-review" role="status">
            <p>
                <strong>"Your design is waiting for the brand's review."</strong>
                " Once it's approved, it appears in the gallery for everyone to like."
            </p>
            <p>
                <a href="/me">"Follow it in My designs"</a>
            </p>
        </div>
    }
}

/// The loaded design, laid out as an image beside (or above, on phones) its details.
#[component]
fn DesignView(
    /// The design to show.
    design: Design,
) -> impl IntoView {
    let auth = use_auth();
    let submitted = format_date(&design.created_at, true);
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
    let likes_view = if is_likeable(status) {
        view! {
            <LikeButton
                design_id=design.id
                title=design.title.clone()
                liked=liked
                likes=likes
                large=true
            />
        }
        .into_any()
    } else {
        view! { <LikeCount likes=likes /> }.into_any()
    };
    view! {
        <article class="design-page" data-design-id=design.id>
            <a class="back-link" href="/">
                <span aria-hidden="true">"← "</span>
                "Back to the gallery"
            </a>
            <div class="design-layout">
                <figure class="design-figure">
                    <img
                        class="design-image"
                        src=design.image.url
                        alt=design.title.clone()
                        width=design.image.width
                        height=design.image.height
                    />
                </figure>
                <div class="design-info">
                    <div class="design-tags">
                        <span class="design-category">{design.category.label()}</span>
                        <StatusBadge status=shown />
                    </div>
                    <h1 class="design-title">{design.title}</h1>
                    <p class="design-designer">
                        "Designed by " <strong class="designer-name">{design.designer.name}</strong>
                    </p>
                    <div class="design-likes">{likes_view}</div>
                    <GoalProgress likes=likes goal=goal with_text=true />
                    {move || {
                        if status == DesignStatus::Pending && is_mine() {
                            awaiting_review_notice().into_any()
                        } else {
                            view! {
                                <p class="goal-explainer">{move || status_sentence(shown.get())}</p>
                            }
                                .into_any()
                        }
                    }}
                    {(!design.description.trim().is_empty())
                        .then(|| {
                            view! {
                                <div class="design-description">
                                    <h2 class="visually-hidden">"About this design"</h2>
                                    <p>{design.description}</p>
                                </div>
                            }
                        })}
                    {(!submitted.is_empty())
                        .then(|| {
                            view! {
                                <p class="design-date">
                                    "Submitted on " <time datetime=design.created_at>{submitted}</time>
                                </p>
                            }
                        })}
                    {move || signed_in().then(|| view! { <ReportForm design_id=design.id /> })}
                </div>
            </div>
            <div class="design-feedback">
                {is_past_voting(status).then(|| view! { <DesignTimeline design_id=design.id /> })}
                <CommentList design_id=design.id />
            </div>
        </article>
    }
}
