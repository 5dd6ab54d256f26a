//! Moderation and the production lifecycle: status changes with their public
//! timeline, hiding, reports and comments.

use async_trait::async_trait;
use cocrea_api::admin::ReportReason;
use cocrea_api::DesignStatus;

use super::{DesignRow, StorageError};

/// One step of a design's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct StepRow {
    /// The status entered.
    pub status: DesignStatus,
    /// The public note.
    pub note: String,
    /// When, unix milliseconds.
    pub created_at: i64,
}

/// A comment with its author.
#[derive(Debug, Clone, PartialEq)]
pub struct CommentRow {
    /// The comment's id.
    pub id: i64,
    /// The design it is on.
    pub design_id: i64,
    /// Its text, as typed.
    pub body: String,
    /// The author's id.
    pub user_id: i64,
    /// The author's display name.
    pub user_name: String,
    /// When, unix milliseconds.
    pub created_at: i64,
    /// The comment this one answers, when it is a reply.
    pub reply_to: Option<i64>,
}

/// A design with open reports.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportedRow {
    /// The design.
    pub design: DesignRow,
    /// How many open reports.
    pub reports: i64,
    /// The reasons, most frequent first.
    pub reasons: Vec<ReportReason>,
}

/// A status change to record, with the statuses the domain allows it from.
#[derive(Debug, Clone)]
pub struct StatusWrite {
    /// The design.
    pub design_id: i64,
    /// The status it enters.
    pub next: DesignStatus,
    /// The note on the public timeline (empty for none).
    pub public_note: String,
    /// Why it was rejected, for the designer: `Some` with a rejection; any other move
    /// stores `None`, clearing an earlier rejection's reason.
    pub rejection_reason: Option<String>,
    /// The statuses the design may be in for the change to be made.
    pub allowed_from: Vec<DesignStatus>,
}

/// What became of a status change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StatusChange {
    /// Made.
    Made,
    /// The design is not in a status it may move from.
    NotAllowed(DesignStatus),
}

/// The lifecycle, hiding, reports and comments.
#[async_trait]
pub trait ModerationStorage {
    /// Moves a design to `change.next` if it is in one of `change.allowed_from`,
    /// recording the timeline step and the `status` fact in the same transaction.
    /// `None` when there is no such design; [`StorageError::Corrupt`] when its stored
    /// status is not one this server writes.
    async fn change_status(
        &self,
        change: StatusWrite,
    ) -> Result<Option<StatusChange>, StorageError>;

    /// Hides or shows a design (hiding settles its reports); false when there is no such design.
    async fn set_hidden(&self, design_id: i64, hidden: bool) -> Result<bool, StorageError>;

    /// The public timeline of a design, oldest first.
    async fn timeline(&self, design_id: i64) -> Result<Vec<StepRow>, StorageError>;

    /// Reports a design (once per person: a second report replaces the first).
    async fn report(
        &self,
        design_id: i64,
        user_id: i64,
        reason: ReportReason,
    ) -> Result<(), StorageError>;

    /// Designs with open reports, most reported first (at most 200).
    async fn reported_designs(&self) -> Result<Vec<ReportedRow>, StorageError>;

    /// Closes a design's open reports without hiding it; false when it had none.
    async fn dismiss_reports(&self, design_id: i64) -> Result<bool, StorageError>;

    /// A design's comments, oldest first (deleted ones left out).
    async fn comments(&self, design_id: i64) -> Result<Vec<CommentRow>, StorageError>;

    /// One comment, unless there is no such comment or it was deleted.
    async fn comment(&self, comment_id: i64) -> Result<Option<CommentRow>, StorageError>;

    /// Adds a comment (a reply when `reply_to` names the comment it answers) and its
    /// `comment` fact; returns it as stored.
    async fn add_comment(
        &self,
        design_id: i64,
        user_id: i64,
        body: String,
        reply_to: Option<i64>,
    ) -> Result<CommentRow, StorageError>;

    /// Deletes a comment and the replies under it, with a `comment_deleted` fact;
    /// false when there is no such (visible) comment.
    async fn delete_comment(&self, comment_id: i64) -> Result<bool, StorageError>;
}
