//! One error type for every handler, answered in the JSON error shape.

use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use cocrea_api::{ApiError, ErrorCode};

use crate::storage::StorageError;

/// A failed request: the wire error it answers with.
///
/// Internal causes are logged when converted and never sent to the client.
#[derive(Debug)]
pub struct AppError {
    /// What the client is told.
    pub error: ApiError,
    /// Seconds to wait before retrying, sent as `Retry-After` (with 429).
    pub retry_after: Option<u64>,
}

impl AppError {
    /// 404 with a sentence about what was not found.
    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError::new(ErrorCode::NotFound, message).into()
    }

    /// 429 with the number of seconds to wait.
    pub fn rate_limited(wait_seconds: u64) -> Self {
        let wait_seconds = wait_seconds.max(1);
        AppError {
            error: ApiError::new(
                ErrorCode::RateLimited,
                format!("Too many requests. Try again in {wait_seconds} seconds."),
            ),
            retry_after: Some(wait_seconds),
        }
    }

    /// 405: the endpoint does not take this method.
    pub fn method_not_allowed() -> Self {
        ApiError::new(
            ErrorCode::MethodNotAllowed,
            "This endpoint does not accept that method.",
        )
        .into()
    }

    /// 500; the cause goes to the log only.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(%cause, "internal error");
        ApiError::new(
            ErrorCode::Internal,
            "Something went wrong on our side. Please try again in a moment.",
        )
        .into()
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.error.error.status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, axum::Json(self.error)).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

impl From<ApiError> for AppError {
    fn from(error: ApiError) -> Self {
        AppError {
            error,
            retry_after: None,
        }
    }
}

impl From<StorageError> for AppError {
    fn from(error: StorageError) -> Self {
        AppError::internal(error)
    }
}

impl From<crate::domain::DomainError> for AppError {
    fn from(error: crate::domain::DomainError) -> Self {
        use crate::domain::DomainError;
        match error {
            DomainError::DesignNotFound => {
                AppError::not_found("This design does not exist (or no longer does).")
            }
            DomainError::NotAllowed { current, next } => AppError::from(ApiError::new(
                ErrorCode::Conflict,
                format!(
                    "A design that is {} cannot become {}.",
                    current.label().to_lowercase(),
                    next.label().to_lowercase()
                ),
            )),
            DomainError::IntentsClosed(current) => AppError::from(ApiError::new(
                ErrorCode::Conflict,
                format!(
                    "A design that is {} takes no \"notify me\" or \"I'd buy it\": \
                     only once it reached its goal.",
                    current.label().to_lowercase()
                ),
            )),
            DomainError::UnknownSize { sizes } => AppError::from(ApiError::field(
                ErrorCode::BadRequest,
                "size",
                format!("Choose one of this design's sizes: {sizes}."),
            )),
            DomainError::Storage(error) => AppError::from(error),
        }
    }
}

impl From<JsonRejection> for AppError {
    fn from(rejection: JsonRejection) -> Self {
        let code = if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ErrorCode::PayloadTooLarge
        } else {
            ErrorCode::MalformedJson
        };
        AppError::from(ApiError::new(code, rejection.body_text()))
    }
}

impl From<QueryRejection> for AppError {
    fn from(rejection: QueryRejection) -> Self {
        AppError::from(ApiError::new(ErrorCode::BadRequest, rejection.body_text()))
    }
}

impl From<PathRejection> for AppError {
    fn from(_: PathRejection) -> Self {
        AppError::not_found("There is nothing at this address.")
    }
}

impl From<MultipartRejection> for AppError {
    fn from(rejection: MultipartRejection) -> Self {
        AppError::from(ApiError::new(
            ErrorCode::MalformedMultipart,
            format!(
                "Send the form as multipart/form-data ({}).",
                rejection.body_text()
            ),
        ))
    }
}

impl From<MultipartError> for AppError {
    fn from(error: MultipartError) -> Self {
        if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::from(ApiError::new(
                ErrorCode::PayloadTooLarge,
                "The upload is larger than 10 MB. Choose a smaller image.",
            ))
        } else {
            AppError::from(ApiError::new(
                ErrorCode::MalformedMultipart,
                format!("The form could not be read: {}.", error.body_text()),
            ))
        }
    }
}

/// `Json<T>` whose rejection is an [`AppError`], so malformed JSON gets the JSON error shape.
#[derive(Debug, axum::extract::FromRequest)]
#[from_request(via(axum::Json), rejection(AppError))]
pub struct Json<T>(pub T);

impl<T: serde::Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

/// `Query<T>` whose rejection is an [`AppError`] (400 with the JSON error shape).
#[derive(Debug, axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(AppError))]
pub struct Query<T>(pub T);

/// `Path<T>` whose rejection is a JSON 404: a malformed id names nothing.
#[derive(Debug, axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct Path<T>(pub T);
