//! Accounts: sign up, sign in, sign out, and who is signed in.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::cookie::CookieJar;
use cocrea_api::{Account, ApiError, ErrorCode, LoginRequest, MyDesigns, SignupRequest};

use crate::auth::rate_limit::{self, AccountOrIp, ClientIp};
use crate::auth::session::{
    expiry_from_now, new_token, removal_cookie, session_cookie, token_hash, token_of,
};
use crate::auth::{password, CurrentUser};
use crate::error::{AppError, Json};
use crate::state::AppState;
use crate::storage::{CreateAccountError, UserRow};
use crate::wire;

use super::designs::designs_for_viewer;

/// Routes of this file; sign-up and sign-in are rate limited per IP.
pub fn router(rate_limits: bool) -> Router<AppState> {
    let signup = rate_limit::limit(
        Router::new().route("/auth/signup", post(auth_signup)),
        rate_limits,
        ClientIp,
        rate_limit::SIGNUPS_PER_IP,
    );
    let login = rate_limit::limit(
        Router::new().route("/auth/login", post(auth_login)),
        rate_limits,
        ClientIp,
        rate_limit::LOGINS_PER_IP,
    );
    // Signing out is never limited; the account-or-IP key keeps one browser from flooding.
    let logout = rate_limit::limit(
        Router::new().route("/auth/logout", post(auth_logout)),
        rate_limits,
        AccountOrIp,
        rate_limit::LOGINS_PER_IP,
    );
    Router::new()
        .merge(signup)
        .merge(login)
        .merge(logout)
        .route("/me", get(me_show))
        .route("/me/designs", get(me_designs))
}

/// Creates an account and signs it in.
#[utoipa::path(post, path = "/api/auth/signup", tag = "accounts", request_body = SignupRequest,
    responses(
        (status = 201, description = "Signed up and in; sets the session cookie", body = Account),
        (status = 409, description = "An account with this email exists", body = ApiError),
        (status = 422, description = "A field breaks a rule", body = ApiError),
        (status = 429, description = "Too many sign-ups from this address", body = ApiError),
    ))]
pub async fn auth_signup(
    State(state): State<AppState>,
    headers: HeaderMap,
    jar: CookieJar,
    Json(request): Json<SignupRequest>,
) -> Result<(StatusCode, CookieJar, Json<Account>), AppError> {
    let signup = request.validate().map_err(|mut errors| errors.remove(0))?;
    let secret = signup.password.clone();
    let hash = tokio::task::spawn_blocking(move || password::hash(&secret))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
    let user = match state
        .store
        .create_account(signup.name, signup.email, hash)
        .await
    {
        Ok(user) => user,
        Err(CreateAccountError::EmailTaken) => {
            return Err(ApiError::field(
                ErrorCode::EmailTaken,
                "email",
                "An account with this email exists. Sign in instead.",
            )
            .into())
        }
        Err(CreateAccountError::Storage(error)) => return Err(error.into()),
    };
    let jar = start_session(&state, &user, &headers, jar).await?;
    tracing::info!(user_id = user.id, "account created");
    Ok((StatusCode::CREATED, jar, Json(wire::account(user))))
}

/// Signs in with email and password.
#[utoipa::path(post, path = "/api/auth/login", tag = "accounts", request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in; sets a new session cookie", body = Account),
        (status = 401, description = "Wrong email or password", body = ApiError),
        (status = 429, description = "Too many attempts", body = ApiError),
    ))]
pub async fn auth_login(
    State(state): State<AppState>,
    headers: HeaderMap,
    jar: CookieJar,
    Json(request): Json<LoginRequest>,
) -> Result<(CookieJar, Json<Account>), AppError> {
    let email = cocrea_api::validation::normalize_email(&request.email);
    state.login_limit.check(&email)?;
    let found = state.store.account_by_email(email).await?;
    let attempt = request.password;
    let user = tokio::task::spawn_blocking(move || match found {
        Some((user, stored)) if password::verify(&attempt, &stored) => Some(user),
        Some(_) => None,
        None => {
            password::verify_nothing(&attempt);
            None
        }
    })
    .await
    .map_err(AppError::internal)?
    .ok_or_else(|| {
        AppError::from(ApiError::new(
            ErrorCode::InvalidCredentials,
            "The email or the password is wrong.",
        ))
    })?;
    let jar = start_session(&state, &user, &headers, jar).await?;
    Ok((jar, Json(wire::account(user))))
}

/// Signs out: ends the session on the server and removes the cookie.
#[utoipa::path(post, path = "/api/auth/logout", tag = "accounts",
    responses((status = 204, description = "Signed out (also when not signed in)")))]
pub async fn auth_logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    jar: CookieJar,
) -> Result<(StatusCode, CookieJar), AppError> {
    if let Some(token) = token_of(&headers) {
        let hash = token_hash(&token);
        state.store.delete_session(hash.clone()).await?;
        state.recent_sessions.forget(&hash);
    }
    Ok((StatusCode::NO_CONTENT, jar.add(removal_cookie())))
}

/// The signed-in account.
#[utoipa::path(get, path = "/api/me", tag = "accounts",
    responses(
        (status = 200, description = "The signed-in account", body = Account),
        (status = 401, description = "Not signed in", body = ApiError),
    ))]
pub async fn me_show(CurrentUser(user): CurrentUser) -> Json<Account> {
    Json(wire::account(user))
}

/// The signed-in person's designs and the designs they like.
#[utoipa::path(get, path = "/api/me/designs", tag = "accounts",
    responses(
        (status = 200, description = "Their designs and likes", body = MyDesigns),
        (status = 401, description = "Not signed in", body = ApiError),
    ))]
pub async fn me_designs(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> Result<Json<MyDesigns>, AppError> {
    let submitted = state.store.designs_by_designer(user.id).await?;
    let liked = state.store.designs_liked_by(user.id).await?;
    Ok(Json(MyDesigns {
        submitted: designs_for_viewer(&state, Some(&user), None, submitted).await?,
        liked: liked
            .into_iter()
            .map(|row| wire::design(row, true))
            .collect(),
    }))
}

/// Stores a new session for `user` and adds its cookie.
async fn start_session(
    state: &AppState,
    user: &UserRow,
    headers: &HeaderMap,
    jar: CookieJar,
) -> Result<CookieJar, AppError> {
    let token = new_token();
    state
        .store
        .create_session(user.id, token_hash(&token), expiry_from_now())
        .await?;
    Ok(jar.add(session_cookie(token, headers)))
}
