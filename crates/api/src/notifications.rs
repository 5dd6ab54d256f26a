//! Notifications: what an account hears of inside cocrea (the bell in the header).
//!
//! The server makes them from the outbox's facts; each is stored once per account,
//! listed newest first, and marked read one by one or all at once.

use serde::{Deserialize, Serialize};

/// What a notification tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// The brand approved my design: it is open for likes.
    Approved,
    /// The brand rejected my design (`reason` says why).
    Rejected,
    /// Someone commented on (or replied under) my design.
    Comment,
    /// My design reached its like goal.
    GoalReached,
    /// A design I liked went into production.
    LikedInProduction,
    /// A design I liked reached the stores (`store`: the one I liked it in, if any).
    LikedInStore,
    /// A design I asked to hear of (or would buy) arrived in store.
    WantedInStore,
}

impl NotificationKind {
    /// Every kind.
    pub const ALL: [NotificationKind; 7] = [
        NotificationKind::Approved,
        NotificationKind::Rejected,
        NotificationKind::Comment,
        NotificationKind::GoalReached,
        NotificationKind::LikedInProduction,
        NotificationKind::LikedInStore,
        NotificationKind::WantedInStore,
    ];

    /// The identifier used in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::Approved => "approved",
            NotificationKind::Rejected => "rejected",
            NotificationKind::Comment => "comment",
            NotificationKind::GoalReached => "goal_reached",
            NotificationKind::LikedInProduction => "liked_in_production",
            NotificationKind::LikedInStore => "liked_in_store",
            NotificationKind::WantedInStore => "wanted_in_store",
        }
    }

    /// The kind with this identifier, if there is one.
    pub fn parse(text: &str) -> Option<NotificationKind> {
        NotificationKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

/// One notification as `GET /api/notifications` lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    /// The notification's id.
    pub id: i64,
    /// What it tells.
    pub kind: NotificationKind,
    /// The design it is about.
    pub design_id: i64,
    /// That design's title.
    pub design_title: String,
    /// A rejection's reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Who commented (for `comment`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The store the design was liked in (for `liked_in_store`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<String>,
    /// When it happened, RFC 3339 in UTC.
    pub created_at: String,
    /// Whether it has been read.
    pub read: bool,
}

/// `GET /api/notifications`: the newest notifications and how many are unread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationList {
    /// Newest first.
    pub items: Vec<Notification>,
    /// Unread notifications in all (not only those listed).
    pub unread: i64,
}

/// `GET /api/notifications/unread` and the answer of the mark-read calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnreadCount {
    /// Unread notifications.
    pub unread: i64,
}

/// The `notification` live event, sent only to the streams of the account it is for:
/// a notification arrived and this many are unread now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationEvent {
    /// The account it is for.
    pub account_id: i64,
    /// Its unread notifications now.
    pub unread: i64,
}
