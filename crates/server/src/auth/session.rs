//! Sign-in sessions: a random token in an HttpOnly cookie, only its hash stored.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::HeaderMap;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use cocrea_api::{ApiError, ErrorCode};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::error::AppError;
use crate::state::AppState;
use crate::storage::{now_millis, UserRow};

/// The session cookie's name.
pub const COOKIE_NAME: &str = "cocrea_session";
/// How long a session lasts: 30 days.
pub const SESSION_DAYS: i64 = 30;

/// A new session token: 256 random bits, URL-safe.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database keeps of a token.
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// When a session started now ends, in unix milliseconds.
pub fn expiry_from_now() -> i64 {
    now_millis() + SESSION_DAYS * 24 * 3_600_000
}

/// The session token a request carries, if any.
pub fn token_of(headers: &HeaderMap) -> Option<String> {
    CookieJar::from_headers(headers)
        .get(COOKIE_NAME)
        .map(|cookie| cookie.value().to_owned())
        .filter(|token| !token.is_empty())
}

/// The cookie that carries a new session. Secure when the request came over
/// https (as a TLS-terminating proxy says with `X-Forwarded-Proto`).
pub fn session_cookie(token: String, headers: &HeaderMap) -> Cookie<'static> {
    Cookie::build((COOKIE_NAME, token))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(came_over_https(headers))
        .max_age(time::Duration::days(SESSION_DAYS))
        .build()
}

/// The cookie that removes the session cookie from the browser.
pub fn removal_cookie() -> Cookie<'static> {
    let mut cookie = Cookie::build((COOKIE_NAME, "")).path("/").build();
    cookie.make_removal();
    cookie
}

fn came_over_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|value| value.to_str().ok())
        .is_some_and(|proto| proto.eq_ignore_ascii_case("https"))
}

/// The signed-in user, required: the request is refused with 401 without one.
#[derive(Debug, Clone)]
pub struct CurrentUser(pub UserRow);

/// The signed-in user, if any.
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<UserRow>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let Some(token) = token_of(&parts.headers) else {
            return Ok(MaybeUser(None));
        };
        Ok(MaybeUser(
            state.store.session_user(token_hash(&token)).await?,
        ))
    }
}

/// A signed-in admin, required: 401 for visitors, 403 for plain users.
#[derive(Debug, Clone)]
pub struct AdminUser(pub UserRow);

impl FromRequestParts<AppState> for AdminUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let CurrentUser(user) = CurrentUser::from_request_parts(parts, state).await?;
        if user.is_admin() {
            Ok(AdminUser(user))
        } else {
            Err(AppError::from(ApiError::new(
                ErrorCode::Forbidden,
                "Only the brand's staff can do this.",
            )))
        }
    }
}

/// The signed-in user of a like, required (401 without one); the session is looked
/// up through the short-lived cache of recent sessions (`session_cache.rs`).
#[derive(Debug, Clone)]
pub struct LikingUser(pub UserRow);

impl FromRequestParts<AppState> for LikingUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let user = match token_of(&parts.headers) {
            Some(token) => {
                state
                    .recent_sessions
                    .user(&state.store, token_hash(&token))
                    .await?
            }
            None => None,
        };
        user.map(LikingUser).ok_or_else(signed_out)
    }
}

/// The refusal of a request that needs a signed-in user.
fn signed_out() -> AppError {
    AppError::from(ApiError::new(
        ErrorCode::Unauthorized,
        "Sign in to do this.",
    ))
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        match MaybeUser::from_request_parts(parts, state).await? {
            MaybeUser(Some(user)) => Ok(CurrentUser(user)),
            MaybeUser(None) => Err(signed_out()),
        }
    }
}
