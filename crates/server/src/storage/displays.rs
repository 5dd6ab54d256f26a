//! What the shop's public displays (store screens and hanger tags) may show: only
//! designs that an admin approved or that passed a like threshold, so that a fresh
//! unmoderated upload never reaches a screen on the shop floor.
//!
//! A design is fit for a display when it is public and not hidden, and either liked
//! `min_likes` times, past voting (its goal reached or moved on by the brand), or
//! approved by an admin (it waited in `pending`, then left it).

use async_trait::async_trait;
use cocrea_api::SortOrder;

use super::{DesignRow, StorageError};

/// Reading designs for the shop's displays.
#[async_trait]
pub trait DisplayStorage {
    /// Up to `limit` designs fit for a display, in `sort`'s order as screens rank them:
    /// `top` (and `new`) put designs still voting before those past their goal;
    /// `trending` leaves out designs with fewer than `min_likes` likes (and at least one);
    /// `near_goal` keeps designs still voting.
    async fn display_designs(
        &self,
        sort: SortOrder,
        limit: u32,
        min_likes: i64,
    ) -> Result<Vec<DesignRow>, StorageError>;

    /// Whether the design may be shown on a display (`None`: no such design).
    async fn design_on_display(
        &self,
        id: i64,
        min_likes: i64,
    ) -> Result<Option<bool>, StorageError>;
}
