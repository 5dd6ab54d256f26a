//! The rules of cocrea, in one place: who may see what of a design, what a like does,
//! and how a design moves through its life.
//!
//! Routes parse requests into typed values and call the domain; the domain decides and
//! hands storage a command that carries its rules ([`crate::storage::LikeWrite`],
//! [`crate::storage::StatusWrite`]); storage records the change and its facts in one
//! transaction and decides nothing. The domain never reaches up into routes, events or
//! webhooks: what others must hear of leaves through the outbox.

pub mod comments;
pub mod designers;
pub mod intents;
pub mod lifecycle;
pub mod likes;
pub mod notifications;
pub mod visibility;

use cocrea_api::DesignStatus;

use crate::storage::StorageError;

/// Why the domain refused something.
#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    /// No such design, or none this viewer may see.
    #[error("this design does not exist (or no longer does)")]
    DesignNotFound,
    /// The design's lifecycle does not allow this move.
    #[error("a design that is {current:?} cannot become {next:?}")]
    NotAllowed {
        /// Where the design is.
        current: DesignStatus,
        /// Where it was asked to go.
        next: DesignStatus,
    },
    /// The design takes no "notify me" or "I'd buy it" in this status.
    #[error("a design that is {0:?} takes no intents")]
    IntentsClosed(DesignStatus),
    /// The size is not one the design's category is made in.
    #[error("not one of the sizes {sizes}")]
    UnknownSize {
        /// The sizes it is made in, as a list for people.
        sizes: String,
    },
    /// Storage failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}
