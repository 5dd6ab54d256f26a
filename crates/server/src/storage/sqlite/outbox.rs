//! The outbox on SQLite: facts appended inside the writer's transactions, read in order.

use async_trait::async_trait;
use rusqlite::{params, Connection};

use super::SqliteStore;
use crate::storage::{Fact, OutboxRow, OutboxStorage, StorageError};

/// Appends a fact; part of the transaction that made the change it tells of.
pub(super) fn append_fact(connection: &Connection, fact: &Fact, at: i64) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT INTO outbox (kind, payload, created_at, webhooks_pending, notifications_pending) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            fact.kind(),
            fact.payload(),
            at,
            fact.is_for_webhooks(),
            fact.is_for_notifications()
        ])?;
    Ok(())
}

/// Reads an outbox row as `SELECT seq, kind, payload, created_at` gives it.
pub(super) fn outbox_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<OutboxRow> {
    Ok(OutboxRow {
        seq: row.get(0)?,
        kind: row.get(1)?,
        payload: row.get(2)?,
        created_at: row.get(3)?,
    })
}

#[async_trait]
impl OutboxStorage for SqliteStore {
    async fn outbox_after(&self, seq: i64, limit: u32) -> Result<Vec<OutboxRow>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(
                    "SELECT seq, kind, payload, created_at FROM outbox WHERE seq > ?1 \
                     ORDER BY seq LIMIT ?2",
                )?
                .query_map(params![seq, limit], outbox_row)?
                .collect()
        })
        .await
    }

    async fn outbox_head(&self) -> Result<i64, StorageError> {
        self.read(|connection| {
            connection.query_row("SELECT COALESCE(MAX(seq), 0) FROM outbox", [], |row| {
                row.get(0)
            })
        })
        .await
    }

    async fn prune_outbox(&self, before: i64) -> Result<u64, StorageError> {
        self.write(move |connection| {
            let pruned = connection.execute(
                "DELETE FROM outbox WHERE created_at < ?1 AND webhooks_pending = 0 \
                 AND notifications_pending = 0",
                [before],
            )?;
            Ok(pruned as u64)
        })
        .await
    }
}
