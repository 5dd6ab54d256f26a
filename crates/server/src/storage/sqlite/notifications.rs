//! Notifications on SQLite: made from claimed outbox facts, listed and marked read.

use async_trait::async_trait;
use cocrea_api::NotificationEvent;
use rusqlite::{params, OptionalExtension, Row};

use super::outbox::{append_fact, outbox_row};
use super::SqliteStore;
use crate::storage::{
    now_millis, Fact, Liker, NewNotification, NotificationRow, NotificationStorage, OutboxRow,
    StorageError,
};

#[async_trait]
impl NotificationStorage for SqliteStore {
    async fn claim_notification_facts(
        &self,
        now: i64,
        lease_until: i64,
        limit: u32,
    ) -> Result<Vec<OutboxRow>, StorageError> {
        self.write(move |connection| {
            connection
                .prepare_cached(
                    "UPDATE outbox SET notifications_lease_until = ?2 WHERE seq IN ( \
                         SELECT seq FROM outbox WHERE notifications_pending = 1 \
                         AND notifications_lease_until <= ?1 ORDER BY seq LIMIT ?3) \
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

    #[tracing::instrument(skip(self, notifications), level = "debug")]
    async fn record_notifications(
        &self,
        seq: i64,
        notifications: Vec<NewNotification>,
    ) -> Result<usize, StorageError> {
        self.write(move |connection| {
            let marked = connection
                .prepare_cached(
                    "UPDATE outbox SET notifications_pending = 0 \
                     WHERE seq = ?1 AND notifications_pending = 1",
                )?
                .execute([seq])?;
            if marked == 0 {
                return Ok(0); // made already (or forgotten): nothing more to record
            }
            let now = now_millis();
            let mut recorded = 0;
            for notification in notifications {
                let inserted = connection
                    .prepare_cached(
                        "INSERT INTO notifications \
                         (account_id, kind, design_id, payload, source_seq, created_at) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
                         ON CONFLICT (source_seq, account_id) DO NOTHING",
                    )?
                    .execute(params![
                        notification.account_id,
                        notification.kind.as_str(),
                        notification.design_id,
                        notification.payload,
                        seq,
                        now
                    ])?;
                if inserted == 0 {
                    continue;
                }
                recorded += 1;
                let unread = unread(connection, notification.account_id)?;
                append_fact(
                    connection,
                    &Fact::Notification(NotificationEvent {
                        account_id: notification.account_id,
                        unread,
                    }),
                    now,
                )?;
            }
            Ok(recorded)
        })
        .await
    }

    async fn notifications(
        &self,
        account_id: i64,
        limit: u32,
    ) -> Result<Vec<NotificationRow>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(
                    "SELECT n.id, n.kind, n.design_id, d.title, n.payload, n.created_at, \
                            n.read_at \
                     FROM notifications n JOIN designs d ON d.id = n.design_id \
                     WHERE n.account_id = ?1 ORDER BY n.source_seq DESC LIMIT ?2",
                )?
                .query_map(params![account_id, limit], notification_row)?
                .collect()
        })
        .await
    }

    async fn unread_notifications(&self, account_id: i64) -> Result<i64, StorageError> {
        self.read(move |connection| unread(connection, account_id))
            .await
    }

    async fn mark_notification_read(
        &self,
        account_id: i64,
        id: i64,
        now: i64,
    ) -> Result<bool, StorageError> {
        self.write(move |connection| {
            let found = connection
                .prepare_cached(
                    "UPDATE notifications SET read_at = COALESCE(read_at, ?3) \
                     WHERE id = ?1 AND account_id = ?2",
                )?
                .execute(params![id, account_id, now])?;
            Ok(found > 0)
        })
        .await
    }

    async fn mark_all_notifications_read(
        &self,
        account_id: i64,
        now: i64,
    ) -> Result<u64, StorageError> {
        self.write(move |connection| {
            let marked = connection
                .prepare_cached(
                    "UPDATE notifications SET read_at = ?2 \
                     WHERE account_id = ?1 AND read_at IS NULL",
                )?
                .execute(params![account_id, now])?;
            Ok(marked as u64)
        })
        .await
    }

    async fn design_likers(&self, design_id: i64) -> Result<Vec<Liker>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(
                    "SELECT user_id, store FROM likes WHERE design_id = ?1 ORDER BY user_id",
                )?
                .query_map([design_id], |row| {
                    Ok(Liker {
                        account_id: row.get(0)?,
                        store: row.get(1)?,
                    })
                })?
                .collect()
        })
        .await
    }

    async fn comment_author(&self, comment_id: i64) -> Result<Option<(i64, String)>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(
                    "SELECT u.id, u.name FROM comments c JOIN users u ON u.id = c.user_id \
                     WHERE c.id = ?1",
                )?
                .query_row([comment_id], |row| Ok((row.get(0)?, row.get(1)?)))
                .optional()
        })
        .await
    }
}

fn unread(connection: &rusqlite::Connection, account_id: i64) -> rusqlite::Result<i64> {
    connection
        .prepare_cached(
            "SELECT COUNT(*) FROM notifications WHERE account_id = ?1 AND read_at IS NULL",
        )?
        .query_row([account_id], |row| row.get(0))
}

fn notification_row(row: &Row<'_>) -> rusqlite::Result<NotificationRow> {
    Ok(NotificationRow {
        id: row.get(0)?,
        kind: row.get(1)?,
        design_id: row.get(2)?,
        design_title: row.get(3)?,
        payload: row.get(4)?,
        created_at: row.get(5)?,
        read_at: row.get(6)?,
    })
}
