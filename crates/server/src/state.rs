//! What every handler shares.

use std::sync::Arc;

use tokio::sync::Semaphore;

use crate::auth::limits::KeyedLimit;
use crate::events::Events;
use crate::storage::Store;

/// Shared by every request: cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// The database (and the stored images).
    pub store: Store,
    /// Likes a new design needs to reach its goal.
    pub like_goal: i64,
    /// Bounds how many uploads are decoded at once (each may use up to 256 MB).
    pub image_work: Arc<Semaphore>,
    /// Whether rate limits apply.
    pub rate_limits: bool,
    /// Sign-in attempts per account (email).
    pub login_limit: KeyedLimit,
    /// Whether new designs wait for approval.
    pub moderation: bool,
    /// Live events for open streams.
    pub events: Events,
    /// The fewest pixels an uploaded image may have on its short side (0: any).
    pub min_image_side: u32,
    /// What store screens and hanger tags may show, and the public address.
    pub displays: crate::displays::DisplaySettings,
    /// Sessions the like route saw a moment ago.
    pub recent_sessions: crate::auth::session_cache::SessionCache,
}
