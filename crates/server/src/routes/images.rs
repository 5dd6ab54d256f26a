//! `GET /api/images/{name}`: stored images, immutable, cached for a year.

use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::error::{AppError, Path};
use crate::state::AppState;

/// Images are named by their content hash, so they never change.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route("/images/{name}", get(images_show))
}

/// A stored image (full size or thumbnail) as JPEG.
#[utoipa::path(get, path = "/api/images/{name}", tag = "designs",
    params(("name" = String, Path, description = "A file name from a design's image URLs")),
    responses(
        (status = 200, description = "The JPEG image", content_type = "image/jpeg"),
        (status = 304, description = "The client's copy is current"),
        (status = 404, description = "No such image", body = cocrea_api::ApiError),
    ))]
pub async fn images_show(
    State(state): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let not_found = || AppError::not_found("There is no image with this name.");
    if !crate::images::is_stored_file_name(&name) {
        return Err(not_found());
    }
    let etag = format!("\"{}\"", name.trim_end_matches(".jpg"));
    let etag_header = HeaderValue::from_str(&etag).map_err(AppError::internal)?;
    let cache_headers = [
        (ETAG, etag_header),
        (CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE)),
    ];
    let client_has_it = headers
        .get(IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value
                .split(',')
                .any(|tag| tag.trim() == etag || tag.trim() == "*")
        });
    if client_has_it {
        return Ok((StatusCode::NOT_MODIFIED, cache_headers).into_response());
    }
    let bytes = state.store.image(name).await?.ok_or_else(not_found)?;
    Ok((
        [(CONTENT_TYPE, HeaderValue::from_static("image/jpeg"))],
        cache_headers,
        bytes,
    )
        .into_response())
}
