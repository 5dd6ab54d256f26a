//! Live counts in the store: a hanger tag and the store screen, open in real Chromium,
//! follow likes made elsewhere without a reload, and come back by themselves after the
//! server restarts.

use cocrea_e2e::{email_of, spawn_app_with, start_browser, Browser, RestartableApp, PASSWORD};
use fantoccini::Locator;
use serde_json::{json, Value};

/// Rows on the test screen: every public design fits, so the design watched is in
/// each ranking the screen turns through (it changes every ten seconds).
const SCREEN: &str = "/screen?limit=50";

/// A shopper outside the browser, with their own account and session cookie.
struct Shopper {
    http: reqwest::Client,
    base: String,
}

impl Shopper {
    /// Signs up `name` through the API.
    async fn sign_up(base: &str, name: &str) -> Shopper {
        let http = reqwest::Client::builder()
            .cookie_store(true)
            .build()
            .expect("an HTTP client");
        let response = http
            .post(format!("{base}/api/auth/signup"))
            .json(&json!({ "name": name, "email": email_of(name), "password": PASSWORD }))
            .send()
            .await
            .expect("the sign-up request is answered");
        assert!(
            response.status().is_success(),
            "sign-up answered {}",
            response.status()
        );
        Shopper {
            http,
            base: base.to_owned(),
        }
    }

    /// Likes design `id` (through `store`'s hanger tag, when given); answers the count.
    async fn like(&self, id: i64, store: Option<&str>) -> i64 {
        let mut url = format!("{}/api/designs/{id}/like", self.base);
        if let Some(store) = store {
            url.push_str(&format!("?store={store}"));
        }
        let response = self
            .http
            .put(url)
            .send()
            .await
            .expect("the like is answered");
        assert!(
            response.status().is_success(),
            "the like answered {}",
            response.status()
        );
        let state: Value = response.json().await.expect("a like state");
        state["likes"].as_i64().expect("a like count")
    }
}

/// A design still collecting likes, far enough from its goal that one more like keeps
/// it in every ranking: its id and like count.
async fn a_voting_design(base: &str) -> (i64, i64) {
    let page: Value = reqwest::get(format!("{base}/api/designs?sort=top&limit=50"))
        .await
        .expect("the gallery answers")
        .json()
        .await
        .expect("a page of designs");
    page["items"]
        .as_array()
        .expect("designs")
        .iter()
        .find(|d| {
            d["status"] == "voting" && d["likes"].as_i64() < Some(d["goal"].as_i64().unwrap() - 2)
        })
        .map(|d| (d["id"].as_i64().unwrap(), d["likes"].as_i64().unwrap()))
        .expect("a demo design in voting")
}

/// The screen row's count of design `id`.
fn screen_count(id: i64) -> String {
    format!(".screen-row[data-design-id='{id}'] .screen-likes")
}

/// Marks the page, so that a test can tell later that it was never reloaded.
async fn mark_page(browser: &Browser) {
    browser
        .execute("window.__notReloaded = true;", vec![])
        .await
        .expect("the page runs scripts");
}

async fn assert_not_reloaded(browser: &Browser, what: &str) {
    let marked = browser
        .execute("return window.__notReloaded === true;", vec![])
        .await
        .expect("the page runs scripts");
    assert_eq!(marked, Value::Bool(true), "{what} was reloaded");
}

/// Waits up to [`cocrea_e2e::WAIT`] until nothing matches `css`.
async fn wait_until_gone(browser: &Browser, css: &str) {
    browser.wait_until_gone(Locator::Css(css)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_like_from_another_session_moves_the_tag_and_the_screen_counts() {
    let app = spawn_app_with(|config| config.demo = true).await;
    let (id, likes) = a_voting_design(&app.url).await;
    let browser = start_browser().await;

    // The store screen in one window...
    browser.goto(&app.at(SCREEN)).await.unwrap();
    browser.wait_for(".store-screen").await;
    browser
        .wait_for_text(&screen_count(id), &likes.to_string())
        .await;
    mark_page(&browser).await;
    let screen_window = browser.window().await.unwrap();

    // ...and the design's hanger tag in Madrid in another.
    let tag_window = browser.new_window(true).await.unwrap().handle;
    browser.switch_to_window(tag_window.clone()).await.unwrap();
    browser
        .goto(&app.at(&format!("/tag/{id}?store=madrid-01")))
        .await
        .unwrap();
    browser
        .wait_for(&format!(".hanger-tag[data-design-id='{id}']"))
        .await;
    browser
        .wait_for_text(".tag-likes", &likes.to_string())
        .await;
    browser.wait_for_text(".tag-store-likes", "0").await;
    let qr = browser.wait_for("img.qr-code").await;
    assert_eq!(
        qr.attr("src").await.unwrap().as_deref(),
        Some(format!("/api/designs/{id}/qr.svg?store=madrid-01").as_str())
    );
    mark_page(&browser).await;

    // Someone scans the tag in Madrid and likes the design on their phone.
    let shopper = Shopper::sign_up(&app.url, "Noa Vidal").await;
    assert_eq!(shopper.like(id, Some("madrid-01")).await, likes + 1);

    browser
        .wait_for_text(".tag-likes", &(likes + 1).to_string())
        .await;
    browser.wait_for_text(".tag-store-likes", "1").await;
    assert_not_reloaded(&browser, "the tag").await;

    browser.switch_to_window(screen_window).await.unwrap();
    browser
        .wait_for_text(&screen_count(id), &(likes + 1).to_string())
        .await;
    assert_not_reloaded(&browser, "the screen").await;

    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_screen_recovers_by_itself_after_a_server_restart() {
    let mut app =
        tokio::task::block_in_place(|| RestartableApp::start(|config| config.demo = true));
    let (id, likes) = a_voting_design(&app.url).await;
    let browser = start_browser().await;

    browser.goto(&app.at(SCREEN)).await.unwrap();
    browser
        .wait_for_text(&screen_count(id), &likes.to_string())
        .await;
    browser.wait_for(".screen-live-on").await;
    mark_page(&browser).await;
    assert!(
        browser
            .find(Locator::Css(".reconnecting-mark"))
            .await
            .is_err(),
        "no reconnecting mark while the stream is up"
    );

    // The server goes away: the screen says it is reconnecting and keeps its rankings.
    tokio::task::block_in_place(|| app.stop());
    browser.wait_for(".reconnecting-mark").await;
    // "Live" gives way to the reconnecting mark: no screen claims to be live while it is not.
    assert!(
        browser.find(Locator::Css(".screen-live")).await.is_err(),
        "the Live marker stays while the stream is down"
    );
    browser
        .wait_for_text(&screen_count(id), &likes.to_string())
        .await;

    // It comes back on the same port with the same data; the screen reconnects alone.
    tokio::task::block_in_place(|| app.restart());
    wait_until_gone(&browser, ".reconnecting-mark").await;
    browser.wait_for(".screen-live-on").await;

    let shopper = Shopper::sign_up(&app.url, "Ines Duarte").await;
    assert_eq!(shopper.like(id, None).await, likes + 1);
    browser
        .wait_for_text(&screen_count(id), &(likes + 1).to_string())
        .await;
    assert_not_reloaded(&browser, "the screen").await;

    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tags_opened_again_and_again_in_one_tab_keep_loading_and_one_shown_from_history_is_current()
{
    let app = spawn_app_with(|config| config.demo = true).await;
    let (id, likes) = a_voting_design(&app.url).await;
    let browser = start_browser().await;
    // Signed in, as the brand's staff are: the header's bell holds a stream too.
    browser.sign_up(&app, "Olga Marin", "/").await;
    let tag = app.at(&format!("/tag/{id}"));
    browser.goto(&tag).await.unwrap();
    browser
        .wait_for_text(".tag-likes", &likes.to_string())
        .await;

    // The shopper opens other pages in the same tab: each kept page would hold its
    // stream (six connections per server in all), and the last one would never load.
    let others = [
        "/",
        "/designs/1",
        "/designs/2",
        "/designs/3",
        "/",
        "/designs/4",
    ];
    for other in others {
        browser.goto(&app.at(other)).await.unwrap();
        browser.wait_for(".site-header").await;
        browser.goto(&tag).await.unwrap();
        browser
            .wait_for(&format!(".hanger-tag[data-design-id='{id}']"))
            .await;
    }

    // Back to another page, a like meanwhile, and Forward to the tag: shown from the
    // browser's cache, it loads afresh and tells the new count.
    browser.back().await.unwrap();
    browser.wait_for(".site-header").await;
    let shopper = Shopper::sign_up(&app.url, "Ines Prado").await;
    assert_eq!(shopper.like(id, None).await, likes + 1);
    browser.forward().await.unwrap();
    browser
        .wait_for_text(".tag-likes", &(likes + 1).to_string())
        .await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_without_streams_comes_back_from_history_as_it_was() {
    let app = spawn_app_with(|config| config.demo = true).await;
    let browser = start_browser().await;
    // A signed-out shopper's gallery holds no live stream: Back shows it at once,
    // from the browser's cache, not loaded again.
    browser.goto(&app.at("/")).await.unwrap();
    browser.wait_for(".gallery-page .design-card").await;
    mark_page(&browser).await;
    browser.goto(&app.at("/designs/1")).await.unwrap();
    browser.wait_for(".site-header").await;
    browser.back().await.unwrap();
    browser.wait_for(".gallery-page .design-card").await;
    assert_not_reloaded(&browser, "the gallery").await;
    browser.close().await;
}
