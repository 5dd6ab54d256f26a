//! Designs on SQLite: listing in the gallery's orders, reading one, storing a new one.

use async_trait::async_trait;
use cocrea_api::ranking::trending_score;
use cocrea_api::{Category, DesignStatus, SortOrder};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::SqliteStore;
use crate::storage::designs::{
    matches_worth_counting, search_plan, search_words, SearchPlan, DESIGN_COLUMNS,
    DESIGN_COLUMN_COUNT, PUBLIC_STATUSES, SELECT_DESIGN, UNLISTED_RANKED_AT,
};
use crate::storage::{
    now_millis, Cursor, DesignListing, DesignRow, DesignStorage, ListDesigns, NewDesign,
    StorageError, TrendingRefresh,
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
                // Ranked as of its submission, so a new design is in trending as soon as
                // it is listed (and the newer of two new designs first), not at the
                // next refresh; one in review is not ranked.
                rank_design(connection, id, design.created_at)?;
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

    /// Reads what to rank on a reader, then writes the ranks in one transaction of the
    /// writer, which then holds the likes up only for the rows it writes. A like that
    /// lands in between is ranked by the next refresh (its like is newer than that
    /// refresh's `liked_since`).
    #[tracing::instrument(skip(self), level = "debug")]
    async fn refresh_trending(&self, refresh: TrendingRefresh) -> Result<u64, StorageError> {
        let designs = self
            .read(move |connection| designs_to_rank(connection, &refresh))
            .await?;
        if designs.is_empty() {
            return Ok(0);
        }
        self.write(move |connection| {
            if refresh.liked_since.is_none() {
                unrank_unlisted(connection)?;
            }
            store_ranks(connection, refresh.now, &designs)
        })
        .await
    }

    /// Nothing to do: SQLite plans the gallery without statistics (each listing's SQL
    /// names the index it walks), and collecting them could only change those plans.
    async fn refresh_statistics(&self) -> Result<(), StorageError> {
        Ok(())
    }
}

/// How far a design is toward its goal, as the near-goal index (migration 0006) is
/// built: `cocrea_api::ranking::goal_fraction` in built-in SQL, written exactly as in
/// the index so the planner uses it (a test below keeps the two equal).
const NEAR_GOAL_KEY: &str =
    "(CASE WHEN goal <= 0 THEN 1.0 ELSE MIN(MAX(likes, 0) * 1.0 / goal, 1.0) END)";

/// The table expression, sort key and tie-breaking id of each order (descending, ties
/// broken by id). Each has an index in that order, so a page reads only its rows.
fn order_of(sort: SortOrder) -> (&'static str, String, &'static str) {
    const DESIGNS: &str = "designs d JOIN users u ON u.id = d.designer_id";
    match sort {
        SortOrder::New => (DESIGNS, "d.created_at".into(), "d.id"),
        SortOrder::Top => (DESIGNS, "d.likes".into(), "d.id"),
        // Unqualified columns, as in the index (users has neither `likes` nor `goal`).
        SortOrder::NearGoal => (DESIGNS, NEAR_GOAL_KEY.into(), "d.id"),
        // The stored rank (see `crate::trending`), read from its own index.
        SortOrder::Trending => (
            "design_ranks r JOIN designs d ON d.id = r.design_id \
             JOIN users u ON u.id = d.designer_id",
            "r.trending".into(),
            "r.design_id",
        ),
    }
}

/// The share of the designs a walk of `sort`'s index keeps, for [`search_plan`]: on
/// SQLite top and near-goal walk an index of every category and skip the others.
fn walk_share(sort: SortOrder, category: Option<Category>) -> f64 {
    match (category, sort) {
        (Some(_), SortOrder::Top | SortOrder::NearGoal) => 1.0 / Category::ALL.len() as f64,
        _ => 1.0,
    }
}

/// The FTS5 query of a search's words: each word as a quoted prefix, all required.
fn fts_query(words: &[String]) -> String {
    words
        .iter()
        .map(|word| format!("\"{}\"*", word.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// How a page's search is read ([`SearchPlan`]).
#[derive(Debug, Clone, PartialEq, Eq)]
enum SearchRead {
    /// The matching designs' ids, all of them, already read: each design is found by
    /// its id and the page sorted.
    Matches(Vec<i64>),
    /// The order's index is walked and each walked design looked up among the matches.
    Walk,
}

#[cfg(test)]
impl SearchRead {
    /// The plan this read follows.
    fn plan(&self) -> SearchPlan {
        match self {
            SearchRead::Matches(_) => SearchPlan::MatchesFirst,
            SearchRead::Walk => SearchPlan::OrderFirst,
        }
    }
}

/// How a page of `request`'s search is best read ([`search_plan`]): the matches are
/// read (at most as many as decide it; the designs' count is taken from the highest
/// id), so a word in one design of twenty walks the order's index and a word in one
/// of five thousand is read from the matches in hand. `Walk` without a search.
fn search_read(connection: &Connection, request: &ListDesigns) -> rusqlite::Result<SearchRead> {
    let Some(words) = search_words(request.search.as_deref()).filter(|words| !words.is_empty())
    else {
        return Ok(SearchRead::Walk);
    };
    let designs: f64 = connection
        .prepare_cached("SELECT COALESCE(MAX(id), 0) FROM designs")?
        .query_row([], |row| row.get::<_, i64>(0))? as f64;
    let page = f64::from(request.limit.max(1) + 1);
    let cap = matches_worth_counting(page, designs);
    let matches: Vec<i64> = connection
        .prepare_cached("SELECT rowid FROM design_search WHERE design_search MATCH ?1 LIMIT ?2")?
        .query_map(params![fts_query(&words), cap], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let all_read = (matches.len() as u64) < cap;
    let plan = if all_read {
        search_plan(
            matches.len() as f64,
            designs,
            page,
            walk_share(request.sort, request.category),
        )
    } else {
        SearchPlan::OrderFirst
    };
    Ok(match plan {
        SearchPlan::MatchesFirst => SearchRead::Matches(matches),
        SearchPlan::OrderFirst => SearchRead::Walk,
    })
}

/// The SQL of a gallery page and its named parameters, a search read as `read` says;
/// `None` when the search has no word in it or no match, so nothing can match.
fn listing_query(
    request: &ListDesigns,
    read: &SearchRead,
) -> Option<(String, Vec<(&'static str, Value)>)> {
    let (from, key, id) = order_of(request.sort);
    let mut conditions = vec![format!("d.status IN ({PUBLIC_STATUSES}) AND d.hidden = 0")];
    let mut values: Vec<(&'static str, Value)> = Vec::new();
    if request.sort == SortOrder::NearGoal {
        // "Near goal" is about designs still collecting likes.
        conditions.push("d.status = 'voting'".into());
    }
    if let Some(category) = request.category {
        let column = match request.sort {
            SortOrder::Trending => "r.category",
            // designs_by_category_created serves both.
            SortOrder::New => "d.category",
            // `+` keeps SQLite from reading the category's rows through an index and
            // sorting them all: it walks the order's index and skips other categories
            // (one in eight), so the like path keeps its indexes as they were.
            SortOrder::Top | SortOrder::NearGoal => "+d.category",
        };
        conditions.push(format!("{column} = :category"));
        values.push((":category", Value::Text(category.slug().into())));
    }
    if let Some(words) = search_words(request.search.as_deref()) {
        if words.is_empty() {
            return None;
        }
        match read {
            SearchRead::Matches(ids) if ids.is_empty() => return None,
            SearchRead::Matches(ids) => {
                let ids: Vec<String> = ids.iter().map(ToString::to_string).collect();
                conditions.push("d.id IN (SELECT value FROM json_each(:matches))".into());
                values.push((":matches", Value::Text(format!("[{}]", ids.join(",")))));
            }
            SearchRead::Walk => {
                // `+` keeps the id from leading, so the order's index is walked.
                conditions.push(format!(
                    "+{id} IN (SELECT rowid FROM design_search WHERE design_search MATCH :search)"
                ));
                values.push((":search", Value::Text(fts_query(&words))));
            }
        }
    }
    if let Some(cursor) = request.after {
        if request.sort == SortOrder::Trending {
            // Trending continues after the cursor's design where it ranks now: between
            // two refreshes that is the cursor's own key (ranks do not move with likes,
            // so pages are exact); across a refresh, only designs whose order against
            // that one changed in the refresh can move across the page boundary, as
            // likes between two pages could with scores computed on every request.
            conditions.push(format!(
                "({key}, {id}) < (COALESCE((SELECT trending FROM design_ranks \
                 WHERE design_id = :after_id), :after_key), :after_id)"
            ));
        } else {
            conditions.push(format!("({key}, {id}) < (:after_key, :after_id)"));
        }
        values.push((":after_key", Value::Real(cursor.key)));
        values.push((":after_id", Value::Integer(cursor.id)));
    }
    let sql = format!(
        "SELECT {DESIGN_COLUMNS}, {key} FROM {from} WHERE {} \
         ORDER BY {key} DESC, {id} DESC LIMIT {}",
        conditions.join(" AND "),
        request.limit.max(1) + 1
    );
    Some((sql, values))
}

fn list_designs(connection: &Connection, request: &ListDesigns) -> rusqlite::Result<DesignListing> {
    let as_of = now_millis();
    let read = search_read(connection, request)?;
    let Some((sql, values)) = listing_query(request, &read) else {
        return Ok(DesignListing {
            items: Vec::new(),
            next: None,
        });
    };
    let limit = request.limit.max(1);
    let mut statement = connection.prepare_cached(&sql)?;
    let bound: Vec<(&str, &dyn rusqlite::ToSql)> = values
        .iter()
        .map(|(name, value)| (*name, value as &dyn rusqlite::ToSql))
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

/// The public designs a refresh names (see [`TrendingRefresh`]), with what their
/// score needs: `(id, likes, created_at)`.
fn designs_to_rank(
    connection: &Connection,
    refresh: &TrendingRefresh,
) -> rusqlite::Result<Vec<(i64, i64, i64)>> {
    const COLUMNS: &str = "SELECT d.id, d.likes, d.created_at FROM designs d";
    let public = format!("d.status IN ({PUBLIC_STATUSES}) AND d.hidden = 0");
    let read = |sql: String, parameters: &[&dyn rusqlite::ToSql]| {
        connection
            .prepare_cached(&sql)?
            .query_map(parameters, |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })?
            .collect::<rusqlite::Result<Vec<(i64, i64, i64)>>>()
    };
    let Some(liked_since) = refresh.liked_since else {
        return read(format!("{COLUMNS} WHERE {public}"), &[]);
    };
    // Three small reads, each from its own index, rather than one scan of every design.
    let mut found = read(
        format!("{COLUMNS} WHERE d.created_at > ?1 AND {public}"),
        &[&refresh.submitted_after],
    )?;
    found.extend(read(
        format!(
            "{COLUMNS} WHERE d.id IN (SELECT design_id FROM likes WHERE created_at >= ?1) \
             AND {public}"
        ),
        &[&liked_since],
    )?);
    found.extend(read(
        format!(
            "{COLUMNS} WHERE d.id IN (SELECT design_id FROM design_ranks \
             WHERE ranked_at < ?1 ORDER BY ranked_at LIMIT ?2) AND {public}"
        ),
        &[&refresh.stale_before, &refresh.stale_batch],
    )?);
    found.sort_unstable();
    found.dedup_by_key(|(id, _, _)| *id);
    Ok(found)
}

/// Ranks one design at `now`, after it was stored or its status or visibility changed:
/// its trending score when the gallery lists it, else 0 and never stale
/// ([`UNLISTED_RANKED_AT`]).
pub(super) fn rank_design(
    connection: &Connection,
    design_id: i64,
    now: i64,
) -> rusqlite::Result<()> {
    let listed: Option<(i64, i64)> = connection
        .prepare_cached(&format!(
            "SELECT likes, created_at FROM designs d \
             WHERE id = ?1 AND d.status IN ({PUBLIC_STATUSES}) AND d.hidden = 0"
        ))?
        .query_row([design_id], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    match listed {
        Some((likes, created_at)) => {
            store_ranks(connection, now, &[(design_id, likes, created_at)])?;
        }
        None => {
            connection
                .prepare_cached(
                    "UPDATE design_ranks SET trending = 0, ranked_at = ?2 WHERE design_id = ?1",
                )?
                .execute(params![design_id, UNLISTED_RANKED_AT])?;
        }
    }
    Ok(())
}

/// Ranks 0, never stale, every design the gallery does not list that still holds a
/// rank (one stored before unlisting changes re-ranked designs); at a full refresh.
fn unrank_unlisted(connection: &Connection) -> rusqlite::Result<usize> {
    connection.execute(
        &format!(
            "UPDATE design_ranks SET trending = 0, ranked_at = ?1 \
             WHERE ranked_at <> ?1 AND design_id IN (SELECT id FROM designs d \
             WHERE NOT (d.status IN ({PUBLIC_STATUSES}) AND d.hidden = 0))"
        ),
        [UNLISTED_RANKED_AT],
    )
}

/// Stores the rank of each design, computed at `now` with the shared formula.
fn store_ranks(
    connection: &Connection,
    now: i64,
    designs: &[(i64, i64, i64)],
) -> rusqlite::Result<u64> {
    let mut statement = connection.prepare_cached(
        "UPDATE design_ranks SET trending = ?1, ranked_at = ?2 WHERE design_id = ?3",
    )?;
    for (id, likes, created_at) in designs {
        let age_hours = (now - created_at).max(0) as f64 / 3_600_000.0;
        statement.execute(params![trending_score(*likes, age_hours), now, id])?;
    }
    Ok(designs.len() as u64)
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

#[cfg(test)]
mod tests {
    use cocrea_api::{Category, SortOrder};
    use rusqlite::Connection;

    use super::{listing_query, SearchPlan, SearchRead, NEAR_GOAL_KEY};
    use crate::storage::{Cursor, ListDesigns};

    fn migrated() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::TempDir::new().unwrap();
        let mut connection =
            super::super::open_connection(&dir.path().join("plan.sqlite3")).unwrap();
        super::super::migrations::migrate(&mut connection).unwrap();
        (dir, connection)
    }

    /// The trending rank row of a design: (rank, ranked_at).
    async fn rank_of(store: &super::SqliteStore, id: i64) -> (f64, i64) {
        store
            .read(move |connection| {
                connection.query_row(
                    "SELECT trending, ranked_at FROM design_ranks WHERE design_id = ?1",
                    [id],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
            })
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn only_designs_the_gallery_lists_hold_a_trending_rank() {
        use cocrea_api::DesignStatus;

        use crate::storage::designs::UNLISTED_RANKED_AT;
        use crate::storage::{
            AccountStorage, DesignStorage, ModerationStorage, NewDesign, StatusWrite,
        };

        let dir = tempfile::TempDir::new().unwrap();
        let store = super::SqliteStore::open(
            &dir.path().join("ranks.sqlite3"),
            &dir.path().join("images"),
            std::sync::Arc::default(),
        )
        .unwrap();
        let designer = store
            .create_name_only_users(vec!["Designer".into()])
            .await
            .unwrap()[0];
        let submitted = |status| NewDesign {
            title: "Linen shirt".into(),
            description: String::new(),
            category: Category::Tops,
            designer_id: designer,
            image_hash: "a".repeat(64),
            image_width: 10,
            image_height: 20,
            goal: 10,
            status,
            created_at: crate::storage::now_millis(),
        };
        let listed = store
            .insert_design(submitted(DesignStatus::Voting))
            .await
            .unwrap()
            .id;
        let in_review = store
            .insert_design(submitted(DesignStatus::Pending))
            .await
            .unwrap()
            .id;
        assert!(
            rank_of(&store, listed).await.0 > 0.0,
            "ranked at submission"
        );
        assert_eq!(rank_of(&store, in_review).await, (0.0, UNLISTED_RANKED_AT));

        let approve = StatusWrite {
            design_id: in_review,
            next: DesignStatus::Voting,
            public_note: String::new(),
            rejection_reason: None,
            allowed_from: vec![DesignStatus::Pending],
        };
        store.change_status(approve).await.unwrap().unwrap();
        let (rank, ranked_at) = rank_of(&store, in_review).await;
        assert!(
            rank > 0.0 && ranked_at < UNLISTED_RANKED_AT,
            "ranked once approved"
        );

        store.set_hidden(listed, true).await.unwrap();
        assert_eq!(rank_of(&store, listed).await, (0.0, UNLISTED_RANKED_AT));
        store.set_hidden(listed, false).await.unwrap();
        assert!(
            rank_of(&store, listed).await.0 > 0.0,
            "ranked once shown again"
        );

        // A rank stored before ranks followed listing: a full refresh clears it.
        store
            .write(move |connection| {
                connection.execute(
                    "UPDATE designs SET status = 'rejected' WHERE id = ?1",
                    [in_review],
                )
            })
            .await
            .unwrap();
        let ranked = store
            .refresh_trending(crate::trending::full_refresh(crate::storage::now_millis()))
            .await
            .unwrap();
        assert_eq!(ranked, 1, "the listed design");
        assert_eq!(rank_of(&store, in_review).await, (0.0, UNLISTED_RANKED_AT));
    }

    #[test]
    fn the_near_goal_key_is_written_as_its_index() {
        let migration = include_str!("../../../migrations/sqlite/0006_gallery.sql");
        assert!(migration.contains(NEAR_GOAL_KEY));
    }

    #[test]
    fn every_gallery_page_reads_an_index_in_its_order() {
        let (_dir, connection) = migrated();
        for sort in SortOrder::ALL {
            for category in [None, Some(Category::Dresses)] {
                // Without a search, and a search read by walking the order (a search
                // read matches first sorts its matches, as it should).
                for (search, plan) in [
                    (None, SearchRead::Walk),
                    (Some("algodao".to_owned()), SearchRead::Walk),
                ] {
                    for after in [
                        None,
                        Some(Cursor {
                            sort,
                            as_of: 1,
                            key: 0.5,
                            id: 7,
                        }),
                    ] {
                        let request = ListDesigns {
                            sort,
                            category,
                            search: search.clone(),
                            limit: 24,
                            after,
                        };
                        let (sql, values) = listing_query(&request, &plan).unwrap();
                        let mut statement = connection
                            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                            .unwrap();
                        let bound: Vec<(&str, &dyn rusqlite::ToSql)> = values
                            .iter()
                            .map(|(name, value)| (*name, value as &dyn rusqlite::ToSql))
                            .collect();
                        let plan: Vec<String> = statement
                            .query_map(bound.as_slice(), |row| row.get::<_, String>(3))
                            .unwrap()
                            .collect::<Result<_, _>>()
                            .unwrap();
                        let plan = plan.join("; ");
                        assert!(
                            !plan.contains("TEMP B-TREE"),
                            "{sort:?} {category:?} {search:?} {after:?} sorts every row: {plan}"
                        );
                        assert!(plan.contains("INDEX"), "{sort:?}: {plan}");
                    }
                }
            }
        }
    }

    #[tokio::test]
    async fn searches_page_exactly_in_every_order_by_either_plan() {
        use crate::storage::designs::search_tests::{
            assert_search_pages_exactly, store_azul_and_rara,
        };

        let dir = tempfile::TempDir::new().unwrap();
        let store = super::SqliteStore::open(
            &dir.path().join("search.sqlite3"),
            &dir.path().join("images"),
            std::sync::Arc::default(),
        )
        .unwrap();
        let (azul, rara) = store_azul_and_rara(&store).await;
        for sort in SortOrder::ALL {
            for (search, expected, plan) in [
                ("az", &azul, SearchPlan::OrderFirst),
                ("RARA", &rara, SearchPlan::MatchesFirst),
            ] {
                let request = ListDesigns {
                    sort,
                    limit: 4,
                    search: Some(search.into()),
                    ..ListDesigns::default()
                };
                let planned = store
                    .read(move |connection| super::search_read(connection, &request))
                    .await
                    .unwrap();
                assert_eq!(planned.plan(), plan, "{sort:?} {search}");
                assert_search_pages_exactly(&store, sort, search, expected).await;
            }
        }
    }
}
