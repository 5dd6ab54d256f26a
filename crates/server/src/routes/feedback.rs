//! What the community says about a design: its public timeline, comments and
//! reports; and the admin side of comments and reports.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::Router;
use cocrea_api::admin::{
    Comment, NewComment, ReportRequest, ReportedDesign, TimelineStep, COMMENT_MAX,
};
use cocrea_api::{ApiError, DesignerRef, ErrorCode};

use crate::auth::{AdminUser, CurrentUser, MaybeUser};
use crate::domain::comments::{self as comment_rules, ReplyRefusal};
use crate::error::{AppError, Json, Path};
use crate::state::AppState;
use crate::storage::{CommentRow, DesignRow, UserRow};
use crate::wire;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/designs/{id}/timeline", get(timeline_list))
        .route(
            "/designs/{id}/comments",
            get(comments_list).post(comments_create),
        )
        .route("/designs/{id}/reports", post(reports_create))
        .route("/comments/{id}", delete(comment_delete))
        .route("/admin/comments/{id}", delete(admin_comment_delete))
        .route("/admin/reports", get(admin_reports_list))
        .route(
            "/admin/reports/{design_id}/dismiss",
            post(admin_reports_dismiss),
        )
}

/// A design the viewer may see, or 404.
async fn visible_design(
    state: &AppState,
    viewer: Option<&UserRow>,
    id: i64,
) -> Result<DesignRow, AppError> {
    state
        .store
        .design(id)
        .await?
        .filter(|row| crate::domain::visibility::may_see(viewer, row))
        .ok_or_else(|| AppError::not_found("This design does not exist (or no longer does)."))
}

/// The design's public timeline: each status it entered, with date and note.
#[utoipa::path(get, path = "/api/designs/{id}/timeline", tag = "designs",
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 200, description = "Steps, oldest first", body = [TimelineStep]),
        (status = 404, description = "No such design", body = ApiError),
    ))]
pub async fn timeline_list(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<TimelineStep>>, AppError> {
    visible_design(&state, viewer.as_ref(), id).await?;
    let steps = state.store.timeline(id).await?;
    Ok(Json(
        steps
            .into_iter()
            .map(|step| TimelineStep {
                status: step.status,
                note: step.note,
                at: wire::timestamp(step.created_at),
            })
            .collect(),
    ))
}

/// The design's comments, oldest first; the designer's own are marked.
#[utoipa::path(get, path = "/api/designs/{id}/comments", tag = "designs",
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 200, description = "Comments", body = [Comment]),
        (status = 404, description = "No such design", body = ApiError),
    ))]
pub async fn comments_list(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<Comment>>, AppError> {
    let design = visible_design(&state, viewer.as_ref(), id).await?;
    let comments = state.store.comments(id).await?;
    Ok(Json(
        comments
            .into_iter()
            .map(|row| comment(row, &design))
            .collect(),
    ))
}

/// Comments on a design, as plain text; with `reply_to`, the design's designer
/// answers a comment (one level deep).
#[utoipa::path(post, path = "/api/designs/{id}/comments", tag = "designs", request_body = NewComment,
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 201, description = "The stored comment (or reply)", body = Comment),
        (status = 400, description = "`reply_to` names a reply: replies go one level deep", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "A reply from someone other than the design's designer", body = ApiError),
        (status = 404, description = "No such design, or no such comment on it to reply to", body = ApiError),
        (status = 422, description = "Empty or longer than 1000 characters", body = ApiError),
    ))]
pub async fn comments_create(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Json(request): Json<NewComment>,
) -> Result<(StatusCode, Json<Comment>), AppError> {
    let design = visible_design(&state, Some(&user), id).await?;
    let body = request.body.trim();
    if body.is_empty() {
        return Err(
            ApiError::field(ErrorCode::MissingField, "body", "Write something first.").into(),
        );
    }
    let length = body.chars().count();
    if length > COMMENT_MAX {
        return Err(ApiError::field(
            ErrorCode::TooLong,
            "body",
            format!("Keep comments to {COMMENT_MAX} characters ({length} now)."),
        )
        .into());
    }
    if let Some(parent_id) = request.reply_to {
        let parent = state.store.comment(parent_id).await?;
        comment_rules::may_reply(&user, &design, parent.as_ref()).map_err(reply_refused)?;
    }
    let row = state
        .store
        .add_comment(id, user.id, body.to_owned(), request.reply_to)
        .await?;
    Ok((StatusCode::CREATED, Json(comment(row, &design))))
}

/// Reports a design to the brand.
#[utoipa::path(post, path = "/api/designs/{id}/reports", tag = "designs", request_body = ReportRequest,
    params(("id" = i64, Path, description = "The design's id")),
    responses(
        (status = 204, description = "Reported"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such design", body = ApiError),
    ))]
pub async fn reports_create(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Json(request): Json<ReportRequest>,
) -> Result<StatusCode, AppError> {
    visible_design(&state, Some(&user), id).await?;
    state.store.report(id, user.id, request.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The answer to a reply the domain refused.
fn reply_refused(refusal: ReplyRefusal) -> AppError {
    let (code, message) = match refusal {
        ReplyRefusal::NoSuchComment => (
            ErrorCode::NotFound,
            "The comment to reply to is not on this design (or no longer is).",
        ),
        ReplyRefusal::NotTheDesigner => (
            ErrorCode::Forbidden,
            "Only the design's designer can reply to its comments.",
        ),
        ReplyRefusal::ReplyToReply => (
            ErrorCode::BadRequest,
            "Replies go one level deep: reply to the comment itself.",
        ),
    };
    ApiError::field(code, "reply_to", message).into()
}

/// Deletes one's own comment (and the replies under it); the brand's staff may
/// delete any.
#[utoipa::path(delete, path = "/api/comments/{id}", tag = "designs",
    params(("id" = i64, Path, description = "The comment's id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Someone else's comment", body = ApiError),
        (status = 404, description = "No such comment", body = ApiError),
    ))]
pub async fn comment_delete(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    let comment = state
        .store
        .comment(id)
        .await?
        .ok_or_else(|| AppError::not_found("This comment does not exist."))?;
    if !comment_rules::may_delete(&user, &comment) {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "You can delete only your own comments.",
        )
        .into());
    }
    if state.store.delete_comment(id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::not_found("This comment does not exist."))
    }
}

/// Deletes a comment.
#[utoipa::path(delete, path = "/api/admin/comments/{id}", tag = "admin",
    params(("id" = i64, Path, description = "The comment's id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
        (status = 404, description = "No such comment", body = ApiError),
    ))]
pub async fn admin_comment_delete(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    if state.store.delete_comment(id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::not_found("This comment does not exist."))
    }
}

/// The reports queue: designs with open reports, most reported first.
#[utoipa::path(get, path = "/api/admin/reports", tag = "admin",
    responses(
        (status = 200, description = "Reported designs", body = [ReportedDesign]),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
    ))]
pub async fn admin_reports_list(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
) -> Result<Json<Vec<ReportedDesign>>, AppError> {
    let reported = state.store.reported_designs().await?;
    Ok(Json(
        reported
            .into_iter()
            .map(|row| ReportedDesign {
                design: wire::design(row.design, false),
                reports: row.reports,
                reasons: row.reasons,
            })
            .collect(),
    ))
}

/// Closes a design's open reports, keeping it visible.
#[utoipa::path(post, path = "/api/admin/reports/{design_id}/dismiss", tag = "admin",
    params(("design_id" = i64, Path, description = "The reported design's id")),
    responses(
        (status = 204, description = "Dismissed"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
        (status = 404, description = "No open reports for this design", body = ApiError),
    ))]
pub async fn admin_reports_dismiss(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
    Path(design_id): Path<i64>,
) -> Result<StatusCode, AppError> {
    if state.store.dismiss_reports(design_id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::not_found("This design has no open reports."))
    }
}

fn comment(row: CommentRow, design: &DesignRow) -> Comment {
    Comment {
        id: row.id,
        by_designer: row.user_id == design.designer_id,
        body: row.body,
        author: DesignerRef {
            id: row.user_id,
            name: row.user_name,
        },
        created_at: wire::timestamp(row.created_at),
        reply_to: row.reply_to,
    }
}
