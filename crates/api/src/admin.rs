//! The brand's side: moderation, the production lifecycle and its public timeline,
//! the reports queue, roles, insights and webhooks.
//!
//! What shoppers send and read about a design (comments, reports) is in
//! [`crate::feedback`]; it is also named here, for the paths that already use it.

use serde::{Deserialize, Serialize};

pub use crate::feedback::{Comment, NewComment, ReportReason, ReportRequest, COMMENT_MAX};
use crate::{Category, Design, DesignStatus};

/// Longest rejection reason, status note or report note, in characters.
pub const NOTE_MAX: usize = 500;
/// Longest webhook URL, in characters.
pub const WEBHOOK_URL_MAX: usize = 2000;

/// A person's role.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A shopper or designer.
    #[default]
    User,
    /// Brand staff: moderates and runs production.
    Admin,
}

impl Role {
    /// The identifier used in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Admin => "admin",
        }
    }
}

/// `POST /api/admin/designs/{id}/reject`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RejectRequest {
    /// Why, in words the designer will read (1 to 500 characters).
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::required_note))]
    pub reason: String,
}

/// `POST /api/admin/designs/{id}/status`: move a design on in its life.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusChangeRequest {
    /// The new status: `in_production` (from `goal_reached`), `in_store` (from
    /// `in_production`) or `archived` (from any status).
    pub status: DesignStatus,
    /// An optional public note (up to 500 characters).
    #[serde(default)]
    pub note: Option<String>,
}

/// One step of a design's public timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimelineStep {
    /// The status the design entered.
    pub status: DesignStatus,
    /// The public note, possibly empty.
    pub note: String,
    /// When, RFC 3339 in UTC.
    pub at: String,
}

/// A design in the reports queue of `/admin`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportedDesign {
    /// The design.
    pub design: Design,
    /// How many open reports it has.
    pub reports: i64,
    /// The reasons given, most frequent first.
    pub reasons: Vec<ReportReason>,
}

/// A person as `/admin` lists them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminUser {
    /// The user's id.
    pub id: i64,
    /// Display name.
    pub name: String,
    /// Sign-in email (empty for demo shoppers).
    pub email: String,
    /// Role.
    pub role: Role,
}

/// `PUT /api/admin/users/{id}/role`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoleRequest {
    /// The new role.
    pub role: Role,
}

/// A count on a day or week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DatedCount {
    /// The day (`YYYY-MM-DD`) or the Monday of the week.
    pub date: String,
    /// The count.
    pub count: i64,
}

/// A count for a category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryCount {
    /// The category.
    pub category: Category,
    /// The count.
    pub count: i64,
}

/// A count for a store (`"online"` for likes made without a store).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StoreCount {
    /// The store code, or `"online"`.
    pub store: String,
    /// The count.
    pub count: i64,
}

/// `GET /api/admin/insights`: what the community wants.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Insights {
    /// Likes made per day, the last 30 days, oldest first (days without likes count 0).
    pub likes_per_day: Vec<DatedCount>,
    /// The most liked designs, best first (up to 10).
    pub top_designs: Vec<Design>,
    /// Likes by category.
    pub likes_by_category: Vec<CategoryCount>,
    /// Likes by store.
    pub likes_by_store: Vec<StoreCount>,
    /// Submissions per week, the last 12 weeks, oldest first.
    pub submissions_per_week: Vec<DatedCount>,
    /// How many designs have reached their goal (and moved on since).
    pub goals_reached: i64,
    /// How many designs there are in all.
    pub designs: i64,
    /// "Notify me" and "I'd buy it" intents by design and size, most first.
    #[serde(default)]
    pub intents: Vec<crate::IntentCount>,
}

/// A registered webhook.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Webhook {
    /// The webhook's id.
    pub id: i64,
    /// Where events are POSTed.
    pub url: String,
    /// The HMAC-SHA256 key of the `X-Cocrea-Signature` header (shown to admins).
    pub secret: String,
    /// When it was registered.
    pub created_at: String,
}

/// `POST /api/admin/webhooks`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewWebhook {
    /// An http or https URL.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::webhook_url))]
    pub url: String,
}

/// One delivery of an event to a webhook.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookDelivery {
    /// The delivery's id.
    pub id: i64,
    /// The webhook.
    pub webhook_id: i64,
    /// `goal_reached` or `status_changed`.
    pub event: String,
    /// `pending`, `delivered` or `failed` (given up after the last retry).
    pub state: String,
    /// Attempts so far.
    pub attempts: i64,
    /// The last failure, if any.
    pub last_error: Option<String>,
    /// When it was created.
    pub created_at: String,
}
