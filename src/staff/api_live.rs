//! The typed client of the in-store endpoints: the leaderboard, a design with one
//! store's likes, and the QR code a hanger tag carries.
//!
//! Errors are [`crate::api`]'s: a non-2xx answer goes through
//! [`error_from_response`] like every other call.

use cocrea_api::{ApiError, Design, ErrorCode, Leaderboard, SortOrder};
use gloo_net::http::Request;
use serde::de::DeserializeOwned;

use crate::api::{error_from_response, ClientError};

/// `GET /api/leaderboard`: the `limit` best designs by `sort`, with `store`'s likes.
pub async fn leaderboard(
    sort: SortOrder,
    limit: u32,
    store: Option<&str>,
) -> Result<Leaderboard, ClientError> {
    let mut query = vec![
        ("sort", sort.as_str().to_owned()),
        ("limit", limit.to_string()),
    ];
    if let Some(store) = store {
        query.push(("store", store.to_owned()));
    }
    get_json(Request::get("/api/leaderboard").query(query)).await
}

/// `GET /api/displays/designs/{id}?store=`: one design as a hanger tag may show it
/// (403 until it is approved or liked enough), with `store`'s likes when given.
pub async fn design_in_store(id: i64, store: Option<&str>) -> Result<Design, ClientError> {
    let request = Request::get(&format!("/api/displays/designs/{id}"));
    let request = match store {
        Some(store) => request.query([("store", store)]),
        None => request,
    };
    get_json(request).await
}

/// The address of a design's QR code (`GET /api/designs/{id}/qr.svg`), which opens the
/// design's page; with a store, likes made through it count for that store too.
pub fn qr_code_url(id: i64, store: Option<&str>) -> String {
    match store {
        // Store codes are `[a-z0-9-]`: nothing to escape.
        Some(store) => format!("/api/designs/{id}/qr.svg?store={store}"),
        None => format!("/api/designs/{id}/qr.svg"),
    }
}

/// Sends a GET and reads a JSON answer, or the error it stands for.
async fn get_json<T: DeserializeOwned>(
    request: gloo_net::http::RequestBuilder,
) -> Result<T, ClientError> {
    let response = request
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|e| ClientError::Network(e.to_string()))?;
    let status = response.status();
    let body = response
        .text()
        .await
        .map_err(|e| ClientError::Network(e.to_string()))?;
    if !(200..300).contains(&status) {
        return Err(ClientError::Api(error_from_response(status, &body)));
    }
    serde_json::from_str(&body).map_err(|e| {
        ClientError::Api(ApiError::new(
            ErrorCode::Internal,
            format!("The server's answer could not be read: {e}"),
        ))
    })
}
