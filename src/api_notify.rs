//! The typed client of notifications (the bell) and of intents after the goal
//! ("notify me when it's in store", "I'd buy it" in a size).
//!
//! Errors are [`crate::api`]'s: a non-2xx answer goes through the same one place.

use cocrea_api::{IntentRequest, MyIntent, NotificationList, UnreadCount};
use gloo_net::http::Request;

use crate::api::{get_json, no_content, send_json, ClientError};

/// `GET /api/notifications/unread`: how many of my notifications are unread.
pub async fn unread_notifications() -> Result<UnreadCount, ClientError> {
    get_json(Request::get("/api/notifications/unread")).await
}

/// `GET /api/notifications`: my newest notifications, and how many are unread.
pub async fn notifications() -> Result<NotificationList, ClientError> {
    get_json(Request::get("/api/notifications")).await
}

/// `POST /api/notifications/{id}/read`: marks one read; answers the unread count.
pub async fn mark_read(id: i64) -> Result<UnreadCount, ClientError> {
    get_json(Request::post(&format!("/api/notifications/{id}/read"))).await
}

/// `POST /api/notifications/read`: marks all read.
pub async fn mark_all_read() -> Result<UnreadCount, ClientError> {
    get_json(Request::post("/api/notifications/read")).await
}

/// `GET /api/designs/{id}/intent`: what I said about a design, and its sizes.
pub async fn my_intent(design_id: i64) -> Result<MyIntent, ClientError> {
    get_json(Request::get(&format!("/api/designs/{design_id}/intent"))).await
}

/// `PUT /api/designs/{id}/intent`: notify me (no size) or I'd buy it in `size`.
pub async fn put_intent(design_id: i64, size: Option<String>) -> Result<MyIntent, ClientError> {
    send_json(
        Request::put(&format!("/api/designs/{design_id}/intent")),
        &IntentRequest { size },
    )
    .await
}

/// `DELETE /api/designs/{id}/intent`: withdraws my intent.
pub async fn withdraw_intent(design_id: i64) -> Result<(), ClientError> {
    no_content(Request::delete(&format!("/api/designs/{design_id}/intent"))).await
}
