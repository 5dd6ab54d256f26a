//! `GET /api/openapi.json`: the API description, generated from the handlers and types.

use axum::routing::get;
use axum::Router;
use utoipa::OpenApi;

use super::{auth, categories, designs, events, health, images, leaderboard, likes, qr};
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
        qr::qr_show,
    ),
    components(schemas(
        cocrea_api::ErrorCode,
        cocrea_api::SortOrder,
        cocrea_api::Category,
        cocrea_api::LikesEvent,
        cocrea_api::StatusEvent,
        cocrea_api::SnapshotEvent,
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
