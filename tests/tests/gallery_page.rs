//! The gallery every shopper opens first, `/`: its first HTML already holds the first
//! page of cards (read here without JavaScript), and the app in real Chromium starts
//! from it instead of asking the server for the same page again.

use cocrea_e2e::{spawn_app_with, start_browser};

/// How many times the page asked the server for a page of `/api/designs` (the
/// browser's own record of what it fetched).
const LIST_FETCHES: &str = "return performance.getEntriesByType('resource')\
     .filter((entry) => new URL(entry.name).pathname === '/api/designs')\
     .length;";

#[tokio::test]
async fn the_gallerys_first_html_holds_the_first_cards_and_the_app_starts_from_them() {
    let app = spawn_app_with(|config| config.demo = true).await;
    let page: serde_json::Value = reqwest::get(app.at("/api/designs"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let first = &page["items"][0];
    let thumb = first["image"]["thumb_url"].as_str().unwrap();

    // What a phone receives before any script runs: every card of the first page, the
    // first ones' thumbnails preloaded.
    let html = reqwest::get(app.at("/"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("<script id=\"cocrea-gallery\" type=\"application/json\">"));
    assert!(
        html.contains(&format!(
            "<link rel=\"preload\" as=\"image\" href=\"{thumb}\""
        )),
        "the first thumbnail is not preloaded"
    );
    for design in page["items"].as_array().unwrap() {
        let id = design["id"].as_i64().unwrap();
        assert!(
            html.contains(&format!("href=\"/designs/{id}\"")),
            "design {id} is not in the first HTML"
        );
    }
    // A filtered gallery is the plain app.
    let filtered = reqwest::get(app.at("/?sort=new"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!filtered.contains("first-paint"));

    // The app takes over from it (the first paint is gone once `goto` returns) without
    // asking for the first page again, and shows the same cards in the same order.
    let browser = start_browser().await;
    browser.goto(&app.at("/")).await.unwrap();
    browser.wait_for(".design-card button.like-button").await;
    let fetches = browser.execute(LIST_FETCHES, vec![]).await.unwrap();
    assert_eq!(
        fetches, 0,
        "the app asked for the gallery's first page again"
    );
    let shown = browser
        .execute(
            "return [...document.querySelectorAll('.design-card')].map((card) => Number(card.dataset.designId));",
            vec![],
        )
        .await
        .unwrap();
    let listed: Vec<i64> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|design| design["id"].as_i64().unwrap())
        .collect();
    assert_eq!(shown, serde_json::json!(listed));

    // Changing the order asks the server, as before.
    browser.goto(&app.at("/?sort=new")).await.unwrap();
    browser.wait_for(".design-card button.like-button").await;
    let fetches = browser.execute(LIST_FETCHES, vec![]).await.unwrap();
    assert_eq!(fetches, 1, "a filtered gallery did not ask for its page");
    browser.close().await;
}
