//! After the goal: who may say "notify me when it's in store" or "I'd buy it" in
//! a size, and which sizes a design takes.

use cocrea_api::intents::{sizes_for, takes_intents};

use crate::storage::{DesignRow, Store, UserRow};

use super::visibility::may_see;
use super::DomainError;

/// Records (or changes) `account`'s intent for a design: only once it reached its goal
/// and until it is in store, and only in one of its category's sizes.
pub async fn record_intent(
    store: &Store,
    account: &UserRow,
    design_id: i64,
    size: Option<String>,
) -> Result<DesignRow, DomainError> {
    let design = visible_design(store, account, design_id).await?;
    if !takes_intents(design.status) {
        return Err(DomainError::IntentsClosed(design.status));
    }
    if let Some(size) = &size {
        if !sizes_for(design.category).contains(&size.as_str()) {
            return Err(DomainError::UnknownSize {
                sizes: sizes_for(design.category).join(", "),
            });
        }
    }
    store.put_intent(design.id, account.id, size).await?;
    Ok(design)
}

/// The design if `account` may see it.
pub async fn visible_design(
    store: &Store,
    account: &UserRow,
    design_id: i64,
) -> Result<DesignRow, DomainError> {
    store
        .design(design_id)
        .await?
        .filter(|design| may_see(Some(account), design))
        .ok_or(DomainError::DesignNotFound)
}
