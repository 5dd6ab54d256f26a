//! The shop's displays on SQLite: designs an admin approved or that passed the threshold.

use async_trait::async_trait;
use cocrea_api::SortOrder;
use rusqlite::{named_params, Connection};

use super::designs::design_row;
use super::SqliteStore;
use crate::storage::designs::PUBLIC_STATUSES;
use crate::storage::designs::SELECT_DESIGN;
use crate::storage::{now_millis, DesignRow, DisplayStorage, StorageError};

/// The condition (on `d`, with `:min_likes`) for a design fit for a display.
fn on_display() -> String {
    format!(
        "d.status IN ({PUBLIC_STATUSES}) AND d.hidden = 0 AND ( \
           d.likes >= :min_likes \
           OR d.status <> 'voting' \
           OR EXISTS (SELECT 1 FROM design_steps p \
                      WHERE p.design_id = d.id AND p.status = 'pending'))"
    )
}

/// The extra condition and the order of a display's ranking.
fn ranking(sort: SortOrder) -> (&'static str, &'static str) {
    match sort {
        SortOrder::Top | SortOrder::New => ("1", "(d.status <> 'voting'), d.likes DESC, d.id DESC"),
        SortOrder::Trending => (
            "d.likes >= MAX(:min_likes, 1)",
            "trending_score(d.likes, MAX(0, :as_of - d.created_at) / 3600000.0) DESC, d.id DESC",
        ),
        SortOrder::NearGoal => (
            "d.status = 'voting'",
            "goal_fraction(d.likes, d.goal) DESC, d.id DESC",
        ),
    }
}

fn display_designs(
    connection: &Connection,
    sort: SortOrder,
    limit: u32,
    min_likes: i64,
) -> rusqlite::Result<Vec<DesignRow>> {
    let (only, order) = ranking(sort);
    let sql = format!(
        "{SELECT_DESIGN} WHERE {} AND {only} ORDER BY {order} LIMIT :limit",
        on_display()
    );
    let (as_of, limit) = (now_millis(), i64::from(limit.max(1)));
    let values: [(&str, &dyn rusqlite::ToSql); 3] = [
        (":min_likes", &min_likes),
        (":as_of", &as_of),
        (":limit", &limit),
    ];
    // Only the names this statement uses (":as_of" appears only in trending).
    let bound: Vec<(&str, &dyn rusqlite::ToSql)> = values
        .into_iter()
        .filter(|(name, _)| sql.contains(name))
        .collect();
    let mut statement = connection.prepare_cached(&sql)?;
    let rows = statement.query_map(bound.as_slice(), design_row)?;
    rows.collect()
}

#[async_trait]
impl DisplayStorage for SqliteStore {
    #[tracing::instrument(skip(self), level = "debug")]
    async fn display_designs(
        &self,
        sort: SortOrder,
        limit: u32,
        min_likes: i64,
    ) -> Result<Vec<DesignRow>, StorageError> {
        self.read(move |connection| display_designs(connection, sort, limit, min_likes))
            .await
    }

    #[tracing::instrument(skip(self), level = "debug")]
    async fn design_on_display(
        &self,
        id: i64,
        min_likes: i64,
    ) -> Result<Option<bool>, StorageError> {
        self.read(move |connection| {
            let sql = format!(
                "SELECT EXISTS (SELECT 1 FROM designs d WHERE d.id = :id AND {}), \
                        EXISTS (SELECT 1 FROM designs WHERE id = :id)",
                on_display()
            );
            connection.query_row(
                &sql,
                named_params! { ":id": id, ":min_likes": min_likes },
                |row| {
                    let (shown, exists): (bool, bool) = (row.get(0)?, row.get(1)?);
                    Ok(exists.then_some(shown))
                },
            )
        })
        .await
    }
}
