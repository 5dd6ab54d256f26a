//! `/screen?limit=10&store=CODE`: the in-store leaderboard for an unattended screen.

use std::time::Duration;

use cocrea_api::ranking::goal_fraction;
use cocrea_api::{Design, DesignStatus, SortOrder};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::{msg, page_title, t, text, Msg};
use crate::staff::api_live;
use crate::staff::components::{LeaderboardList, QrCode, ReconnectingMark};
use crate::staff::live::{store_from_query, ConnectionState};
use crate::staff::live_designs::{use_live_designs, LiveShown};

/// The rankings the screen turns through, with the name it shows for each.
pub const VIEWS: [(SortOrder, Msg); 3] = [
    (SortOrder::Top, msg::SCREEN_VIEW_TOP),
    (SortOrder::Trending, msg::SCREEN_VIEW_TRENDING),
    (SortOrder::NearGoal, msg::SCREEN_VIEW_NEAR_GOAL),
];

/// How long each ranking stays on screen.
pub const VIEW_TIME: Duration = Duration::from_secs(10);

/// How often all rankings load again even without news: trending changes with time.
pub const REFRESH_EVERY: Duration = Duration::from_secs(60);

/// How long after a like the rankings load again (one load for a burst of likes), so
/// designs that climb into the list from below it appear.
pub const RELOAD_AFTER_LIKES: Duration = Duration::from_secs(2);

/// Rows when `?limit=` is absent: five, so titles and thumbnails read from 3 m on a 1080p TV.
pub const DEFAULT_ROWS: u32 = 5;

/// The most rows the server gives.
pub const MAX_ROWS: u32 = 50;

/// The number of rows from `?limit=`: 1 to 50, else 10.
pub fn parse_rows(value: Option<&str>) -> u32 {
    value
        .and_then(|value| value.trim().parse::<u32>().ok())
        .filter(|rows| (1..=MAX_ROWS).contains(rows))
        .unwrap_or(DEFAULT_ROWS)
}

/// The view after `current`: the next one that has designs to show (an empty ranking
/// is skipped), or `current` when none has.
pub fn next_view(current: usize, has_designs: [bool; 3]) -> usize {
    (1..=VIEWS.len())
        .map(|step| (current + step) % VIEWS.len())
        .find(|&view| has_designs[view])
        .unwrap_or(current)
}

/// Puts `designs` back in `sort`'s order after counts changed, as the server would
/// rank them (ties by newest id). Trending also weighs age, which the server knows
/// best: it keeps its order until the next load.
pub fn rerank(sort: SortOrder, designs: &mut [Design]) {
    match sort {
        // Designs still collecting likes first, then those that reached their goal.
        SortOrder::Top => insertion_sort(designs, &|a, b| {
            let voting = |d: &Design| d.status == DesignStatus::Voting;
            (voting(a), a.likes, a.id) > (voting(b), b.likes, b.id)
        }),
        SortOrder::NearGoal => insertion_sort(designs, &|a, b| {
            let (fa, fb) = (
                goal_fraction(a.likes, a.goal),
                goal_fraction(b.likes, b.goal),
            );
            fa > fb || (fa == fb && a.id > b.id)
        }),
        SortOrder::Trending | SortOrder::New => {}
    }
}

/// Sorts a leaderboard (50 designs at most) so that `before(a, b)` holds for neighbours
/// out of order no more. Stable; much smaller in the wasm than the standard sorts.
fn insertion_sort<T>(items: &mut [T], before: &dyn Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// The rankings as last loaded, one per view; `None` until the first load.
#[derive(Default)]
struct Boards([Option<Vec<Design>>; 3]);

impl LiveShown for Boards {
    fn designs(&mut self) -> Vec<&mut Design> {
        self.0.iter_mut().flatten().flatten().collect()
    }

    fn after_counts_changed(&mut self) {
        for (board, (sort, _)) in self.0.iter_mut().zip(VIEWS) {
            if let Some(designs) = board {
                rerank(sort, designs);
            }
        }
    }
}

/// The store screen: the top designs with rank, image, title, live count and progress,
/// turning every ten seconds between most liked, trending and closest to the goal.
/// Full screen, dark, legible across a shop; needs no mouse or keyboard and recovers
/// from server restarts and network drops by itself.
#[component]
pub fn ScreenPage() -> impl IntoView {
    page_title(msg::SCREEN_TITLE);
    let query = use_query_map();
    let (rows, store) = query.with_untracked(|q| {
        (
            parse_rows(q.get_str("limit")),
            store_from_query(q.get_str("store")),
        )
    });
    let qr_store = store.clone();
    let current = RwSignal::new(0usize);
    let live = use_live_designs::<Boards>(store.clone(), Some(RELOAD_AFTER_LIKES), move || {
        let store = store.clone();
        Box::pin(async move {
            let mut fresh = Boards::default();
            for (slot, (sort, _)) in fresh.0.iter_mut().zip(VIEWS) {
                let board = api_live::leaderboard(sort, rows, store.as_deref()).await?;
                *slot = Some(board.items);
            }
            Ok(fresh)
        })
    });
    let (boards, reloader, connection) = (live.shown, live.reloader, live.connection);

    // Turn to the next ranking every VIEW_TIME, and load everything again now and then.
    let turn = set_interval_with_handle(
        move || {
            let has_designs = boards.with_untracked(|boards| {
                [0, 1, 2].map(|view| boards.0[view].as_ref().is_some_and(|d| !d.is_empty()))
            });
            current.try_update(|view| *view = next_view(*view, has_designs));
        },
        VIEW_TIME,
    )
    .ok();
    let refresh = set_interval_with_handle(move || reloader.reload(), REFRESH_EVERY).ok();
    on_cleanup(move || {
        for handle in [turn, refresh].into_iter().flatten() {
            handle.clear();
        }
    });

    let ranking = Signal::derive(move || {
        let view = current.get();
        boards.with(|boards| boards.0[view].clone())
    });
    let view_name = move || text(VIEWS[current.get()].1);

    view! {
        <div class="store-screen kiosk" data-view=move || VIEWS[current.get()].0.as_str()>
            <header class="screen-header">
                <div class="screen-heading">
                    <p class="screen-brand">"cocrea"</p>
                    // Made anew at each turn: the name fades in, the timer starts over.
                    {move || {
                        let name = view_name();
                        view! {
                            <h1 class="screen-view-name">{name}</h1>
                            <div class="screen-timer" aria-hidden="true"></div>
                        }
                    }}
                </div>
                <ol class="screen-views" aria-label=t(msg::SCREEN_VIEWS_LABEL)>
                    {VIEWS
                        .iter()
                        .enumerate()
                        .map(|(index, (_, name))| {
                            view! {
                                <li
                                    class="screen-view-tab"
                                    class:screen-view-current=move || current.get() == index
                                    aria-current=move || (current.get() == index).then_some("true")
                                >
                                    {t(*name)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </header>
            <LeaderboardList ranking=ranking rows=rows as usize label=Signal::derive(view_name) />
            <footer class="screen-footer">
                // A QR code on the screen itself: it likes the first design shown.
                {move || {
                    let first = ranking.with(|r| r.as_ref().and_then(|r| r.first()).map(|d| d.id));
                    let store = qr_store.clone();
                    first
                        .map(|id| {
                            view! {
                                <p class="screen-qr" data-design-id=id>
                                    <QrCode design_id=id store=store />
                                    <span>{t(msg::SCREEN_QR)}</span>
                                </p>
                            }
                        })
                }}
                <p class="screen-cta">
                    <strong>{t(msg::SCREEN_CTA_QUESTION)}</strong>
                    " "
                    {t(msg::SCREEN_CTA)}
                </p>
                // While the stream is down, "Live" gives way to the reconnecting mark.
                {move || {
                    (connection.get() != ConnectionState::Reconnecting)
                        .then(|| {
                            view! {
                                <p
                                    class="screen-live"
                                    class:screen-live-on=move || {
                                        connection.get() == ConnectionState::Live
                                    }
                                >
                                    <span class="screen-live-dot" aria-hidden="true"></span>
                                    {t(msg::SCREEN_LIVE)}
                                </p>
                            }
                        })
                }}
                <ReconnectingMark state=connection />
            </footer>
        </div>
    }
}
