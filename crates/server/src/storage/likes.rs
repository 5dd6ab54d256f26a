//! Likes: one per person and design, with the design's count kept equal to them.

use std::collections::HashSet;

use cocrea_api::DesignStatus;
use rusqlite::{params, OptionalExtension};

use super::designs::{design_row, SELECT_DESIGN};
use super::writer::Announce;
use super::{now_millis, DesignRow, StorageError, Store};

/// A design's likes after a like or an unlike.
#[derive(Debug, Clone, PartialEq)]
pub struct LikeChange {
    /// The design.
    pub design_id: i64,
    /// The like count now.
    pub likes: i64,
    /// Whether the person likes it now.
    pub liked: bool,
    /// Whether the count changed (false for a repeated like or unlike).
    pub changed: bool,
    /// The design's status now (a like may move it to `goal_reached`).
    pub status: DesignStatus,
    /// Whether this like made the design reach its goal.
    pub reached_goal: bool,
    /// The store of the like made or taken back, if it had one.
    pub store: Option<String>,
    /// That store's like count for the design now.
    pub store_likes: Option<i64>,
}

impl Store {
    /// Likes (`liked = true`) or unlikes a design for a user; repeating either
    /// changes nothing. A like may carry the store it was made in. `None` when
    /// the design does not exist or is not public. `announce` runs once the
    /// change is committed, in commit order (for live events).
    #[tracing::instrument(skip(self, announce), level = "debug")]
    pub async fn set_like(
        &self,
        design_id: i64,
        user_id: i64,
        liked: bool,
        store: Option<String>,
        announce: Option<Announce<Option<LikeChange>>>,
    ) -> Result<Option<LikeChange>, StorageError> {
        self.write_and_announce(
            move |connection| {
                let design = connection
                    .prepare_cached(
                        "SELECT likes, goal, status, hidden FROM designs WHERE id = ?1",
                    )?
                    .query_row([design_id], |row| {
                        Ok((
                            row.get::<_, i64>(0)?,
                            row.get::<_, i64>(1)?,
                            row.get::<_, String>(2)?,
                            row.get::<_, bool>(3)?,
                        ))
                    })
                    .optional()?;
                // Only public designs can be liked: a hidden one is as good as gone.
                let Some((likes, goal, status, false)) = design else {
                    return Ok(None);
                };
                let Some(status) = DesignStatus::parse(&status).filter(|s| s.is_public()) else {
                    return Ok(None);
                };
                let (changed, store) = if liked {
                    let inserted = connection
                        .prepare_cached(
                            "INSERT OR IGNORE INTO likes (design_id, user_id, created_at, store) \
                         VALUES (?1, ?2, ?3, ?4)",
                        )?
                        .execute(params![design_id, user_id, now_millis(), store])?;
                    (inserted as i64, store)
                } else {
                    // The like's own store, so that store's count can be told too.
                    let removed: Option<Option<String>> = connection
                    .prepare_cached(
                        "DELETE FROM likes WHERE design_id = ?1 AND user_id = ?2 RETURNING store",
                    )?
                    .query_row(params![design_id, user_id], |row| row.get(0))
                    .optional()?;
                    (i64::from(removed.is_some()), removed.flatten())
                };
                if changed == 0 {
                    return Ok(Some(LikeChange {
                        design_id,
                        likes,
                        liked,
                        changed: false,
                        status,
                        reached_goal: false,
                        store: None,
                        store_likes: None,
                    }));
                }
                let likes = if liked {
                    likes + changed
                } else {
                    likes - changed
                };
                let reached_goal = liked && status == DesignStatus::Voting && likes >= goal;
                let status = if reached_goal {
                    DesignStatus::GoalReached
                } else {
                    status
                };
                connection
                    .prepare_cached("UPDATE designs SET likes = ?2, status = ?3 WHERE id = ?1")?
                    .execute(params![design_id, likes, status.as_str()])?;
                if reached_goal {
                    super::moderation::record_status_change(
                        connection,
                        design_id,
                        status,
                        "",
                        now_millis(),
                    )?;
                }
                let store_likes = match &store {
                    Some(code) => Some(count_store_likes(connection, design_id, code)?),
                    None => None,
                };
                Ok(Some(LikeChange {
                    design_id,
                    likes,
                    liked,
                    changed: true,
                    status,
                    reached_goal,
                    store,
                    store_likes,
                }))
            },
            announce,
        )
        .await
    }

    /// Each design's likes made in a store.
    pub async fn store_likes(
        &self,
        store: String,
        design_ids: Vec<i64>,
    ) -> Result<std::collections::HashMap<i64, i64>, StorageError> {
        self.read(move |connection| {
            design_ids
                .into_iter()
                .map(|id| Ok((id, count_store_likes(connection, id, &store)?)))
                .collect()
        })
        .await
    }

    /// Which of these designs the user likes.
    pub async fn liked_among(
        &self,
        user_id: i64,
        design_ids: Vec<i64>,
    ) -> Result<HashSet<i64>, StorageError> {
        if design_ids.is_empty() {
            return Ok(HashSet::new());
        }
        self.read(move |connection| {
            let mut statement = connection.prepare_cached(
                "SELECT design_id FROM likes WHERE user_id = ?1 AND design_id = ?2",
            )?;
            let mut liked = HashSet::new();
            for id in design_ids {
                if statement.exists(params![user_id, id])? {
                    liked.insert(id);
                }
            }
            Ok(liked)
        })
        .await
    }

    /// How many likes are stored for a design (the count must always equal it).
    pub async fn stored_likes(&self, design_id: i64) -> Result<i64, StorageError> {
        self.read(move |connection| {
            connection.query_row(
                "SELECT COUNT(*) FROM likes WHERE design_id = ?1",
                [design_id],
                |row| row.get(0),
            )
        })
        .await
    }

    /// The designs a user submitted, newest first, in any status.
    pub async fn designs_by_designer(&self, user_id: i64) -> Result<Vec<DesignRow>, StorageError> {
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

    /// The public designs a user likes, most recently liked first.
    pub async fn designs_liked_by(&self, user_id: i64) -> Result<Vec<DesignRow>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(&format!(
                    "{SELECT_DESIGN} JOIN likes l ON l.design_id = d.id \
                     WHERE l.user_id = ?1 AND d.hidden = 0 AND d.status IN ({}) \
                     ORDER BY l.created_at DESC, d.id DESC",
                    super::designs::PUBLIC_STATUSES
                ))?
                .query_map([user_id], design_row)?
                .collect()
        })
        .await
    }

    /// Adds likes from the given users to a design (demo data), keeping the count equal.
    pub async fn add_likes(
        &self,
        design_id: i64,
        likes: Vec<(i64, i64)>,
    ) -> Result<(), StorageError> {
        self.write(move |connection| {
            let mut insert = connection.prepare_cached(
                "INSERT OR IGNORE INTO likes (design_id, user_id, created_at) VALUES (?1, ?2, ?3)",
            )?;
            for (user_id, liked_at) in likes {
                insert.execute(params![design_id, user_id, liked_at])?;
            }
            connection.execute(
                "UPDATE designs SET likes = (SELECT COUNT(*) FROM likes WHERE design_id = ?1) WHERE id = ?1",
                [design_id],
            )?;
            Ok(())
        })
        .await
    }

    /// Creates name-only users (demo shoppers); returns their ids.
    pub async fn create_name_only_users(
        &self,
        names: Vec<String>,
    ) -> Result<Vec<i64>, StorageError> {
        self.write(move |connection| {
            let mut insert = connection
                .prepare_cached("INSERT INTO users (name, created_at) VALUES (?1, ?2)")?;
            names
                .into_iter()
                .map(|name| {
                    insert.execute(params![name, now_millis()])?;
                    Ok(connection.last_insert_rowid())
                })
                .collect()
        })
        .await
    }
}

fn count_store_likes(
    connection: &rusqlite::Connection,
    design_id: i64,
    store: &str,
) -> rusqlite::Result<i64> {
    connection
        .prepare_cached("SELECT COUNT(*) FROM likes WHERE design_id = ?1 AND store = ?2")?
        .query_row(params![design_id, store], |row| row.get(0))
}
