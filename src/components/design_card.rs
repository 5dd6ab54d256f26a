//! One design in the gallery grid.

use cocrea_api::limits::THUMB_SIDE;
use cocrea_api::Design;
use leptos::prelude::*;

use crate::components::{GoalProgress, LikeCount, StatusBadge};

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

/// A card with the design's thumbnail, title, designer, category, likes, goal and status.
#[component]
pub fn DesignCard(
    /// The design to show.
    design: Design,
) -> impl IntoView {
    let href = format!("/designs/{}", design.id);
    let (width, height) = thumb_size(design.image.width, design.image.height);
    view! {
        <article class="design-card" data-design-id=design.id>
            <div class="card-media">
                <img
                    src=design.image.thumb_url
                    alt=design.title.clone()
                    width=width
                    height=height
                    loading="lazy"
                    decoding="async"
                />
                <span class="card-status">
                    <StatusBadge status=design.status />
                </span>
            </div>
            <div class="card-body">
                <h2 class="design-card-title">
                    <a class="card-link" href=href>
                        {design.title}
                    </a>
                </h2>
                <p class="card-designer">"by " <span class="designer-name">{design.designer.name}</span></p>
                <div class="card-meta">
                    <span class="card-category">{design.category.label()}</span>
                    <LikeCount likes=design.likes />
                </div>
                <GoalProgress likes=design.likes goal=design.goal />
            </div>
        </article>
    }
}
