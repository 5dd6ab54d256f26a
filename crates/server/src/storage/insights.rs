//! Insights for the brand: what is liked, where and when.
//!
//! Days and weeks are UTC. Counts are bucketed by offset from the window's
//! start (plain integer arithmetic on the stored milliseconds), so the SQL
//! needs no date functions and every bucket of the window is present, zero
//! when nothing happened in it. The windows are computed here, once for both backends.

use async_trait::async_trait;
use cocrea_api::{Category, DesignStatus};
use time::{Date, Duration, OffsetDateTime};

use super::{DesignRow, StorageError};

/// Days in the likes-per-day window (today included).
pub const LIKE_DAYS: i64 = 30;
/// Weeks in the submissions-per-week window (the current week included).
pub const SUBMISSION_WEEKS: i64 = 12;
/// The most designs in the top list.
pub const TOP_DESIGNS: u32 = 10;
/// The statuses of designs that reached their goal (and moved on since).
pub(super) const GOAL_REACHED_STATUSES: [DesignStatus; 3] = [
    DesignStatus::GoalReached,
    DesignStatus::InProduction,
    DesignStatus::InStore,
];

const DAY_MS: i64 = 86_400_000;
const WEEK_MS: i64 = 7 * DAY_MS;

/// Everything the insights page shows, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct InsightRows {
    /// Likes made on each of the last [`LIKE_DAYS`] UTC days, oldest first.
    pub likes_per_day: Vec<(Date, i64)>,
    /// The most liked designs (with at least one like), best first.
    pub top_designs: Vec<DesignRow>,
    /// Likes on the designs of each category, every category in `Category::ALL` order.
    pub likes_by_category: Vec<(Category, i64)>,
    /// Likes per store (`None`: made online), most first.
    pub likes_by_store: Vec<(Option<String>, i64)>,
    /// Designs submitted in each of the last [`SUBMISSION_WEEKS`] weeks
    /// (starting Monday, UTC), by the week's Monday, oldest first.
    pub submissions_per_week: Vec<(Date, i64)>,
    /// Designs that reached their goal (and those that moved on since).
    pub goals_reached: i64,
    /// Designs in all, in any status.
    pub designs: i64,
}

/// The brand's figures.
#[async_trait]
pub trait InsightStorage {
    /// The insights as of `now` (unix milliseconds), read from one consistent snapshot.
    async fn insights(&self, now: i64) -> Result<InsightRows, StorageError>;
}

/// A run of equal-width time buckets: `[start, start + width * count)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Window {
    /// The first day.
    pub first: Date,
    /// The first millisecond.
    pub start: i64,
    /// Each bucket's width in milliseconds.
    pub width: i64,
    /// How many buckets.
    pub count: i64,
}

impl Window {
    /// The likes-per-day window ending today.
    pub fn like_days(now: i64) -> Window {
        let first = utc_date(now) - Duration::days(LIKE_DAYS - 1);
        Window::new(first, DAY_MS, LIKE_DAYS)
    }

    /// The submissions-per-week window ending this week (weeks start on Monday).
    pub fn submission_weeks(now: i64) -> Window {
        let today = utc_date(now);
        let this_monday =
            today - Duration::days(i64::from(today.weekday().number_days_from_monday()));
        let first = this_monday - Duration::weeks(SUBMISSION_WEEKS - 1);
        Window::new(first, WEEK_MS, SUBMISSION_WEEKS)
    }

    fn new(first: Date, width: i64, count: i64) -> Window {
        Window {
            first,
            start: midnight_millis(first),
            width,
            count,
        }
    }

    /// The first millisecond after the window.
    pub fn end(&self) -> i64 {
        self.start + self.width * self.count
    }

    /// Spreads `(bucket index, count)` pairs over every bucket, each with its first day.
    pub fn dated(&self, counts: impl IntoIterator<Item = (i64, i64)>) -> Vec<(Date, i64)> {
        let mut buckets = vec![0; self.count as usize];
        for (index, count) in counts {
            if let Some(slot) = usize::try_from(index).ok().and_then(|i| buckets.get_mut(i)) {
                *slot = count;
            }
        }
        let step = Duration::milliseconds(self.width);
        buckets
            .into_iter()
            .enumerate()
            .map(|(index, count)| (self.first + step * index as i32, count))
            .collect()
    }
}

/// Every category with its count from `(slug, count)` rows, in `Category::ALL` order.
pub(super) fn by_category(rows: impl IntoIterator<Item = (String, i64)>) -> Vec<(Category, i64)> {
    let mut counts: Vec<(Category, i64)> = Category::ALL.into_iter().map(|c| (c, 0)).collect();
    for (slug, count) in rows {
        if let Some(entry) = counts
            .iter_mut()
            .find(|(category, _)| category.slug() == slug)
        {
            entry.1 = count;
        }
    }
    counts
}

/// The UTC date of a moment in unix milliseconds.
fn utc_date(millis: i64) -> Date {
    OffsetDateTime::from_unix_timestamp(millis.div_euclid(1000))
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .date()
}

/// A UTC date's first millisecond.
fn midnight_millis(date: Date) -> i64 {
    date.midnight().assume_utc().unix_timestamp() * 1000
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    fn millis(moment: OffsetDateTime) -> i64 {
        (moment.unix_timestamp_nanos() / 1_000_000) as i64
    }

    #[test]
    fn windows_end_today_and_this_week_starting_on_monday() {
        // A Wednesday afternoon.
        let now = millis(datetime!(2026-03-11 15:00 UTC));
        let days = Window::like_days(now);
        assert_eq!(days.first, date!(2026 - 02 - 10));
        assert_eq!(days.end(), millis(datetime!(2026-03-12 00:00 UTC)));
        let weeks = Window::submission_weeks(now);
        assert_eq!(weeks.first, date!(2025 - 12 - 22));
        let dated = weeks.dated([(11, 1), (10, 2), (99, 5)]);
        assert_eq!(dated.len(), 12);
        assert_eq!(dated[11], (date!(2026 - 03 - 09), 1));
        assert_eq!(dated[10], (date!(2026 - 03 - 02), 2));
    }
}
