//! `GET /api/health`.

use axum::routing::get;
use axum::Router;
use cocrea_api::Health;

use crate::error::Json;
use crate::state::AppState;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route("/health", get(health_show))
}

/// Whether the server is up, and its version.
#[utoipa::path(get, path = "/api/health", tag = "meta",
    responses((status = 200, description = "The server is up", body = Health)))]
pub async fn health_show() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    })
}
