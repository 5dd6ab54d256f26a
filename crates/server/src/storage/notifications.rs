//! Notifications: per account, made from the outbox's facts exactly once.
//!
//! The maker (`crate::notifications`) claims facts not yet made into notifications
//! (on any server), asks the domain who hears of each, and records the notifications
//! and marks the fact done in one transaction; each notification also appends a
//! `notification` fact, which the live stream tells only to its account. Rows are
//! kept in id order with a `read_at`, so an e-mail or web-push sender can read the
//! same records later from its own cursor (`notification_cursors`).

use async_trait::async_trait;
use cocrea_api::NotificationKind;

use super::{OutboxRow, StorageError};

/// A notification to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNotification {
    /// Who it is for.
    pub account_id: i64,
    /// What it tells.
    pub kind: NotificationKind,
    /// The design it is about.
    pub design_id: i64,
    /// Its details as JSON (reason, author, store).
    pub payload: String,
}

/// A notification as stored, with its design's title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationRow {
    /// Its id (ascending, never reused).
    pub id: i64,
    /// What it tells (a `NotificationKind` identifier).
    pub kind: String,
    /// The design it is about.
    pub design_id: i64,
    /// That design's title.
    pub design_title: String,
    /// Its details as JSON.
    pub payload: String,
    /// When it was made, unix milliseconds.
    pub created_at: i64,
    /// When it was read, if it was.
    pub read_at: Option<i64>,
}

/// Someone who liked a design, and the store they liked it in (none: online).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Liker {
    /// The account.
    pub account_id: i64,
    /// The hanger tag's store, if the like came through one.
    pub store: Option<String>,
}

/// Notifications and what deciding their recipients needs to read.
#[async_trait]
pub trait NotificationStorage {
    /// Claims up to `limit` outbox facts that no server has made notifications of
    /// yet, oldest first: each is put off until `lease_until`, so another server
    /// leaves it alone meanwhile (and takes it over if this one dies first).
    async fn claim_notification_facts(
        &self,
        now: i64,
        lease_until: i64,
        limit: u32,
    ) -> Result<Vec<OutboxRow>, StorageError>;

    /// Records the notifications made of fact `seq` and marks it done, in one
    /// transaction; a fact done already records nothing. Each new notification
    /// appends a `notification` fact with its account's unread count. Returns how
    /// many were recorded.
    async fn record_notifications(
        &self,
        seq: i64,
        notifications: Vec<NewNotification>,
    ) -> Result<usize, StorageError>;

    /// An account's newest `limit` notifications, newest first: in the order of the
    /// facts they tell of (`source_seq`), not of their making, since a fact whose
    /// outbox row was briefly locked (by the webhook queue) can be made after a later one.
    async fn notifications(
        &self,
        account_id: i64,
        limit: u32,
    ) -> Result<Vec<NotificationRow>, StorageError>;

    /// How many of an account's notifications are unread.
    async fn unread_notifications(&self, account_id: i64) -> Result<i64, StorageError>;

    /// Marks one of the account's notifications read (at `now`, if it was not);
    /// `false` when the account has no notification with this id.
    async fn mark_notification_read(
        &self,
        account_id: i64,
        id: i64,
        now: i64,
    ) -> Result<bool, StorageError>;

    /// Marks all of an account's notifications read; returns how many were unread.
    async fn mark_all_notifications_read(
        &self,
        account_id: i64,
        now: i64,
    ) -> Result<u64, StorageError>;

    /// Everyone who likes a design, with the store each liked it in.
    async fn design_likers(&self, design_id: i64) -> Result<Vec<Liker>, StorageError>;

    /// A comment's author: account id and name (deleted comments too).
    async fn comment_author(&self, comment_id: i64) -> Result<Option<(i64, String)>, StorageError>;
}
