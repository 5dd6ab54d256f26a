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
pub struct AppError(pub ApiError);

impl AppError {
    /// 404 with a sentence about what was not found.
    pub fn not_found(message: impl Into<String>) -> Self {
        AppError(ApiError::new(ErrorCode::NotFound, message))
    }

    /// 500; the cause goes to the log only.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(%cause, "internal error");
        AppError(ApiError::new(
            ErrorCode::Internal,
            "Something went wrong on our side. Please try again in a moment.",
        ))
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.error.status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        (status, axum::Json(self.0)).into_response()
    }
}

impl From<ApiError> for AppError {
    fn from(error: ApiError) -> Self {
        AppError(error)
    }
}

impl From<StorageError> for AppError {
    fn from(error: StorageError) -> Self {
        AppError::internal(error)
    }
}

impl From<JsonRejection> for AppError {
    fn from(rejection: JsonRejection) -> Self {
        let code = if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ErrorCode::PayloadTooLarge
        } else {
            ErrorCode::MalformedJson
        };
        AppError(ApiError::new(code, rejection.body_text()))
    }
}

impl From<QueryRejection> for AppError {
    fn from(rejection: QueryRejection) -> Self {
        AppError(ApiError::new(ErrorCode::BadRequest, rejection.body_text()))
    }
}

impl From<PathRejection> for AppError {
    fn from(_: PathRejection) -> Self {
        AppError::not_found("There is nothing at this address.")
    }
}

impl From<MultipartRejection> for AppError {
    fn from(rejection: MultipartRejection) -> Self {
        AppError(ApiError::new(
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
            AppError(ApiError::new(
                ErrorCode::PayloadTooLarge,
                "The upload is larger than 10 MB. Choose a smaller image.",
            ))
        } else {
            AppError(ApiError::new(
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
