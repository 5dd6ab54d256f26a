//! `GET /api/designs/{id}/qr.svg`: the QR code a hanger tag prints, made here
//! (no outside service), opening the design's page with the store's code.

use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use serde::Deserialize;

use crate::error::{AppError, Path, Query};
use crate::state::AppState;

use super::likes::valid_store;

/// Routes of this file.
pub fn router() -> Router<AppState> {
    Router::new().route("/designs/{id}/qr.svg", get(qr_show))
}

/// The QR code's query.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QrQuery {
    /// The store whose tag this is; the design page then records likes for it.
    #[param(schema_with = cocrea_api::openapi::store_code)]
    store: Option<String>,
}

/// An SVG QR code for the design's page at the public address (`--public-url`), or
/// on this server as the request reached it when there is none.
#[utoipa::path(get, path = "/api/designs/{id}/qr.svg", tag = "live",
    params(("id" = i64, Path, description = "The design's id"), QrQuery),
    responses(
        (status = 200, description = "The QR code", content_type = "image/svg+xml"),
        (status = 404, description = "No such design", body = cocrea_api::ApiError),
    ))]
pub async fn qr_show(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<QrQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let store = valid_store(query.store)?;
    if state.store.design(id).await?.is_none() {
        return Err(AppError::not_found(
            "This design does not exist (or no longer does).",
        ));
    }
    let base = public_origin(&state, &headers);
    let mut target = format!("{base}/designs/{id}");
    if let Some(code) = store {
        target.push_str(&format!("?store={code}"));
    }
    let code = QrCode::with_error_correction_level(target.as_bytes(), EcLevel::M)
        .map_err(AppError::internal)?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    Ok((
        [
            (CONTENT_TYPE, HeaderValue::from_static("image/svg+xml")),
            (
                CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        image,
    )
        .into_response())
}

/// The site's address for links that leave the page (QR codes, link previews): the
/// public address (`--public-url`) when set, else this server as the request reached it.
pub(super) fn public_origin(state: &AppState, headers: &HeaderMap) -> String {
    match &state.displays.public_url {
        Some(public) => public.clone(),
        None => origin(headers),
    }
}

/// This server's origin as the browser sees it (behind a proxy too).
fn origin(headers: &HeaderMap) -> String {
    let header = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
    let host = header("x-forwarded-host")
        .or_else(|| header("host"))
        .unwrap_or("localhost");
    let scheme = match header("x-forwarded-proto") {
        Some(proto) if proto.eq_ignore_ascii_case("https") => "https",
        _ => "http",
    };
    format!("{scheme}://{host}")
}
