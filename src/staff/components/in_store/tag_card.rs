//! A hanger tag: one design, its live like count and the QR code to like it.

use cocrea_api::{Design, DesignStatus};
use leptos::prelude::*;

use crate::components::gallery::design_card::{shown_status, thumb_size};
use crate::components::{GoalProgress, HeartIcon};
use crate::i18n::{around, live_text, msg, t, text, text_with, Msg};
use crate::staff::components::{LiveNumber, QrCode, RetryImage};

/// What the tag says once the design is past voting, if anything.
fn milestone(status: DesignStatus) -> Option<Msg> {
    match status {
        DesignStatus::GoalReached => Some(msg::TAG_MILESTONE_GOAL_REACHED),
        DesignStatus::InProduction => Some(msg::TAG_MILESTONE_IN_PRODUCTION),
        DesignStatus::InStore => Some(msg::TAG_MILESTONE_IN_STORE),
        _ => None,
    }
}

/// A hanger tag: thumbnail, title, a large like count (and the store's own), progress
/// toward the goal and the QR code that opens the design to like it.
///
/// On paper (`printed`) a count would be out of date the day after, so the tag shows
/// the goal and invites a scan instead.
#[component]
pub fn TagCard(
    /// The design; a signal so live events move its count.
    #[prop(into)]
    design: Signal<Design>,
    /// The store the tag hangs in (a valid store code): its own count shows, and the QR
    /// code carries it so likes count for the store.
    #[prop(optional_no_strip)]
    store: Option<String>,
    /// The paper version, for printing on a sheet: no count that would go stale.
    #[prop(optional)]
    printed: bool,
    /// The monochrome e-ink version (`?style=eink`): no photo, black on white, a big
    /// count and a large QR code, for 800 x 480 and 296 x 128 panels.
    #[prop(optional)]
    eink: bool,
) -> impl IntoView {
    // What a tag shows of a design never changes but its counts and status.
    let (id, goal, title, designer, thumb, (width, height)) = design.with_untracked(|d| {
        (
            d.id,
            d.goal,
            d.title.clone(),
            d.designer.name.clone(),
            d.image.thumb_url.clone(),
            thumb_size(d.image.width, d.image.height),
        )
    });
    let likes = Signal::derive(move || design.with(|d| d.likes));
    let store_likes = Signal::derive(move || design.with(|d| d.store_likes.unwrap_or(0)));
    let milestone = move || design.with(|d| milestone(shown_status(d.status, d.likes, d.goal)));
    let label = live_text(move || text_with(msg::LIKES_COUNT, &[("count", likes.get().into())]));
    let (by_before, by_after) = around(msg::BY_DESIGNER, "name");

    let (store_before, store_after) = around(msg::TAG_THIS_STORE, "count");
    let count = if printed {
        view! {
            <p class="tag-goal-line">
                <HeartIcon class="tag-heart" />
                {live_text(move || text_with(msg::TAG_GOAL_LINE, &[("goal", goal.into())]))}
            </p>
        }
        .into_any()
    } else {
        view! {
            <div class="tag-count">
                // A paragraph cannot carry a spoken name: the words are in the text, hidden.
                <p class="tag-total">
                    <HeartIcon class="tag-heart" />
                    <span class="tag-likes" aria-hidden="true">
                        <LiveNumber value=likes />
                    </span>
                    <span class="visually-hidden">{label}</span>
                </p>
                {store
                    .is_some()
                    .then(|| {
                        view! {
                            <p class="tag-store">
                                {store_before}
                                <span class="tag-store-likes">
                                    <LiveNumber value=store_likes />
                                </span>
                                {store_after}
                            </p>
                        }
                    })}
            </div>
            <GoalProgress likes=likes goal=goal with_text=true />
            {move || milestone().map(|id| view! { <p class="tag-milestone">{text(id)}</p> })}
        }
        .into_any()
    };

    view! {
        <article
            class="hanger-tag"
            class:hanger-tag-printed=printed
            class:hanger-tag-eink=eink
            data-design-id=id
        >
            <span class="tag-hole" aria-hidden="true"></span>
            {(!eink)
                .then(|| {
                    view! {
                        <div class="tag-media">
                            <RetryImage
                                class="tag-image"
                                src=thumb
                                alt=title.clone()
                                width=width
                                height=height
                            />
                        </div>
                    }
                })}
            <div class="tag-body">
                <h2 class="tag-title">{title}</h2>
                <p class="tag-designer">{by_before} {designer} {by_after}</p>
                {count}
            </div>
            <div class="tag-qr">
                <QrCode design_id=id store=store />
                <p class="tag-qr-caption">
                    <strong>{t(msg::TAG_SCAN)}</strong>
                    <span class="tag-brand">"cocrea"</span>
                </p>
            </div>
        </article>
    }
}
