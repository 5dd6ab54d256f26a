//! Cross-site request forgery: a state-changing request from another site is refused.
//!
//! Browsers say where a request comes from (`Sec-Fetch-Site`, `Origin`);
//! requests with neither header (non-browser clients) pass.

use axum::extract::Request;
use axum::http::header::{HOST, ORIGIN};
use axum::http::{HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use cocrea_api::{ApiError, ErrorCode};

use crate::error::AppError;

/// Middleware: refuses with 403 a state-changing request that a browser marks as cross-site.
pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    let safe_method = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe_method && is_cross_site(request.headers()) {
        return AppError::from(ApiError::new(
            ErrorCode::CrossSiteRequest,
            "This request came from another website and was refused.",
        ))
        .into_response();
    }
    next.run(request).await
}

/// Whether the browser says the request comes from another site.
fn is_cross_site(headers: &HeaderMap) -> bool {
    let header = |name| {
        headers
            .get(name)
            .and_then(|value: &axum::http::HeaderValue| value.to_str().ok())
    };
    if header("sec-fetch-site") == Some("cross-site") {
        return true;
    }
    let Some(origin) = header(ORIGIN.as_str()) else {
        return false;
    };
    let host = header("x-forwarded-host").or_else(|| header(HOST.as_str()));
    let origin_host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    match (origin_host, host) {
        (Some(origin_host), Some(host)) => !origin_host.eq_ignore_ascii_case(host),
        _ => true, // "null" or an unknown scheme: not our page
    }
}

#[cfg(test)]
mod tests {
    use super::is_cross_site;
    use axum::http::HeaderMap;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn requests_without_browser_headers_pass() {
        assert!(!is_cross_site(&headers(&[("host", "shop.example")])));
    }

    #[test]
    fn our_own_origin_passes_and_others_are_cross_site() {
        let own = headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "http://127.0.0.1:8080"),
        ]);
        assert!(!is_cross_site(&own));
        let other = headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "http://evil.example"),
        ]);
        assert!(is_cross_site(&other));
        let null = headers(&[("host", "127.0.0.1:8080"), ("origin", "null")]);
        assert!(is_cross_site(&null));
    }

    #[test]
    fn sec_fetch_site_cross_site_is_refused_even_with_a_matching_origin() {
        let forged = headers(&[
            ("host", "a.example"),
            ("origin", "http://a.example"),
            ("sec-fetch-site", "cross-site"),
        ]);
        assert!(is_cross_site(&forged));
        let same = headers(&[("host", "a.example"), ("sec-fetch-site", "same-origin")]);
        assert!(!is_cross_site(&same));
    }
}
