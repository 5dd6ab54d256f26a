//! Notifications on PostgreSQL. Facts are claimed with `FOR UPDATE SKIP LOCKED` and
//! marked done in the transaction that records their notifications, so two servers
//! never make the same notification.

use async_trait::async_trait;
use cocrea_api::NotificationEvent;
use deadpool_postgres::GenericClient;
use tokio_postgres::Row;

use super::outbox::{append_fact, outbox_row};
use super::PgStore;
use crate::storage::{
    now_millis, Fact, Liker, NewNotification, NotificationRow, NotificationStorage, OutboxRow,
    StorageError,
};

#[async_trait]
impl NotificationStorage for PgStore {
    async fn claim_notification_facts(
        &self,
        now: i64,
        lease_until: i64,
        limit: u32,
    ) -> Result<Vec<OutboxRow>, StorageError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "UPDATE outbox SET notifications_lease_until = $2 WHERE seq IN ( \
                     SELECT seq FROM outbox WHERE notifications_pending \
                     AND notifications_lease_until <= $1 ORDER BY seq LIMIT $3 \
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

    #[tracing::instrument(skip(self, notifications), level = "debug")]
    async fn record_notifications(
        &self,
        seq: i64,
        notifications: Vec<NewNotification>,
    ) -> Result<usize, StorageError> {
        let mut client = self.client().await?;
        let transaction = client.transaction().await?;
        let marked = transaction
            .execute(
                "UPDATE outbox SET notifications_pending = false \
                 WHERE seq = $1 AND notifications_pending",
                &[&seq],
            )
            .await?;
        if marked == 0 {
            return Ok(0); // made already (or forgotten): nothing more to record
        }
        let now = now_millis();
        let mut told = Vec::new();
        for notification in notifications {
            let inserted = transaction
                .execute(
                    "INSERT INTO notifications \
                     (account_id, kind, design_id, payload, source_seq, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) \
                     ON CONFLICT (source_seq, account_id) DO NOTHING",
                    &[
                        &notification.account_id,
                        &notification.kind.as_str(),
                        &notification.design_id,
                        &notification.payload,
                        &seq,
                        &now,
                    ],
                )
                .await?;
            if inserted > 0 {
                told.push(notification.account_id);
            }
        }
        // The facts last, as every change writes them (a number taken late commits soon).
        for &account_id in &told {
            let unread = unread(&transaction, account_id).await?;
            append_fact(
                &transaction,
                &Fact::Notification(NotificationEvent { account_id, unread }),
                now,
            )
            .await?;
        }
        transaction.commit().await?;
        Ok(told.len())
    }

    async fn notifications(
        &self,
        account_id: i64,
        limit: u32,
    ) -> Result<Vec<NotificationRow>, StorageError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "SELECT n.id, n.kind, n.design_id, d.title, n.payload, n.created_at, n.read_at \
                 FROM notifications n JOIN designs d ON d.id = n.design_id \
                 WHERE n.account_id = $1 ORDER BY n.source_seq DESC LIMIT $2",
            )
            .await?;
        client
            .query(&statement, &[&account_id, &i64::from(limit)])
            .await?
            .iter()
            .map(notification_row)
            .collect()
    }

    async fn unread_notifications(&self, account_id: i64) -> Result<i64, StorageError> {
        let client = self.client().await?;
        unread(&client, account_id).await
    }

    async fn mark_notification_read(
        &self,
        account_id: i64,
        id: i64,
        now: i64,
    ) -> Result<bool, StorageError> {
        let client = self.client().await?;
        let found = client
            .execute(
                "UPDATE notifications SET read_at = COALESCE(read_at, $3) \
                 WHERE id = $1 AND account_id = $2",
                &[&id, &account_id, &now],
            )
            .await?;
        Ok(found > 0)
    }

    async fn mark_all_notifications_read(
        &self,
        account_id: i64,
        now: i64,
    ) -> Result<u64, StorageError> {
        let client = self.client().await?;
        Ok(client
            .execute(
                "UPDATE notifications SET read_at = $2 WHERE account_id = $1 AND read_at IS NULL",
                &[&account_id, &now],
            )
            .await?)
    }

    async fn design_likers(&self, design_id: i64) -> Result<Vec<Liker>, StorageError> {
        let client = self.client().await?;
        client
            .query(
                "SELECT user_id, store FROM likes WHERE design_id = $1 ORDER BY user_id",
                &[&design_id],
            )
            .await?
            .iter()
            .map(|row| {
                Ok(Liker {
                    account_id: row.try_get(0)?,
                    store: row.try_get(1)?,
                })
            })
            .collect()
    }

    async fn comment_author(&self, comment_id: i64) -> Result<Option<(i64, String)>, StorageError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT u.id, u.name FROM comments c JOIN users u ON u.id = c.user_id \
                 WHERE c.id = $1",
                &[&comment_id],
            )
            .await?;
        row.map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .transpose()
    }
}

async fn unread(client: &impl GenericClient, account_id: i64) -> Result<i64, StorageError> {
    Ok(client
        .query_one(
            "SELECT COUNT(*) FROM notifications WHERE account_id = $1 AND read_at IS NULL",
            &[&account_id],
        )
        .await?
        .try_get(0)?)
}

fn notification_row(row: &Row) -> Result<NotificationRow, StorageError> {
    Ok(NotificationRow {
        id: row.try_get(0)?,
        kind: row.try_get(1)?,
        design_id: row.try_get(2)?,
        design_title: row.try_get(3)?,
        payload: row.try_get(4)?,
        created_at: row.try_get(5)?,
        read_at: row.try_get(6)?,
    })
}
