//! The HTTP surface: the JSON API under `/api` and the built app everywhere else.

mod admin_designs;
mod admin_insights;
mod admin_users;
mod admin_webhooks;
mod auth;
mod categories;
mod design_page;
mod designers;
mod designs;
mod displays;
mod events;
mod feedback;
mod first_paint;
mod gallery_page;
mod health;
mod images;
mod intents;
mod leaderboard;
mod likes;
mod link_preview;
mod notifications;
pub mod openapi;
mod page_words;
mod qr;
mod static_app;

use std::path::Path;

use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::trace::TraceLayer;

use crate::error::AppError;
use crate::state::AppState;

/// The whole application: API routes, the app's files, and the layers around them.
pub fn router(state: AppState, dist_dir: &Path) -> Router {
    let rate_limits = state.rate_limits;
    let design_page = design_page::router(dist_dir).with_state(state.clone());
    let gallery_page = gallery_page::router(dist_dir).with_state(state.clone());
    let api = Router::new()
        .merge(health::router())
        .merge(auth::router(rate_limits))
        .merge(likes::router(rate_limits))
        .merge(categories::router())
        .merge(designs::router())
        .merge(designers::router())
        .merge(images::router())
        .merge(events::router())
        .merge(leaderboard::router())
        .merge(displays::router())
        .merge(qr::router())
        .merge(feedback::router())
        .merge(notifications::router())
        .merge(intents::router())
        .merge(admin_designs::router())
        .merge(admin_users::router())
        .merge(admin_insights::router())
        .merge(admin_webhooks::router())
        .merge(openapi::router())
        .fallback(api_not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn(
            crate::auth::csrf::refuse_cross_site,
        ))
        .with_state(state);
    Router::new()
        .nest("/api", api)
        .merge(design_page)
        .merge(gallery_page)
        .merge(static_app::router(dist_dir))
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(5)))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(TraceLayer::new_for_http())
}

async fn api_not_found() -> AppError {
    AppError::not_found("There is no API endpoint at this address.")
}

async fn method_not_allowed() -> AppError {
    AppError::method_not_allowed()
}

fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    AppError::internal("a handler panicked").into_response()
}
