//! Images on PostgreSQL: content-addressed rows in the database, so that several
//! servers share nothing but it.

use async_trait::async_trait;

use super::PgStore;
use crate::images::{full_file_name, is_stored_file_name, thumb_file_name, ProcessedImage};
use crate::storage::{ImageStorage, StorageError};

/// Refuses a hash the store never writes (as the file store does).
fn checked_hash(hash: &str) -> Result<(), StorageError> {
    if is_stored_file_name(&full_file_name(hash)) {
        Ok(())
    } else {
        Err(StorageError::Images(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{hash:?} is not a lowercase hex SHA-256"),
        )))
    }
}

#[async_trait]
impl ImageStorage for PgStore {
    async fn save_image(&self, image: ProcessedImage) -> Result<(), StorageError> {
        checked_hash(&image.hash)?;
        let mut client = self.client().await?;
        let transaction = client.transaction().await?;
        let statement = transaction
            .prepare_cached(
                "INSERT INTO images (name, bytes) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
            )
            .await?;
        // The thumbnail first, as the file store does.
        transaction
            .execute(&statement, &[&thumb_file_name(&image.hash), &image.thumb])
            .await?;
        transaction
            .execute(&statement, &[&full_file_name(&image.hash), &image.full])
            .await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn image(&self, file_name: String) -> Result<Option<Vec<u8>>, StorageError> {
        if !is_stored_file_name(&file_name) {
            return Ok(None);
        }
        let client = self.client().await?;
        let statement = client
            .prepare_cached("SELECT bytes FROM images WHERE name = $1")
            .await?;
        client
            .query_opt(&statement, &[&file_name])
            .await?
            .map(|row| row.try_get(0))
            .transpose()
            .map_err(StorageError::from)
    }

    async fn remove_image(&self, hash: String) -> Result<(), StorageError> {
        checked_hash(&hash)?;
        let client = self.client().await?;
        client
            .execute(
                "DELETE FROM images WHERE name IN ($1, $2)",
                &[&full_file_name(&hash), &thumb_file_name(&hash)],
            )
            .await?;
        Ok(())
    }

    async fn count_image_files(&self) -> Result<i64, StorageError> {
        let client = self.client().await?;
        Ok(client
            .query_one("SELECT COUNT(*) FROM images", &[])
            .await?
            .try_get(0)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_db;
    use crate::images::ProcessedImage;
    use crate::storage::ImageStorage;

    #[tokio::test]
    async fn images_are_stored_once_read_back_and_removed() {
        let db = test_db::fresh().await;
        let store = &db.store;
        let hash = "ab".repeat(32);
        let image = ProcessedImage {
            hash: hash.clone(),
            full: vec![1, 2, 3],
            thumb: vec![4],
            width: 3,
            height: 1,
        };
        store.save_image(image.clone()).await.unwrap();
        store.save_image(image).await.unwrap();
        assert_eq!(store.count_image_files().await.unwrap(), 2);
        assert_eq!(
            store.image(format!("{hash}.jpg")).await.unwrap(),
            Some(vec![1, 2, 3])
        );
        assert_eq!(
            store.image(format!("{hash}-thumb.jpg")).await.unwrap(),
            Some(vec![4])
        );
        assert_eq!(store.image("../etc/passwd".into()).await.unwrap(), None);
        assert_eq!(
            store
                .image(format!("{}.jpg", "cd".repeat(32)))
                .await
                .unwrap(),
            None
        );
        assert!(store.remove_image("nope".into()).await.is_err());
        store.remove_image(hash.clone()).await.unwrap();
        assert_eq!(store.count_image_files().await.unwrap(), 0);
        db.drop_database().await;
    }
}
