//! How `/admin` words a refused request, in one place for every section.

use cocrea_api::ErrorCode;

use crate::api::ClientError;
use crate::contexts::Auth;
use crate::i18n::{msg, text};

/// Words for an admin whose request failed, saying what to do.
///
/// A refusal (403) means the account lost its staff role since the page opened;
/// other errors read as everywhere else in the app, in the reader's language.
pub fn admin_error_message(error: &ClientError) -> String {
    match error.code() {
        Some(ErrorCode::Forbidden) => text(msg::ADMIN_ERROR_FORBIDDEN),
        Some(ErrorCode::Unauthorized) => text(msg::ADMIN_ERROR_SESSION_ENDED),
        _ => error.user_message(),
    }
}

/// Marks the session as ended when the server says it is (a 401), so that the
/// page sends the admin to sign in again.
pub fn note_session_end(auth: Auth, error: &ClientError) {
    if error.is_unauthorized() {
        auth.signed_out();
    }
}
