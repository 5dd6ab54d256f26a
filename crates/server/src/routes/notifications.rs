//! `/api/notifications`: the signed-in account's notifications (the bell), newest
//! first, with the unread count; marking one or all read. Each account sees only its
//! own: another's notification is a 404, as if it did not exist.

use axum::extract::State;
use axum::routing::{get, post};
use axum::Router;
use cocrea_api::{ApiError, Notification, NotificationKind, NotificationList, UnreadCount};
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::error::{AppError, Json, Path, Query};
use crate::state::AppState;
use crate::storage::{now_millis, NotificationRow};
use crate::wire;

/// Notifications listed when no `limit` is asked for.
pub const DEFAULT_LIMIT: u32 = 30;
/// The most notifications one call lists.
pub const MAX_LIMIT: u32 = 100;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/notifications", get(notifications_list))
        .route("/notifications/unread", get(notifications_unread))
        .route("/notifications/read", post(notifications_read_all))
        .route("/notifications/{id}/read", post(notification_read))
}

/// How many notifications to list.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NotificationsQuery {
    /// 1 to 100 (default 30).
    #[param(schema_with = notifications_limit)]
    limit: Option<u32>,
}

/// `limit` of `GET /api/notifications`, from [`MAX_LIMIT`].
fn notifications_limit() -> utoipa::openapi::schema::Object {
    cocrea_api::openapi::page_size_up_to(MAX_LIMIT)
}

/// My newest notifications and how many are unread.
#[utoipa::path(get, path = "/api/notifications", tag = "notifications", params(NotificationsQuery),
    responses(
        (status = 200, description = "Newest first", body = NotificationList),
        (status = 400, description = "The limit is out of range", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
    ))]
pub async fn notifications_list(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Query(query): Query<NotificationsQuery>,
) -> Result<Json<NotificationList>, AppError> {
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::field(
            cocrea_api::ErrorCode::BadRequest,
            "limit",
            format!("Ask for 1 to {MAX_LIMIT} notifications."),
        )
        .into());
    }
    let rows = state.store.notifications(user.id, limit).await?;
    let unread = state.store.unread_notifications(user.id).await?;
    Ok(Json(NotificationList {
        items: rows.into_iter().filter_map(notification).collect(),
        unread,
    }))
}

/// How many of my notifications are unread (what the bell shows).
#[utoipa::path(get, path = "/api/notifications/unread", tag = "notifications",
    responses(
        (status = 200, description = "The unread count", body = UnreadCount),
        (status = 401, description = "Not signed in", body = ApiError),
    ))]
pub async fn notifications_unread(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> Result<Json<UnreadCount>, AppError> {
    let unread = state.store.unread_notifications(user.id).await?;
    Ok(Json(UnreadCount { unread }))
}

/// Marks one of my notifications read; answers how many are unread now.
#[utoipa::path(post, path = "/api/notifications/{id}/read", tag = "notifications",
    params(("id" = i64, Path, description = "The notification's id")),
    responses(
        (status = 200, description = "Unread now", body = UnreadCount),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such notification of mine", body = ApiError),
    ))]
pub async fn notification_read(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<UnreadCount>, AppError> {
    if !state
        .store
        .mark_notification_read(user.id, id, now_millis())
        .await?
    {
        return Err(AppError::not_found(
            "You have no notification with this id.",
        ));
    }
    let unread = state.store.unread_notifications(user.id).await?;
    Ok(Json(UnreadCount { unread }))
}

/// Marks all my notifications read.
#[utoipa::path(post, path = "/api/notifications/read", tag = "notifications",
    responses(
        (status = 200, description = "Unread now (0)", body = UnreadCount),
        (status = 401, description = "Not signed in", body = ApiError),
    ))]
pub async fn notifications_read_all(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> Result<Json<UnreadCount>, AppError> {
    state
        .store
        .mark_all_notifications_read(user.id, now_millis())
        .await?;
    let unread = state.store.unread_notifications(user.id).await?;
    Ok(Json(UnreadCount { unread }))
}

/// The details a notification's payload may carry.
#[derive(Debug, Default, Deserialize)]
struct Details {
    reason: Option<String>,
    author: Option<String>,
    store: Option<String>,
}

/// A stored notification on the wire; `None` (left out) for a kind this server does
/// not know.
fn notification(row: NotificationRow) -> Option<Notification> {
    let Some(kind) = NotificationKind::parse(&row.kind) else {
        tracing::warn!(
            id = row.id,
            kind = row.kind,
            "a notification of unknown kind"
        );
        return None;
    };
    let details: Details = serde_json::from_str(&row.payload).unwrap_or_default();
    Some(Notification {
        id: row.id,
        kind,
        design_id: row.design_id,
        design_title: row.design_title,
        reason: details.reason,
        author: details.author,
        store: details.store,
        created_at: wire::timestamp(row.created_at),
        read: row.read_at.is_some(),
    })
}
