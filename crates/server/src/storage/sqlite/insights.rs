//! Insights on SQLite: what is liked, where and when, from one read transaction.

use async_trait::async_trait;
use rusqlite::{params, Connection};

use super::designs::design_row;
use super::SqliteStore;
use crate::storage::designs::SELECT_DESIGN;
use crate::storage::insights::{by_category, Window, GOAL_REACHED_STATUSES};
use crate::storage::{InsightRows, InsightStorage, StorageError, TOP_DESIGNS};

#[async_trait]
impl InsightStorage for SqliteStore {
    #[tracing::instrument(skip(self), level = "debug")]
    async fn insights(&self, now: i64) -> Result<InsightRows, StorageError> {
        self.read(move |connection| {
            // One read transaction: every figure describes the same moment.
            let snapshot = connection.unchecked_transaction()?;
            let rows = insights(&snapshot, now)?;
            snapshot.finish()?;
            Ok(rows)
        })
        .await
    }
}

fn insights(connection: &Connection, now: i64) -> rusqlite::Result<InsightRows> {
    let days = Window::like_days(now);
    let likes_per_day = days.dated(bucketed(
        connection,
        "SELECT (created_at - ?1) / ?2, COUNT(*) FROM likes \
         WHERE created_at >= ?1 AND created_at < ?3 GROUP BY 1",
        days,
    )?);
    let weeks = Window::submission_weeks(now);
    let submissions_per_week = weeks.dated(bucketed(
        connection,
        "SELECT (created_at - ?1) / ?2, COUNT(*) FROM designs \
         WHERE created_at >= ?1 AND created_at < ?3 GROUP BY 1",
        weeks,
    )?);

    let top_designs = connection
        .prepare_cached(&format!(
            "{SELECT_DESIGN} WHERE d.likes > 0 ORDER BY d.likes DESC, d.id DESC LIMIT ?1"
        ))?
        .query_map([TOP_DESIGNS], design_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let likes_by_category = by_category(
        connection
            .prepare_cached(
                "SELECT d.category, COUNT(*) FROM likes l JOIN designs d ON d.id = l.design_id \
                 GROUP BY d.category",
            )?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?,
    );

    let likes_by_store = connection
        .prepare_cached(
            "SELECT store, COUNT(*) AS n FROM likes GROUP BY store \
             ORDER BY n DESC, store IS NOT NULL, store",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let [a, b, c] = GOAL_REACHED_STATUSES.map(cocrea_api::DesignStatus::as_str);
    let goals_reached = connection
        .prepare_cached("SELECT COUNT(*) FROM designs WHERE status IN (?1, ?2, ?3)")?
        .query_row(params![a, b, c], |row| row.get(0))?;
    let designs = connection
        .prepare_cached("SELECT COUNT(*) FROM designs")?
        .query_row([], |row| row.get(0))?;

    Ok(InsightRows {
        likes_per_day,
        top_designs,
        likes_by_category,
        likes_by_store,
        submissions_per_week,
        goals_reached,
        designs,
    })
}

/// Runs a `(bucket index, count)` query over the window (bound as start, width, end).
fn bucketed(
    connection: &Connection,
    sql: &str,
    window: Window,
) -> rusqlite::Result<Vec<(i64, i64)>> {
    connection
        .prepare_cached(sql)?
        .query_map(params![window.start, window.width, window.end()], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?
        .collect()
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use cocrea_api::Category;
    use rusqlite::params;
    use time::OffsetDateTime;

    use super::SqliteStore;
    use crate::storage::InsightStorage;

    fn millis(moment: OffsetDateTime) -> i64 {
        (moment.unix_timestamp_nanos() / 1_000_000) as i64
    }

    async fn fresh_store() -> (tempfile::TempDir, SqliteStore) {
        let dir = tempfile::TempDir::new().unwrap();
        let store = SqliteStore::open(
            &dir.path().join("test.sqlite3"),
            &dir.path().join("images"),
            Default::default(),
        )
        .unwrap();
        (dir, store)
    }

    /// Inserts a design submitted at `created_at` and likes on it at the given moments.
    async fn design_with_likes(
        store: &SqliteStore,
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
