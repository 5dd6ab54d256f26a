//! Intents on SQLite.

use async_trait::async_trait;
use rusqlite::{params, OptionalExtension};

use super::SqliteStore;
use crate::storage::{now_millis, IntentCountRow, IntentStorage, StorageError};

#[async_trait]
impl IntentStorage for SqliteStore {
    async fn put_intent(
        &self,
        design_id: i64,
        account_id: i64,
        size: Option<String>,
    ) -> Result<(), StorageError> {
        self.write(move |connection| {
            connection
                .prepare_cached(
                    "INSERT INTO intents (design_id, account_id, size, created_at, updated_at) \
                     VALUES (?1, ?2, ?3, ?4, ?4) \
                     ON CONFLICT (design_id, account_id) \
                     DO UPDATE SET size = excluded.size, updated_at = excluded.updated_at",
                )?
                .execute(params![design_id, account_id, size, now_millis()])?;
            Ok(())
        })
        .await
    }

    async fn delete_intent(&self, design_id: i64, account_id: i64) -> Result<bool, StorageError> {
        self.write(move |connection| {
            Ok(connection
                .prepare_cached("DELETE FROM intents WHERE design_id = ?1 AND account_id = ?2")?
                .execute([design_id, account_id])?
                > 0)
        })
        .await
    }

    async fn intent(
        &self,
        design_id: i64,
        account_id: i64,
    ) -> Result<Option<Option<String>>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(
                    "SELECT size FROM intents WHERE design_id = ?1 AND account_id = ?2",
                )?
                .query_row([design_id, account_id], |row| row.get(0))
                .optional()
        })
        .await
    }

    async fn intent_accounts(&self, design_id: i64) -> Result<Vec<i64>, StorageError> {
        self.read(move |connection| {
            connection
                .prepare_cached(
                    "SELECT account_id FROM intents WHERE design_id = ?1 ORDER BY account_id",
                )?
                .query_map([design_id], |row| row.get(0))?
                .collect()
        })
        .await
    }

    async fn intent_counts(&self) -> Result<Vec<IntentCountRow>, StorageError> {
        self.read(|connection| {
            connection
                .prepare_cached(
                    "SELECT i.design_id, d.title, i.size, COUNT(*) AS n \
                     FROM intents i JOIN designs d ON d.id = i.design_id \
                     GROUP BY i.design_id, d.title, i.size \
                     ORDER BY n DESC, i.design_id, COALESCE(i.size, '')",
                )?
                .query_map([], |row| {
                    Ok(IntentCountRow {
                        design_id: row.get(0)?,
                        title: row.get(1)?,
                        size: row.get(2)?,
                        count: row.get(3)?,
                    })
                })?
                .collect()
        })
        .await
    }
}
