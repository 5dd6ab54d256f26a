//! Webhooks the brand registers: `GET`/`POST /api/admin/webhooks`,
//! `DELETE /api/admin/webhooks/{id}`, and `GET /api/admin/webhooks/deliveries`.
//! Sending is `crate::webhooks`'s job.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get};
use axum::Router;
use cocrea_api::admin::{NewWebhook, Webhook, WebhookDelivery};
use cocrea_api::{ApiError, ErrorCode};

use crate::auth::AdminUser;
use crate::error::{AppError, Json, Path};
use crate::state::AppState;
use crate::storage::{DeliveryRow, WebhookRow};
use crate::{webhooks, wire};

/// The longest webhook URL accepted, in characters.
pub const MAX_URL_CHARS: usize = cocrea_api::admin::WEBHOOK_URL_MAX;
/// How many deliveries the list shows.
pub const DELIVERIES_SHOWN: u32 = 100;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/admin/webhooks",
            get(admin_webhooks_list).post(admin_webhooks_create),
        )
        .route("/admin/webhooks/{id}", delete(admin_webhooks_delete))
        .route(
            "/admin/webhooks/deliveries",
            get(admin_webhook_deliveries_list),
        )
}

/// Every registered webhook, oldest first.
#[utoipa::path(get, path = "/api/admin/webhooks", tag = "admin",
    responses(
        (status = 200, description = "The webhooks", body = [Webhook]),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
    ))]
pub async fn admin_webhooks_list(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
) -> Result<Json<Vec<Webhook>>, AppError> {
    let hooks = state.store.webhooks().await?;
    Ok(Json(hooks.into_iter().map(webhook).collect()))
}

/// Registers a URL to POST events to, with a new signing secret.
#[utoipa::path(post, path = "/api/admin/webhooks", tag = "admin", request_body = NewWebhook,
    responses(
        (status = 201, description = "The webhook, with its secret", body = Webhook),
        (status = 400, description = "The JSON body does not parse", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
        (status = 422, description = "The URL is missing, not http(s) or too long", body = ApiError),
    ))]
pub async fn admin_webhooks_create(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    Json(request): Json<NewWebhook>,
) -> Result<(StatusCode, Json<Webhook>), AppError> {
    let url = valid_url(&request.url)?;
    let row = state
        .store
        .insert_webhook(url, webhooks::new_secret())
        .await?;
    tracing::info!(admin = admin.id, webhook = row.id, url = %row.url, "webhook registered");
    Ok((StatusCode::CREATED, Json(webhook(row))))
}

/// Removes a webhook; its pending deliveries are dropped with it.
#[utoipa::path(delete, path = "/api/admin/webhooks/{id}", tag = "admin",
    params(("id" = i64, Path, description = "The webhook's id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
        (status = 404, description = "No such webhook", body = ApiError),
    ))]
pub async fn admin_webhooks_delete(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    if state.store.delete_webhook(id).await? {
        tracing::info!(admin = admin.id, webhook = id, "webhook removed");
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::not_found("There is no webhook with this id."))
    }
}

/// The latest 100 deliveries, newest first.
#[utoipa::path(get, path = "/api/admin/webhooks/deliveries", tag = "admin",
    responses(
        (status = 200, description = "The deliveries", body = [WebhookDelivery]),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "Not an admin", body = ApiError),
    ))]
pub async fn admin_webhook_deliveries_list(
    State(state): State<AppState>,
    AdminUser(_admin): AdminUser,
) -> Result<Json<Vec<WebhookDelivery>>, AppError> {
    let rows = state.store.webhook_deliveries(DELIVERIES_SHOWN).await?;
    Ok(Json(rows.into_iter().map(delivery).collect()))
}

/// The URL, checked: http or https, parseable, at most 2000 characters.
/// Returns it as it will be called (normalised by the URL parser).
fn valid_url(input: &str) -> Result<String, AppError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(url_error(
            ErrorCode::MissingField,
            "Enter the webhook's URL.",
        ));
    }
    let too_long = || {
        url_error(
            ErrorCode::TooLong,
            format!("The URL is longer than {MAX_URL_CHARS} characters."),
        )
    };
    if input.chars().count() > MAX_URL_CHARS {
        return Err(too_long());
    }
    let parsed = reqwest::Url::parse(input)
        .ok()
        .filter(|url| matches!(url.scheme(), "http" | "https"))
        .filter(|url| url.host_str().is_some_and(|host| !host.is_empty()))
        .ok_or_else(|| {
            url_error(
                ErrorCode::InvalidUrl,
                "Enter a full http:// or https:// URL, such as https://example.com/hooks/cocrea.",
            )
        })?;
    let url = String::from(parsed);
    if url.chars().count() > MAX_URL_CHARS {
        return Err(too_long());
    }
    Ok(url)
}

fn url_error(code: ErrorCode, message: impl Into<String>) -> AppError {
    ApiError::field(code, "url", message).into()
}

fn webhook(row: WebhookRow) -> Webhook {
    Webhook {
        id: row.id,
        url: row.url,
        secret: row.secret,
        created_at: wire::timestamp(row.created_at),
    }
}

fn delivery(row: DeliveryRow) -> WebhookDelivery {
    WebhookDelivery {
        id: row.id,
        webhook_id: row.webhook_id,
        event: row.event,
        state: row.state,
        attempts: row.attempts,
        last_error: row.last_error,
        created_at: wire::timestamp(row.created_at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(input: &str) -> Option<ErrorCode> {
        valid_url(input).err().map(|error| {
            assert_eq!(error.error.field.as_deref(), Some("url"));
            error.error.error
        })
    }

    #[test]
    fn only_full_http_and_https_urls_are_accepted() {
        assert_eq!(
            valid_url(" https://hooks.example.com/cocrea?x=1 ").unwrap(),
            "https://hooks.example.com/cocrea?x=1"
        );
        assert_eq!(
            valid_url("http://127.0.0.1:9000").unwrap(),
            "http://127.0.0.1:9000/"
        );
        assert_eq!(code(""), Some(ErrorCode::MissingField));
        assert_eq!(code("   "), Some(ErrorCode::MissingField));
        assert_eq!(code("example.com/hook"), Some(ErrorCode::InvalidUrl));
        assert_eq!(code("ftp://example.com/hook"), Some(ErrorCode::InvalidUrl));
        assert_eq!(code("javascript:alert(1)"), Some(ErrorCode::InvalidUrl));
        assert_eq!(code("http://"), Some(ErrorCode::InvalidUrl));
        let long = format!("https://example.com/{}", "a".repeat(MAX_URL_CHARS));
        assert_eq!(code(&long), Some(ErrorCode::TooLong));
    }
}
