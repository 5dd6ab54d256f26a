//! Webhooks on PostgreSQL: the URLs the brand registered, and each delivery of an
//! event to them. Claims lock with `FOR UPDATE SKIP LOCKED`, so two servers never
//! take the same fact or send the same delivery at once.

use async_trait::async_trait;
use tokio_postgres::Row;

use super::outbox::outbox_row;
use super::PgStore;
use crate::storage::{
    now_millis, DeliveryRow, DueDelivery, OutboxRow, StorageError, WebhookFact, WebhookRow,
    WebhookStorage, DELIVERED, FAILED, PENDING,
};

const WEBHOOK_COLUMNS: &str = "id, url, secret, created_at";
const DELIVERY_COLUMNS: &str =
    "id, webhook_id, event, payload, state, attempts, last_error, created_at";

#[async_trait]
impl WebhookStorage for PgStore {
    /// Every registered webhook, oldest first.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn webhooks(&self) -> Result<Vec<WebhookRow>, StorageError> {
        let client = self.client().await?;
        client
            .query(
                &format!("SELECT {WEBHOOK_COLUMNS} FROM webhooks ORDER BY id"),
                &[],
            )
            .await?
            .iter()
            .map(webhook_row)
            .collect()
    }

    /// Registers a webhook; returns it as stored.
    #[tracing::instrument(skip(self, secret), level = "debug")]
    async fn insert_webhook(
        &self,
        url: String,
        secret: String,
    ) -> Result<WebhookRow, StorageError> {
        let client = self.client().await?;
        let row = client
            .query_one(
                &format!(
                    "INSERT INTO webhooks (url, secret, created_at) VALUES ($1, $2, $3) \
                     RETURNING {WEBHOOK_COLUMNS}"
                ),
                &[&url, &secret, &now_millis()],
            )
            .await?;
        webhook_row(&row)
    }

    /// Removes a webhook and its deliveries; `false` when there was none with this id.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn delete_webhook(&self, id: i64) -> Result<bool, StorageError> {
        let client = self.client().await?;
        // Deliveries go with it (ON DELETE CASCADE).
        Ok(client
            .execute("DELETE FROM webhooks WHERE id = $1", &[&id])
            .await?
            > 0)
    }

    /// The newest deliveries, newest first.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn webhook_deliveries(&self, limit: u32) -> Result<Vec<DeliveryRow>, StorageError> {
        let client = self.client().await?;
        client
            .query(
                &format!(
                    "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries ORDER BY id DESC LIMIT $1"
                ),
                &[&i64::from(limit)],
            )
            .await?
            .iter()
            .map(delivery_row)
            .collect()
    }

    /// One delivery, whatever its state.
    async fn webhook_delivery(&self, id: i64) -> Result<Option<DeliveryRow>, StorageError> {
        let client = self.client().await?;
        client
            .query_opt(
                &format!("SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries WHERE id = $1"),
                &[&id],
            )
            .await?
            .as_ref()
            .map(delivery_row)
            .transpose()
    }

    async fn claim_webhook_facts(
        &self,
        now: i64,
        lease_until: i64,
        limit: u32,
    ) -> Result<Vec<OutboxRow>, StorageError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "UPDATE outbox SET webhooks_lease_until = $2 WHERE seq IN ( \
                     SELECT seq FROM outbox WHERE webhooks_pending \
                     AND webhooks_lease_until <= $1 ORDER BY seq LIMIT $3 \
                     FOR UPDATE SKIP LOCKED) \
                 RETURNING seq, kind, payload, created_at",
            )
            .await?;
        let mut facts = client
            .query(&statement, &[&now, &lease_until, &i64::from(limit)])
            .await?
            .iter()
            .map(outbox_row)
            .collect::<Result<Vec<_>, _>>()?;
        facts.sort_by_key(|fact| fact.seq);
        Ok(facts)
    }

    async fn queue_deliveries(&self, fact: WebhookFact) -> Result<usize, StorageError> {
        let mut client = self.client().await?;
        let transaction = client.transaction().await?;
        if let Some(seq) = fact.seq {
            let marked = transaction
                .execute(
                    "UPDATE outbox SET webhooks_pending = false \
                     WHERE seq = $1 AND webhooks_pending",
                    &[&seq],
                )
                .await?;
            if marked == 0 {
                return Ok(0); // told already (or forgotten): nothing more to queue
            }
        }
        let queued = transaction
            .execute(
                "INSERT INTO webhook_deliveries \
                 (webhook_id, event, payload, state, attempts, next_attempt_at, created_at) \
                 SELECT id, $1::text, $2::text, $4::text, 0, $3::bigint, $3::bigint \
                 FROM webhooks ORDER BY id",
                &[&fact.event, &fact.payload, &now_millis(), &PENDING],
            )
            .await?;
        transaction.commit().await?;
        usize::try_from(queued).map_err(|_| StorageError::Corrupt(format!("{queued} deliveries")))
    }

    /// Claims up to `limit` pending deliveries due at `now`, oldest due first.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn claim_due_deliveries(
        &self,
        now: i64,
        lease_until: i64,
        limit: usize,
    ) -> Result<Vec<DueDelivery>, StorageError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "WITH due AS ( \
                     SELECT id, next_attempt_at FROM webhook_deliveries \
                     WHERE state = $3 AND next_attempt_at <= $1 \
                     ORDER BY next_attempt_at, id LIMIT $4 \
                     FOR UPDATE SKIP LOCKED), \
                 claimed AS ( \
                     UPDATE webhook_deliveries d SET next_attempt_at = $2 FROM due \
                     WHERE d.id = due.id \
                     RETURNING d.id, d.event, d.payload, d.attempts, d.webhook_id, \
                               due.next_attempt_at AS due_at) \
                 SELECT c.id, c.event, c.payload, c.attempts, w.url, w.secret \
                 FROM claimed c JOIN webhooks w ON w.id = c.webhook_id \
                 ORDER BY c.due_at, c.id",
            )
            .await?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        client
            .query(&statement, &[&now, &lease_until, &PENDING, &limit])
            .await?
            .iter()
            .map(|row| {
                Ok(DueDelivery {
                    id: row.try_get(0)?,
                    event: row.try_get(1)?,
                    payload: row.try_get(2)?,
                    attempts: row.try_get(3)?,
                    url: row.try_get(4)?,
                    secret: row.try_get(5)?,
                })
            })
            .collect()
    }

    /// When the next pending delivery is due (unix milliseconds), if any is pending.
    async fn next_delivery_due(&self) -> Result<Option<i64>, StorageError> {
        let client = self.client().await?;
        Ok(client
            .query_one(
                "SELECT MIN(next_attempt_at) FROM webhook_deliveries WHERE state = $1",
                &[&PENDING],
            )
            .await?
            .try_get(0)?)
    }

    /// Records a successful attempt: the delivery is done.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn delivery_succeeded(&self, id: i64) -> Result<(), StorageError> {
        let client = self.client().await?;
        client
            .execute(
                "UPDATE webhook_deliveries \
                 SET state = $3, attempts = attempts + 1, delivered_at = $2 \
                 WHERE id = $1",
                &[&id, &now_millis(), &DELIVERED],
            )
            .await?;
        Ok(())
    }

    /// Records a failed attempt: retried at `retry_at`, or given up (`failed`) when `None`.
    #[tracing::instrument(skip(self), level = "debug")]
    async fn delivery_failed(
        &self,
        id: i64,
        error: String,
        retry_at: Option<i64>,
    ) -> Result<(), StorageError> {
        let state = if retry_at.is_some() { PENDING } else { FAILED };
        let client = self.client().await?;
        client
            .execute(
                "UPDATE webhook_deliveries \
                 SET state = $2, attempts = attempts + 1, last_error = $3, \
                     next_attempt_at = COALESCE($4::bigint, next_attempt_at) \
                 WHERE id = $1",
                &[&id, &state, &error, &retry_at],
            )
            .await?;
        Ok(())
    }
}

fn webhook_row(row: &Row) -> Result<WebhookRow, StorageError> {
    Ok(WebhookRow {
        id: row.try_get(0)?,
        url: row.try_get(1)?,
        secret: row.try_get(2)?,
        created_at: row.try_get(3)?,
    })
}

fn delivery_row(row: &Row) -> Result<DeliveryRow, StorageError> {
    Ok(DeliveryRow {
        id: row.try_get(0)?,
        webhook_id: row.try_get(1)?,
        event: row.try_get(2)?,
        payload: row.try_get(3)?,
        state: row.try_get(4)?,
        attempts: row.try_get(5)?,
        last_error: row.try_get(6)?,
        created_at: row.try_get(7)?,
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_db;
    use crate::storage::{now_millis, WebhookFact, WebhookStorage, DELIVERED, FAILED, PENDING};

    async fn queue(store: &super::PgStore, event: &str) -> usize {
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
    async fn deliveries_are_queued_claimed_once_and_counted_as_on_sqlite() {
        let db = test_db::fresh().await;
        let store = &db.store;
        assert_eq!(
            queue(store, "goal_reached").await,
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
        assert_eq!(store.webhooks().await.unwrap().len(), 2);
        assert_eq!(queue(store, "goal_reached").await, 2);
        let listed = store.webhook_deliveries(100).await.unwrap();
        assert!(listed.iter().all(|d| d.state == PENDING && d.attempts == 0));
        assert!(listed[0].id > listed[1].id, "newest first");
        assert!(store.delete_webhook(first.id).await.unwrap());
        assert!(!store.delete_webhook(first.id).await.unwrap());
        assert_eq!(store.webhook_deliveries(100).await.unwrap().len(), 1);

        let now = now_millis();
        let claimed = store
            .claim_due_deliveries(now, now + 60_000, 10)
            .await
            .unwrap();
        assert_eq!(claimed.len(), 1);
        assert_eq!(claimed[0].secret, "s2");
        assert!(store
            .claim_due_deliveries(now, now + 60_000, 10)
            .await
            .unwrap()
            .is_empty());
        assert_eq!(store.next_delivery_due().await.unwrap(), Some(now + 60_000));
        let id = claimed[0].id;
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
        db.drop_database().await;
    }
}
