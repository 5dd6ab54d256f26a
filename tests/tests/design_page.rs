//! The page a hanger tag's QR code opens, `/designs/:id`: its first HTML already holds
//! the design (read here without JavaScript), and the app in real Chromium starts from
//! it instead of asking the server for the same design again.

use cocrea_e2e::{spawn_app_with, start_browser, TestApp};
use fantoccini::Locator;

/// The first demo design as the API lists it.
async fn first_design(app: &TestApp) -> serde_json::Value {
    let page: serde_json::Value = reqwest::get(app.at("/api/designs?limit=1"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    page["items"][0].clone()
}

/// `text` as it reads inside HTML.
fn html_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// How many times the page asked the server for `/api/designs/{id}` (the browser's own
/// record of what it fetched).
const DESIGN_FETCHES: &str = "return performance.getEntriesByType('resource')\
     .filter((entry) => new URL(entry.name).pathname === '/api/designs/' + arguments[0])\
     .length;";

#[tokio::test]
async fn a_design_pages_first_html_holds_the_design_and_the_app_starts_from_it() {
    let app = spawn_app_with(|config| config.demo = true).await;
    let design = first_design(&app).await;
    let id = design["id"].as_i64().unwrap();
    let title = design["title"].as_str().unwrap();
    let image = design["image"]["url"].as_str().unwrap();

    // What a phone receives before any script runs.
    let response = reqwest::get(app.at(&format!("/designs/{id}")))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    let heading = format!("<h1 class=\"design-title\">{}</h1>", html_escaped(title));
    assert!(html.contains(&heading), "no {heading} in the first HTML");
    assert!(
        html.contains(&format!(
            "<link rel=\"preload\" as=\"image\" href=\"{image}\""
        )),
        "the image is not preloaded"
    );
    assert!(
        html.contains(&format!("class=\"design-image\" src=\"{image}\"")),
        "the image is not in the first HTML"
    );
    assert!(html.contains(&format!("<title>{} · cocrea</title>", html_escaped(title))));
    assert!(html.contains("<script id=\"cocrea-design\" type=\"application/json\">"));

    // The app takes over from it without asking for the design again.
    let browser = start_browser().await;
    browser
        .goto(&app.at(&format!("/designs/{id}")))
        .await
        .unwrap();
    browser
        .wait_for_text(".design-page .design-title", title)
        .await;
    browser.wait_for(".design-page button.like-button").await;
    // The app swaps the first paint out once its own image has painted (at most 1.5 s
    // after it renders), so wait for that rather than expect it at once.
    browser.wait_until_gone(Locator::Id("first-paint")).await;
    let fetches = browser
        .execute(DESIGN_FETCHES, vec![id.into()])
        .await
        .unwrap();
    assert_eq!(fetches, 0, "the app asked for design {id} again");

    // The image reserved its box and offers the thumbnail to small screens.
    let srcset = browser
        .wait_for(".design-page img.design-image")
        .await
        .attr("srcset")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(srcset.contains(design["image"]["thumb_url"].as_str().unwrap()));

    browser.close().await;
}

#[tokio::test]
async fn an_unknown_design_gets_the_plain_app_which_says_so() {
    let app = spawn_app_with(|_| {}).await;
    let html = reqwest::get(app.at("/designs/987654"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !html.contains("cocrea-design"),
        "an unknown design was inlined"
    );
    assert!(!html.contains("first-paint"));

    let browser = start_browser().await;
    browser.goto(&app.at("/designs/987654")).await.unwrap();
    browser.wait_for(".not-found").await;
    browser.close().await;
}
