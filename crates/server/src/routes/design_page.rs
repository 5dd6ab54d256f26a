//! `/designs/{id}`, the page a hanger tag's QR code opens: the app's `index.html`
//! with the design already in it, so a phone shows the picture and the title before
//! the app has downloaded, and the app starts from the design instead of asking again.
//!
//! Into the page go: the link preview of a public design (Open Graph and Twitter
//! card tags, see `link_preview`), the design's JSON (`<script id="cocrea-design">`, what
//! `GET /api/designs/{id}` answers this viewer), a preload of its image (srcset, high
//! priority), its title in `<title>`, and a first paint (`#first-paint`: the image and
//! the words) that the app replaces when its own design view is on screen. The app's
//! own files are asked for only once that image is painted, so on a slow line they do
//! not share the bandwidth with it (Lighthouse counts them into the LCP). Anything
//! else (an unknown id, a design this viewer may not see, a database error) gets the
//! plain `index.html`, and the app shows what it always shows.

use std::path::Path;
use std::sync::Arc;

use axum::extract::{Path as UrlPath, State};
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use cocrea_api::lang::Lang;
use cocrea_api::Design;

use crate::auth::MaybeUser;
use crate::domain::visibility;
use crate::state::AppState;
use crate::storage::UserRow;

use super::designs::designs_for_viewer;
use super::first_paint::{escape, into_page, script_json, site_header};
use super::link_preview::with_link_preview;
use super::page_words::visitor_language;
use super::qr::public_origin;

/// The id of the `<script type="application/json">` that carries the design.
pub const DESIGN_SCRIPT_ID: &str = "cocrea-design";

/// `sizes` of the design page's image: most of a phone's width, three fifths of a
/// laptop's (style/main.css, `.design-layout`).
pub const DESIGN_IMAGE_SIZES: &str = "(min-width: 900px) 58vw, 92vw";

/// The route of this file, when the app is built (`dist/index.html` exists).
pub fn router(dist_dir: &Path) -> Router<AppState> {
    let Ok(index) = std::fs::read_to_string(dist_dir.join("index.html")) else {
        return Router::new();
    };
    let index: Arc<str> = index.into();
    Router::new().route(
        "/designs/{id}",
        get(move |state, viewer, headers, id| {
            design_page(state, viewer, headers, id, index.clone())
        }),
    )
}

/// The app's page with the design in it, or the app's page as it is.
async fn design_page(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    index: Arc<str>,
) -> Response {
    let design = match id.parse::<i64>() {
        Ok(id) if id > 0 => design_for(&state, viewer.as_ref(), id).await,
        _ => None,
    };
    let lang = visitor_language(&headers);
    let page = match design {
        Some((design, true)) => with_link_preview(
            &with_design(&index, &design, lang),
            &design,
            &public_origin(&state, &headers),
        ),
        Some((design, false)) => with_design(&index, &design, lang),
        None => index.to_string(),
    };
    (
        [(CACHE_CONTROL, HeaderValue::from_static("no-cache"))],
        Html(page),
    )
        .into_response()
}

/// The design as `GET /api/designs/{id}` shows it to `viewer`, when they may see it
/// (the domain decides, as for the API), and whether it is public (only a public
/// design's page carries a link preview).
async fn design_for(state: &AppState, viewer: Option<&UserRow>, id: i64) -> Option<(Design, bool)> {
    let row = match state.store.design(id).await {
        Ok(row) => row?,
        Err(error) => {
            tracing::warn!(%error, id, "design page without its design");
            return None;
        }
    };
    if !visibility::may_see(viewer, &row) {
        return None;
    }
    let public = visibility::is_public(&row);
    match designs_for_viewer(state, viewer, None, vec![row]).await {
        Ok(mut designs) => designs.pop().map(|design| (design, public)),
        Err(error) => {
            tracing::warn!(?error, id, "design page without its design");
            None
        }
    }
}

/// `index` with `design` put in: head and first paint.
fn with_design(index: &str, design: &Design, lang: Lang) -> String {
    let image = &design.image;
    let srcset = escape(&image.srcset());
    let head = format!(
        "<link rel=\"preload\" as=\"image\" href=\"{url}\" imagesrcset=\"{srcset}\" \
         imagesizes=\"{DESIGN_IMAGE_SIZES}\" fetchpriority=\"high\">\
         <script id=\"{DESIGN_SCRIPT_ID}\" type=\"application/json\">{json}</script>",
        url = escape(&image.url),
        json = script_json(design),
    );
    let body = first_paint(design, &srcset, lang);
    into_page(index, Some(&escape(&design.title)), &head, &body)
}

/// What a phone shows before the app runs: the brand, the image in its final place
/// and size, the title and the designer, laid out with the design page's classes.
fn first_paint(design: &Design, srcset: &str, lang: Lang) -> String {
    let image = &design.image;
    let title = escape(&design.title);
    format!(
        "<div id=\"first-paint\" inert>\
{header}<main class=\"site-main\"><article class=\"design-page\" data-design-id=\"{id}\">\
         <span class=\"back-link\" aria-hidden=\"true\">\u{2190}</span><div class=\"design-layout\"><figure class=\"design-figure\">\
         <img class=\"design-image\" src=\"{url}\" srcset=\"{srcset}\" \
         sizes=\"{DESIGN_IMAGE_SIZES}\" width=\"{width}\" height=\"{height}\" alt=\"{title}\" \
         style=\"--ratio: {width} / {height}\" fetchpriority=\"high\"></figure>\
         <div class=\"design-info\"><h1 class=\"design-title\">{title}</h1>\
         <p class=\"design-designer\"><strong class=\"designer-name\">{designer}</strong></p>\
         </div></div></article></main></div>",
        id = design.id,
        url = escape(&image.url),
        width = image.width,
        height = image.height,
        header = site_header(lang),
        designer = escape(&design.designer.name),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use cocrea_api::{Category, DesignStatus, DesignerRef, ImageRef};

    fn design(title: &str) -> Design {
        Design {
            id: 7,
            title: title.to_owned(),
            description: "</script><script>alert(1)</script>".to_owned(),
            category: Category::Dresses,
            designer: DesignerRef {
                id: 1,
                name: "Ana & Co".to_owned(),
            },
            image: ImageRef {
                url: "/api/images/a.jpg".to_owned(),
                thumb_url: "/api/images/a-thumb.jpg".to_owned(),
                width: 1200,
                height: 1500,
            },
            likes: 3,
            goal: 100,
            status: DesignStatus::Voting,
            created_at: "2026-01-01T00:00:00Z".to_owned(),
            liked_by_me: false,
            store_likes: None,
            rejection_reason: None,
            hidden: false,
        }
    }

    const INDEX: &str = "<!doctype html><html><head><title>cocrea</title></head>\
                         <body><noscript>x</noscript></body></html>";

    #[test]
    fn the_page_carries_the_design_its_image_and_its_escaped_words() {
        let page = with_design(INDEX, &design("Red <b>Dress</b>"), Lang::En);
        assert!(page.contains("<title>Red &lt;b&gt;Dress&lt;/b&gt; · cocrea</title>"));
        assert!(page.contains("<h1 class=\"design-title\">Red &lt;b&gt;Dress&lt;/b&gt;</h1>"));
        assert!(page.contains("Ana &amp; Co"));
        assert!(page.contains("rel=\"preload\" as=\"image\" href=\"/api/images/a.jpg\""));
        assert!(page.contains("srcset=\"/api/images/a-thumb.jpg 384w, /api/images/a.jpg 1200w\""));
        assert!(page.contains("width=\"1200\" height=\"1500\""));
        // The description's `</script>` cannot close the JSON's script element.
        assert_eq!(page.matches("</script>").count(), 1);
        let start = page.find("type=\"application/json\">").unwrap() + 24;
        let end = start + page[start..].find("</script>").unwrap();
        let back: Design = serde_json::from_str(&page[start..end]).unwrap();
        assert_eq!(back, design("Red <b>Dress</b>"));
        assert!(page.find("<body><div id=\"first-paint\" inert>").is_some());
    }
}
