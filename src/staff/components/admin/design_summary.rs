//! A design as `/admin` lists it: thumbnail, title, designer and where it stands.

use cocrea_api::Design;
use leptos::prelude::*;

use crate::components::gallery::design_card::thumb_size;
use crate::components::{DateText, StatusBadge};
use crate::i18n::{category_name, live_text, msg, t, text_with};

/// The thumbnail beside the title (a link to the design's page), the designer,
/// the category, the submission date, likes of goal and the status; a "Hidden"
/// mark when staff hid it. `children` come under it (the actions): beside the
/// thumbnail on wide screens, across the card on phones.
#[component]
pub fn DesignSummary(
    /// The design to show.
    design: Design,
    /// Whether to show the description in full (the review queue does).
    #[prop(optional)]
    with_description: bool,
    /// What comes under the summary: the section's actions.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let (width, height) = thumb_size(design.image.width, design.image.height);
    let href = format!("/designs/{}", design.id);
    let description = (with_description && !design.description.trim().is_empty()).then(|| {
        view! { <p class="admin-design-description">{design.description.clone()}</p> }
    });
    let hidden = design
        .hidden
        .then(|| view! { <span class="hidden-badge">{t(msg::ADMIN_HIDDEN_BADGE)}</span> });
    let category = design.category;
    let (likes, goal) = (design.likes, design.goal);
    view! {
        <div class="admin-design" data-design-id=design.id>
            <a class="admin-design-media" href=href.clone() tabindex="-1" aria-hidden="true">
                <img
                    src=design.image.thumb_url
                    alt=""
                    width=width
                    height=height
                    loading="lazy"
                    decoding="async"
                />
            </a>
            <div class="admin-design-body">
                <h3 class="admin-design-title">
                    <a href=href>{design.title.clone()}</a>
                </h3>
                <p class="admin-design-meta">
                    <span class="designer-name">{design.designer.name}</span>
                    " · "
                    <span>{live_text(move || category_name(category))}</span>
                    " · "
                    <DateText at=design.created_at />
                </p>
                <p class="admin-design-state">
                    <StatusBadge status=design.status />
                    {hidden}
                    <span class="admin-design-likes">
                        {live_text(move || {
                            text_with(msg::GOAL_LIKES_OF, &[("likes", likes.into()), ("goal", goal.into())])
                        })}
                    </span>
                </p>
                {description}
            </div>
            {children.map(|children| view! { <div class="admin-design-extra">{children()}</div> })}
        </div>
    }
}
