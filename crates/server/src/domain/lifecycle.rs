//! How a design moves through its life: likes carry it to its goal; the brand approves,
//! rejects, produces, stocks and archives. Every move goes through
//! [`DesignStatus::can_move_to`].

use cocrea_api::DesignStatus;

use crate::storage::{DesignRow, StatusChange, StatusWrite, Store, Transition};

use super::DomainError;

/// The move a like makes when the count reaches the goal.
pub fn goal_transition() -> Transition {
    let transition = Transition {
        from: DesignStatus::Voting,
        to: DesignStatus::GoalReached,
    };
    debug_assert!(transition.from.can_move_to(transition.to));
    transition
}

/// The statuses from which the brand may move a design to `next`: those the lifecycle
/// allows, except that only likes reach a goal.
pub fn brand_may_move_from(next: DesignStatus) -> Vec<DesignStatus> {
    if next == goal_transition().to {
        return Vec::new();
    }
    DesignStatus::ALL
        .into_iter()
        .filter(|current| current.can_move_to(next))
        .collect()
}

/// A move the brand asks for, with its words.
#[derive(Debug, Clone)]
pub struct BrandMove {
    /// The design.
    pub design_id: i64,
    /// Where it goes.
    pub next: DesignStatus,
    /// A note for the public timeline, or the rejection's reason for the designer.
    pub note: String,
}

/// Moves a design as the brand asked, if its lifecycle allows; returns it as it is now.
pub async fn move_by_brand(store: &Store, request: BrandMove) -> Result<DesignRow, DomainError> {
    let rejected = request.next == DesignStatus::Rejected;
    let change = StatusWrite {
        design_id: request.design_id,
        next: request.next,
        // A rejection's reason is for the designer, not the public timeline.
        public_note: if rejected {
            String::new()
        } else {
            request.note.clone()
        },
        rejection_reason: rejected.then_some(request.note),
        allowed_from: brand_may_move_from(request.next),
    };
    match store.change_status(change).await? {
        None => Err(DomainError::DesignNotFound),
        Some(StatusChange::NotAllowed(current)) => Err(DomainError::NotAllowed {
            current,
            next: request.next,
        }),
        Some(StatusChange::Made) => {
            tracing::info!(
                design_id = request.design_id,
                status = request.next.as_str(),
                "design status changed"
            );
            store
                .design(request.design_id)
                .await?
                .ok_or(DomainError::DesignNotFound)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DesignStatus::*;

    #[test]
    fn only_likes_reach_a_goal() {
        assert!(brand_may_move_from(GoalReached).is_empty());
        assert_eq!(goal_transition().from, Voting);
    }

    #[test]
    fn the_brand_moves_follow_the_lifecycle() {
        assert_eq!(brand_may_move_from(InProduction), [GoalReached]);
        assert_eq!(brand_may_move_from(Rejected), [Pending, Voting]);
        assert_eq!(brand_may_move_from(Archived).len(), 6);
    }
}
