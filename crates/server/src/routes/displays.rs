//! `GET /api/displays/designs/{id}`: one design for a hanger tag, only when the shop
//! may show it (approved by an admin, or liked `--screen-min-likes` times).

use axum::extract::State;
use axum::routing::get;
use axum::Router;
use cocrea_api::{ApiError, Design, ErrorCode};

use crate::error::{AppError, Json, Path, Query};
use crate::state::AppState;

use super::designs::{designs_for_viewer, StoreQuery};
use super::likes::valid_store;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route("/displays/designs/{id}", get(display_design_show))
}

/// The design as a hanger tag shows it, with the store's likes when a store is given.
#[utoipa::path(get, path = "/api/displays/designs/{id}", tag = "live",
    params(("id" = i64, Path, description = "The design's id"), StoreQuery),
    responses(
        (status = 200, description = "The design", body = Design),
        (status = 400, description = "The store code is not valid", body = ApiError),
        (status = 403, description = "Not on display yet: too few likes and not approved", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
    ))]
pub async fn display_design_show(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<StoreQuery>,
) -> Result<Json<Design>, AppError> {
    let store = valid_store(query.store)?;
    let min_likes = state.displays.min_likes;
    match state.store.design_on_display(id, min_likes).await? {
        None => {
            return Err(AppError::not_found(
                "This design does not exist (or no longer does).",
            ))
        }
        Some(false) => {
            return Err(ApiError::new(
                ErrorCode::Forbidden,
                format!(
                    "This design is not on display yet: it needs {min_likes} likes or an admin's approval."
                ),
            )
            .into())
        }
        Some(true) => {}
    }
    let row =
        state.store.design(id).await?.ok_or_else(|| {
            AppError::not_found("This design does not exist (or no longer does).")
        })?;
    let mut designs = designs_for_viewer(&state, None, store.as_ref(), vec![row]).await?;
    Ok(Json(designs.remove(0)))
}
