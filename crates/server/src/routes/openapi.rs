//! `GET /api/openapi.json`: the API description, generated from the handlers and types.

use axum::routing::get;
use axum::Router;
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
use utoipa::{Modify, OpenApi};

use super::{
    admin_designs, admin_insights, admin_users, admin_webhooks, auth, categories, designers,
    designs, displays, events, feedback, health, images, intents, leaderboard, likes,
    notifications, qr,
};
use crate::error::Json;
use crate::state::AppState;

/// The OpenAPI document of every endpoint.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "cocrea API",
        description = "Co-create a fashion collection with its customers."
    ),
    paths(
        health::health_show,
        categories::categories_list,
        designs::designs_list,
        designs::designs_show,
        designs::designs_create,
        designers::designers_show,
        images::images_show,
        likes::like_put,
        likes::like_delete,
        auth::auth_signup,
        auth::auth_login,
        auth::auth_logout,
        auth::me_show,
        auth::me_designs,
        events::events_stream,
        leaderboard::leaderboard_show,
        displays::display_design_show,
        qr::qr_show,
        feedback::timeline_list,
        feedback::comments_list,
        feedback::comments_create,
        feedback::reports_create,
        feedback::comment_delete,
        feedback::admin_comment_delete,
        feedback::admin_reports_list,
        feedback::admin_reports_dismiss,
        admin_designs::admin_designs_list,
        admin_designs::admin_design_approve,
        admin_designs::admin_design_reject,
        admin_designs::admin_design_status,
        admin_designs::admin_design_hide,
        admin_designs::admin_design_unhide,
        admin_users::admin_users_list,
        admin_users::admin_user_role,
        admin_insights::admin_insights_show,
        admin_insights::admin_export_csv,
        admin_webhooks::admin_webhooks_list,
        admin_webhooks::admin_webhooks_create,
        admin_webhooks::admin_webhooks_delete,
        admin_webhooks::admin_webhook_deliveries_list,
        notifications::notifications_list,
        notifications::notifications_unread,
        notifications::notification_read,
        notifications::notifications_read_all,
        intents::intent_show,
        intents::intent_put,
        intents::intent_delete,
    ),
    components(schemas(
        cocrea_api::ErrorCode,
        cocrea_api::SortOrder,
        cocrea_api::Category,
        cocrea_api::LikesEvent,
        cocrea_api::StatusEvent,
        cocrea_api::SnapshotEvent,
        cocrea_api::CommentEvent,
        cocrea_api::CommentDeletedEvent,
        cocrea_api::NotificationEvent,
    )),
    modifiers(&SharedAnswers)
)]
pub struct ApiDoc;

/// The answers that come from what every route shares rather than from a handler,
/// added to each operation they apply to, so the document lists every status a
/// route can answer:
/// - a JSON body is read by `error::Json`: 400 `malformed_json` (no body, not JSON,
///   wrong content type, wrong shape) and 413 (larger than the body limit);
/// - query parameters by `error::Query`: 400 `bad_request`;
/// - path parameters by `error::Path`: 404 `not_found` (a malformed id names nothing);
/// - a change (POST, PUT, DELETE) passes `auth::csrf`: 403 `cross_site_request`.
struct SharedAnswers;

impl Modify for SharedAnswers {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            for (operation, changes) in [
                (&mut item.get, false),
                (&mut item.head, false),
                (&mut item.post, true),
                (&mut item.put, true),
                (&mut item.delete, true),
                (&mut item.patch, true),
            ] {
                if let Some(operation) = operation {
                    add_shared_answers(operation, changes);
                }
            }
        }
    }
}

fn add_shared_answers(operation: &mut Operation, changes: bool) {
    let has_json_body = operation
        .request_body
        .as_ref()
        .is_some_and(|body| body.content.contains_key("application/json"));
    let has_parameters_in = |place: ParameterIn| {
        operation
            .parameters
            .iter()
            .flatten()
            .any(|parameter| parameter.parameter_in == place)
    };
    let mut answers = Vec::new();
    if has_json_body {
        answers.push(("400", "The body is missing, is not JSON, or does not fit"));
        answers.push(("413", "The body is larger than allowed"));
    }
    if has_parameters_in(ParameterIn::Query) {
        answers.push(("400", "A parameter is not understood"));
    }
    if has_parameters_in(ParameterIn::Path) {
        answers.push(("404", "Nothing has this id"));
    }
    if changes {
        answers.push(("403", "The request came from another site"));
    }
    for (status, description) in answers {
        operation
            .responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| {
                ResponseBuilder::new()
                    .description(description)
                    .content(
                        "application/json",
                        ContentBuilder::new()
                            .schema(Some(Ref::from_schema_name("ApiError")))
                            .build(),
                    )
                    .build()
                    .into()
            });
    }
}

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(openapi_show))
}

/// The OpenAPI 3.1 description of this API.
pub async fn openapi_show() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
