//! `/api/admin/designs`: moderation (approve, reject, hide) and the production lifecycle.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use cocrea_api::admin::{RejectRequest, StatusChangeRequest, NOTE_MAX};
use cocrea_api::{ApiError, Design, DesignStatus, ErrorCode};
use serde::Deserialize;

use crate::auth::AdminUser;
use crate::domain::lifecycle::{self, BrandMove};
use crate::error::{AppError, Json, Path, Query};
use crate::state::AppState;
use crate::wire;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/designs", get(admin_designs_list))
        .route("/admin/designs/{id}/approve", post(admin_design_approve))
        .route("/admin/designs/{id}/reject", post(admin_design_reject))
        .route("/admin/designs/{id}/status", post(admin_design_status))
        .route("/admin/designs/{id}/hide", post(admin_design_hide))
        .route("/admin/designs/{id}/unhide", post(admin_design_unhide))
}

/// The admin list's filter.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AdminDesignsQuery {
    /// Only designs in this status (e.g. `pending`).
    status: Option<DesignStatus>,
}

/// Every design (hidden ones too), newest first, optionally of one status.
#[utoipa::path(get, path = "/api/admin/designs", tag = "admin", params(AdminDesignsQuery),
    responses(
        (status = 200, description = "Designs", body = [Design]),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
    ))]
pub async fn admin_designs_list(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
    Query(query): Query<AdminDesignsQuery>,
) -> Result<Json<Vec<Design>>, AppError> {
    let rows = state.store.admin_designs(query.status).await?;
    Ok(Json(
        rows.into_iter()
            .map(|row| wire::design(row, false))
            .collect(),
    ))
}

/// Approves a pending design: it goes to voting.
#[utoipa::path(post, path = "/api/admin/designs/{id}/approve", tag = "admin",
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 200, description = "The design now", body = Design),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
        (status = 409, description = "Not pending", body = ApiError),
    ))]
pub async fn admin_design_approve(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
    Path(id): Path<i64>,
) -> Result<Json<Design>, AppError> {
    move_design(&state, id, DesignStatus::Voting, String::new()).await
}

/// Rejects a design with a reason its designer sees.
#[utoipa::path(post, path = "/api/admin/designs/{id}/reject", tag = "admin", request_body = RejectRequest,
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 200, description = "The design now", body = Design),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
        (status = 409, description = "It cannot be rejected now", body = ApiError),
        (status = 422, description = "No reason, or too long", body = ApiError),
    ))]
pub async fn admin_design_reject(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
    Path(id): Path<i64>,
    Json(request): Json<RejectRequest>,
) -> Result<Json<Design>, AppError> {
    let reason = note_text("reason", &request.reason, true)?;
    move_design(&state, id, DesignStatus::Rejected, reason).await
}

/// Moves a design on in production (`in_production`, `in_store`) or archives it.
#[utoipa::path(post, path = "/api/admin/designs/{id}/status", tag = "admin", request_body = StatusChangeRequest,
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 200, description = "The design now", body = Design),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
        (status = 409, description = "Its lifecycle does not allow this step", body = ApiError),
        (status = 422, description = "The note is too long", body = ApiError),
    ))]
pub async fn admin_design_status(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
    Path(id): Path<i64>,
    Json(request): Json<StatusChangeRequest>,
) -> Result<Json<Design>, AppError> {
    let note = note_text("note", request.note.as_deref().unwrap_or(""), false)?;
    move_design(&state, id, request.status, note).await
}

/// Hides a design from everyone but admins (and settles its reports).
#[utoipa::path(post, path = "/api/admin/designs/{id}/hide", tag = "admin",
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 204, description = "Hidden"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
    ))]
pub async fn admin_design_hide(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    set_hidden(&state, id, true).await
}

/// Shows a hidden design again.
#[utoipa::path(post, path = "/api/admin/designs/{id}/unhide", tag = "admin",
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 204, description = "Shown again"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
    ))]
pub async fn admin_design_unhide(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    set_hidden(&state, id, false).await
}

async fn set_hidden(state: &AppState, id: i64, hidden: bool) -> Result<StatusCode, AppError> {
    if state.store.set_hidden(id, hidden).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::not_found("This design does not exist."))
    }
}

/// A trimmed note of at most [`NOTE_MAX`] characters (`required`: not empty).
fn note_text(field: &str, text: &str, required: bool) -> Result<String, AppError> {
    let text = text.trim();
    if required && text.is_empty() {
        return Err(ApiError::field(
            ErrorCode::MissingField,
            field,
            "Say why, in a sentence the designer will read.",
        )
        .into());
    }
    if text.chars().count() > NOTE_MAX {
        return Err(ApiError::field(
            ErrorCode::TooLong,
            field,
            format!("Keep it to {NOTE_MAX} characters."),
        )
        .into());
    }
    Ok(text.to_owned())
}

/// Moves a design to `next` as the brand asked; the domain decides whether it may.
async fn move_design(
    state: &AppState,
    id: i64,
    next: DesignStatus,
    note: String,
) -> Result<Json<Design>, AppError> {
    let design = lifecycle::move_by_brand(
        &state.store,
        BrandMove {
            design_id: id,
            next,
            note,
        },
    )
    .await?;
    Ok(Json(wire::design(design, false)))
}
