//! The typed client of the in-store endpoints: the leaderboard, a design with one
//! store's likes, and the QR code a hanger tag carries.
//!
//! Errors are [`crate::api`]'s: every answer is read by [`crate::api::read_answer`].

use cocrea_api::{Design, Leaderboard, SortOrder};
use gloo_net::http::Request;

use crate::api::{get_json, ClientError};

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
