//! One design in the gallery grid.

use cocrea_api::limits::THUMB_SIDE;
use cocrea_api::{Design, DesignStatus};
use leptos::prelude::*;

use crate::components::{GoalProgress, LikeButton, LikeCount, StatusBadge};
use crate::i18n::{around, category_name, live_text, msg};

/// The thumbnail's size in pixels, from the full image's size: its longest side is
/// [`THUMB_SIDE`] (never upscaled), so the card can reserve the space before it loads.
pub fn thumb_size(width: u32, height: u32) -> (u32, u32) {
    let longest = width.max(height).max(1);
    if longest <= THUMB_SIDE {
        return (width.max(1), height.max(1));
    }
    let scale = |side: u32| {
        ((side as u64 * THUMB_SIDE as u64 + longest as u64 / 2) / longest as u64).max(1) as u32
    };
    (scale(width), scale(height))
}

/// Whether shoppers can like a design in this status (the server refuses the others).
pub fn is_likeable(status: DesignStatus) -> bool {
    matches!(
        status,
        DesignStatus::Voting
            | DesignStatus::GoalReached
            | DesignStatus::InProduction
            | DesignStatus::InStore
    )
}

/// The status to show while the count moves: a voting design whose likes reach the
/// goal reads "Goal reached" at once, as the server records it.
pub fn shown_status(status: DesignStatus, likes: i64, goal: i64) -> DesignStatus {
    if status == DesignStatus::Voting && likes >= goal {
        DesignStatus::GoalReached
    } else {
        status
    }
}

/// A card with the design's thumbnail, title, designer (a link to their page),
/// category, likes, goal ("97 of 100 likes", and while voting how many are missing)
/// and status.
///
/// Public designs have a [`LikeButton`]; pending, rejected and archived ones (seen on
/// "My designs") show their count only.
#[component]
pub fn DesignCard(
    /// The design to show.
    design: Design,
    /// Whether the thumbnail loads at once (the first screen's cards), not when near view.
    #[prop(optional)]
    eager: bool,
) -> impl IntoView {
    let href = format!("/designs/{}", design.id);
    let designer_href = format!("/designers/{}", design.designer.id);
    let (width, height) = thumb_size(design.image.width, design.image.height);
    let likes = RwSignal::new(design.likes);
    let liked = RwSignal::new(design.liked_by_me);
    let goal = design.goal;
    let status = design.status;
    let shown = Signal::derive(move || shown_status(status, likes.get(), goal));
    let category = design.category;
    let (by_before, by_after) = around(msg::BY_DESIGNER, "name");
    let likes_view = if is_likeable(status) {
        view! {
            <LikeButton design_id=design.id title=design.title.clone() liked=liked likes=likes />
        }
        .into_any()
    } else {
        view! { <LikeCount likes=likes /> }.into_any()
    };
    view! {
        <article class="design-card" data-design-id=design.id>
            <div class="card-media">
                <img
                    src=design.image.thumb_url
                    alt=design.title.clone()
                    width=width
                    height=height
                    loading=if eager { "eager" } else { "lazy" }
                    decoding="async"
                />
                <span class="card-status">
                    <StatusBadge status=shown />
                </span>
            </div>
            <div class="card-body">
                <h2 class="design-card-title">
                    <a class="card-link" href=href>
                        {design.title}
                    </a>
                </h2>
                <p class="card-designer">
                    {by_before}
                    <a class="designer-name designer-link" href=designer_href>
                        {design.designer.name}
                    </a>
                    {by_after}
                </p>
                <div class="card-meta">
                    <span class="card-category">{live_text(move || category_name(category))}</span>
                    {likes_view}
                </div>
                <GoalProgress
                    likes=likes
                    goal=goal
                    with_text=true
                    voting=status == DesignStatus::Voting
                />
            </div>
        </article>
    }
}
