//! Images on SQLite's side: content-addressed files beside the database.

use std::sync::Arc;

use async_trait::async_trait;

use super::SqliteStore;
use crate::images::{ImageStore, ProcessedImage};
use crate::storage::{ImageStorage, StorageError};

impl SqliteStore {
    /// Runs a file operation off the async workers.
    async fn with_files<T, F>(&self, operation: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&ImageStore) -> std::io::Result<T> + Send + 'static,
    {
        let images = Arc::clone(&self.images);
        Ok(tokio::task::spawn_blocking(move || operation(&images)).await??)
    }
}

#[async_trait]
impl ImageStorage for SqliteStore {
    async fn save_image(&self, image: ProcessedImage) -> Result<(), StorageError> {
        self.with_files(move |files| files.save(&image)).await
    }

    async fn image(&self, file_name: String) -> Result<Option<Vec<u8>>, StorageError> {
        self.with_files(move |files| match files.path_of(&file_name) {
            None => Ok(None),
            Some(path) => match std::fs::read(path) {
                Ok(bytes) => Ok(Some(bytes)),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(error) => Err(error),
            },
        })
        .await
    }

    async fn remove_image(&self, hash: String) -> Result<(), StorageError> {
        self.with_files(move |files| files.remove(&hash)).await
    }

    async fn count_image_files(&self) -> Result<i64, StorageError> {
        self.with_files(ImageStore::count_files).await
    }
}
