//! The shop's displays on PostgreSQL: designs an admin approved or that passed the threshold.

use async_trait::async_trait;
use cocrea_api::SortOrder;

use super::designs::query_designs;
use super::PgStore;
use crate::storage::designs::PUBLIC_STATUSES;
use crate::storage::designs::SELECT_DESIGN;
use crate::storage::{now_millis, DesignRow, DisplayStorage, StorageError};

/// The condition (on `d`, with the threshold in `$1`) for a design fit for a display.
fn on_display() -> String {
    format!(
        "d.status IN ({PUBLIC_STATUSES}) AND NOT d.hidden AND ( \
           d.likes >= $1 \
           OR d.status <> 'voting' \
           OR EXISTS (SELECT 1 FROM design_steps p \
                      WHERE p.design_id = d.id AND p.status = 'pending'))"
    )
}

/// The extra condition and the order of a display's ranking (`$3` is the moment).
fn ranking(sort: SortOrder) -> (&'static str, &'static str) {
    match sort {
        SortOrder::Top | SortOrder::New => {
            ("TRUE", "(d.status <> 'voting'), d.likes DESC, d.id DESC")
        }
        SortOrder::Trending => (
            "d.likes >= GREATEST($1, 1)",
            "trending_score(d.likes, GREATEST(0, $3 - d.created_at) / 3600000.0) DESC, d.id DESC",
        ),
        SortOrder::NearGoal => (
            "d.status = 'voting'",
            "goal_fraction(d.likes, d.goal) DESC, d.id DESC",
        ),
    }
}

#[async_trait]
impl DisplayStorage for PgStore {
    #[tracing::instrument(skip(self), level = "debug")]
    async fn display_designs(
        &self,
        sort: SortOrder,
        limit: u32,
        min_likes: i64,
    ) -> Result<Vec<DesignRow>, StorageError> {
        let (only, order) = ranking(sort);
        let limit = i64::from(limit.max(1));
        let sql = format!(
            "{SELECT_DESIGN} WHERE {} AND {only} ORDER BY {order} LIMIT $2",
            on_display()
        );
        let client = self.client().await?;
        if sort == SortOrder::Trending {
            query_designs(&client, &sql, &[&min_likes, &limit, &now_millis()]).await
        } else {
            query_designs(&client, &sql, &[&min_likes, &limit]).await
        }
    }

    #[tracing::instrument(skip(self), level = "debug")]
    async fn design_on_display(
        &self,
        id: i64,
        min_likes: i64,
    ) -> Result<Option<bool>, StorageError> {
        let client = self.client().await?;
        let sql = format!(
            "SELECT EXISTS (SELECT 1 FROM designs d WHERE d.id = $2 AND {}), \
                    EXISTS (SELECT 1 FROM designs WHERE id = $2)",
            on_display()
        );
        let statement = client.prepare_cached(&sql).await?;
        let row = client.query_one(&statement, &[&min_likes, &id]).await?;
        let (shown, exists): (bool, bool) = (row.get(0), row.get(1));
        Ok(exists.then_some(shown))
    }
}
