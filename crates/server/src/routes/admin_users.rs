//! `/api/admin/users`: the brand's staff grant and revoke the admin role.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, put};
use axum::Router;
use cocrea_api::admin::{AdminUser as AdminUserView, Role, RoleRequest};
use cocrea_api::{ApiError, ErrorCode};
use serde::Deserialize;

use crate::auth::AdminUser;
use crate::error::{AppError, Json, Path, Query};
use crate::state::AppState;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/users", get(admin_users_list))
        .route("/admin/users/{id}/role", put(admin_user_role))
}

/// The accounts list's search.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UsersQuery {
    /// Part of a name or email.
    q: Option<String>,
}

/// Accounts, admins first.
#[utoipa::path(get, path = "/api/admin/users", tag = "admin", params(UsersQuery),
    responses(
        (status = 200, description = "Accounts", body = [AdminUserView]),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
    ))]
pub async fn admin_users_list(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
    Query(query): Query<UsersQuery>,
) -> Result<Json<Vec<AdminUserView>>, AppError> {
    let users = state.store.accounts(query.q).await?;
    Ok(Json(
        users
            .into_iter()
            .map(|user| AdminUserView {
                role: if user.is_admin() {
                    Role::Admin
                } else {
                    Role::User
                },
                id: user.id,
                name: user.name,
                email: user.email.unwrap_or_default(),
            })
            .collect(),
    ))
}

/// Grants or revokes the admin role (admins cannot revoke their own).
#[utoipa::path(put, path = "/api/admin/users/{id}/role", tag = "admin", request_body = RoleRequest,
    params(("id" = i64, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Done"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
        (status = 404, description = "No such user", body = ApiError),
        (status = 409, description = "Admins cannot revoke themselves", body = ApiError),
    ))]
pub async fn admin_user_role(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    Path(id): Path<i64>,
    Json(request): Json<RoleRequest>,
) -> Result<StatusCode, AppError> {
    if id == admin.id && request.role != Role::Admin {
        return Err(ApiError::new(
            ErrorCode::Conflict,
            "You cannot revoke your own admin role; ask another admin.",
        )
        .into());
    }
    if state.store.set_role(id, request.role).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::not_found("This user does not exist."))
    }
}
