//! The typed client of cocrea's JSON API: one async function per endpoint.
//!
//! Every function answers `Result<_, ClientError>`; [`read_answer`] is the one place
//! that turns an answer into its text or, when not 2xx, the shared [`ApiError`]
//! (through [`error_from_response`]), for this module, `crate::api_notify` and the
//! staff bundle's clients alike.

use cocrea_api::{
    Account, ApiError, CategoryInfo, Design, DesignPage, DesignQuery, ErrorCode, Health, LikeState,
    LoginRequest, MyDesigns, SignupRequest,
};
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why a call to the API did not give an answer the app can use.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientError {
    /// The request never got an HTTP answer (offline, server down, aborted).
    Network(String),
    /// The server answered with an error.
    Api(ApiError),
}

impl ClientError {
    /// Whether the server said the thing asked for does not exist.
    pub fn is_not_found(&self) -> bool {
        self.code() == Some(ErrorCode::NotFound)
    }

    /// Whether the server said this needs a signed-in account (the session is gone).
    pub fn is_unauthorized(&self) -> bool {
        self.code() == Some(ErrorCode::Unauthorized)
    }

    /// The server's error code, when the server answered.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ClientError::Api(error) => Some(error.error),
            ClientError::Network(_) => None,
        }
    }

    /// Words a shopper understands, saying what happened and what to do.
    pub fn user_message(&self) -> String {
        match self {
            ClientError::Network(_) => crate::i18n::network_message(),
            ClientError::Api(error) => friendly_message(error),
        }
    }
}

impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClientError::Network(detail) => write!(f, "network error: {detail}"),
            ClientError::Api(error) => write!(f, "{:?}: {}", error.error, error.message),
        }
    }
}

impl std::error::Error for ClientError {}

/// The app's own words for an error, in the current language: by its code, and by
/// its field when a form field is at fault (see [`crate::i18n::error_message`]).
pub fn friendly_message(error: &ApiError) -> String {
    crate::i18n::error_message(error)
}

/// Turns a non-2xx answer into an [`ApiError`], whatever its body.
///
/// The server sends `{"error", "message", "field"?}`; a proxy in between may send
/// HTML or nothing, so anything else becomes an error chosen by the status.
pub fn error_from_response(status: u16, body: &str) -> ApiError {
    if let Ok(error) = serde_json::from_str::<ApiError>(body) {
        return error;
    }
    let code = match status {
        401 => ErrorCode::Unauthorized,
        403 => ErrorCode::Forbidden,
        404 => ErrorCode::NotFound,
        429 => ErrorCode::RateLimited,
        413 => ErrorCode::PayloadTooLarge,
        415 => ErrorCode::UnsupportedImageType,
        400..=499 => ErrorCode::BadRequest,
        _ => ErrorCode::Internal,
    };
    // As a u32: the app formats u32s already, and a u16's formatting would be one more.
    let status = u32::from(status);
    ApiError::new(code, format!("The server answered {status}."))
}

/// `GET /api/health`: whether the server is up, and its version.
pub async fn health() -> Result<Health, ClientError> {
    get_json(Request::get("/api/health")).await
}

/// `GET /api/categories`: the categories designs can belong to.
pub async fn categories() -> Result<Vec<CategoryInfo>, ClientError> {
    get_json(Request::get("/api/categories")).await
}

/// `GET /api/designs`: one page of the gallery.
pub async fn list_designs(query: &DesignQuery) -> Result<DesignPage, ClientError> {
    get_json(Request::get("/api/designs").query(query_pairs(query))).await
}

/// `GET /api/designs/{id}`: one design.
pub async fn get_design(id: i64) -> Result<Design, ClientError> {
    get_json(Request::get(&format!("/api/designs/{id}"))).await
}

/// `POST /api/auth/signup`: creates an account and signs it in (the server sets the cookie).
pub async fn signup(request: &SignupRequest) -> Result<Account, ClientError> {
    send_json(Request::post("/api/auth/signup"), request).await
}

/// `POST /api/auth/login`: signs in with email and password.
pub async fn login(request: &LoginRequest) -> Result<Account, ClientError> {
    send_json(Request::post("/api/auth/login"), request).await
}

/// `POST /api/auth/logout`: ends the session (204, also when there was none).
pub async fn logout() -> Result<(), ClientError> {
    no_content(Request::post("/api/auth/logout")).await
}

/// `GET /api/me`: the signed-in account; an `unauthorized` error when signed out.
pub async fn me() -> Result<Account, ClientError> {
    get_json(Request::get("/api/me")).await
}

/// `GET /api/me/designs`: what the signed-in person submitted and likes.
pub async fn my_designs() -> Result<MyDesigns, ClientError> {
    get_json(Request::get("/api/me/designs")).await
}

/// `PUT /api/designs/{id}/like` when `liked`, else `DELETE`: sets the viewer's like.
///
/// Both are idempotent, so sending the state wanted (never "toggle") can't count twice.
/// A like made during a store visit (a hanger tag's QR code scanned within the last
/// two hours, see `crate::store_visit`) carries `?store=CODE`, so it counts for the store.
pub async fn set_like(id: i64, liked: bool) -> Result<LikeState, ClientError> {
    let url = format!("/api/designs/{id}/like");
    if !liked {
        return get_json(Request::delete(&url)).await;
    }
    let store = crate::store_visit::current_store();
    let request = match &store {
        Some(code) => Request::put(&url).query([("store", code.as_str())]),
        None => Request::put(&url),
    };
    let answer = get_json(request).await;
    if answer.is_ok() && store.is_some() {
        crate::store_visit::touch();
    }
    answer
}

/// The query string pairs of `GET /api/designs`, leaving out what is absent.
pub fn query_pairs(query: &DesignQuery) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    if let Some(sort) = query.sort {
        pairs.push(("sort", sort.as_str().to_owned()));
    }
    if let Some(category) = query.category {
        pairs.push(("category", category.slug().to_owned()));
    }
    if let Some(q) = query.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        pairs.push(("q", q.to_owned()));
    }
    if let Some(limit) = query.limit {
        pairs.push(("limit", limit.to_string()));
    }
    if let Some(cursor) = &query.cursor {
        pairs.push(("cursor", cursor.clone()));
    }
    pairs
}

/// Sends a JSON body and reads a JSON answer, or the error it stands for.
pub(crate) async fn send_json<T: DeserializeOwned>(
    request: RequestBuilder,
    body: &impl Serialize,
) -> Result<T, ClientError> {
    let body = answer_text(with_json(request, body)).await?;
    decode(&body)
}

/// Sends a request without a body and reads a JSON answer, or the error it stands for.
pub(crate) async fn get_json<T: DeserializeOwned>(
    request: RequestBuilder,
) -> Result<T, ClientError> {
    let body = answer_text(accept_json(request)).await?;
    decode(&body)
}

/// The request with `body` as its JSON body (as gloo's `RequestBuilder::json`), or why not.
///
/// The generic part is only the serialising: the rest of the requests' code is shared
/// by every endpoint (one copy in the .wasm, not one per answer type).
fn with_json(request: RequestBuilder, body: &impl Serialize) -> Result<Request, ClientError> {
    let json = serde_json::to_string(body).map_err(|e| network(e.into()))?;
    json_request(request, json)
}

/// The request as it is, asking for JSON.
fn accept_json(request: RequestBuilder) -> Result<Request, ClientError> {
    request
        .header("Accept", "application/json")
        .build()
        .map_err(network)
}

fn json_request(request: RequestBuilder, json: String) -> Result<Request, ClientError> {
    request
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .body(json)
        .map_err(network)
}

/// Sends the request and reads a 2xx answer's text, or any other answer as an [`ApiError`].
async fn answer_text(request: Result<Request, ClientError>) -> Result<String, ClientError> {
    let response = send(request).await?;
    let status = response.status();
    let body = response.text().await.map_err(network)?;
    read_answer(status, body)
}

/// Sends the request: its answer, whatever its status.
async fn send(request: Result<Request, ClientError>) -> Result<Response, ClientError> {
    request?.send().await.map_err(network)
}

/// A request that got no HTTP answer (or could not be made).
fn network(error: gloo_net::Error) -> ClientError {
    ClientError::Network(error.to_string())
}

/// The one place an answer becomes what the app reads: a 2xx answer's text, or any
/// other answer as the [`ApiError`] it stands for (also for uploads, see
/// `crate::staff::upload`).
pub(crate) fn read_answer(status: u16, body: String) -> Result<String, ClientError> {
    if !(200..300).contains(&status) {
        return Err(ClientError::Api(error_from_response(status, &body)));
    }
    Ok(body)
}

/// A 2xx answer's JSON as `T`.
pub(crate) fn decode<T: DeserializeOwned>(body: &str) -> Result<T, ClientError> {
    serde_json::from_str(body).map_err(unreadable_answer)
}

/// The error for a 2xx answer that is not the JSON expected.
pub(crate) fn unreadable_answer(error: serde_json::Error) -> ClientError {
    ClientError::Api(ApiError::new(
        ErrorCode::Internal,
        format!("The server's answer could not be read: {error}"),
    ))
}

// ---------- Feedback: a design's timeline, comments and reports ----------

/// `GET /api/designs/{id}/timeline`: the statuses the design went through, oldest first.
pub async fn design_timeline(id: i64) -> Result<Vec<cocrea_api::admin::TimelineStep>, ClientError> {
    get_json(Request::get(&format!("/api/designs/{id}/timeline"))).await
}

/// `GET /api/designs/{id}/comments`: what people said about the design, oldest first.
pub async fn design_comments(id: i64) -> Result<Vec<cocrea_api::admin::Comment>, ClientError> {
    get_json(Request::get(&format!("/api/designs/{id}/comments"))).await
}

/// `POST /api/designs/{id}/comments`: posts a comment as the signed-in person.
pub async fn post_comment(
    id: i64,
    comment: &cocrea_api::admin::NewComment,
) -> Result<cocrea_api::admin::Comment, ClientError> {
    send_json(
        Request::post(&format!("/api/designs/{id}/comments")),
        comment,
    )
    .await
}

/// `POST /api/designs/{id}/reports`: tells the brand something is wrong with a design (204).
pub async fn report_design(
    id: i64,
    report: &cocrea_api::admin::ReportRequest,
) -> Result<(), ClientError> {
    send_json_no_content(Request::post(&format!("/api/designs/{id}/reports")), report).await
}

/// `DELETE /api/comments/{id}`: removes a comment (and its replies) for everyone: the
/// author's own, or any for the brand's staff (204).
pub async fn delete_comment(id: i64) -> Result<(), ClientError> {
    no_content(Request::delete(&format!("/api/comments/{id}"))).await
}

/// `GET /api/designers/{id}`: a designer's page (name, designs, totals).
pub async fn designer_page(id: i64) -> Result<cocrea_api::DesignerPage, ClientError> {
    get_json(Request::get(&format!("/api/designers/{id}"))).await
}

/// Sends a request without a body and accepts any 2xx answer (its body unread), or
/// reads the error it stands for.
pub(crate) async fn no_content(request: RequestBuilder) -> Result<(), ClientError> {
    answer_text(accept_json(request)).await.map(drop)
}

/// Sends a JSON body and accepts any 2xx answer (its body unread), or reads the error
/// it stands for.
pub(crate) async fn send_json_no_content(
    request: RequestBuilder,
    body: &impl Serialize,
) -> Result<(), ClientError> {
    answer_text(with_json(request, body)).await.map(drop)
}
