//! What shoppers say about a design: comments, and reports that something is wrong
//! with it (which the brand reviews in its reports queue, see [`crate::admin`]).

use serde::{Deserialize, Serialize};

use crate::DesignerRef;

/// Longest comment, in characters.
pub const COMMENT_MAX: usize = 1000;

/// A comment on a design. The body is plain text, exactly as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Comment {
    /// The comment's id.
    pub id: i64,
    /// The text, as typed (render it as text, never as markup).
    pub body: String,
    /// Who wrote it.
    pub author: DesignerRef,
    /// Whether the author is the design's designer (a reply from them).
    pub by_designer: bool,
    /// When, RFC 3339 in UTC.
    pub created_at: String,
    /// The comment this one answers (the designer's reply to it); none for a comment
    /// of its own. Replies go one level deep.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<i64>,
}

/// `POST /api/designs/{id}/comments`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewComment {
    /// Plain text, 1 to 1000 characters.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::comment_body))]
    pub body: String,
    /// The comment to answer: only the design's designer may reply, and only to a
    /// comment that is not itself a reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<i64>,
}

/// Why someone reports a design.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportReason {
    /// Offensive or hateful.
    Offensive,
    /// Copies someone else's work.
    Copyright,
    /// Spam or advertising.
    Spam,
    /// Not a garment design.
    OffTopic,
    /// Anything else.
    Other,
}

impl ReportReason {
    /// Every reason, in the order the app lists them.
    pub const ALL: [ReportReason; 5] = [
        ReportReason::Offensive,
        ReportReason::Copyright,
        ReportReason::Spam,
        ReportReason::OffTopic,
        ReportReason::Other,
    ];

    /// The identifier used in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportReason::Offensive => "offensive",
            ReportReason::Copyright => "copyright",
            ReportReason::Spam => "spam",
            ReportReason::OffTopic => "off_topic",
            ReportReason::Other => "other",
        }
    }

    /// The reason with this identifier.
    pub fn parse(value: &str) -> Option<ReportReason> {
        ReportReason::ALL.into_iter().find(|r| r.as_str() == value)
    }

    /// The English words shown in the report form.
    pub fn label(self) -> &'static str {
        match self {
            ReportReason::Offensive => "Offensive or hateful",
            ReportReason::Copyright => "Copies someone else's work",
            ReportReason::Spam => "Spam or advertising",
            ReportReason::OffTopic => "Not a garment design",
            ReportReason::Other => "Something else",
        }
    }
}

/// `POST /api/designs/{id}/reports`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportRequest {
    /// Why.
    pub reason: ReportReason,
}
