//! Designs on PostgreSQL: listing in the gallery's orders, reading one, storing a new one.

use async_trait::async_trait;
use cocrea_api::{DesignStatus, SortOrder};
use deadpool_postgres::GenericClient;
use tokio_postgres::types::ToSql;
use tokio_postgres::Row;

use super::word_stats::WordStats;
use super::{stored_u32, PgStore};
use crate::storage::designs::{
    category_from_stored, search_plan, search_words, status_from_stored, SearchPlan,
    DESIGN_COLUMNS, DESIGN_COLUMN_COUNT, PUBLIC_STATUSES, SELECT_DESIGN, UNLISTED_RANKED_AT,
};
use crate::storage::{
    now_millis, Cursor, DesignListing, DesignRow, DesignStorage, ListDesigns, NewDesign,
    StorageError, TrendingRefresh,
};

/// Runs a query of [`SELECT_DESIGN`] rows.
pub(super) async fn query_designs(
    client: &impl GenericClient,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<Vec<DesignRow>, StorageError> {
    let statement = client.prepare_cached(sql).await?;
    client
        .query(&statement, params)
        .await?
        .iter()
        .map(design_row)
        .collect()
}

#[async_trait]
impl DesignStorage for PgStore {
    /// One page of public designs in the requested order.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn list_designs(&self, request: ListDesigns) -> Result<DesignListing, StorageError> {
        let client = self.client().await?;
        list_designs(&client, &self.word_stats, &request).await
    }

    /// The design with this id, whatever its status.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn design(&self, id: i64) -> Result<Option<DesignRow>, StorageError> {
        let client = self.client().await?;
        let found =
            query_designs(&client, &format!("{SELECT_DESIGN} WHERE d.id = $1"), &[&id]).await?;
        Ok(found.into_iter().next())
    }

    /// Stores a new design with no likes, and its first timeline step; returns it as stored.
    #[tracing::instrument(skip(self, design), fields(title = %design.title), level = "debug")]
    async fn insert_design(&self, design: NewDesign) -> Result<DesignRow, StorageError> {
        let mut client = self.client().await?;
        let transaction = client.transaction().await?;
        let id: i64 = transaction
            .query_one(
                "INSERT INTO designs (title, description, category, designer_id, image_hash, \
                 image_width, image_height, goal, status, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                &[
                    &design.title,
                    &design.description,
                    &design.category.slug(),
                    &design.designer_id,
                    &design.image_hash,
                    &i64::from(design.image_width),
                    &i64::from(design.image_height),
                    &design.goal,
                    &design.status.as_str(),
                    &design.created_at,
                ],
            )
            .await?
            .try_get(0)?;
        record_step(&transaction, id, design.status, "", design.created_at).await?;
        // Ranked as of its submission, so a new design is in trending as soon as it is
        // listed (and the newer of two new designs first), not at the next refresh;
        // one in review is not ranked.
        rank_design(&transaction, id, design.created_at).await?;
        transaction.commit().await?;
        drop(client);
        self.design(id)
            .await?
            .ok_or_else(|| StorageError::Corrupt(format!("design {id} vanished once stored")))
    }

    /// How many designs there are, in any status.
    async fn count_designs(&self) -> Result<i64, StorageError> {
        let client = self.client().await?;
        Ok(client
            .query_one("SELECT COUNT(*) FROM designs", &[])
            .await?
            .try_get(0)?)
    }

    /// Whether any design uses the image with this content hash.
    async fn image_in_use(&self, hash: String) -> Result<bool, StorageError> {
        let client = self.client().await?;
        Ok(client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM designs WHERE image_hash = $1)",
                &[&hash],
            )
            .await?
            .try_get(0)?)
    }

    async fn designs_by_designer(&self, user_id: i64) -> Result<Vec<DesignRow>, StorageError> {
        let client = self.client().await?;
        query_designs(
            &client,
            &format!(
                "{SELECT_DESIGN} WHERE d.designer_id = $1 ORDER BY d.created_at DESC, d.id DESC"
            ),
            &[&user_id],
        )
        .await
    }

    async fn designs_liked_by(&self, user_id: i64) -> Result<Vec<DesignRow>, StorageError> {
        let client = self.client().await?;
        query_designs(
            &client,
            &format!(
                "{SELECT_DESIGN} JOIN likes l ON l.design_id = d.id \
                 WHERE l.user_id = $1 AND NOT d.hidden AND d.status IN ({PUBLIC_STATUSES}) \
                 ORDER BY l.created_at DESC, d.id DESC"
            ),
            &[&user_id],
        )
        .await
    }

    async fn admin_designs(
        &self,
        status: Option<DesignStatus>,
    ) -> Result<Vec<DesignRow>, StorageError> {
        let client = self.client().await?;
        let status = status.map(DesignStatus::as_str);
        query_designs(
            &client,
            &format!(
                "{SELECT_DESIGN} WHERE ($1::text IS NULL OR d.status = $1::text) \
                 ORDER BY d.created_at DESC, d.id DESC LIMIT 500"
            ),
            &[&status],
        )
        .await
    }

    #[tracing::instrument(skip(self), level = "debug")]
    async fn all_designs(&self) -> Result<Vec<DesignRow>, StorageError> {
        let client = self.client().await?;
        query_designs(&client, &format!("{SELECT_DESIGN} ORDER BY d.id"), &[]).await
    }

    #[tracing::instrument(skip(self), level = "debug")]
    async fn refresh_trending(&self, refresh: TrendingRefresh) -> Result<u64, StorageError> {
        let client = self.client().await?;
        refresh_trending(&client, &refresh).await
    }

    /// `VACUUM ANALYZE` of the gallery's tables: statistics for the planner (and the
    /// search plan's word statistics), and the rows the seed's likes replaced cleared
    /// from the indexes the gallery walks.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn refresh_statistics(&self) -> Result<(), StorageError> {
        let client = self.client().await?;
        client
            .batch_execute("VACUUM ANALYZE designs, design_ranks, design_search, users, likes")
            .await?;
        Ok(())
    }
}

/// The ranks and the design of each, for the orders read from design_ranks.
const RANKED_DESIGNS: &str = "design_ranks r JOIN designs d ON d.id = r.design_id \
     JOIN users u ON u.id = d.designer_id";

/// The table expression, sort key and tie-breaking id of each order (descending, ties
/// broken by id). Each has an index in that order (migrations 0001, 0003 and 0009), so
/// a page reads only its rows.
fn order_of(sort: SortOrder) -> (&'static str, &'static str, &'static str) {
    match sort {
        SortOrder::New => (
            "designs d JOIN users u ON u.id = d.designer_id",
            "d.created_at",
            "d.id",
        ),
        // The keys stored with the trending rank (see `crate::trending` and migration
        // 0009): no index on designs covers the count a like changes.
        SortOrder::Top => (RANKED_DESIGNS, "r.likes", "r.design_id"),
        SortOrder::NearGoal => (RANKED_DESIGNS, "r.near_goal", "r.design_id"),
        SortOrder::Trending => (RANKED_DESIGNS, "r.trending", "r.design_id"),
    }
}

/// Whether an order reads its key from design_ranks.
fn is_ranked(sort: SortOrder) -> bool {
    sort != SortOrder::New
}

/// The table expression of [`SearchPlan::MatchesFirst`]: the matches (the CTE
/// `matches`), each one's design (and rank) read by its key. `OFFSET 0` keeps each
/// lookup a lookup, so the planner cannot walk an order's index instead.
fn matches_first(sort: SortOrder) -> &'static str {
    if is_ranked(sort) {
        "matches m \
         JOIN LATERAL (SELECT * FROM designs WHERE id = m.design_id OFFSET 0) d ON true \
         JOIN LATERAL (SELECT * FROM design_ranks WHERE design_id = m.design_id OFFSET 0) r \
         ON true JOIN users u ON u.id = d.designer_id"
    } else {
        "matches m \
         JOIN LATERAL (SELECT * FROM designs WHERE id = m.design_id OFFSET 0) d ON true \
         JOIN users u ON u.id = d.designer_id"
    }
}

/// The tsquery text of a search's words: each word as a quoted prefix, all required.
/// Words are letters and digits only, so nothing in them is tsquery syntax.
fn ts_query(words: &[String]) -> String {
    words
        .iter()
        .map(|word| format!("'{word}':*"))
        .collect::<Vec<_>>()
        .join(" & ")
}

/// One page of the gallery: the same conditions, keyset and `LIMIT limit + 1` as
/// SQLite's listing. A search is read by the plan [`search_plan`] picks from the
/// index's word statistics; both plans are spelled so that the planner has no other
/// choice (its generic plan for a prepared search knows no word).
async fn list_designs(
    client: &impl GenericClient,
    word_stats: &WordStats,
    request: &ListDesigns,
) -> Result<DesignListing, StorageError> {
    let as_of = now_millis();
    let limit = request.limit.max(1);
    let (mut from, key, id) = order_of(request.sort);
    let mut with = String::new();
    let mut conditions = vec![format!("d.status IN ({PUBLIC_STATUSES}) AND NOT d.hidden")];
    let mut values: Vec<Box<dyn ToSql + Sync + Send>> = Vec::new();
    if request.sort == SortOrder::NearGoal {
        // "Near goal" is about designs still collecting likes: those its stored key
        // names (the index holds only them), still voting now.
        conditions.push("r.near_goal IS NOT NULL AND d.status = 'voting'".into());
    }
    if let Some(category) = request.category {
        let column = if is_ranked(request.sort) {
            "r.category"
        } else {
            "d.category"
        };
        let param = next_param(&mut values, Box::new(category.slug().to_owned()));
        conditions.push(format!("{column} = {param}::text"));
    }
    if let Some(words) = search_words(request.search.as_deref()) {
        if words.is_empty() {
            return Ok(DesignListing {
                items: Vec::new(),
                next: None,
            });
        }
        let (matches, total) = word_stats.estimate(client, &words).await?;
        let plan = search_plan(
            matches,
            total,
            f64::from(limit + 1),
            // Every order's walk keeps every design it passes: each has an index of
            // its own per category (migrations 0003 and 0009).
            1.0,
        );
        let param = next_param(&mut values, Box::new(ts_query(&words)));
        match plan {
            SearchPlan::MatchesFirst => {
                // The matches from the GIN index, then their designs by key.
                with = format!(
                    "WITH matches AS MATERIALIZED (SELECT design_id FROM design_search \
                     WHERE words @@ to_tsquery('simple', cocrea_fold({param}::text))) "
                );
                from = matches_first(request.sort);
            }
            SearchPlan::OrderFirst => {
                // Each walked design's words, against the query made once.
                conditions.push(format!(
                    "(SELECT s.words FROM design_search s WHERE s.design_id = d.id) \
                     @@ (SELECT to_tsquery('simple', cocrea_fold({param}::text)))"
                ));
            }
        }
        tracing::debug!(matches, total, ?plan, "search plan");
    }
    if let Some(cursor) = request.after {
        let after_key = next_param(&mut values, Box::new(cursor.key));
        let after_id = next_param(&mut values, Box::new(cursor.id));
        let anchor = match request.sort {
            // Compared as the column's own type, so the index serves the range (times
            // are whole numbers, exact in a double).
            SortOrder::New => format!("{after_key}::double precision::bigint"),
            // A ranked order continues after the cursor's design where it ranks now:
            // the reasoning is in SQLite's listing (storage/sqlite/designs.rs).
            SortOrder::Top => format!(
                "COALESCE((SELECT likes FROM design_ranks WHERE design_id = {after_id}::bigint), \
                 {after_key}::double precision::bigint)"
            ),
            SortOrder::NearGoal => format!(
                "COALESCE((SELECT near_goal FROM design_ranks WHERE design_id = {after_id}::bigint), \
                 {after_key}::double precision)"
            ),
            SortOrder::Trending => format!(
                "COALESCE((SELECT trending FROM design_ranks WHERE design_id = {after_id}::bigint), \
                 {after_key}::double precision)"
            ),
        };
        // A row comparison, which the order's index serves as one range.
        conditions.push(format!("({key}, {id}) < ({anchor}, {after_id}::bigint)"));
    }
    let sql = format!(
        "{with}SELECT {DESIGN_COLUMNS}, {key}::double precision FROM {} WHERE {} \
         ORDER BY {key} DESC, {id} DESC LIMIT {}",
        from,
        conditions.join(" AND "),
        limit + 1
    );
    let params: Vec<&(dyn ToSql + Sync)> = values
        .iter()
        .map(|value| value.as_ref() as &(dyn ToSql + Sync))
        .collect();
    let statement = client.prepare_cached(&sql).await?;
    let rows = client.query(&statement, &params).await?;
    let mut items = Vec::with_capacity(rows.len());
    let mut keys = Vec::with_capacity(rows.len());
    for row in &rows {
        items.push(design_row(row)?);
        keys.push(row.try_get::<_, f64>(DESIGN_COLUMN_COUNT)?);
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

/// The score of a design at `$1` (unix milliseconds), in SQL: the formula of 0002.
const TRENDING_AT_NOW: &str = "trending_score(d.likes, \
     GREATEST(0, $1::bigint - d.created_at)::double precision / 3600000::double precision)";

/// Near goal's key of the design `d` (migration 0009): how far it is toward its goal
/// while listed and voting, else none (near goal skips it). Top's key is `d.likes`.
const NEAR_GOAL_KEY: &str = "CASE WHEN d.status = 'voting' AND NOT d.hidden \
     THEN goal_fraction(d.likes, d.goal) END";

/// Ranks one design at `now`, after it was stored or its status or visibility changed:
/// its trending score when the gallery lists it, else 0 and never stale
/// ([`UNLISTED_RANKED_AT`]); and its top and near-goal keys.
pub(super) async fn rank_design(
    client: &impl GenericClient,
    design_id: i64,
    now: i64,
) -> Result<(), StorageError> {
    let listed = format!("d.status IN ({PUBLIC_STATUSES}) AND NOT d.hidden");
    client
        .execute(
            &format!(
                "UPDATE design_ranks r SET \
                 trending = CASE WHEN {listed} THEN {TRENDING_AT_NOW} ELSE 0 END, \
                 ranked_at = CASE WHEN {listed} THEN $1 ELSE $3 END, \
                 likes = d.likes, near_goal = {NEAR_GOAL_KEY} \
                 FROM designs d WHERE d.id = r.design_id AND r.design_id = $2"
            ),
            &[&now, &design_id, &UNLISTED_RANKED_AT],
        )
        .await?;
    Ok(())
}

/// Recomputes the ranks a refresh names, in one statement (one transaction), then the
/// top and near-goal keys of every design whose count or status moved since.
async fn refresh_trending(
    client: &impl GenericClient,
    refresh: &TrendingRefresh,
) -> Result<u64, StorageError> {
    let updated = refresh_trending_scores(client, refresh).await?;
    // Every design compared (a hash join of two scans: 62-68 ms at 100,000 designs
    // on 2 cores, 96 ms with 1,000 counts moved; once a minute), so a count that fell,
    // which no like row since the last refresh records, moves too.
    client
        .execute(
            &format!(
                "UPDATE design_ranks r SET likes = d.likes, near_goal = {NEAR_GOAL_KEY} \
                 FROM designs d WHERE d.id = r.design_id \
                 AND (r.likes <> d.likes OR r.near_goal IS DISTINCT FROM {NEAR_GOAL_KEY})"
            ),
            &[],
        )
        .await?;
    Ok(updated)
}

/// Recomputes the trending scores a refresh names, in one statement (one transaction).
async fn refresh_trending_scores(
    client: &impl GenericClient,
    refresh: &TrendingRefresh,
) -> Result<u64, StorageError> {
    let public = format!("d.status IN ({PUBLIC_STATUSES}) AND NOT d.hidden");
    let updated = match refresh.liked_since {
        None => {
            // Every unlisted design that still holds a rank (one stored before unlisting
            // changes re-ranked designs) is ranked 0, never stale.
            client
                .execute(
                    &format!(
                        "UPDATE design_ranks r SET trending = 0, ranked_at = $1 \
                         FROM designs d WHERE d.id = r.design_id AND r.ranked_at <> $1 \
                         AND NOT ({public})"
                    ),
                    &[&UNLISTED_RANKED_AT],
                )
                .await?;
            let ranked = client
                .execute(
                    &format!(
                        "UPDATE design_ranks r SET trending = {TRENDING_AT_NOW}, ranked_at = $1 \
                         FROM designs d WHERE d.id = r.design_id AND {public}"
                    ),
                    &[&refresh.now],
                )
                .await?;
            // Every rank was just written anew: the old ones are cleared from the
            // trending index at once, not whenever autovacuum comes (if it runs at all:
            // it can be off), since until then a page after the first passes over them
            // (2 ms instead of 0.9 for the second page at 100,000 designs).
            client.batch_execute("VACUUM design_ranks").await?;
            ranked
        }
        Some(liked_since) => {
            // Each of the three sets from its own index, rather than a scan of every design.
            client
                .execute(
                    &format!(
                        "UPDATE design_ranks r SET trending = {TRENDING_AT_NOW}, ranked_at = $1 \
                         FROM designs d WHERE d.id = r.design_id AND {public} AND d.id IN ( \
                             SELECT id FROM designs WHERE created_at > $2 \
                             UNION SELECT design_id FROM likes WHERE created_at >= $3 \
                             UNION (SELECT design_id FROM design_ranks WHERE ranked_at < $4 \
                                    ORDER BY ranked_at LIMIT $5))"
                    ),
                    &[
                        &refresh.now,
                        &refresh.submitted_after,
                        &liked_since,
                        &refresh.stale_before,
                        &i64::from(refresh.stale_batch),
                    ],
                )
                .await?
        }
    };
    Ok(updated)
}

/// Adds a parameter; returns its placeholder (`$n`).
fn next_param(
    values: &mut Vec<Box<dyn ToSql + Sync + Send>>,
    value: Box<dyn ToSql + Sync + Send>,
) -> String {
    values.push(value);
    format!("${}", values.len())
}

/// Reads a design as [`SELECT_DESIGN`] selects it.
pub(super) fn design_row(row: &Row) -> Result<DesignRow, StorageError> {
    Ok(DesignRow {
        id: row.try_get(0)?,
        title: row.try_get(1)?,
        description: row.try_get(2)?,
        category: category_from_stored(row.try_get(3)?)?,
        designer_id: row.try_get(4)?,
        designer_name: row.try_get(5)?,
        image_hash: row.try_get(6)?,
        image_width: stored_u32(row.try_get(7)?)?,
        image_height: stored_u32(row.try_get(8)?)?,
        likes: row.try_get(9)?,
        goal: row.try_get(10)?,
        status: status_from_stored(row.try_get(11)?)?,
        created_at: row.try_get(12)?,
        rejection_reason: row.try_get(13)?,
        hidden: row.try_get(14)?,
    })
}

/// Records a step of the timeline; part of whatever change made it.
pub(super) async fn record_step(
    client: &impl GenericClient,
    design_id: i64,
    status: DesignStatus,
    note: &str,
    at: i64,
) -> Result<(), StorageError> {
    let statement = client
        .prepare_cached(
            "INSERT INTO design_steps (design_id, status, note, created_at) VALUES ($1, $2, $3, $4)",
        )
        .await?;
    client
        .execute(&statement, &[&design_id, &status.as_str(), &note, &at])
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use cocrea_api::ranking::{goal_fraction, trending_score};
    use cocrea_api::{Category, DesignStatus, SortOrder};

    use super::super::test_db;
    use crate::storage::{
        AccountStorage, DesignStorage, LikeStorage, ListDesigns, ModerationStorage, NewDesign,
    };

    #[tokio::test]
    async fn the_sql_ranking_functions_equal_the_rust_ones() {
        let db = test_db::fresh().await;
        let client = db.store.client().await.unwrap();
        for (likes, age) in [(0, 0.0), (10, 5.0), (200, 168.25), (-3, -1.0), (7, 0.001)] {
            let sql: f64 = client
                .query_one("SELECT trending_score($1, $2)", &[&likes, &age])
                .await
                .unwrap()
                .get(0);
            let rust = trending_score(likes, age);
            assert!(
                (sql - rust).abs() <= rust.abs() * 1e-12,
                "{likes} {age}: {sql} {rust}"
            );
        }
        for (likes, goal) in [(50, 100), (250, 100), (-3, 100), (5, 0), (1, 3)] {
            let sql: f64 = client
                .query_one("SELECT goal_fraction($1, $2)", &[&likes, &goal])
                .await
                .unwrap()
                .get(0);
            assert_eq!(sql, goal_fraction(likes, goal), "{likes} {goal}");
        }
        drop(client);
        db.drop_database().await;
    }

    #[tokio::test]
    async fn every_order_pages_through_the_public_designs_once() {
        let db = test_db::fresh().await;
        let store = &db.store;
        let designer = store
            .create_name_only_users(vec!["Designer".into()])
            .await
            .unwrap()[0];
        let mut ids = Vec::new();
        for n in 0..7_i64 {
            let design = store
                .insert_design(NewDesign {
                    title: format!("Shirt {n}{}", if n == 3 { " 50% Linen_x" } else { "" }),
                    description: "Light".into(),
                    category: if n % 2 == 0 {
                        Category::Tops
                    } else {
                        Category::Shoes
                    },
                    designer_id: designer,
                    image_hash: "a".repeat(64),
                    image_width: 10,
                    image_height: 20,
                    goal: 10,
                    status: if n == 6 {
                        DesignStatus::Pending
                    } else {
                        DesignStatus::Voting
                    },
                    created_at: 1_700_000_000_000 + (n % 3) * 1000,
                })
                .await
                .unwrap();
            ids.push(design.id);
        }
        store.add_likes(ids[1], vec![(designer, 1)]).await.unwrap();
        store.set_hidden(ids[5], true).await.unwrap();
        let ranked = store
            .refresh_trending(crate::trending::full_refresh(crate::storage::now_millis()))
            .await
            .unwrap();
        assert_eq!(ranked, 5, "the public designs");
        for sort in [
            SortOrder::New,
            SortOrder::Top,
            SortOrder::Trending,
            SortOrder::NearGoal,
        ] {
            let mut seen = Vec::new();
            let mut after = None;
            loop {
                let page = store
                    .list_designs(ListDesigns {
                        sort,
                        limit: 2,
                        after,
                        ..ListDesigns::default()
                    })
                    .await
                    .unwrap();
                seen.extend(page.items.iter().map(|design| design.id));
                match page.next {
                    Some(next) => after = Some(next),
                    None => break,
                }
            }
            let mut sorted = seen.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, ids[..5].to_vec(), "{sort:?}");
            if sort != SortOrder::New {
                assert_eq!(seen[0], ids[1], "the liked design first in {sort:?}");
            }
        }
        let found = store
            .list_designs(ListDesigns {
                sort: SortOrder::New,
                limit: 10,
                search: Some("50% LINEN_X".into()),
                category: Some(Category::Shoes),
                ..ListDesigns::default()
            })
            .await
            .unwrap();
        assert_eq!(found.items.len(), 1);
        assert_eq!(found.items[0].id, ids[3]);
        for (search, found) in [("5_%", 1), ("%", 0), ("shirt LIGHT", 5), ("lin 50", 1)] {
            let listing = store
                .list_designs(ListDesigns {
                    sort: SortOrder::New,
                    limit: 10,
                    search: Some(search.into()),
                    ..ListDesigns::default()
                })
                .await
                .unwrap();
            assert_eq!(listing.items.len(), found, "{search:?}");
        }
        assert_eq!(store.count_designs().await.unwrap(), 7);
        assert!(store.image_in_use("a".repeat(64)).await.unwrap());
        assert_eq!(store.designs_by_designer(designer).await.unwrap().len(), 7);
        assert_eq!(store.designs_liked_by(designer).await.unwrap().len(), 1);
        assert_eq!(
            store
                .admin_designs(Some(DesignStatus::Pending))
                .await
                .unwrap()
                .len(),
            1
        );
        assert_eq!(store.admin_designs(None).await.unwrap().len(), 7);
        assert_eq!(store.all_designs().await.unwrap()[0].id, ids[0]);
        db.drop_database().await;
    }

    #[tokio::test]
    async fn only_designs_the_gallery_lists_hold_a_trending_rank() {
        use crate::storage::designs::UNLISTED_RANKED_AT;
        use crate::storage::StatusWrite;

        let db = test_db::fresh().await;
        let store = &db.store;
        let rank_of = |id: i64| async move {
            let row = store
                .client()
                .await
                .unwrap()
                .query_one(
                    "SELECT trending, ranked_at FROM design_ranks WHERE design_id = $1",
                    &[&id],
                )
                .await
                .unwrap();
            (row.get::<_, f64>(0), row.get::<_, i64>(1))
        };
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
        assert!(rank_of(listed).await.0 > 0.0, "ranked at submission");
        assert_eq!(rank_of(in_review).await, (0.0, UNLISTED_RANKED_AT));

        let approve = StatusWrite {
            design_id: in_review,
            next: DesignStatus::Voting,
            public_note: String::new(),
            rejection_reason: None,
            allowed_from: vec![DesignStatus::Pending],
        };
        store.change_status(approve).await.unwrap().unwrap();
        let (rank, ranked_at) = rank_of(in_review).await;
        assert!(
            rank > 0.0 && ranked_at < UNLISTED_RANKED_AT,
            "ranked once approved"
        );

        store.set_hidden(listed, true).await.unwrap();
        assert_eq!(rank_of(listed).await, (0.0, UNLISTED_RANKED_AT));
        store.set_hidden(listed, false).await.unwrap();
        assert!(rank_of(listed).await.0 > 0.0, "ranked once shown again");

        // A rank stored before ranks followed listing: a full refresh clears it.
        store
            .client()
            .await
            .unwrap()
            .execute(
                "UPDATE designs SET status = 'rejected' WHERE id = $1",
                &[&in_review],
            )
            .await
            .unwrap();
        let ranked = store
            .refresh_trending(crate::trending::full_refresh(crate::storage::now_millis()))
            .await
            .unwrap();
        assert_eq!(ranked, 1, "the listed design");
        assert_eq!(rank_of(in_review).await, (0.0, UNLISTED_RANKED_AT));
        db.drop_database().await;
    }

    #[tokio::test]
    async fn searches_page_exactly_in_every_order_by_either_plan() {
        use crate::storage::designs::search_tests::{
            assert_search_pages_exactly, store_azul_and_rara,
        };

        let db = test_db::fresh().await;
        let store = &db.store;
        let (azul, rara) = store_azul_and_rara(store).await;
        store.refresh_statistics().await.unwrap();
        let client = store.client().await.unwrap();
        let (common, total) = store
            .word_stats
            .estimate(&client, &["AZ".to_owned()])
            .await
            .unwrap();
        drop(client);
        // "az" is read order-first once analyzed, "rara" matches first.
        assert!(common > 20.0 && total >= 40.0, "{common} of {total}");
        for sort in SortOrder::ALL {
            for (search, expected) in [("az", &azul), ("RARA", &rara)] {
                assert_search_pages_exactly(store, sort, search, expected).await;
            }
        }
        db.drop_database().await;
    }

    #[tokio::test]
    async fn top_and_near_goal_move_at_a_refresh_and_no_index_on_designs_covers_a_count() {
        let db = test_db::fresh().await;
        let store = &db.store;
        let designer = store
            .create_name_only_users(vec!["Designer".into()])
            .await
            .unwrap()[0];
        let mut ids = Vec::new();
        for n in 0..3_i64 {
            let design = store
                .insert_design(NewDesign {
                    title: format!("Shirt {n}"),
                    description: "Light".into(),
                    category: Category::Tops,
                    designer_id: designer,
                    image_hash: "a".repeat(64),
                    image_width: 10,
                    image_height: 20,
                    goal: 10,
                    status: DesignStatus::Voting,
                    created_at: 1_700_000_000_000 + n,
                })
                .await
                .unwrap();
            ids.push(design.id);
        }
        let first = |sort| async move {
            let page = store
                .list_designs(ListDesigns {
                    sort,
                    limit: 3,
                    ..ListDesigns::default()
                })
                .await
                .unwrap();
            (page.items[0].id, page.items[0].likes)
        };
        let refresh = || async {
            store
                .refresh_trending(crate::trending::next_refresh(
                    crate::storage::now_millis(),
                    0,
                ))
                .await
                .unwrap();
        };
        store.add_likes(ids[0], vec![(designer, 1)]).await.unwrap();
        // Between refreshes the order stays; the card's count is live.
        assert_eq!(first(SortOrder::Top).await, (ids[2], 0));
        refresh().await;
        for sort in [SortOrder::Top, SortOrder::NearGoal] {
            assert_eq!(first(sort).await, (ids[0], 1), "{sort:?}");
        }
        // A count that fell (no like row records it) moves at the next refresh too.
        let client = store.client().await.unwrap();
        client
            .execute("UPDATE designs SET likes = 0 WHERE id = $1", &[&ids[0]])
            .await
            .unwrap();
        refresh().await;
        for sort in [SortOrder::Top, SortOrder::NearGoal] {
            assert_eq!(first(sort).await, (ids[2], 0), "{sort:?}");
        }
        // So a like's update of designs (its count, perhaps its status) is a HOT one:
        // no index entry is written.
        let covering: Vec<String> = client
            .query(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'designs' \
                 AND (indexdef ~ '\\mlikes\\M' OR indexdef ~ '\\mstatus\\M')",
                &[],
            )
            .await
            .unwrap()
            .iter()
            .map(|row| row.get(0))
            .collect();
        assert!(covering.is_empty(), "{covering:?}");
        drop(client);
        db.drop_database().await;
    }
}
