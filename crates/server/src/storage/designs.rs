//! Designs: listing in the gallery's orders, reading one, storing a new one.

use cocrea_api::{Category, DesignStatus, SortOrder};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{now_millis, Cursor, StorageError, Store};

/// Statuses that the public gallery shows: `DesignStatus::is_public` in SQL
/// (a test below keeps the two equal).
pub(super) const PUBLIC_STATUSES: &str = "'voting', 'goal_reached', 'in_production', 'in_store'";
/// The most search words that count; more are ignored.
const MAX_SEARCH_WORDS: usize = 8;

/// A design as stored, with its designer's name.
#[derive(Debug, Clone, PartialEq)]
pub struct DesignRow {
    /// The design's id.
    pub id: i64,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// Its category.
    pub category: Category,
    /// The submitting user's id.
    pub designer_id: i64,
    /// The submitting user's display name.
    pub designer_name: String,
    /// The content hash naming its image files.
    pub image_hash: String,
    /// Full image width in pixels.
    pub image_width: u32,
    /// Full image height in pixels.
    pub image_height: u32,
    /// Its like count.
    pub likes: i64,
    /// Its like goal.
    pub goal: i64,
    /// Its status.
    pub status: DesignStatus,
    /// When it was submitted, unix milliseconds.
    pub created_at: i64,
    /// Why the brand rejected it.
    pub rejection_reason: Option<String>,
    /// Hidden by an admin.
    pub hidden: bool,
}

impl DesignRow {
    /// Whether anyone may see it: public status and not hidden.
    pub fn is_public(&self) -> bool {
        !self.hidden && self.status.is_public()
    }
}

/// A new design to store; its text is already validated and its image saved.
#[derive(Debug, Clone)]
pub struct NewDesign {
    /// The title.
    pub title: String,
    /// The description.
    pub description: String,
    /// The category.
    pub category: Category,
    /// The submitting user.
    pub designer_id: i64,
    /// The saved image's content hash.
    pub image_hash: String,
    /// The saved image's width.
    pub image_width: u32,
    /// The saved image's height.
    pub image_height: u32,
    /// The like goal.
    pub goal: i64,
    /// The starting status.
    pub status: DesignStatus,
    /// When it was submitted, unix milliseconds.
    pub created_at: i64,
}

/// What the gallery asks for.
#[derive(Debug, Clone, Default)]
pub struct ListDesigns {
    /// The order.
    pub sort: SortOrder,
    /// Only this category.
    pub category: Option<Category>,
    /// Words that must all appear in the title or the description.
    pub search: Option<String>,
    /// Page size.
    pub limit: u32,
    /// Where the previous page stopped.
    pub after: Option<Cursor>,
}

/// One page of designs and where the next one starts.
#[derive(Debug, Clone)]
pub struct DesignListing {
    /// The designs, in order.
    pub items: Vec<DesignRow>,
    /// Where the next page starts; `None` on the last page.
    pub next: Option<Cursor>,
}

/// The columns [`design_row`] reads, in its order: one list for every query.
macro_rules! design_columns {
    () => {
        "d.id, d.title, d.description, d.category, d.designer_id, u.name, \
         d.image_hash, d.image_width, d.image_height, d.likes, d.goal, d.status, d.created_at, \
         d.rejection_reason, d.hidden"
    };
}
const DESIGN_COLUMNS: &str = design_columns!();
/// How many columns that is (a listing's sort key comes after them).
const DESIGN_COLUMN_COUNT: usize = 15;

/// Selects designs with their designer's name, as [`design_row`] reads them.
pub(super) const SELECT_DESIGN: &str = concat!(
    "SELECT ",
    design_columns!(),
    " FROM designs d JOIN users u ON u.id = d.designer_id"
);

impl Store {
    /// One page of public designs in the requested order.
    #[tracing::instrument(skip(self), level = "debug")]
    pub async fn list_designs(&self, request: ListDesigns) -> Result<DesignListing, StorageError> {
        self.read(move |connection| list_designs(connection, &request))
            .await
    }

    /// The design with this id, whatever its status.
    #[tracing::instrument(skip(self), level = "debug")]
    pub async fn design(&self, id: i64) -> Result<Option<DesignRow>, StorageError> {
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
    pub async fn insert_design(&self, design: NewDesign) -> Result<DesignRow, StorageError> {
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
                super::moderation::record_step(
                    connection,
                    id,
                    design.status,
                    "",
                    design.created_at,
                )?;
                Ok(id)
            })
            .await?;
        let stored = self.design(id).await?;
        stored.ok_or(StorageError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }

    /// How many designs there are, in any status.
    pub async fn count_designs(&self) -> Result<i64, StorageError> {
        self.read(|connection| {
            connection.query_row("SELECT COUNT(*) FROM designs", [], |row| row.get(0))
        })
        .await
    }

    /// Whether any design uses the image with this content hash.
    pub async fn image_in_use(&self, hash: String) -> Result<bool, StorageError> {
        self.read(move |connection| {
            connection.query_row(
                "SELECT EXISTS (SELECT 1 FROM designs WHERE image_hash = ?1)",
                [hash],
                |row| row.get(0),
            )
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
    let words = request
        .search
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .take(MAX_SEARCH_WORDS);
    for (index, word) in words.enumerate() {
        let name = format!(":word{index}");
        conditions.push(format!(
            "(d.title LIKE {name} ESCAPE '\\' OR d.description LIKE {name} ESCAPE '\\')"
        ));
        values.push((name, Value::Text(format!("%{}%", escape_like(word)))));
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

/// Escapes LIKE's wildcards so a search for "50%" means the characters typed.
fn escape_like(word: &str) -> String {
    let mut escaped = String::with_capacity(word.len());
    for character in word.chars() {
        if matches!(character, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
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

#[cfg(test)]
mod tests {
    use super::PUBLIC_STATUSES;
    use cocrea_api::DesignStatus::*;

    #[test]
    fn the_sql_list_of_public_statuses_follows_the_shared_rule() {
        for status in [
            Pending,
            Voting,
            GoalReached,
            InProduction,
            InStore,
            Rejected,
            Archived,
        ] {
            let listed = PUBLIC_STATUSES.contains(&format!("'{}'", status.as_str()));
            assert_eq!(listed, status.is_public(), "{status:?}");
        }
    }
}
