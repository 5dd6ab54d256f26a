//! The trending rank: stored per design and refreshed here, in the background, so the
//! gallery's default order reads an index instead of scoring every design on every
//! request (as Lemmy keeps its `hot_rank`). On PostgreSQL each refresh also stores
//! top's and near goal's keys (a design's likes, how far it is toward its goal), so
//! that no index on designs covers the count a like changes and every like's update
//! stays a cheap in-place (HOT) one (migration 0009); those two orders then move at
//! refreshes too, while each card shows its live count. SQLite reads them live from
//! its own indexes: its single writer rewrites only the index entries of the columns
//! a like changes, which costs it little.
//!
//! Each refresh computes the scores of the designs it names at one moment, with the
//! shared formula (`cocrea_api::ranking::trending_score`), and stores them in one
//! transaction. Between two refreshes the ranks do not move, likes or not: the like
//! path does no ranking work at all, and a gallery cursor pages through one fixed
//! order, exactly. A cursor carries its last design's rank and id; across a refresh
//! the next page continues after that design where it ranks now (see the listings in
//! `storage/*/designs.rs`), so only designs whose order against it changed in that
//! refresh (a minute of likes and ageing) can cross the page boundary, as likes between
//! two pages could when scores were computed on every request.
//!
//! Which designs a refresh re-ranks:
//! - at start, every public design;
//! - every [`REFRESH_EVERY`]: those submitted in the last [`RUNNING_WINDOW`] (still in
//!   the running: their scores move fastest), those liked since the last refresh, and
//!   up to [`STALE_BATCH`] of the others ranked longer than [`STALE_AFTER`] ago, so old
//!   designs follow the clock too (past a week, an hour of ageing moves a score by
//!   about 1%). The work per refresh follows the recent activity, not the catalogue.

use std::time::Duration;

use crate::storage::{now_millis, StorageError, Store, TrendingRefresh};

/// How often the ranks are refreshed.
pub const REFRESH_EVERY: Duration = Duration::from_secs(60);
/// Designs younger than this are re-ranked at every refresh.
pub const RUNNING_WINDOW: Duration = Duration::from_secs(7 * 24 * 3600);
/// Older designs are re-ranked when their rank is older than this.
pub const STALE_AFTER: Duration = Duration::from_secs(3600);
/// How many of those one refresh takes at most.
pub const STALE_BATCH: u32 = 2000;
/// Likes are looked for from this long before the previous refresh began, for those
/// whose transaction committed just after it read.
const LIKE_OVERLAP: Duration = Duration::from_secs(10);

/// Ranks every public design now (before the server answers), then keeps the ranks
/// fresh in a background task for as long as the server runs.
pub async fn start(store: &Store) -> Result<(), StorageError> {
    let started = now_millis();
    let ranked = store.refresh_trending(full_refresh(started)).await?;
    tracing::info!(ranked, "trending ranks computed");
    let store = store.clone();
    tokio::spawn(async move {
        let mut previous = started;
        let mut ticks = tokio::time::interval(REFRESH_EVERY);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        ticks.tick().await; // the first tick is immediate: that refresh is done
        loop {
            ticks.tick().await;
            let now = now_millis();
            match store.refresh_trending(next_refresh(now, previous)).await {
                Ok(ranked) => {
                    tracing::debug!(ranked, "trending ranks refreshed");
                    previous = now;
                }
                // Kept for the next tick, with the same `previous`: nothing is missed.
                Err(error) => tracing::warn!(%error, "trending ranks not refreshed"),
            }
        }
    });
    Ok(())
}

/// A refresh of every public design at `now`.
pub fn full_refresh(now: i64) -> TrendingRefresh {
    TrendingRefresh {
        now,
        submitted_after: now - millis(RUNNING_WINDOW),
        liked_since: None,
        stale_before: now,
        stale_batch: u32::MAX,
    }
}

/// The refresh at `now` that follows one that began at `previous`.
pub fn next_refresh(now: i64, previous: i64) -> TrendingRefresh {
    TrendingRefresh {
        now,
        submitted_after: now - millis(RUNNING_WINDOW),
        liked_since: Some(previous - millis(LIKE_OVERLAP)),
        stale_before: now - millis(STALE_AFTER),
        stale_batch: STALE_BATCH,
    }
}

fn millis(duration: Duration) -> i64 {
    duration.as_millis() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refresh_looks_back_over_the_window_and_a_little_before_the_last_one() {
        let refresh = next_refresh(10_000_000_000, 9_999_940_000);
        assert_eq!(refresh.submitted_after, 10_000_000_000 - 604_800_000);
        assert_eq!(refresh.liked_since, Some(9_999_930_000));
        assert_eq!(refresh.stale_before, 10_000_000_000 - 3_600_000);
        assert_eq!(full_refresh(5).liked_since, None);
    }
}
