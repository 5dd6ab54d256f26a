//! The one error shape every endpoint answers with.

use serde::{Deserialize, Serialize};

/// What went wrong, as a stable machine-readable code.
///
/// The app shows its own (translatable) words for each code; the API's
/// `message` is an English sentence for API users.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 404: no such thing.
    NotFound,
    /// 400: a query parameter or path segment is not understood.
    BadRequest,
    /// 400: the JSON body does not parse or does not fit the request type.
    MalformedJson,
    /// 400: the multipart body does not parse.
    MalformedMultipart,
    /// 422: a required field is missing or empty.
    MissingField,
    /// 422: a text field is shorter than its rule allows.
    TooShort,
    /// 422: a text field is longer than its rule allows.
    TooLong,
    /// 422: the category is not one of the fixed list.
    UnknownCategory,
    /// 413: the request body or the file is larger than allowed.
    PayloadTooLarge,
    /// 415: the file is not a PNG, JPEG or WebP image.
    UnsupportedImageType,
    /// 422: the file claims to be an image but cannot be decoded.
    InvalidImage,
    /// 422: the image's dimensions are beyond what the server decodes.
    ImageDimensionsTooLarge,
    /// 422: the image is under `limits::MIN_IMAGE_SHORT_SIDE` pixels on its short side.
    ImageTooSmall,
    /// 400: the pagination cursor is not one the server gave out.
    InvalidCursor,
    /// 401: this needs a signed-in account.
    Unauthorized,
    /// 401: the email or the password is wrong (one code for both).
    InvalidCredentials,
    /// 403: a state-changing request came from another site.
    CrossSiteRequest,
    /// 403: the account may not do this.
    Forbidden,
    /// 409: an account with this email exists.
    EmailTaken,
    /// 409: the thing is not in a state that allows this (e.g. a lifecycle step).
    Conflict,
    /// 405: the endpoint exists but does not take this method (`Allow` lists those it takes).
    MethodNotAllowed,
    /// 422: the email address does not look like one.
    InvalidEmail,
    /// 422: the password is among the most common ones.
    CommonPassword,
    /// 422: the URL is not an http or https address.
    InvalidUrl,
    /// 429: too many requests; `Retry-After` says when to try again.
    RateLimited,
    /// 500: something failed on the server; details are in its log.
    Internal,
}

impl ErrorCode {
    /// The HTTP status that goes with this code.
    pub fn status(self) -> u16 {
        match self {
            ErrorCode::NotFound => 404,
            ErrorCode::BadRequest
            | ErrorCode::MalformedJson
            | ErrorCode::MalformedMultipart
            | ErrorCode::InvalidCursor => 400,
            ErrorCode::MissingField
            | ErrorCode::TooShort
            | ErrorCode::TooLong
            | ErrorCode::UnknownCategory
            | ErrorCode::InvalidImage
            | ErrorCode::ImageDimensionsTooLarge
            | ErrorCode::ImageTooSmall
            | ErrorCode::InvalidEmail
            | ErrorCode::CommonPassword
            | ErrorCode::InvalidUrl => 422,
            ErrorCode::Unauthorized | ErrorCode::InvalidCredentials => 401,
            ErrorCode::CrossSiteRequest | ErrorCode::Forbidden => 403,
            ErrorCode::EmailTaken | ErrorCode::Conflict => 409,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::RateLimited => 429,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::UnsupportedImageType => 415,
            ErrorCode::Internal => 500,
        }
    }
}

/// `{"error": "snake_case_code", "message": "human sentence", "field": "title"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiError {
    /// The machine-readable code.
    pub error: ErrorCode,
    /// An English sentence that says what to do.
    pub message: String,
    /// The input field at fault, when one is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    /// An error that is nobody's field in particular.
    pub fn new(error: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            error,
            message: message.into(),
            field: None,
        }
    }

    /// An error about one input field.
    pub fn field(error: ErrorCode, field: &str, message: impl Into<String>) -> Self {
        ApiError {
            error,
            message: message.into(),
            field: Some(field.to_owned()),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_serializes_to_the_documented_shape() {
        let error = ApiError::field(ErrorCode::TooShort, "title", "Too short.");
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"error": "too_short", "message": "Too short.", "field": "title"})
        );
        let plain = serde_json::to_value(ApiError::new(ErrorCode::NotFound, "No.")).unwrap();
        assert!(plain.get("field").is_none());
    }
}
