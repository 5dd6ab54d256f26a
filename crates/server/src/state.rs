//! What every handler shares.

use std::sync::Arc;

use crate::images::ImageStore;
use crate::storage::Store;

/// Shared by every request: cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub store: Store,
    /// The stored images.
    pub images: Arc<ImageStore>,
    /// Likes a new design needs to reach its goal.
    pub like_goal: i64,
}
