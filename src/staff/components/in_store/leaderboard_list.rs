//! The store screen's ranked list: one row per design, sliding as the order changes.

use cocrea_api::Design;
use leptos::prelude::*;

use crate::i18n::{msg, text};
use crate::staff::components::LeaderboardRow;

/// The design ids of `ranking` in ascending order: the rows' order in the document.
///
/// Rows stay put in the document and slide to their rank, so a design that moves keeps
/// its element (and its count's bump) instead of being taken out and put back.
pub fn row_order(ranking: &[Design]) -> Vec<i64> {
    let mut ids: Vec<i64> = ranking.iter().map(|d| d.id).collect();
    // Insertion sort: 50 ids at most, and far smaller in the wasm than `sort`.
    for i in 1..ids.len() {
        let mut j = i;
        while j > 0 && ids[j] < ids[j - 1] {
            ids.swap(j, j - 1);
            j -= 1;
        }
    }
    ids
}

/// The ranked designs as a list of [`LeaderboardRow`]s, keyed by design id, with a
/// sentence when there is nothing (yet) to rank.
#[component]
pub fn LeaderboardList(
    /// The designs in rank order, best first; `None` until they first load.
    #[prop(into)]
    ranking: Signal<Option<Vec<Design>>>,
    /// How many rows the board has room for.
    rows: usize,
    /// What the list ranks ("Most liked"), for screen readers.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let designs = Memo::new(move |_| ranking.get().unwrap_or_default());
    let ids = Memo::new(move |_| designs.with(|d| row_order(d)));
    let empty = move || match ranking.with(|r| r.as_ref().map(Vec::is_empty)) {
        None => Some(text(msg::BOARD_LOADING)),
        Some(true) => Some(text(msg::BOARD_EMPTY)),
        Some(false) => None,
    };
    view! {
        <div class="screen-board" role="list" aria-label=move || label.get()>
            {move || empty().map(|words| view! { <p class="screen-empty">{words}</p> })}
            <For each=move || ids.get() key=|id| *id let:id>
                <LeaderboardRow design_id=id ranking=designs rows=rows />
            </For>
        </div>
    }
}
