//! Webhooks: the URLs the brand registered, and each delivery of an event to
//! them. Deliveries are rows, so a restart loses none: the worker in
//! `crate::webhooks` picks up whatever is due.

use cocrea_api::DesignStatus;
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::webhooks::WebhookPayload;

use super::{now_millis, StorageError, Store};

/// A registered webhook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookRow {
    /// The webhook's id.
    pub id: i64,
    /// Where events are POSTed.
    pub url: String,
    /// The HMAC-SHA256 key of the signature header.
    pub secret: String,
    /// When it was registered, unix milliseconds.
    pub created_at: i64,
}

/// One delivery as the admin list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryRow {
    /// The delivery's id.
    pub id: i64,
    /// The webhook it goes to.
    pub webhook_id: i64,
    /// `goal_reached` or `status_changed`.
    pub event: String,
    /// The JSON body, exactly as signed.
    pub payload: String,
    /// `pending`, `delivered` or `failed`.
    pub state: String,
    /// Attempts so far.
    pub attempts: i64,
    /// The last failure, if any.
    pub last_error: Option<String>,
    /// When it was created, unix milliseconds.
    pub created_at: i64,
}

/// A delivery the worker has claimed and now sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueDelivery {
    /// The delivery's id (sent as `X-Cocrea-Delivery`).
    pub id: i64,
    /// `goal_reached` or `status_changed`.
    pub event: String,
    /// The JSON body to send, exactly as stored.
    pub payload: String,
    /// Attempts before this one.
    pub attempts: i64,
    /// Where to send it.
    pub url: String,
    /// The webhook's signing key.
    pub secret: String,
}

/// A delivery's state while it may still be sent.
pub const PENDING: &str = "pending";
/// A delivery's state once a 2xx answer came back.
pub const DELIVERED: &str = "delivered";
/// A delivery's state once the last retry failed too.
pub const FAILED: &str = "failed";

const WEBHOOK_COLUMNS: &str = "id, url, secret, created_at";
const DELIVERY_COLUMNS: &str =
    "id, webhook_id, event, payload, state, attempts, last_error, created_at";

impl Store {
    /// Every registered webhook, oldest first.
    #[tracing::instrument(skip(self), level = "debug")]
    pub async fn webhooks(&self) -> Result<Vec<WebhookRow>, StorageError> {
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
    pub async fn insert_webhook(
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
    pub async fn delete_webhook(&self, id: i64) -> Result<bool, StorageError> {
        self.write(move |connection| {
            // Deliveries go with it (ON DELETE CASCADE).
            Ok(connection.execute("DELETE FROM webhooks WHERE id = ?1", [id])? > 0)
        })
        .await
    }

    /// The newest deliveries, newest first.
    #[tracing::instrument(skip(self), level = "debug")]
    pub async fn webhook_deliveries(&self, limit: u32) -> Result<Vec<DeliveryRow>, StorageError> {
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
    pub async fn webhook_delivery(&self, id: i64) -> Result<Option<DeliveryRow>, StorageError> {
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

    /// Queues the deliveries telling that a design entered `status` at `at`,
    /// outside a status change: for a change made by hand in the database, and
    /// for tests. Status changes queue their own (see [`queue_deliveries`]).
    pub async fn queue_status_deliveries(
        &self,
        design_id: i64,
        status: DesignStatus,
        at: i64,
    ) -> Result<usize, StorageError> {
        self.write(move |connection| queue_deliveries(connection, design_id, status, at))
            .await
    }

    /// Claims up to `limit` pending deliveries due at `now`, oldest due first:
    /// each is put off until `lease_until`, so no other poll sends it while
    /// this attempt runs, and a send cut short by a crash is retried then.
    #[tracing::instrument(skip(self), level = "debug")]
    pub async fn claim_due_deliveries(
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
    pub async fn next_delivery_due(&self) -> Result<Option<i64>, StorageError> {
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
    pub async fn delivery_succeeded(&self, id: i64) -> Result<(), StorageError> {
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
    pub async fn delivery_failed(
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

/// Queues, due now, one delivery to every registered webhook telling that a
/// design entered `status` at `at`. Part of the status change's transaction,
/// so a change is never made without its deliveries (nor the other way round).
pub(super) fn queue_deliveries(
    connection: &Connection,
    design_id: i64,
    status: DesignStatus,
    at: i64,
) -> rusqlite::Result<usize> {
    let payload = WebhookPayload::new(design_id, status, at);
    let body = serde_json::to_string(&payload)
        .map_err(|error| rusqlite::Error::ToSqlConversionFailure(Box::new(error)))?;
    connection
        .prepare_cached(
            "INSERT INTO webhook_deliveries \
             (webhook_id, event, payload, state, attempts, next_attempt_at, created_at) \
             SELECT id, ?1, ?2, ?4, 0, ?3, ?3 FROM webhooks ORDER BY id",
        )?
        .execute(params![payload.event, body, at, PENDING])
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn fresh_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::TempDir::new().unwrap();
        let store = Store::open(&dir.path().join("test.sqlite3")).unwrap();
        (dir, store)
    }

    async fn queue(store: &Store, status: DesignStatus) -> usize {
        store
            .queue_status_deliveries(1, status, now_millis())
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn an_event_is_queued_once_for_every_webhook() {
        let (_dir, store) = fresh_store().await;
        assert_eq!(
            queue(&store, DesignStatus::GoalReached).await,
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
        let queued = queue(&store, DesignStatus::GoalReached).await;
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
        queue(&store, DesignStatus::InProduction).await;
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
        queue(&store, DesignStatus::InProduction).await;
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
