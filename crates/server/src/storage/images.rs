//! Stored images, named by content hash: on SQLite files beside the database, on
//! PostgreSQL rows in it (so several servers share nothing but the database).

use async_trait::async_trait;

use crate::images::ProcessedImage;

use super::StorageError;

/// Content-addressed JPEGs: `{hash}.jpg` and `{hash}-thumb.jpg`.
#[async_trait]
pub trait ImageStorage {
    /// Stores both files of `image` (the thumbnail first); files already there are kept.
    /// When this returns, both are durable.
    async fn save_image(&self, image: ProcessedImage) -> Result<(), StorageError>;

    /// The bytes of a stored file; `None` for a name the store never writes or does not have.
    async fn image(&self, file_name: String) -> Result<Option<Vec<u8>>, StorageError>;

    /// Deletes both files of the image with this hash; missing ones are fine.
    async fn remove_image(&self, hash: String) -> Result<(), StorageError>;

    /// How many files are stored (a full image and a thumbnail are two).
    async fn count_image_files(&self) -> Result<i64, StorageError>;
}
