//! Intents on PostgreSQL.

use async_trait::async_trait;

use super::PgStore;
use crate::storage::{now_millis, IntentCountRow, IntentStorage, StorageError};

#[async_trait]
impl IntentStorage for PgStore {
    async fn put_intent(
        &self,
        design_id: i64,
        account_id: i64,
        size: Option<String>,
    ) -> Result<(), StorageError> {
        let client = self.client().await?;
        client
            .execute(
                "INSERT INTO intents (design_id, account_id, size, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $4) \
                 ON CONFLICT (design_id, account_id) \
                 DO UPDATE SET size = excluded.size, updated_at = excluded.updated_at",
                &[&design_id, &account_id, &size, &now_millis()],
            )
            .await?;
        Ok(())
    }

    async fn delete_intent(&self, design_id: i64, account_id: i64) -> Result<bool, StorageError> {
        let client = self.client().await?;
        Ok(client
            .execute(
                "DELETE FROM intents WHERE design_id = $1 AND account_id = $2",
                &[&design_id, &account_id],
            )
            .await?
            > 0)
    }

    async fn intent(
        &self,
        design_id: i64,
        account_id: i64,
    ) -> Result<Option<Option<String>>, StorageError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT size FROM intents WHERE design_id = $1 AND account_id = $2",
                &[&design_id, &account_id],
            )
            .await?;
        row.map(|row| row.try_get(0).map_err(StorageError::from))
            .transpose()
    }

    async fn intent_accounts(&self, design_id: i64) -> Result<Vec<i64>, StorageError> {
        let client = self.client().await?;
        client
            .query(
                "SELECT account_id FROM intents WHERE design_id = $1 ORDER BY account_id",
                &[&design_id],
            )
            .await?
            .iter()
            .map(|row| row.try_get(0).map_err(StorageError::from))
            .collect()
    }

    async fn intent_counts(&self) -> Result<Vec<IntentCountRow>, StorageError> {
        let client = self.client().await?;
        client
            .query(
                "SELECT i.design_id, d.title, i.size, COUNT(*) AS n \
                 FROM intents i JOIN designs d ON d.id = i.design_id \
                 GROUP BY i.design_id, d.title, i.size \
                 ORDER BY n DESC, i.design_id, COALESCE(i.size, '')",
                &[],
            )
            .await?
            .iter()
            .map(|row| {
                Ok(IntentCountRow {
                    design_id: row.try_get(0)?,
                    title: row.try_get(1)?,
                    size: row.try_get(2)?,
                    count: row.try_get(3)?,
                })
            })
            .collect()
    }
}
