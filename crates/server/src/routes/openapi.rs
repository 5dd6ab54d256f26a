//! `GET /api/openapi.json`: the API description, generated from the handlers and types.

use axum::routing::get;
use axum::Router;
use utoipa::OpenApi;

use super::{
    admin_designs, admin_insights, admin_users, admin_webhooks, auth, categories, designs,
    displays, events, feedback, health, images, intents, leaderboard, likes, notifications, qr,
};
use crate::error::Json;
use crate::state::AppState;

/// The OpenAPI document of every endpoint.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "cocrea API",
        description = "Co-create a fashion collection with its customers."
    ),
    paths(
        health::health_show,
        categories::categories_list,
        designs::designs_list,
        designs::designs_show,
        designs::designs_create,
        images::images_show,
        likes::like_put,
        likes::like_delete,
        auth::auth_signup,
        auth::auth_login,
        auth::auth_logout,
        auth::me_show,
        auth::me_designs,
        events::events_stream,
        leaderboard::leaderboard_show,
        displays::display_design_show,
        qr::qr_show,
        feedback::timeline_list,
        feedback::comments_list,
        feedback::comments_create,
        feedback::reports_create,
        feedback::admin_comment_delete,
        feedback::admin_reports_list,
        feedback::admin_reports_dismiss,
        admin_designs::admin_designs_list,
        admin_designs::admin_design_approve,
        admin_designs::admin_design_reject,
        admin_designs::admin_design_status,
        admin_designs::admin_design_hide,
        admin_designs::admin_design_unhide,
        admin_users::admin_users_list,
        admin_users::admin_user_role,
        admin_insights::admin_insights_show,
        admin_insights::admin_export_csv,
        admin_webhooks::admin_webhooks_list,
        admin_webhooks::admin_webhooks_create,
        admin_webhooks::admin_webhooks_delete,
        admin_webhooks::admin_webhook_deliveries_list,
        notifications::notifications_list,
        notifications::notifications_unread,
        notifications::notification_read,
        notifications::notifications_read_all,
        intents::intent_show,
        intents::intent_put,
        intents::intent_delete,
    ),
    components(schemas(
        cocrea_api::ErrorCode,
        cocrea_api::SortOrder,
        cocrea_api::Category,
        cocrea_api::LikesEvent,
        cocrea_api::StatusEvent,
        cocrea_api::SnapshotEvent,
        cocrea_api::NotificationEvent,
    ))
)]
pub struct ApiDoc;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(openapi_show))
}

/// The OpenAPI 3.1 description of this API.
pub async fn openapi_show() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
