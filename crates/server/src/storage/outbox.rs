//! The outbox: every fact that others must hear of (a like count, a status change,
//! a comment), written as a numbered row in the same transaction as the change.
//!
//! One dispatcher per server (`crate::dispatcher`) reads the rows in order and feeds
//! the live event streams; webhooks are queued from the `status` rows
//! (`crate::webhooks`). Sequence numbers are the `id:` of the live events, so a
//! client that reconnects with `Last-Event-ID` resumes from the table, across
//! restarts and servers.

use async_trait::async_trait;
use cocrea_api::{CommentDeletedEvent, CommentEvent, LikesEvent, NotificationEvent, StatusEvent};

use super::StorageError;

/// The `kind` of a `likes` fact.
pub const LIKES: &str = "likes";
/// The `kind` of a `status` fact.
pub const STATUS: &str = "status";
/// The `kind` of a `comment` fact.
pub const COMMENT: &str = "comment";
/// The `kind` of a `comment_deleted` fact.
pub const COMMENT_DELETED: &str = "comment_deleted";
/// The `kind` of a `notification` fact (told only to the account it is for).
pub const NOTIFICATION: &str = "notification";

/// A fact to write to the outbox.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    /// A design's like count changed.
    Likes(LikesEvent),
    /// A design entered a status.
    Status(StatusEvent),
    /// A comment was added to a design.
    Comment(CommentEvent),
    /// A comment (and its replies) was deleted.
    CommentDeleted(CommentDeletedEvent),
    /// An account got a notification.
    Notification(NotificationEvent),
}

impl Fact {
    /// The row's `kind` (also the live event's name).
    pub fn kind(&self) -> &'static str {
        match self {
            Fact::Likes(_) => LIKES,
            Fact::Status(_) => STATUS,
            Fact::Comment(_) => COMMENT,
            Fact::CommentDeleted(_) => COMMENT_DELETED,
            Fact::Notification(_) => NOTIFICATION,
        }
    }

    /// The row's JSON payload (also the live event's data).
    pub fn payload(&self) -> String {
        let json = match self {
            Fact::Likes(event) => serde_json::to_string(event),
            Fact::Status(event) => serde_json::to_string(event),
            Fact::Comment(event) => serde_json::to_string(event),
            Fact::CommentDeleted(event) => serde_json::to_string(event),
            Fact::Notification(event) => serde_json::to_string(event),
        };
        // Plain structs of numbers and strings always serialize.
        json.unwrap_or_else(|_| "{}".to_owned())
    }

    /// Whether webhooks are told of this fact.
    pub fn is_for_webhooks(&self) -> bool {
        matches!(self, Fact::Status(_))
    }

    /// Whether notifications are made from this fact (see `crate::notifications`).
    pub fn is_for_notifications(&self) -> bool {
        matches!(self, Fact::Status(_) | Fact::Comment(_))
    }
}

/// A fact as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    /// Its place in the order of facts (ascending, never reused).
    pub seq: i64,
    /// `likes`, `status`, `comment`, `comment_deleted` or `notification`.
    pub kind: String,
    /// The JSON payload.
    pub payload: String,
    /// When it was written, unix milliseconds.
    pub created_at: i64,
}

/// Reading the outbox.
#[async_trait]
pub trait OutboxStorage {
    /// Up to `limit` facts after `seq`, in order.
    async fn outbox_after(&self, seq: i64, limit: u32) -> Result<Vec<OutboxRow>, StorageError>;

    /// The newest fact's number (0 when there is none).
    async fn outbox_head(&self) -> Result<i64, StorageError>;

    /// Forgets facts written before `before` (unix milliseconds) that webhooks and
    /// notifications no longer need; returns how many.
    async fn prune_outbox(&self, before: i64) -> Result<u64, StorageError>;
}
