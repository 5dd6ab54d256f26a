//! Link previews: `/designs/{id}` carries the design's Open Graph and Twitter card
//! tags in the HTML itself, for chat apps and social sites that run no JavaScript.

use crate::helpers::{spawn_app_with, TestApp};

/// An `index.html` shaped like the built app's.
const INDEX: &str = "<!doctype html><html><head><meta charset=utf-8>\
    <meta content=\"cocrea: like the community's designs\" name=description>\
    <title>cocrea</title></head><body><noscript>x</noscript></body></html>";

/// Starts a server whose app page is [`INDEX`], with adjusted settings.
async fn spawn(adjust: impl FnOnce(&mut cocrea_server::Config)) -> TestApp {
    spawn_app_with(|config| {
        std::fs::write(config.dist_dir.join("index.html"), INDEX).unwrap();
        adjust(config);
    })
    .await
}

/// The page as a chat app fetches it: no cookies, no JavaScript.
async fn page(app: &TestApp, path: &str) -> String {
    let response = app
        .anonymous()
        .get(format!("{}{path}", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.text().await.unwrap()
}

/// The `content` of the `<meta>` with this `property` or `name`.
fn meta<'a>(html: &'a str, key: &str) -> Option<&'a str> {
    ["property", "name"].iter().find_map(|attribute| {
        let marker = format!("<meta {attribute}=\"{key}\" content=\"");
        let start = html.find(&marker)? + marker.len();
        Some(&html[start..start + html[start..].find('"')?])
    })
}

#[tokio::test]
async fn a_public_designs_page_carries_its_preview_with_absolute_escaped_values() {
    let app = spawn(|config| config.public_url = Some("https://shop.example.com".into())).await;
    let design = app.submit_valid("Red \"Wrap\" <Dress> & belt").await;
    let id = design["id"].as_i64().unwrap();
    let html = page(&app, &format!("/designs/{id}")).await;

    let title = "Red &quot;Wrap&quot; &lt;Dress&gt; &amp; belt";
    assert_eq!(meta(&html, "og:title"), Some(title));
    assert_eq!(meta(&html, "twitter:title"), Some(title));
    assert_eq!(
        meta(&html, "og:description"),
        Some("Linen wrap dress with a tie belt.")
    );
    assert_eq!(meta(&html, "description"), meta(&html, "og:description"));
    assert!(
        !html.contains("like the community's designs"),
        "one description"
    );
    let image = format!(
        "https://shop.example.com{}",
        design["image"]["url"].as_str().unwrap()
    );
    assert_eq!(meta(&html, "og:image"), Some(image.as_str()));
    assert_eq!(meta(&html, "twitter:image"), Some(image.as_str()));
    assert_eq!(
        meta(&html, "og:url"),
        Some(format!("https://shop.example.com/designs/{id}").as_str())
    );
    assert_eq!(meta(&html, "og:type"), Some("article"));
    assert_eq!(meta(&html, "twitter:card"), Some("summary_large_image"));
    assert!(!html.contains("<Dress>"), "nothing unescaped");
}

#[tokio::test]
async fn without_a_public_address_the_preview_uses_the_requests_host() {
    let app = spawn(|_| {}).await;
    let design = app.submit_valid("Linen shirt").await;
    let id = design["id"].as_i64().unwrap();
    let html = app
        .anonymous()
        .get(format!("{}/designs/{id}", app.url))
        .header("host", "tags.example.org")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let image = format!(
        "http://tags.example.org{}",
        design["image"]["url"].as_str().unwrap()
    );
    assert_eq!(meta(&html, "og:image"), Some(image.as_str()));
    assert_eq!(
        meta(&html, "og:url"),
        Some(format!("http://tags.example.org/designs/{id}").as_str())
    );
}

#[tokio::test]
async fn designs_in_review_unknown_ids_and_other_pages_get_no_preview() {
    let app = spawn(|config| config.moderation = cocrea_server::config::Switch::On).await;
    let pending = app.submit_valid("Secret skirt").await["id"]
        .as_i64()
        .unwrap();
    for path in [
        format!("/designs/{pending}"),
        "/designs/987654".to_owned(),
        "/designs/abc".to_owned(),
        "/".to_owned(),
    ] {
        let html = page(&app, &path).await;
        assert_eq!(meta(&html, "og:title"), None, "{path}");
        assert!(!html.contains("Secret skirt"), "{path}");
    }
    // Even its designer's own view of it carries no preview to share.
    let own = app
        .get(&format!("/designs/{pending}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(own.contains("Secret skirt"), "the designer sees it");
    assert_eq!(meta(&own, "og:title"), None);
}
