//! Insights on PostgreSQL: what is liked, where and when, from one snapshot.

use async_trait::async_trait;
use deadpool_postgres::GenericClient;

use super::designs::query_designs;
use super::PgStore;
use crate::storage::designs::SELECT_DESIGN;
use crate::storage::insights::{by_category, Window, GOAL_REACHED_STATUSES};
use crate::storage::{InsightRows, InsightStorage, StorageError, TOP_DESIGNS};

#[async_trait]
impl InsightStorage for PgStore {
    #[tracing::instrument(skip(self), level = "debug")]
    async fn insights(&self, now: i64) -> Result<InsightRows, StorageError> {
        let mut client = self.client().await?;
        // One snapshot: every figure describes the same moment.
        let snapshot = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let rows = insights(&snapshot, now).await?;
        snapshot.commit().await?;
        Ok(rows)
    }
}

async fn insights(client: &impl GenericClient, now: i64) -> Result<InsightRows, StorageError> {
    let days = Window::like_days(now);
    let likes_per_day = days.dated(
        bucketed(
            client,
            "SELECT (created_at - $1) / $2, COUNT(*) FROM likes \
             WHERE created_at >= $1 AND created_at < $3 GROUP BY 1",
            days,
        )
        .await?,
    );
    let weeks = Window::submission_weeks(now);
    let submissions_per_week = weeks.dated(
        bucketed(
            client,
            "SELECT (created_at - $1) / $2, COUNT(*) FROM designs \
             WHERE created_at >= $1 AND created_at < $3 GROUP BY 1",
            weeks,
        )
        .await?,
    );

    let top_designs = query_designs(
        client,
        &format!("{SELECT_DESIGN} WHERE d.likes > 0 ORDER BY d.likes DESC, d.id DESC LIMIT $1"),
        &[&i64::from(TOP_DESIGNS)],
    )
    .await?;

    let likes_by_category = by_category(
        client
            .query(
                "SELECT d.category, COUNT(*) FROM likes l JOIN designs d ON d.id = l.design_id \
                 GROUP BY d.category",
                &[],
            )
            .await?
            .iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect::<Result<Vec<_>, StorageError>>()?,
    );

    let likes_by_store = client
        .query(
            "SELECT store, COUNT(*) AS n FROM likes GROUP BY store \
             ORDER BY n DESC, store IS NOT NULL, store COLLATE \"C\"",
            &[],
        )
        .await?
        .iter()
        .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
        .collect::<Result<Vec<_>, StorageError>>()?;

    let goal_statuses: Vec<&str> = GOAL_REACHED_STATUSES
        .iter()
        .map(|status| status.as_str())
        .collect();
    let goals_reached = client
        .query_one(
            "SELECT COUNT(*) FROM designs WHERE status = ANY($1::text[])",
            &[&goal_statuses],
        )
        .await?
        .try_get(0)?;
    let designs = client
        .query_one("SELECT COUNT(*) FROM designs", &[])
        .await?
        .try_get(0)?;

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
async fn bucketed(
    client: &impl GenericClient,
    sql: &str,
    window: Window,
) -> Result<Vec<(i64, i64)>, StorageError> {
    client
        .query(sql, &[&window.start, &window.width, &window.end()])
        .await?
        .iter()
        .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use cocrea_api::Category;
    use time::macros::{date, datetime};
    use time::OffsetDateTime;

    use super::super::{test_db, PgStore};
    use crate::storage::InsightStorage;

    fn millis(moment: OffsetDateTime) -> i64 {
        (moment.unix_timestamp_nanos() / 1_000_000) as i64
    }

    /// Inserts a design submitted at `created_at` and likes on it at the given moments.
    async fn design_with_likes(
        store: &PgStore,
        category: &str,
        created_at: i64,
        likes: Vec<(i64, Option<&'static str>)>,
    ) {
        let client = store.client().await.unwrap();
        let designer: i64 = client
            .query_one(
                "INSERT INTO users (name, created_at) VALUES ('Designer', 0) RETURNING id",
                &[],
            )
            .await
            .unwrap()
            .get(0);
        let design: i64 = client
            .query_one(
                "INSERT INTO designs (title, description, category, designer_id, image_hash, \
                 image_width, image_height, likes, goal, status, created_at) \
                 VALUES ('T', 'D', $1, $2, 'h', 1, 1, $3, 100, 'voting', $4) RETURNING id",
                &[&category, &designer, &(likes.len() as i64), &created_at],
            )
            .await
            .unwrap()
            .get(0);
        for (at, store) in likes {
            let user: i64 = client
                .query_one(
                    "INSERT INTO users (name, created_at) VALUES ('Shopper', 0) RETURNING id",
                    &[],
                )
                .await
                .unwrap()
                .get(0);
            client
                .execute(
                    "INSERT INTO likes (design_id, user_id, created_at, store) \
                     VALUES ($1, $2, $3, $4)",
                    &[&design, &user, &at, &store],
                )
                .await
                .unwrap();
        }
    }

    #[tokio::test]
    async fn likes_and_submissions_land_in_their_utc_day_and_monday_week() {
        let db = test_db::fresh().await;
        let store = &db.store;
        // A Wednesday afternoon.
        let now = millis(datetime!(2026-03-11 15:00 UTC));
        design_with_likes(
            store,
            "tops",
            // Sunday: the week of Monday 2 March.
            millis(datetime!(2026-03-08 23:00 UTC)),
            vec![
                (millis(datetime!(2026-03-11 00:00 UTC)), None),
                (
                    millis(datetime!(2026-03-10 23:59:59.999 UTC)),
                    Some("berlin-mitte"),
                ),
                (millis(datetime!(2026-02-10 00:00 UTC)), None),
                (millis(datetime!(2026-02-09 23:59 UTC)), None),
            ],
        )
        .await;
        design_with_likes(
            store,
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
        assert_eq!(weeks[11], (date!(2026 - 03 - 09), 1));
        assert_eq!(weeks[10], (date!(2026 - 03 - 02), 1));
        assert_eq!(insights.likes_by_category[1], (Category::Tops, 4));
        assert_eq!(insights.likes_by_category[7], (Category::Shoes, 0));
        assert_eq!(
            insights.likes_by_store,
            vec![(None, 3), (Some("berlin-mitte".to_owned()), 1)]
        );
        assert_eq!(insights.top_designs.len(), 1);
        assert_eq!((insights.designs, insights.goals_reached), (2, 0));
        db.drop_database().await;
    }
}
