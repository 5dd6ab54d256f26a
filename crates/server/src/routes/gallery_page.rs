//! `/`, the gallery every shopper opens first: the app's `index.html` with the
//! gallery's first page already in it, so a phone shows the cards' pictures before the
//! app has downloaded, and the app starts from that page instead of asking again.
//!
//! Into the page go: the page's JSON (`<script id="cocrea-gallery">`, what
//! `GET /api/designs` answers this viewer with no filters), a preload of the first
//! cards' thumbnails, and a first paint (`#first-paint`: the cards' pictures, titles
//! and designers, laid out with the gallery's classes) that the app replaces once its
//! own gallery is on screen (first_paint.rs). Only `/` without a query is filled in: a
//! filtered gallery (`/?sort=new`) and any failure get the plain `index.html`.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use cocrea_api::lang::Lang;
use cocrea_api::{Category, Design, DesignPage, DesignQuery, SortOrder};

use crate::auth::MaybeUser;
use crate::error::Query;
use crate::state::AppState;

use super::designs::designs_list;
use super::first_paint::{escape, into_page, script_json, site_header};
use super::page_words::{visitor_language, word};

/// The id of the `<script type="application/json">` that carries the first page.
pub const GALLERY_SCRIPT_ID: &str = "cocrea-gallery";

/// Cards whose thumbnails load at once and early: those a phone (two columns) shows
/// first (the app's `FIRST_SCREEN_CARDS`).
const FIRST_SCREEN_CARDS: usize = 4;

/// The route of this file, when the app is built (`dist/index.html` exists).
pub fn router(dist_dir: &Path) -> Router<AppState> {
    let Ok(index) = std::fs::read_to_string(dist_dir.join("index.html")) else {
        return Router::new();
    };
    let index: Arc<str> = index.into();
    Router::new().route(
        "/",
        get(move |state, viewer, headers, query| {
            gallery_page(state, viewer, headers, query, index.clone())
        }),
    )
}

/// The app's page with the gallery's first page in it, or the app's page as it is.
async fn gallery_page(
    state: State<AppState>,
    viewer: MaybeUser,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    index: Arc<str>,
) -> Response {
    let page = if query.is_some_and(|query| !query.is_empty()) {
        None
    } else {
        match designs_list(state, viewer, Query(DesignQuery::default())).await {
            Ok(page) => Some(page.0),
            Err(error) => {
                tracing::warn!(?error, "gallery page without its designs");
                None
            }
        }
    };
    let html = match page {
        Some(page) if !page.items.is_empty() => {
            with_gallery(&index, &page, visitor_language(&headers))
        }
        _ => index.to_string(),
    };
    (
        [(CACHE_CONTROL, HeaderValue::from_static("no-cache"))],
        Html(html),
    )
        .into_response()
}

/// `index` with the gallery's first `page` put in, its words in `lang`: head and first
/// paint.
fn with_gallery(index: &str, page: &DesignPage, lang: Lang) -> String {
    let mut head = String::new();
    for design in page.items.iter().take(FIRST_SCREEN_CARDS) {
        let _ = write!(
            head,
            "<link rel=\"preload\" as=\"image\" href=\"{}\" fetchpriority=\"high\">",
            escape(&design.image.thumb_url)
        );
    }
    let _ = write!(
        head,
        "<script id=\"{GALLERY_SCRIPT_ID}\" type=\"application/json\">{}</script>",
        script_json(page)
    );
    into_page(index, None, &head, &first_paint(&page.items, lang))
}

/// What a phone shows before the app runs: the brand, the gallery's heading and
/// controls (in `lang`, as the app's own), and the cards, each in its final place and
/// size, with its title and designer. Only the cards of the first screen
/// have their pictures: on a slow line every picture shares the bandwidth (a phone
/// loads lazy pictures far ahead of the screen), so the others would delay the first
/// screen's; their space stays reserved, and the app's own cards load them lazily.
fn first_paint(designs: &[Design], lang: Lang) -> String {
    let mut cards = String::new();
    for (n, design) in designs.iter().enumerate() {
        let image = &design.image;
        let title = escape(&design.title);
        let picture = if n < FIRST_SCREEN_CARDS {
            format!(
                "<img src=\"{thumb}\" alt=\"{title}\" width=\"{width}\" height=\"{height}\" \
                 loading=\"eager\" fetchpriority=\"high\">",
                thumb = escape(&image.thumb_url),
                width = image.thumb_width(),
                height = thumb_height(image.width, image.height),
            )
        } else {
            String::new()
        };
        let _ = write!(
            cards,
            "<article class=\"design-card\" data-design-id=\"{id}\"><div class=\"card-media\">\
             {picture}</div><div class=\"card-body\"><h2 class=\"design-card-title\">\
             <a class=\"card-link\" href=\"/designs/{id}\">{title}</a></h2>\
             <p class=\"card-designer\"><span class=\"designer-name\">{designer}</span></p>\
             </div></article>",
            id = design.id,
            designer = escape(&design.designer.name),
        );
    }
    format!(
        "<div id=\"first-paint\" inert>\
{header}<main class=\"site-main\"><div class=\"gallery-page\">\
         <header class=\"page-intro gallery-intro\"><h1>{heading}</h1><p>{intro}</p></header>\
         {controls}<div class=\"gallery-results\">\
         <div class=\"design-grid\">{cards}</div></div></div></main></div>",
        header = site_header(lang),
        heading = escape(word(lang, "gallery-heading")),
        intro = escape(word(lang, "gallery-intro")),
        controls = gallery_controls(lang),
    )
}

/// The gallery's search, sort and category controls as the app lays them out
/// (components/gallery/gallery_controls.rs), with the default filters chosen; inside
/// the inert first paint they only hold the place, so they carry no ids.
fn gallery_controls(lang: Lang) -> String {
    let w = |id: &str| escape(word(lang, id));
    let mut sorts = String::new();
    for sort in SortOrder::ALL {
        let _ = write!(
            sorts,
            "<option{}>{}</option>",
            if sort == SortOrder::default() {
                " selected"
            } else {
                ""
            },
            w(&format!("sort-{}", sort.as_str().replace('_', "-")))
        );
    }
    let mut categories = format!("<option selected>{}</option>", w("category-all"));
    for category in Category::ALL {
        let _ = write!(
            categories,
            "<option>{}</option>",
            w(&format!("category-{}", category.slug()))
        );
    }
    format!(
        "<form class=\"gallery-controls\"><div class=\"control control-search\">\
         <label>{search}</label><div class=\"search-row\">\
         <input type=\"search\" placeholder=\"{placeholder}\">\
         <button type=\"button\" class=\"button search-button\">{search_button}</button>\
         </div></div>\
         <div class=\"control\"><label>{sort}</label><select>{sorts}</select></div>\
         <div class=\"control\"><label>{category}</label><select>{categories}</select></div>\
         </form>",
        search = w("search-label"),
        placeholder = w("search-placeholder"),
        search_button = w("search-button"),
        sort = w("sort-label"),
        category = w("category-label"),
    )
}

/// The thumbnail's height, scaled as its width is (`ImageRef::thumb_width`).
fn thumb_height(width: u32, height: u32) -> u32 {
    let side = cocrea_api::limits::THUMB_SIDE;
    let longest = width.max(height);
    if longest <= side {
        return height;
    }
    let scaled =
        (u64::from(height) * u64::from(side) + u64::from(longest) / 2) / u64::from(longest);
    (scaled as u32).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cocrea_api::{Category, DesignStatus, DesignerRef, ImageRef};

    fn design(id: i64, title: &str) -> Design {
        Design {
            id,
            title: title.to_owned(),
            description: "</script><script>alert(1)</script>".to_owned(),
            category: Category::Dresses,
            designer: DesignerRef {
                id: 1,
                name: "Ana & Co".to_owned(),
            },
            image: ImageRef {
                url: format!("/api/images/{id}.jpg"),
                thumb_url: format!("/api/images/{id}-thumb.jpg"),
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
    fn the_page_carries_the_first_page_its_thumbnails_and_escaped_words() {
        let page = DesignPage {
            items: (1..=6).map(|id| design(id, "Red <b>Dress</b>")).collect(),
            next_cursor: Some("abc".to_owned()),
        };
        let html = with_gallery(INDEX, &page, Lang::En);
        assert!(html.contains("<title>cocrea</title>"));
        assert!(html.contains("Red &lt;b&gt;Dress&lt;/b&gt;</a></h2>"));
        assert!(html.contains("Ana &amp; Co"));
        // The first screen's thumbnails are preloaded and shown; the others wait for
        // the app (their cards are there, without pictures).
        assert_eq!(html.matches("rel=\"preload\" as=\"image\"").count(), 4);
        assert!(html.contains("href=\"/api/images/1-thumb.jpg\""));
        assert_eq!(html.matches("<img ").count(), 4);
        assert!(!html.contains("5-thumb.jpg\" alt"));
        assert_eq!(html.matches("<article class=\"design-card\"").count(), 6);
        assert!(html.contains("width=\"384\" height=\"480\""));
        // No description in the page; its `</script>` cannot end the JSON's element.
        assert_eq!(html.matches("</script>").count(), 1);
        let start = html.find("type=\"application/json\">").unwrap() + 24;
        let end = start + html[start..].find("</script>").unwrap();
        let back: DesignPage = serde_json::from_str(&html[start..end]).unwrap();
        assert_eq!(back, page);
        assert!(html.contains("<body><div id=\"first-paint\" inert>"));
        // The heading and the controls, in the visitor's language.
        assert!(html.contains("<h1>Designed by you. Made by us.</h1>"));
        assert!(html.contains("<option selected>Trending</option>"));
        let spanish = with_gallery(INDEX, &page, Lang::Es);
        assert!(spanish.contains("<option selected>Todas las categorías</option>"));
        assert!(spanish.contains("<option>Cerca de la meta</option>"));
    }
}
