//! `/designs/:id`: one design, large.

use cocrea_api::Design;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api;
use crate::components::{ErrorNotice, GoalProgress, LikeCount, NotFound, Spinner, StatusBadge};
use crate::set_page_title;

/// The design page: large image, title, description, designer, category, likes and goal.
#[component]
pub fn DesignDetailPage() -> impl IntoView {
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
        async move {
            match id {
                Some(id) => api::get_design(id).await.map(Some),
                None => Ok(None),
            }
        }
    });

    view! {
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

/// "23 November 2025" from an RFC 3339 time, in the reader's time zone.
fn format_date(rfc3339: &str) -> String {
    let date = js_sys::Date::new(&rfc3339.into());
    if date.get_time().is_nan() {
        return String::new();
    }
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string("en-GB", &options).into()
}

/// The loaded design, laid out as an image beside (or above, on phones) its details.
#[component]
fn DesignView(
    /// The design to show.
    design: Design,
) -> impl IntoView {
    let submitted = format_date(&design.created_at);
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
                        <StatusBadge status=design.status />
                    </div>
                    <h1 class="design-title">{design.title}</h1>
                    <p class="design-designer">
                        "Designed by " <strong class="designer-name">{design.designer.name}</strong>
                    </p>
                    <div class="design-likes">
                        <LikeCount likes=design.likes />
                    </div>
                    <GoalProgress likes=design.likes goal=design.goal with_text=true />
                    <p class="goal-explainer">
                        "When a design reaches its goal, we put it into production."
                    </p>
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
                </div>
            </div>
        </article>
    }
}
