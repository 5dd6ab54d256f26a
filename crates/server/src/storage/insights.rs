//! Insights for the brand: what is liked, where and when, and every design for
//! the CSV export.
//!
//! Days and weeks are UTC. Counts are bucketed by offset from the window's
//! start (plain integer arithmetic on the stored milliseconds), so the SQL
//! needs no date functions and every bucket of the window is present, zero
//! when nothing happened in it.

use cocrea_api::{Category, DesignStatus};
use rusqlite::{params, Connection};
use time::{Date, Duration, OffsetDateTime};

use super::designs::{design_row, SELECT_DESIGN};
use super::{DesignRow, StorageError, Store};

/// Days in the likes-per-day window (today included).
pub const LIKE_DAYS: i64 = 30;
/// Weeks in the submissions-per-week window (the current week included).
pub const SUBMISSION_WEEKS: i64 = 12;
/// The most designs in the top list.
pub const TOP_DESIGNS: u32 = 10;

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

impl Store {
    /// The insights as of `now` (unix milliseconds), read from one consistent snapshot.
    #[tracing::instrument(skip(self), level = "debug")]
    pub async fn insights(&self, now: i64) -> Result<InsightRows, StorageError> {
        self.read(move |connection| {
            // One read transaction: every figure describes the same moment.
            let snapshot = connection.unchecked_transaction()?;
            let rows = insights(&snapshot, now)?;
            snapshot.finish()?;
            Ok(rows)
        })
        .await
    }

    /// Every design in any status (hidden ones too), oldest first: the CSV export.
    #[tracing::instrument(skip(self), level = "debug")]
    pub async fn all_designs(&self) -> Result<Vec<DesignRow>, StorageError> {
        self.read(|connection| {
            connection
                .prepare_cached(&format!("{SELECT_DESIGN} ORDER BY d.id"))?
                .query_map([], design_row)?
                .collect()
        })
        .await
    }
}

fn insights(connection: &Connection, now: i64) -> rusqlite::Result<InsightRows> {
    let today = utc_date(now);

    let first_day = today - Duration::days(LIKE_DAYS - 1);
    let likes = bucketed(
        connection,
        "SELECT (created_at - ?1) / ?2, COUNT(*) FROM likes \
         WHERE created_at >= ?1 AND created_at < ?3 GROUP BY 1",
        first_day,
        DAY_MS,
        LIKE_DAYS,
    )?;
    let likes_per_day = dated(first_day, Duration::days(1), likes);

    let this_monday = today - Duration::days(i64::from(today.weekday().number_days_from_monday()));
    let first_monday = this_monday - Duration::weeks(SUBMISSION_WEEKS - 1);
    let submissions = bucketed(
        connection,
        "SELECT (created_at - ?1) / ?2, COUNT(*) FROM designs \
         WHERE created_at >= ?1 AND created_at < ?3 GROUP BY 1",
        first_monday,
        WEEK_MS,
        SUBMISSION_WEEKS,
    )?;
    let submissions_per_week = dated(first_monday, Duration::weeks(1), submissions);

    let top_designs = connection
        .prepare_cached(&format!(
            "{SELECT_DESIGN} WHERE d.likes > 0 ORDER BY d.likes DESC, d.id DESC LIMIT ?1"
        ))?
        .query_map([TOP_DESIGNS], design_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let mut by_category: Vec<(Category, i64)> = Category::ALL.into_iter().map(|c| (c, 0)).collect();
    let mut statement = connection.prepare_cached(
        "SELECT d.category, COUNT(*) FROM likes l JOIN designs d ON d.id = l.design_id \
         GROUP BY d.category",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let slug: String = row.get(0)?;
        if let Some(entry) = by_category
            .iter_mut()
            .find(|(category, _)| category.slug() == slug)
        {
            entry.1 = row.get(1)?;
        }
    }

    let likes_by_store = connection
        .prepare_cached(
            "SELECT store, COUNT(*) AS n FROM likes GROUP BY store \
             ORDER BY n DESC, store IS NOT NULL, store",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let reached = [
        DesignStatus::GoalReached,
        DesignStatus::InProduction,
        DesignStatus::InStore,
    ];
    let goals_reached = connection
        .prepare_cached("SELECT COUNT(*) FROM designs WHERE status IN (?1, ?2, ?3)")?
        .query_row(
            params![
                reached[0].as_str(),
                reached[1].as_str(),
                reached[2].as_str()
            ],
            |row| row.get(0),
        )?;
    let designs = connection
        .prepare_cached("SELECT COUNT(*) FROM designs")?
        .query_row([], |row| row.get(0))?;

    Ok(InsightRows {
        likes_per_day,
        top_designs,
        likes_by_category: by_category,
        likes_by_store,
        submissions_per_week,
        goals_reached,
        designs,
    })
}

/// Runs a `(bucket index, count)` query over `buckets` buckets of `width`
/// milliseconds from `first`'s midnight; returns a count for every bucket.
fn bucketed(
    connection: &Connection,
    sql: &str,
    first: Date,
    width: i64,
    buckets: i64,
) -> rusqlite::Result<Vec<i64>> {
    let start = midnight_millis(first);
    let end = start + width * buckets;
    let mut counts = vec![0; buckets as usize];
    let mut statement = connection.prepare_cached(sql)?;
    let mut rows = statement.query(params![start, width, end])?;
    while let Some(row) = rows.next()? {
        let index: i64 = row.get(0)?;
        if let Some(slot) = usize::try_from(index).ok().and_then(|i| counts.get_mut(i)) {
            *slot = row.get(1)?;
        }
    }
    Ok(counts)
}

/// Pairs each count with its bucket's first day.
fn dated(first: Date, step: Duration, counts: Vec<i64>) -> Vec<(Date, i64)> {
    counts
        .into_iter()
        .enumerate()
        .map(|(index, count)| (first + step * index as i32, count))
        .collect()
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

    async fn fresh_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::TempDir::new().unwrap();
        let store = Store::open(&dir.path().join("test.sqlite3")).unwrap();
        (dir, store)
    }

    /// Inserts a design submitted at `created_at` and likes on it at the given moments.
    async fn design_with_likes(
        store: &Store,
        category: &str,
        created_at: i64,
        likes: Vec<(i64, Option<&'static str>)>,
    ) -> i64 {
        let category = category.to_owned();
        store
            .write(move |connection| {
                connection.execute(
                    "INSERT INTO users (name, created_at) VALUES ('Designer', 0)",
                    [],
                )?;
                let designer = connection.last_insert_rowid();
                connection.execute(
                    "INSERT INTO designs (title, description, category, designer_id, image_hash, \
                     image_width, image_height, likes, goal, status, created_at) \
                     VALUES ('T', 'D', ?1, ?2, 'h', 1, 1, ?3, 100, 'voting', ?4)",
                    params![category, designer, likes.len() as i64, created_at],
                )?;
                let design = connection.last_insert_rowid();
                for (at, store) in likes {
                    connection.execute(
                        "INSERT INTO users (name, created_at) VALUES ('Shopper', 0)",
                        [],
                    )?;
                    let user = connection.last_insert_rowid();
                    connection.execute(
                        "INSERT INTO likes (design_id, user_id, created_at, store) \
                         VALUES (?1, ?2, ?3, ?4)",
                        params![design, user, at, store],
                    )?;
                }
                Ok(design)
            })
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn likes_and_submissions_land_in_their_utc_day_and_monday_week() {
        let (_dir, store) = fresh_store().await;
        // A Wednesday afternoon.
        let now = millis(datetime!(2026-03-11 15:00 UTC));
        let today_early = millis(datetime!(2026-03-11 00:00 UTC));
        let yesterday_late = millis(datetime!(2026-03-10 23:59:59.999 UTC));
        let first_day = millis(datetime!(2026-02-10 00:00 UTC));
        let too_old = millis(datetime!(2026-02-09 23:59 UTC));
        design_with_likes(
            &store,
            "tops",
            // Sunday: the week of Monday 2 March.
            millis(datetime!(2026-03-08 23:00 UTC)),
            vec![
                (today_early, None),
                (yesterday_late, Some("berlin-mitte")),
                (first_day, None),
                (too_old, None),
            ],
        )
        .await;
        // Monday 0:00 of this week.
        design_with_likes(
            &store,
            "shoes",
            millis(datetime!(2026-03-09 00:00 UTC)),
            vec![],
        )
        .await;

        let insights = store.insights(now).await.unwrap();
        let days = &insights.likes_per_day;
        assert_eq!(days.len(), 30);
        assert_eq!(days[0], (date!(2026 - 02 - 10), 1));
        assert_eq!(days[28], (date!(2026 - 03 - 10), 1));
        assert_eq!(days[29], (date!(2026 - 03 - 11), 1));
        assert_eq!(days.iter().map(|(_, n)| n).sum::<i64>(), 3);

        let weeks = &insights.submissions_per_week;
        assert_eq!(weeks.len(), 12);
        assert_eq!(weeks[11], (date!(2026 - 03 - 09), 1));
        assert_eq!(weeks[10], (date!(2026 - 03 - 02), 1));
        assert_eq!(weeks[0].0, date!(2025 - 12 - 22));
        assert!(weeks
            .iter()
            .all(|(day, _)| day.weekday() == time::Weekday::Monday));

        assert_eq!(insights.likes_by_category.len(), 8);
        assert_eq!(
            insights.likes_by_category[1],
            (Category::Tops, 4),
            "all-time likes"
        );
        assert_eq!(insights.likes_by_category[7], (Category::Shoes, 0));
        assert_eq!(
            insights.likes_by_store,
            vec![(None, 3), (Some("berlin-mitte".to_owned()), 1)]
        );
        assert_eq!(
            insights.top_designs.len(),
            1,
            "designs without likes are left out"
        );
        assert_eq!(insights.designs, 2);
        assert_eq!(insights.goals_reached, 0);
    }
}
