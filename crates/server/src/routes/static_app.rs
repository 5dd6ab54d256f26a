//! The built browser app: files from `dist/`, and `index.html` for every
//! other path so deep links work. Never answers under `/api`.

use std::path::Path;

use axum::extract::Request;
use axum::http::header::CACHE_CONTROL;
use axum::http::HeaderValue;
use axum::middleware::{self, Next};
use axum::response::{Html, Response};
use axum::routing::{get, get_service};
use axum::Router;
use cocrea_api::staff_bundle::STAFF_BUNDLE_PATHS;
use tower_http::services::{ServeDir, ServeFile};

/// Served in place of the app when `dist/` has not been built.
const NOT_BUILT: &str = "<!doctype html><title>cocrea</title><p>The browser app is not built yet. \
     Run <code>cargo xtask run</code>, which builds it and starts the server.</p>";

/// Routes for the app's files.
pub fn router(dist_dir: &Path) -> Router {
    let index = dist_dir.join("index.html");
    if !index.exists() {
        tracing::warn!(dist = %dist_dir.display(), "the browser app is not built; serving a notice");
        return Router::new().fallback(get(|| async { Html(NOT_BUILT) }));
    }
    // `cargo xtask build` writes FILE.br and FILE.gz (brotli 11, gzip 9) beside each
    // text file: sent as they are, instead of compressed again on every request.
    let files = ServeDir::new(dist_dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(
            ServeFile::new(index.clone())
                .precompressed_br()
                .precompressed_gzip(),
        );
    // The paths in `STAFF_BUNDLE_PATHS` (the in-store and admin pages, the designers')
    // come from the staff bundle (dist/staff/, the whole app), so shoppers' phones
    // never download them; without it they fall back to the main app.
    let staff_index = dist_dir.join("staff").join("index.html");
    let staff_index = if staff_index.exists() {
        staff_index
    } else {
        index
    };
    let staff = get_service(
        ServeFile::new(staff_index)
            .precompressed_br()
            .precompressed_gzip(),
    );
    let mut router = Router::new();
    for path in STAFF_BUNDLE_PATHS {
        router = router.route(path, staff.clone());
    }
    router
        .fallback_service(files)
        .layer(middleware::from_fn(cache_policy))
}

/// Trunk names built assets by content hash: those are cached for good; the
/// rest (index.html, public files) is revalidated on every load.
async fn cache_policy(request: Request, next: Next) -> Response {
    let immutable = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    let policy = if immutable {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static(policy));
    response
}

/// Whether a path names a Trunk asset like `cocrea-0123456789abcdef_bg.wasm`.
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.split('.').next().unwrap_or_default();
    let stem = stem.trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        hash.len() == 16 && hash.bytes().all(|byte| byte.is_ascii_hexdigit())
    })
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn only_content_hashed_assets_are_cached_for_good() {
        assert!(is_hashed_asset("/cocrea-0123456789abcdef_bg.wasm"));
        assert!(is_hashed_asset("/main-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/favicon.svg"));
        assert!(!is_hashed_asset("/designs/12"));
    }
}
