//! How `/admin` words a refused request, in one place for every section.

use cocrea_api::ErrorCode;

use crate::api::ClientError;
use crate::contexts::Auth;

/// Words for an admin whose request failed, saying what to do.
///
/// A refusal (403) means the account lost its staff role since the page opened;
/// other errors read as everywhere else in the app (a conflict, such as revoking
/// one's own role, in the server's own sentence).
pub fn admin_error_message(error: &ClientError) -> String {
    match error.code() {
        Some(ErrorCode::Forbidden) => {
            "Your account is no longer brand staff. Ask another admin to give you access again, then reload the page."
                .to_owned()
        }
        Some(ErrorCode::Unauthorized) => {
            "Your session has ended. Sign in again, then try once more.".to_owned()
        }
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
