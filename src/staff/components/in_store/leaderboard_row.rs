//! One design on the store screen's leaderboard, placed by its rank.

use cocrea_api::Design;
use leptos::prelude::*;

use crate::components::gallery::design_card::thumb_size;
use crate::components::{GoalProgress, HeartIcon};
use crate::i18n::{around, format_number, live_text, msg, text, text_with};
use crate::staff::components::{LiveNumber, RetryImage};

/// Where a row sits: `translateY` by whole row heights, so a change of rank slides it
/// (a CSS transition) while the row element itself stays put in the document.
pub fn row_offset(rank: usize) -> String {
    format!("translateY({}%)", rank * 100)
}

/// How long a row celebrates a design that reached its goal live.
const CELEBRATION: std::time::Duration = std::time::Duration::from_secs(8);

/// True for a few seconds after `reached` turns true while the row is on screen (not
/// for a design that had already reached its goal when the row appeared).
fn celebrate_when_reached(reached: Signal<bool>) -> RwSignal<bool> {
    let celebrating = RwSignal::new(false);
    Effect::new(move |before: Option<bool>| {
        let now = reached.get();
        if before == Some(false) && now {
            celebrating.set(true);
            set_timeout(
                move || {
                    celebrating.try_set(false);
                },
                CELEBRATION,
            );
        }
        now
    });
    celebrating
}

/// A leaderboard row: rank, thumbnail, title, designer, live count and progress.
///
/// The row finds its design in `ranking` by id, so the same element follows the design
/// up and down as the order changes; it shows nothing once the design has left.
#[component]
pub fn LeaderboardRow(
    /// The design this row follows.
    design_id: i64,
    /// The designs in rank order, best first.
    #[prop(into)]
    ranking: Signal<Vec<Design>>,
    /// How many rows the board has room for: each row takes that share of its height.
    rows: usize,
) -> impl IntoView {
    let rank =
        Memo::new(move |_| ranking.with(|designs| designs.iter().position(|d| d.id == design_id)));
    let rank = move || rank.get().unwrap_or(0);
    let find = move |read: fn(&Design) -> i64| {
        ranking.with(|designs| designs.iter().find(|d| d.id == design_id).map_or(0, read))
    };
    let likes = Signal::derive(move || find(|d| d.likes));
    let store_likes = Signal::derive(move || find(|d| d.store_likes.unwrap_or(0)));
    // Title, designer, image and goal do not change while the row lives.
    let Some(design) =
        ranking.with_untracked(|designs| designs.iter().find(|d| d.id == design_id).cloned())
    else {
        return ().into_any();
    };
    let has_store = design.store_likes.is_some();
    let (width, height) = thumb_size(design.image.width, design.image.height);
    let goal = design.goal;
    let reached = move || likes.get() >= goal;
    let celebrating = celebrate_when_reached(Signal::derive(reached));
    let of_goal = move || text_with(msg::BOARD_OF_GOAL, &[("goal", goal.into())]);
    let title = design.title.clone();
    let label = live_text(move || {
        text_with(
            msg::BOARD_ROW_LABEL,
            &[
                ("rank", (rank() + 1).into()),
                ("title", design.title.as_str().into()),
                ("count", likes.get().into()),
            ],
        )
    });
    let (by_before, by_after) = around(msg::BY_DESIGNER, "name");
    let (here_before, here_after) = around(msg::BOARD_STORE_LIKES, "count");
    view! {
        <div
            class="screen-row"
            role="listitem"
            aria-label=label
            data-design-id=design_id
            data-rank=move || rank() + 1
            class:screen-row-first=move || rank() == 0
            class:screen-row-celebrate=move || celebrating.get()
            style:height=format!("calc(100% / {})", rows.max(1))
            style:transform=move || row_offset(rank())
        >
            <div class="screen-row-body">
                <span class="screen-rank" aria-hidden="true">
                    {live_text(move || format_number((rank() + 1) as i64))}
                </span>
                <RetryImage
                    class="screen-thumb"
                    src=design.image.thumb_url
                    alt=title.clone()
                    width=width
                    height=height
                />
                <div class="screen-what" aria-hidden="true">
                    <p class="screen-title">{title}</p>
                    <p class="screen-designer">
                        {by_before} {design.designer.name} {by_after}
                    </p>
                    <GoalProgress likes=likes goal=goal />
                </div>
                <div class="screen-count" aria-hidden="true">
                    <p class="screen-likes">
                        <HeartIcon class="screen-heart" />
                        <LiveNumber value=likes />
                    </p>
                    <p class="screen-goal" class:screen-goal-reached=reached>
                        {live_text(move || if reached() { text(msg::BOARD_GOAL_REACHED) } else { of_goal() })}
                    </p>
                    {has_store
                        .then(|| {
                            view! {
                                // Shown once this store has liked it: a row of zeros says nothing.
                                <p
                                    class="screen-store-likes"
                                    class:screen-store-none=move || store_likes.get() == 0
                                >
                                    {here_before}
                                    <LiveNumber value=store_likes />
                                    {here_after}
                                </p>
                            }
                        })}
                </div>
            </div>
        </div>
    }
    .into_any()
}
