//! Liking: `PUT` and `DELETE /api/designs/{id}/like`, idempotent.

use axum::extract::State;
use axum::routing::put;
use axum::Router;
use cocrea_api::{ApiError, LikeState};

use crate::auth::rate_limit::{self, AccountOrIp, ClientIp};
use crate::auth::CurrentUser;
use crate::error::{AppError, Json, Path};
use crate::state::AppState;

/// Routes of this file, rate limited per IP and per account.
pub fn router(rate_limits: bool) -> Router<AppState> {
    let routes = Router::new().route("/designs/{id}/like", put(like_put).delete(like_delete));
    let per_account = rate_limit::limit(
        routes,
        rate_limits,
        AccountOrIp,
        rate_limit::LIKES_PER_ACCOUNT,
    );
    rate_limit::limit(per_account, rate_limits, ClientIp, rate_limit::LIKES_PER_IP)
}

/// Likes a design; liking it again changes nothing.
#[utoipa::path(put, path = "/api/designs/{id}/like", tag = "likes",
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 200, description = "The design's likes now", body = LikeState),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
        (status = 429, description = "Too many likes", body = ApiError),
    ))]
pub async fn like_put(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<LikeState>, AppError> {
    set_like(&state, id, user.id, true).await
}

/// Takes a like back; unliking again changes nothing.
#[utoipa::path(delete, path = "/api/designs/{id}/like", tag = "likes",
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 200, description = "The design's likes now", body = LikeState),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
        (status = 429, description = "Too many likes", body = ApiError),
    ))]
pub async fn like_delete(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<LikeState>, AppError> {
    set_like(&state, id, user.id, false).await
}

async fn set_like(
    state: &AppState,
    design_id: i64,
    user_id: i64,
    liked: bool,
) -> Result<Json<LikeState>, AppError> {
    let change = state
        .store
        .set_like(design_id, user_id, liked)
        .await?
        .ok_or_else(|| AppError::not_found("This design does not exist (or no longer does)."))?;
    if change.reached_goal {
        tracing::info!(design_id, likes = change.likes, "design reached its goal");
    }
    Ok(Json(LikeState {
        likes: change.likes,
        liked: change.liked,
    }))
}
