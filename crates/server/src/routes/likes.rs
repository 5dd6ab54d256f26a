//! Liking: `PUT` and `DELETE /api/designs/{id}/like`, idempotent; a like
//! made through a store's hanger tag carries `?store=CODE`.

use axum::extract::State;
use axum::routing::put;
use axum::Router;
use cocrea_api::{ApiError, ErrorCode, LikeState, StoreCode};
use serde::Deserialize;

use crate::auth::rate_limit::{self, AccountOrIp, ClientIp};
use crate::auth::LikingUser;
use crate::domain;
use crate::error::{AppError, Json, Path, Query};
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

/// The query of a like: where it was made.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LikeQuery {
    /// The store whose hanger tag the like came through (a-z, 0-9, -; up to 32).
    #[param(schema_with = cocrea_api::openapi::store_code)]
    store: Option<String>,
}

/// Likes a design; liking it again changes nothing.
#[utoipa::path(put, path = "/api/designs/{id}/like", tag = "likes",
    params(("id" = i64, Path, description = "The design's id"), LikeQuery),
    responses(
        (status = 200, description = "The design's likes now", body = LikeState),
        (status = 400, description = "The store code is not valid", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
        (status = 429, description = "Too many likes", body = ApiError),
    ))]
pub async fn like_put(
    State(state): State<AppState>,
    LikingUser(user): LikingUser,
    Path(id): Path<i64>,
    Query(query): Query<LikeQuery>,
) -> Result<Json<LikeState>, AppError> {
    let store = valid_store(query.store)?;
    let like = domain::likes::set_like(&state.store, &user, id, true, store).await?;
    Ok(Json(like))
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
    LikingUser(user): LikingUser,
    Path(id): Path<i64>,
) -> Result<Json<LikeState>, AppError> {
    let like = domain::likes::set_like(&state.store, &user, id, false, None).await?;
    Ok(Json(like))
}

/// A store code from the query, checked (an empty one is none).
pub(super) fn valid_store(store: Option<String>) -> Result<Option<StoreCode>, AppError> {
    match store.filter(|code| !code.is_empty()) {
        None => Ok(None),
        Some(code) => StoreCode::parse(&code).map(Some).ok_or_else(|| {
            ApiError::field(
                ErrorCode::BadRequest,
                "store",
                "A store code has 1 to 32 lowercase letters, digits or dashes.",
            )
            .into()
        }),
    }
}
