//! Likes: one per person and design, with the design's count kept equal to them.

use std::collections::{HashMap, HashSet};

use async_trait::async_trait;
use cocrea_api::{DesignStatus, StoreCode};

use super::StorageError;

/// A status move that storage makes when a condition holds, as the domain decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    /// The status the design must be in.
    pub from: DesignStatus,
    /// The status it moves to.
    pub to: DesignStatus,
}

/// A like or an unlike to record, with the domain's rules for it.
#[derive(Debug, Clone)]
pub struct LikeWrite {
    /// The design.
    pub design_id: i64,
    /// The person.
    pub user_id: i64,
    /// `true` to like, `false` to take the like back.
    pub liked: bool,
    /// The store whose hanger tag the like came through.
    pub store: Option<StoreCode>,
    /// The statuses in which a (not hidden) design takes likes.
    pub likeable: &'static [DesignStatus],
    /// The move made when a like brings the count up to the design's goal.
    pub on_goal: Transition,
}

/// A design's likes after a like or an unlike.
#[derive(Debug, Clone, PartialEq)]
pub struct LikeChange {
    /// The design.
    pub design_id: i64,
    /// The like count now.
    pub likes: i64,
    /// Whether the person likes it now.
    pub liked: bool,
    /// Whether the count changed (false for a repeated like or unlike).
    pub changed: bool,
    /// The design's status now (a like may move it on, see [`LikeWrite::on_goal`]).
    pub status: DesignStatus,
    /// Whether this like made the design reach its goal.
    pub reached_goal: bool,
    /// The store of the like made or taken back, if it had one.
    pub store: Option<StoreCode>,
    /// That store's like count for the design now.
    pub store_likes: Option<i64>,
}

/// Likes and what they add up to.
#[async_trait]
pub trait LikeStorage {
    /// Records a like or an unlike (repeating either changes nothing) and, when the
    /// count changed, its `likes` fact (and a `status` fact when it reached the goal)
    /// in the same transaction. `None` when the design does not exist, is hidden or
    /// is not in a likeable status.
    async fn set_like(&self, like: LikeWrite) -> Result<Option<LikeChange>, StorageError>;

    /// Each design's likes made in a store.
    async fn store_likes(
        &self,
        store: StoreCode,
        design_ids: Vec<i64>,
    ) -> Result<HashMap<i64, i64>, StorageError>;

    /// Which of these designs the user likes.
    async fn liked_among(
        &self,
        user_id: i64,
        design_ids: Vec<i64>,
    ) -> Result<HashSet<i64>, StorageError>;

    /// Adds likes `(user, liked_at)` to a design (demo data), keeping the count equal.
    async fn add_likes(&self, design_id: i64, likes: Vec<(i64, i64)>) -> Result<(), StorageError>;
}
