//! Designs on SQLite: listing in the gallery's orders, reading one, storing a new one.

use async_trait::async_trait;
use cocrea_api::{Category, DesignStatus, SortOrder};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::SqliteStore;
use crate::storage::designs::{
    search_patterns, DESIGN_COLUMNS, DESIGN_COLUMN_COUNT, PUBLIC_STATUSES, SELECT_DESIGN,
};
use crate::storage::{
    now_millis, Cursor, DesignListing, DesignRow, DesignStorage, ListDesigns, NewDesign,
    StorageError,
};

#[async_trait]
impl DesignStorage for SqliteStore {
    /// One page of public designs in the requested order.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn list_designs(&self, request: ListDesigns) -> Result<DesignListing, StorageError> {
        self.read(move |connection| list_designs(connection, &request))
            .await
    }

    /// The design with this id, whatever its status.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn design(&self, id: i64) -> Result<Option<DesignRow>, StorageError> {
        self.read(move |connection| {
            connection
                .query_row(
                    &format!("{SELECT_DESIGN} WHERE d.id = ?1"),
                    [id],
                    design_row,
                )
                .optional()
        })
        .await
    }

    /// Stores a new design with no likes; returns it as stored.
    #[tracing::instrument(skip(self, design), fields(title = %design.title), level = "debug")]
    async fn insert_design(&self, design: NewDesign) -> Result<DesignRow, StorageError> {
        let id = self
            .write(move |connection| {
                connection.execute(
                    "INSERT INTO designs (title, description, category, designer_id, image_hash, \
                     image_width, image_height, goal, status, created_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    params![
                        design.title,
                        design.description,
                        design.category.slug(),
                        design.designer_id,
                        design.image_hash,
                        design.image_width,
                        design.image_height,
                        design.goal,
                        design.status.as_str(),
                        design.created_at,
                    ],
                )?;
                let id = connection.last_insert_rowid();
                record_step(connection, id, design.status, "", design.created_at)?;
                Ok(id)
            })
            .await?;
        let stored = self.design(id).await?;
        stored.ok_or(StorageError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }

    /// How many designs there are, in any status.
    async fn count_designs(&self) -> Result<i64, StorageError> {
        self.read(|connection| {
            connection.query_row("SELECT COUNT(*) FROM designs", [], |row| row.get(0))
        })
        .await
    }

    /// Whether any design uses the image with this content hash.
    async fn image_in_use(&self, hash: String) -> Result<bool, StorageError> {
        self.read(move |connection| {
            connection.query_row(
                "SELECT EXISTS (SELECT 1 FROM designs WHERE image_hash = ?1)",
                [hash],
                |row| row.get(0),
            )
        })
        .await
    }

    async fn designs_by_designer(&self, user_id: i64) -> Result<Vec<DesignRow>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(&format!(
                    "{SELECT_DESIGN} WHERE d.designer_id = ?1 ORDER BY d.created_at DESC, d.id DESC"
                ))?
                .query_map([user_id], design_row)?
                .collect()
        })
        .await
    }

    async fn designs_liked_by(&self, user_id: i64) -> Result<Vec<DesignRow>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(&format!(
                    "{SELECT_DESIGN} JOIN likes l ON l.design_id = d.id \
                     WHERE l.user_id = ?1 AND d.hidden = 0 AND d.status IN ({PUBLIC_STATUSES}) \
                     ORDER BY l.created_at DESC, d.id DESC"
                ))?
                .query_map([user_id], design_row)?
                .collect()
        })
        .await
    }

    async fn admin_designs(
        &self,
        status: Option<DesignStatus>,
    ) -> Result<Vec<DesignRow>, StorageError> {
        self.read(move |connection| {
            let status = status.map(DesignStatus::as_str);
            connection
                .prepare_cached(&format!(
                    "{SELECT_DESIGN} WHERE (?1 IS NULL OR d.status = ?1) \
                     ORDER BY d.created_at DESC, d.id DESC LIMIT 500"
                ))?
                .query_map([status], design_row)?
                .collect()
        })
        .await
    }

    #[tracing::instrument(skip(self), level = "debug")]
    async fn all_designs(&self) -> Result<Vec<DesignRow>, StorageError> {
        self.read(|connection| {
            connection
                .prepare_cached(&format!("{SELECT_DESIGN} ORDER BY d.id"))?
                .query_map([], design_row)?
                .collect()
        })
        .await
    }
}

/// The SQL expression each order sorts by (descending, ties broken by id).
/// `?as_of` is bound to the listing's moment so every page ranks alike.
fn sort_key(sort: SortOrder) -> &'static str {
    match sort {
        SortOrder::New => "d.created_at",
        SortOrder::Top => "d.likes",
        SortOrder::Trending => "trending_score(d.likes, MAX(0, :as_of - d.created_at) / 3600000.0)",
        SortOrder::NearGoal => "goal_fraction(d.likes, d.goal)",
    }
}

fn list_designs(connection: &Connection, request: &ListDesigns) -> rusqlite::Result<DesignListing> {
    let as_of = request.after.map_or_else(now_millis, |cursor| cursor.as_of);
    let key = sort_key(request.sort);
    let mut conditions = vec![format!("d.status IN ({PUBLIC_STATUSES}) AND d.hidden = 0")];
    let mut values: Vec<(String, Value)> = vec![(":as_of".into(), Value::Integer(as_of))];
    if request.sort == SortOrder::NearGoal {
        // "Near goal" is about designs still collecting likes.
        conditions.push("d.status = 'voting'".into());
    }
    if let Some(category) = request.category {
        conditions.push("d.category = :category".into());
        values.push((":category".into(), Value::Text(category.slug().into())));
    }
    for (index, pattern) in search_patterns(request.search.as_deref())
        .into_iter()
        .enumerate()
    {
        let name = format!(":word{index}");
        conditions.push(format!(
            "(d.title LIKE {name} ESCAPE '\\' OR d.description LIKE {name} ESCAPE '\\')"
        ));
        values.push((name, Value::Text(pattern)));
    }
    if let Some(cursor) = request.after {
        conditions.push(format!(
            "({key} < :after_key OR ({key} = :after_key AND d.id < :after_id))"
        ));
        values.push((":after_key".into(), Value::Real(cursor.key)));
        values.push((":after_id".into(), Value::Integer(cursor.id)));
    }
    let limit = request.limit.max(1);
    let sql = format!(
        "SELECT * FROM (SELECT {DESIGN_COLUMNS}, {key} AS sort_key \
         FROM designs d JOIN users u ON u.id = d.designer_id WHERE {}) \
         ORDER BY sort_key DESC, id DESC LIMIT {}",
        conditions.join(" AND "),
        limit + 1
    );
    let mut statement = connection.prepare_cached(&sql)?;
    // Only bind the names this statement uses (":as_of" appears only in trending).
    let bound: Vec<(&str, &dyn rusqlite::ToSql)> = values
        .iter()
        .filter(|(name, _)| sql.contains(name.as_str()))
        .map(|(name, value)| (name.as_str(), value as &dyn rusqlite::ToSql))
        .collect();
    let mut rows = statement.query(bound.as_slice())?;
    let mut items = Vec::new();
    let mut keys = Vec::new();
    while let Some(row) = rows.next()? {
        items.push(design_row(row)?);
        keys.push(row.get::<_, f64>(DESIGN_COLUMN_COUNT)?);
    }
    let next = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(|last| Cursor {
            sort: request.sort,
            as_of,
            key: keys[limit as usize - 1],
            id: last.id,
        })
    } else {
        None
    };
    Ok(DesignListing { items, next })
}

pub(super) fn design_row(row: &Row<'_>) -> rusqlite::Result<DesignRow> {
    let category: String = row.get(3)?;
    let status: String = row.get(11)?;
    Ok(DesignRow {
        id: row.get(0)?,
        title: row.get(1)?,
        description: row.get(2)?,
        category: Category::from_slug(&category).ok_or_else(|| invalid_column(3, &category))?,
        designer_id: row.get(4)?,
        designer_name: row.get(5)?,
        image_hash: row.get(6)?,
        image_width: row.get(7)?,
        image_height: row.get(8)?,
        likes: row.get(9)?,
        goal: row.get(10)?,
        status: DesignStatus::parse(&status).ok_or_else(|| invalid_column(11, &status))?,
        created_at: row.get(12)?,
        rejection_reason: row.get(13)?,
        hidden: row.get(14)?,
    })
}

fn invalid_column(index: usize, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        index,
        rusqlite::types::Type::Text,
        format!("unexpected value {value:?}").into(),
    )
}

/// Records a step of the timeline; part of whatever change made it.
pub(super) fn record_step(
    connection: &Connection,
    design_id: i64,
    status: DesignStatus,
    note: &str,
    at: i64,
) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT INTO design_steps (design_id, status, note, created_at) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![design_id, status.as_str(), note, at])?;
    Ok(())
}
