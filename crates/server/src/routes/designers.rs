//! Designers' pages: who designed what, and what their designs add up to.

use axum::extract::State;
use axum::routing::get;
use axum::Router;
use cocrea_api::{ApiError, DesignerPage, DesignerRef};

use crate::auth::MaybeUser;
use crate::domain::designers;
use crate::error::{AppError, Json, Path};
use crate::state::AppState;

use super::designs::designs_for_viewer;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route("/designers/{id}", get(designers_show))
}

/// A designer's page: name, the designs this viewer may see (public ones; the
/// designer also sees their own in review), total likes and goals reached of the
/// public ones.
#[utoipa::path(get, path = "/api/designers/{id}", tag = "designs",
    params(("id" = i64, Path, description = "The designer's (account's) id")),
    responses(
        (status = 200, description = "The designer's page", body = DesignerPage),
        (status = 404, description = "No such designer", body = ApiError),
    ))]
pub async fn designers_show(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
) -> Result<Json<DesignerPage>, AppError> {
    let designer = state
        .store
        .user(id)
        .await?
        .ok_or_else(|| AppError::not_found("There is no designer with this id."))?;
    let rows = state.store.designs_by_designer(designer.id).await?;
    let totals = designers::totals(&rows);
    let shown = designers::shown_designs(viewer.as_ref(), rows);
    Ok(Json(DesignerPage {
        designer: DesignerRef {
            id: designer.id,
            name: designer.name,
        },
        designs: designs_for_viewer(&state, viewer.as_ref(), None, shown).await?,
        total_likes: totals.likes,
        goals_reached: totals.goals_reached,
    }))
}
