//! Likes: a signed-in person likes a public design once (from a store, when they came
//! through its hanger tag); the like that reaches the goal moves the design on.

use cocrea_api::{LikeState, StoreCode};

use crate::storage::{LikeWrite, Store, UserRow};

use super::lifecycle::goal_transition;
use super::visibility::PUBLIC_STATUSES;
use super::DomainError;

/// Likes (`liked = true`) or takes back a like; repeating either changes nothing.
pub async fn set_like(
    store: &Store,
    user: &UserRow,
    design_id: i64,
    liked: bool,
    from_store: Option<StoreCode>,
) -> Result<LikeState, DomainError> {
    let like = LikeWrite {
        design_id,
        user_id: user.id,
        liked,
        // Taking a like back needs no store: the like's own is told.
        store: from_store.filter(|_| liked),
        likeable: PUBLIC_STATUSES.as_slice(),
        on_goal: goal_transition(),
    };
    let change = store
        .set_like(like)
        .await?
        .ok_or(DomainError::DesignNotFound)?;
    if change.reached_goal {
        tracing::info!(design_id, likes = change.likes, "design reached its goal");
    }
    Ok(LikeState {
        likes: change.likes,
        liked: change.liked,
    })
}
