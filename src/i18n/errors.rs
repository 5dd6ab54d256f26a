//! What the app says about an error, in the current language: chosen by the API's
//! error code (and the field at fault), never by the server's English sentence.

use cocrea_api::validation::{
    DESCRIPTION_MAX, NAME_MAX, NAME_MIN, PASSWORD_MAX, PASSWORD_MIN, TITLE_MAX, TITLE_MIN,
};
use cocrea_api::{ApiError, ErrorCode};

use super::{lang, msg, text, text_with, Arg, Lang, Msg};

/// The sentence for an error: the field's own words when a form field is at fault,
/// else the words for its code. Each says what to do.
pub fn error_message(error: &ApiError) -> String {
    if let Some(words) = error
        .field
        .as_deref()
        .and_then(|f| field_message(f, error.error))
    {
        return words;
    }
    // The server's sentence names the exact rule or step: in English it is shown as
    // it is, and other languages get the general words for the code.
    if lang() == Lang::En && server_words_are_sharper(error.error) {
        return error.message.clone();
    }
    text(code_message(error.error))
}

/// Codes whose server sentence says more than a general one can ("You cannot revoke
/// your own admin role; ask another admin.").
fn server_words_are_sharper(code: ErrorCode) -> bool {
    matches!(
        code,
        ErrorCode::Conflict
            | ErrorCode::InvalidUrl
            | ErrorCode::MissingField
            | ErrorCode::TooShort
            | ErrorCode::TooLong
            | ErrorCode::UnknownCategory
    )
}

/// What the app says when the server cannot be reached.
pub fn network_message() -> String {
    text(msg::ERROR_NETWORK)
}

/// The words for each code, whatever the field. Every code has its own: a code added
/// to the contract does not compile until it has words here.
fn code_message(code: ErrorCode) -> Msg {
    match code {
        ErrorCode::NotFound => msg::ERROR_NOT_FOUND,
        ErrorCode::PayloadTooLarge => msg::ERROR_PAYLOAD_TOO_LARGE,
        ErrorCode::UnsupportedImageType => msg::ERROR_UNSUPPORTED_IMAGE_TYPE,
        ErrorCode::InvalidImage => msg::ERROR_INVALID_IMAGE,
        ErrorCode::ImageDimensionsTooLarge => msg::ERROR_IMAGE_DIMENSIONS_TOO_LARGE,
        ErrorCode::ImageTooSmall => msg::ERROR_IMAGE_TOO_SMALL,
        ErrorCode::BadRequest
        | ErrorCode::MalformedJson
        | ErrorCode::MalformedMultipart
        | ErrorCode::InvalidCursor
        | ErrorCode::CrossSiteRequest
        | ErrorCode::MethodNotAllowed => msg::ERROR_BAD_REQUEST,
        ErrorCode::Unauthorized => msg::ERROR_UNAUTHORIZED,
        ErrorCode::InvalidCredentials => msg::ERROR_INVALID_CREDENTIALS,
        ErrorCode::EmailTaken => msg::ERROR_EMAIL_TAKEN,
        ErrorCode::InvalidEmail => msg::ERROR_INVALID_EMAIL,
        ErrorCode::CommonPassword => msg::ERROR_COMMON_PASSWORD,
        ErrorCode::Forbidden => msg::ERROR_FORBIDDEN,
        ErrorCode::Conflict => msg::ERROR_CONFLICT,
        ErrorCode::InvalidUrl => msg::ERROR_INVALID_URL,
        ErrorCode::MissingField => msg::ERROR_MISSING_FIELD,
        ErrorCode::TooShort => msg::ERROR_TOO_SHORT,
        ErrorCode::TooLong => msg::ERROR_TOO_LONG,
        ErrorCode::UnknownCategory => msg::ERROR_UNKNOWN_CATEGORY,
        ErrorCode::RateLimited => msg::ERROR_RATE_LIMITED,
        ErrorCode::Internal => msg::ERROR_INTERNAL,
    }
}

/// The words for an error beside a form field, from the shared validation rules
/// (`cocrea_api::validation`) and the server's answers about the same fields.
fn field_message(field: &str, code: ErrorCode) -> Option<String> {
    use ErrorCode::*;
    let min = |n: usize| [("min", Arg::from(n))];
    let max = |n: usize| [("max", Arg::from(n))];
    Some(match (field, code) {
        ("title", MissingField) => text(msg::FIELD_TITLE_MISSING),
        ("title", TooShort) => text_with(msg::FIELD_TITLE_TOO_SHORT, &min(TITLE_MIN)),
        ("title", TooLong) => text_with(msg::FIELD_TITLE_TOO_LONG, &max(TITLE_MAX)),
        ("description", TooLong) => {
            text_with(msg::FIELD_DESCRIPTION_TOO_LONG, &max(DESCRIPTION_MAX))
        }
        ("category", MissingField) => text(msg::FIELD_CATEGORY_MISSING),
        ("category", UnknownCategory) => text(msg::FIELD_CATEGORY_UNKNOWN),
        ("image", MissingField) => text(msg::FIELD_IMAGE_MISSING),
        ("image", PayloadTooLarge) => text(msg::FIELD_IMAGE_TOO_LARGE),
        ("image", UnsupportedImageType) => text(msg::FIELD_IMAGE_UNSUPPORTED),
        ("name", MissingField) => text(msg::FIELD_NAME_MISSING),
        ("name", TooShort) => text_with(msg::FIELD_NAME_TOO_SHORT, &min(NAME_MIN)),
        ("name", TooLong) => text_with(msg::FIELD_NAME_TOO_LONG, &max(NAME_MAX)),
        ("email", MissingField) => text(msg::FIELD_EMAIL_MISSING),
        ("password", MissingField) => text(msg::FIELD_PASSWORD_MISSING),
        ("password", TooShort) => text_with(msg::FIELD_PASSWORD_TOO_SHORT, &min(PASSWORD_MIN)),
        ("password", TooLong) => text_with(msg::FIELD_PASSWORD_TOO_LONG, &max(PASSWORD_MAX)),
        ("password", CommonPassword) => text(msg::FIELD_PASSWORD_COMMON),
        _ => return None,
    })
}
