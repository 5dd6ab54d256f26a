//! `GET /api/leaderboard`: the ranking that in-store screens show.

use axum::extract::State;
use axum::routing::get;
use axum::Router;
use cocrea_api::limits::{DEFAULT_LEADERBOARD_SIZE, MAX_LEADERBOARD_SIZE, MIN_PAGE_SIZE};
use cocrea_api::{ApiError, ErrorCode, Leaderboard, SortOrder};
use serde::Deserialize;

use crate::error::{AppError, Json, Query};
use crate::state::AppState;

use super::designs::designs_for_viewer;
use super::likes::valid_store;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route("/leaderboard", get(leaderboard_show))
}

/// The leaderboard's query.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LeaderboardQuery {
    /// How many designs, 1 to 50; 10 when absent.
    #[param(schema_with = cocrea_api::openapi::leaderboard_size)]
    limit: Option<u32>,
    /// The ranking: `top` (default), `trending` or `near_goal`.
    sort: Option<SortOrder>,
    /// A store code: each design then carries `store_likes`.
    #[param(schema_with = cocrea_api::openapi::store_code)]
    store: Option<String>,
}

/// The best designs in rank order, among those a shop may show: approved by an admin
/// or liked `--screen-min-likes` times. `top` lists designs still collecting likes
/// before those that reached their goal; `trending` needs that many likes too.
#[utoipa::path(get, path = "/api/leaderboard", tag = "live", params(LeaderboardQuery),
    responses(
        (status = 200, description = "Designs in rank order", body = Leaderboard),
        (status = 400, description = "A parameter is not understood", body = ApiError),
    ))]
pub async fn leaderboard_show(
    State(state): State<AppState>,
    Query(query): Query<LeaderboardQuery>,
) -> Result<Json<Leaderboard>, AppError> {
    let limit = query.limit.unwrap_or(DEFAULT_LEADERBOARD_SIZE);
    if !(MIN_PAGE_SIZE..=MAX_LEADERBOARD_SIZE).contains(&limit) {
        return Err(ApiError::field(
            ErrorCode::BadRequest,
            "limit",
            format!("limit must be between {MIN_PAGE_SIZE} and {MAX_LEADERBOARD_SIZE}."),
        )
        .into());
    }
    let store = valid_store(query.store)?;
    let rows = state
        .store
        .display_designs(
            query.sort.unwrap_or(SortOrder::Top),
            limit,
            state.displays.min_likes,
        )
        .await?;
    let items = designs_for_viewer(&state, None, store.as_ref(), rows).await?;
    Ok(Json(Leaderboard { items }))
}
