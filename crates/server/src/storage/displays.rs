//! What the shop's public displays (store screens and hanger tags) may show: only
//! designs that an admin approved or that passed a like threshold, so that a fresh
//! unmoderated upload never reaches a screen on the shop floor.

use cocrea_api::SortOrder;
use rusqlite::{named_params, Connection};

use super::designs::{design_row, DesignRow, PUBLIC_STATUSES, SELECT_DESIGN};
use super::{now_millis, StorageError, Store};

/// The SQL condition (on `d`, with `:min_likes`) for a design fit for a display: public
/// and not hidden, and either liked `:min_likes` times, past voting (its goal reached or
/// moved on by the brand), or approved by an admin (it waited in `pending`, then left it).
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
        // What shoppers can still change comes first: designs still collecting likes,
        // then those that reached their goal.
        SortOrder::Top | SortOrder::New => ("1", "(d.status <> 'voting'), d.likes DESC, d.id DESC"),
        // Trending needs likes, not only youth: at least the threshold (and one).
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

impl Store {
    /// Up to `limit` designs fit for a display (see [`on_display`]), in `sort`'s order as
    /// screens rank them: `top` puts designs still voting before those past their goal;
    /// `trending` leaves out designs with fewer than `min_likes` likes.
    #[tracing::instrument(skip(self), level = "debug")]
    pub async fn display_designs(
        &self,
        sort: SortOrder,
        limit: u32,
        min_likes: i64,
    ) -> Result<Vec<DesignRow>, StorageError> {
        self.read(move |connection| display_designs(connection, sort, limit, min_likes))
            .await
    }

    /// Whether the design may be shown on a display (`None`: no such design).
    #[tracing::instrument(skip(self), level = "debug")]
    pub async fn design_on_display(
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
