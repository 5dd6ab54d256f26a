//! Likes on SQLite: one per person and design, with the design's count kept equal
//! to them and each change's facts in the outbox.

use std::collections::{HashMap, HashSet};

use async_trait::async_trait;
use cocrea_api::{DesignStatus, LikesEvent, StatusEvent, StoreCode};
use rusqlite::{params, Connection, OptionalExtension};

use super::designs::record_step;
use super::outbox::append_fact;
use super::SqliteStore;
use crate::storage::{now_millis, Fact, LikeChange, LikeStorage, LikeWrite, StorageError};

#[async_trait]
impl LikeStorage for SqliteStore {
    #[tracing::instrument(skip(self), level = "debug")]
    async fn set_like(&self, like: LikeWrite) -> Result<Option<LikeChange>, StorageError> {
        self.write(move |connection| set_like(connection, like))
            .await
    }

    async fn store_likes(
        &self,
        store: StoreCode,
        design_ids: Vec<i64>,
    ) -> Result<HashMap<i64, i64>, StorageError> {
        self.read(move |connection| {
            design_ids
                .into_iter()
                .map(|id| Ok((id, count_store_likes(connection, id, &store)?)))
                .collect()
        })
        .await
    }

    async fn liked_among(
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

    async fn add_likes(&self, design_id: i64, likes: Vec<(i64, i64)>) -> Result<(), StorageError> {
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
}

/// The like's transaction (inside the writer's group): the like row, the count, the
/// goal move the domain asked for, and the facts.
fn set_like(connection: &Connection, like: LikeWrite) -> rusqlite::Result<Option<LikeChange>> {
    let LikeWrite {
        design_id,
        user_id,
        liked,
        store,
        likeable,
        on_goal,
    } = like;
    let design = connection
        .prepare_cached("SELECT likes, goal, status, hidden FROM designs WHERE id = ?1")?
        .query_row([design_id], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, bool>(3)?,
            ))
        })
        .optional()?;
    let Some((likes, goal, status, false)) = design else {
        return Ok(None);
    };
    let Some(status) = DesignStatus::parse(&status).filter(|s| likeable.contains(s)) else {
        return Ok(None);
    };
    let now = now_millis();
    let (changed, store) = if liked {
        let inserted = connection
            .prepare_cached(
                "INSERT OR IGNORE INTO likes (design_id, user_id, created_at, store) \
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![
                design_id,
                user_id,
                now,
                store.as_ref().map(StoreCode::as_str)
            ])?;
        (inserted > 0, store)
    } else {
        // The like's own store, so that store's count can be told too.
        let removed: Option<Option<String>> = connection
            .prepare_cached(
                "DELETE FROM likes WHERE design_id = ?1 AND user_id = ?2 RETURNING store",
            )?
            .query_row(params![design_id, user_id], |row| row.get(0))
            .optional()?;
        let changed = removed.is_some();
        let store = removed.flatten().as_deref().and_then(StoreCode::parse);
        (changed, store)
    };
    if !changed {
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
    let likes = if liked { likes + 1 } else { likes - 1 };
    let reached_goal = liked && status == on_goal.from && likes >= goal;
    let status = if reached_goal { on_goal.to } else { status };
    connection
        .prepare_cached("UPDATE designs SET likes = ?2, status = ?3 WHERE id = ?1")?
        .execute(params![design_id, likes, status.as_str()])?;
    let store_likes = match &store {
        Some(code) => Some(count_store_likes(connection, design_id, code)?),
        None => None,
    };
    append_fact(
        connection,
        &Fact::Likes(LikesEvent {
            design_id,
            likes,
            store: store.as_ref().map(|code| code.as_str().to_owned()),
            store_likes,
        }),
        now,
    )?;
    if reached_goal {
        record_step(connection, design_id, status, "", now)?;
        append_fact(
            connection,
            &Fact::Status(StatusEvent { design_id, status }),
            now,
        )?;
    }
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
}

fn count_store_likes(
    connection: &Connection,
    design_id: i64,
    store: &StoreCode,
) -> rusqlite::Result<i64> {
    connection
        .prepare_cached("SELECT COUNT(*) FROM likes WHERE design_id = ?1 AND store = ?2")?
        .query_row(params![design_id, store.as_str()], |row| row.get(0))
}
