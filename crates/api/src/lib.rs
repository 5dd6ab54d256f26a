//! cocrea's wire contract, shared by the server and the browser app.
//!
//! Plain serializable types, the validation rules both sides check, and the
//! ranking formulas. It compiles for `wasm32` and native; OpenAPI schemas sit
//! behind the `openapi` feature so the browser app stays small.

pub mod account;
pub mod admin;
pub mod category;
pub mod design;
pub mod designer;
pub mod error;
pub mod events;
pub mod feedback;
pub mod intents;
pub mod lang;
pub mod limits;
pub mod notifications;
#[cfg(feature = "openapi")]
pub mod openapi;
pub mod query;
pub mod ranking;
pub mod staff_bundle;
pub mod validation;

pub use account::{Account, LoginRequest, MyDesigns, SignupRequest};
pub use category::{Category, CategoryInfo};
pub use design::{Design, DesignStatus, DesignerRef, Health, ImageRef, LikeState};
pub use designer::DesignerPage;
pub use error::{ApiError, ErrorCode};
pub use events::store_code::StoreCode;
pub use events::{
    CommentDeletedEvent, CommentEvent, Leaderboard, LikesEvent, SnapshotEvent, StatusEvent,
};
pub use intents::{IntentCount, IntentRequest, MyIntent};
pub use notifications::{
    Notification, NotificationEvent, NotificationKind, NotificationList, UnreadCount,
};
pub use query::{DesignPage, DesignQuery, SortOrder};
