//! Webhooks on SQLite: the URLs the brand registered, and each delivery of an event
//! to them.

use async_trait::async_trait;
use rusqlite::{params, OptionalExtension, Row};

use super::outbox::outbox_row;
use super::SqliteStore;
use crate::storage::{
    now_millis, DeliveryRow, DueDelivery, OutboxRow, StorageError, WebhookFact, WebhookRow,
    WebhookStorage, DELIVERED, FAILED, PENDING,
};

const WEBHOOK_COLUMNS: &str = "id, url, secret, created_at";
const DELIVERY_COLUMNS: &str =
    "id, webhook_id, event, payload, state, attempts, last_error, created_at";

#[async_trait]
impl WebhookStorage for SqliteStore {
    /// Every registered webhook, oldest first.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn webhooks(&self) -> Result<Vec<WebhookRow>, StorageError> {
        self.read(|connection| {
            connection
                .prepare_cached(&format!(
                    "SELECT {WEBHOOK_COLUMNS} FROM webhooks ORDER BY id"
                ))?
                .query_map([], webhook_row)?
                .collect()
        })
        .await
    }

    /// Registers a webhook; returns it as stored.
    #[tracing::instrument(skip(self, secret), level = "debug")]
    async fn insert_webhook(
        &self,
        url: String,
        secret: String,
    ) -> Result<WebhookRow, StorageError> {
        self.write(move |connection| {
            connection
                .prepare_cached(&format!(
                    "INSERT INTO webhooks (url, secret, created_at) VALUES (?1, ?2, ?3) \
                     RETURNING {WEBHOOK_COLUMNS}"
                ))?
                .query_row(params![url, secret, now_millis()], webhook_row)
        })
        .await
    }

    /// Removes a webhook and its deliveries; `false` when there was none with this id.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn delete_webhook(&self, id: i64) -> Result<bool, StorageError> {
        self.write(move |connection| {
            // Deliveries go with it (ON DELETE CASCADE).
            Ok(connection.execute("DELETE FROM webhooks WHERE id = ?1", [id])? > 0)
        })
        .await
    }

    /// The newest deliveries, newest first.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn webhook_deliveries(&self, limit: u32) -> Result<Vec<DeliveryRow>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(&format!(
                    "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries ORDER BY id DESC LIMIT ?1"
                ))?
                .query_map([limit], delivery_row)?
                .collect()
        })
        .await
    }

    /// One delivery, whatever its state.
    async fn webhook_delivery(&self, id: i64) -> Result<Option<DeliveryRow>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(&format!(
                    "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries WHERE id = ?1"
                ))?
                .query_row([id], delivery_row)
                .optional()
        })
        .await
    }

    async fn claim_webhook_facts(
        &self,
        now: i64,
        lease_until: i64,
        limit: u32,
    ) -> Result<Vec<OutboxRow>, StorageError> {
        self.write(move |connection| {
            connection
                .prepare_cached(
                    "UPDATE outbox SET webhooks_lease_until = ?2 WHERE seq IN ( \
                         SELECT seq FROM outbox WHERE webhooks_pending = 1 \
                         AND webhooks_lease_until <= ?1 ORDER BY seq LIMIT ?3) \
                     RETURNING seq, kind, payload, created_at",
                )?
                .query_map(params![now, lease_until, limit], outbox_row)?
                .collect::<rusqlite::Result<Vec<_>>>()
                .map(|mut facts| {
                    facts.sort_by_key(|fact| fact.seq);
                    facts
                })
        })
        .await
    }

    async fn queue_deliveries(&self, fact: WebhookFact) -> Result<usize, StorageError> {
        self.write(move |connection| {
            if let Some(seq) = fact.seq {
                let marked = connection
                    .prepare_cached(
                        "UPDATE outbox SET webhooks_pending = 0 \
                         WHERE seq = ?1 AND webhooks_pending = 1",
                    )?
                    .execute([seq])?;
                if marked == 0 {
                    return Ok(0); // told already (or forgotten): nothing more to queue
                }
            }
            let now = now_millis();
            connection
                .prepare_cached(
                    "INSERT INTO webhook_deliveries \
                     (webhook_id, event, payload, state, attempts, next_attempt_at, created_at) \
                     SELECT id, ?1, ?2, ?4, 0, ?3, ?3 FROM webhooks ORDER BY id",
                )?
                .execute(params![fact.event, fact.payload, now, PENDING])
        })
        .await
    }

    /// Claims up to `limit` pending deliveries due at `now`, oldest due first:
    /// each is put off until `lease_until`, so no other poll sends it while
    /// this attempt runs, and a send cut short by a crash is retried then.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn claim_due_deliveries(
        &self,
        now: i64,
        lease_until: i64,
        limit: usize,
    ) -> Result<Vec<DueDelivery>, StorageError> {
        self.write(move |connection| {
            let due: Vec<DueDelivery> = connection
                .prepare_cached(
                    "SELECT d.id, d.event, d.payload, d.attempts, w.url, w.secret \
                     FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id \
                     WHERE d.state = ?3 AND d.next_attempt_at <= ?1 \
                     ORDER BY d.next_attempt_at, d.id LIMIT ?2",
                )?
                .query_map(params![now, limit as i64, PENDING], |row| {
                    Ok(DueDelivery {
                        id: row.get(0)?,
                        event: row.get(1)?,
                        payload: row.get(2)?,
                        attempts: row.get(3)?,
                        url: row.get(4)?,
                        secret: row.get(5)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            let mut lease = connection.prepare_cached(
                "UPDATE webhook_deliveries SET next_attempt_at = ?2 WHERE id = ?1",
            )?;
            for delivery in &due {
                lease.execute(params![delivery.id, lease_until])?;
            }
            Ok(due)
        })
        .await
    }

    /// When the next pending delivery is due (unix milliseconds), if any is pending.
    async fn next_delivery_due(&self) -> Result<Option<i64>, StorageError> {
        self.read(|connection| {
            connection
                .prepare_cached(
                    "SELECT MIN(next_attempt_at) FROM webhook_deliveries WHERE state = ?1",
                )?
                .query_row([PENDING], |row| row.get(0))
        })
        .await
    }

    /// Records a successful attempt: the delivery is done.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn delivery_succeeded(&self, id: i64) -> Result<(), StorageError> {
        self.write(move |connection| {
            connection
                .prepare_cached(
                    "UPDATE webhook_deliveries \
                     SET state = ?3, attempts = attempts + 1, delivered_at = ?2 \
                     WHERE id = ?1",
                )?
                .execute(params![id, now_millis(), DELIVERED])?;
            Ok(())
        })
        .await
    }

    /// Records a failed attempt: retried at `retry_at`, or given up (`failed`) when `None`.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn delivery_failed(
        &self,
        id: i64,
        error: String,
        retry_at: Option<i64>,
    ) -> Result<(), StorageError> {
        self.write(move |connection| {
            let (state, next) = match retry_at {
                Some(at) => (PENDING, Some(at)),
                None => (FAILED, None),
            };
            connection
                .prepare_cached(
                    "UPDATE webhook_deliveries \
                     SET state = ?2, attempts = attempts + 1, last_error = ?3, \
                         next_attempt_at = COALESCE(?4, next_attempt_at) \
                     WHERE id = ?1",
                )?
                .execute(params![id, state, error, next])?;
            Ok(())
        })
        .await
    }
}

fn webhook_row(row: &Row<'_>) -> rusqlite::Result<WebhookRow> {
    Ok(WebhookRow {
        id: row.get(0)?,
        url: row.get(1)?,
        secret: row.get(2)?,
        created_at: row.get(3)?,
    })
}

fn delivery_row(row: &Row<'_>) -> rusqlite::Result<DeliveryRow> {
    Ok(DeliveryRow {
        id: row.get(0)?,
        webhook_id: row.get(1)?,
        event: row.get(2)?,
        payload: row.get(3)?,
        state: row.get(4)?,
        attempts: row.get(5)?,
        last_error: row.get(6)?,
        created_at: row.get(7)?,
    })
}

#[cfg(test)]
mod tests {
    use crate::storage::{now_millis, Store, WebhookFact, DELIVERED, FAILED, PENDING};

    async fn fresh_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::TempDir::new().unwrap();
        let store =
            Store::open_sqlite(&dir.path().join("test.sqlite3"), &dir.path().join("images"))
                .unwrap();
        (dir, store)
    }

    async fn queue(store: &Store, event: &str) -> usize {
        store
            .queue_deliveries(WebhookFact {
                seq: None,
                event: event.into(),
                payload: "{}".into(),
            })
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn an_event_is_queued_once_for_every_webhook() {
        let (_dir, store) = fresh_store().await;
        assert_eq!(
            queue(&store, "goal_reached").await,
            0,
            "no webhook, no delivery"
        );
        let first = store
            .insert_webhook("http://a.example/hook".into(), "s1".into())
            .await
            .unwrap();
        store
            .insert_webhook("http://b.example/hook".into(), "s2".into())
            .await
            .unwrap();
        let queued = queue(&store, "goal_reached").await;
        assert_eq!(queued, 2);
        let listed = store.webhook_deliveries(100).await.unwrap();
        assert_eq!(listed.len(), 2);
        assert!(listed.iter().all(|d| d.state == PENDING && d.attempts == 0));
        assert!(listed[0].id > listed[1].id, "newest first");

        assert!(store.delete_webhook(first.id).await.unwrap());
        assert!(!store.delete_webhook(first.id).await.unwrap());
        let left = store.webhook_deliveries(100).await.unwrap();
        assert_eq!(left.len(), 1, "a webhook's deliveries go with it");
    }

    #[tokio::test]
    async fn a_claimed_delivery_is_not_claimed_again_until_its_lease_ends() {
        let (_dir, store) = fresh_store().await;
        store
            .insert_webhook("http://a.example/hook".into(), "key".into())
            .await
            .unwrap();
        queue(&store, "status_changed").await;
        let now = now_millis();
        let claimed = store
            .claim_due_deliveries(now, now + 60_000, 10)
            .await
            .unwrap();
        assert_eq!(claimed.len(), 1);
        assert_eq!(claimed[0].secret, "key");
        assert!(store
            .claim_due_deliveries(now, now + 60_000, 10)
            .await
            .unwrap()
            .is_empty());
        assert_eq!(store.next_delivery_due().await.unwrap(), Some(now + 60_000));
        let again = store
            .claim_due_deliveries(now + 60_000, now + 120_000, 10)
            .await
            .unwrap();
        assert_eq!(again.len(), 1, "claimable once the lease is over");
    }

    #[tokio::test]
    async fn failures_are_counted_until_the_delivery_is_given_up_or_done() {
        let (_dir, store) = fresh_store().await;
        store
            .insert_webhook("http://a.example/hook".into(), "key".into())
            .await
            .unwrap();
        queue(&store, "status_changed").await;
        let id = store.webhook_deliveries(1).await.unwrap()[0].id;

        store
            .delivery_failed(id, "HTTP 500".into(), Some(42))
            .await
            .unwrap();
        let row = store.webhook_delivery(id).await.unwrap().unwrap();
        assert_eq!(
            (row.state.as_str(), row.attempts, row.last_error.as_deref()),
            (PENDING, 1, Some("HTTP 500"))
        );
        assert_eq!(store.next_delivery_due().await.unwrap(), Some(42));

        store.delivery_succeeded(id).await.unwrap();
        let row = store.webhook_delivery(id).await.unwrap().unwrap();
        assert_eq!((row.state.as_str(), row.attempts), (DELIVERED, 2));
        assert_eq!(store.next_delivery_due().await.unwrap(), None);

        store
            .delivery_failed(id, "timed out".into(), None)
            .await
            .unwrap();
        let row = store.webhook_delivery(id).await.unwrap().unwrap();
        assert_eq!((row.state.as_str(), row.attempts), (FAILED, 3));
    }
}
