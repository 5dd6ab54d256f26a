//! The outbox on PostgreSQL: facts appended as the last statements of the
//! transactions that made the changes, with a notification to every server.

use async_trait::async_trait;
use deadpool_postgres::GenericClient;
use tokio_postgres::Row;

use super::PgStore;
use crate::storage::{Fact, OutboxRow, OutboxStorage, StorageError};

/// Appends a fact and notifies every server's listener of its number; part of the
/// transaction that made the change it tells of (its last statement before COMMIT,
/// so the window between taking a number and committing stays short).
pub(super) async fn append_fact(
    client: &impl GenericClient,
    fact: &Fact,
    at: i64,
) -> Result<(), StorageError> {
    let statement = client
        .prepare_cached(
            "WITH appended AS ( \
                 INSERT INTO outbox \
                 (kind, payload, created_at, webhooks_pending, notifications_pending) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING seq) \
             SELECT pg_notify('cocrea_outbox', seq::text) FROM appended",
        )
        .await?;
    client
        .query(
            &statement,
            &[
                &fact.kind(),
                &fact.payload(),
                &at,
                &fact.is_for_webhooks(),
                &fact.is_for_notifications(),
            ],
        )
        .await?;
    Ok(())
}

/// Reads an outbox row as `SELECT seq, kind, payload, created_at` gives it.
pub(super) fn outbox_row(row: &Row) -> Result<OutboxRow, StorageError> {
    Ok(OutboxRow {
        seq: row.try_get(0)?,
        kind: row.try_get(1)?,
        payload: row.try_get(2)?,
        created_at: row.try_get(3)?,
    })
}

#[async_trait]
impl OutboxStorage for PgStore {
    async fn outbox_after(&self, seq: i64, limit: u32) -> Result<Vec<OutboxRow>, StorageError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "SELECT seq, kind, payload, created_at FROM outbox WHERE seq > $1 \
                 ORDER BY seq LIMIT $2",
            )
            .await?;
        client
            .query(&statement, &[&seq, &i64::from(limit)])
            .await?
            .iter()
            .map(outbox_row)
            .collect()
    }

    async fn outbox_head(&self) -> Result<i64, StorageError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached("SELECT COALESCE(MAX(seq), 0)::bigint FROM outbox")
            .await?;
        Ok(client.query_one(&statement, &[]).await?.try_get(0)?)
    }

    async fn prune_outbox(&self, before: i64) -> Result<u64, StorageError> {
        let client = self.client().await?;
        Ok(client
            .execute(
                "DELETE FROM outbox WHERE created_at < $1 AND NOT webhooks_pending \
                 AND NOT notifications_pending",
                &[&before],
            )
            .await?)
    }
}
