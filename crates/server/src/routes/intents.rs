//! `/api/designs/{id}/intent`: after the goal, "notify me when it's in store" and
//! "I'd buy it" in a size; one per account and design, changed by putting it again,
//! withdrawn by deleting it.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use cocrea_api::intents::sizes_for;
use cocrea_api::{ApiError, IntentRequest, MyIntent};

use crate::auth::CurrentUser;
use crate::domain::intents::{record_intent, visible_design};
use crate::error::{AppError, Json, Path};
use crate::state::AppState;
use crate::storage::DesignRow;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route(
        "/designs/{id}/intent",
        get(intent_show).put(intent_put).delete(intent_delete),
    )
}

/// What I said about a design, and the sizes it is made in.
#[utoipa::path(get, path = "/api/designs/{id}/intent", tag = "designs",
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 200, description = "My intent (wanted: false when none)", body = MyIntent),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
    ))]
pub async fn intent_show(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<MyIntent>, AppError> {
    let design = visible_design(&state.store, &user, id).await?;
    let intent = state.store.intent(design.id, user.id).await?;
    Ok(Json(my_intent(&design, intent)))
}

/// Says "notify me when it's in store" (no size) or "I'd buy it" in a size; putting
/// it again changes the size.
#[utoipa::path(put, path = "/api/designs/{id}/intent", tag = "designs", request_body = IntentRequest,
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 200, description = "My intent now", body = MyIntent),
        (status = 400, description = "Not one of the design's sizes", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
        (status = 409, description = "The design has not reached its goal (or is in store)", body = ApiError),
    ))]
pub async fn intent_put(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Json(request): Json<IntentRequest>,
) -> Result<Json<MyIntent>, AppError> {
    let size = request.size.map(|size| size.trim().to_owned());
    let design = record_intent(&state.store, &user, id, size.clone()).await?;
    Ok(Json(my_intent(&design, Some(size))))
}

/// Withdraws my intent; withdrawing again changes nothing.
#[utoipa::path(delete, path = "/api/designs/{id}/intent", tag = "designs",
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 204, description = "Withdrawn"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
    ))]
pub async fn intent_delete(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    let design = visible_design(&state.store, &user, id).await?;
    state.store.delete_intent(design.id, user.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn my_intent(design: &DesignRow, intent: Option<Option<String>>) -> MyIntent {
    MyIntent {
        wanted: intent.is_some(),
        size: intent.flatten(),
        sizes: sizes_for(design.category)
            .iter()
            .map(|size| (*size).to_owned())
            .collect(),
    }
}
