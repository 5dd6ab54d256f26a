//! A shopper in a store scans a hanger tag's QR code (`/designs/ID?store=CODE`), likes
//! through the app (signing up on the way), and the likes count for that store: on the
//! tag and in the store's leaderboard, for the rest of the visit.

use cocrea_e2e::{spawn_app_with, start_browser, Browser, TestApp};
use fantoccini::Locator;

const STORE: &str = "madrid-01";

async fn demo_app() -> TestApp {
    spawn_app_with(|config| config.demo = true).await
}

/// Ids of the first `n` designs of the gallery's default order that can be liked.
async fn likeable_designs(browser: &Browser, n: usize) -> Vec<i64> {
    let answer = browser
        .execute(
            "return fetch('/api/designs?limit=50').then((r) => r.json());",
            vec![],
        )
        .await
        .expect("the designs load");
    answer["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["status"] == "voting")
        .map(|d| d["id"].as_i64().unwrap())
        .take(n)
        .collect()
}

/// The store's own like count of design `id`, from the store's leaderboard.
async fn store_likes(browser: &Browser, id: i64) -> Option<i64> {
    let answer = browser
        .execute(
            "return fetch('/api/leaderboard?limit=50&sort=top&store=' + arguments[0])\
                 .then((r) => r.json());",
            vec![STORE.into()],
        )
        .await
        .expect("the leaderboard loads");
    answer["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"].as_i64() == Some(id))
        .and_then(|d| d["store_likes"].as_i64())
}

async fn wait_for_store_likes(browser: &Browser, id: i64, expected: i64) {
    cocrea_e2e::eventually(
        &format!("design {id} to have {expected} likes from {STORE}"),
        || async {
            match store_likes(browser, id).await {
                Some(seen) if seen == expected => Ok(()),
                seen => Err(seen),
            }
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_like_after_scanning_a_tag_and_signing_up_counts_for_the_store() {
    let app = demo_app().await;
    let browser = start_browser().await;
    browser.goto(&app.at("/")).await.unwrap();
    let ids = likeable_designs(&browser, 2).await;
    let (first, second) = (ids[0], ids[1]);

    // The QR code on the hanger tag opens the design with the store's code.
    browser
        .goto(&app.at(&format!("/designs/{first}?store={STORE}")))
        .await
        .unwrap();
    browser
        .wait_for_text(".store-visit-note .store-visit-name", STORE)
        .await;
    let button = "article.design-page button.like-button";
    browser.wait_for(button).await.click().await.unwrap();

    // Signed out: the like waits through sign-in; this shopper signs up instead.
    browser.wait_for("form#login-form").await;
    browser
        .wait_for(".auth-switch a")
        .await
        .click()
        .await
        .unwrap();
    let email = cocrea_e2e::email_of("Lucía");
    browser
        .fill_in(
            "form#signup-form",
            &[
                ("name", "Lucía"),
                ("email", &email),
                ("password", cocrea_e2e::PASSWORD),
            ],
        )
        .await;
    browser.wait_for("article.design-page").await;
    assert_eq!(browser.path().await, format!("/designs/{first}"));
    browser
        .wait_for_attribute(button, "aria-pressed", "true")
        .await;
    wait_for_store_likes(&browser, first, 1).await;

    // Later in the visit, a design opened from the gallery (no code in its address)
    // is liked for the store too.
    browser.goto(&app.at("/")).await.unwrap();
    browser
        .goto(&app.at(&format!("/designs/{second}")))
        .await
        .unwrap();
    browser
        .wait_for_text(".store-visit-note .store-visit-name", STORE)
        .await;
    browser.wait_for(button).await.click().await.unwrap();
    browser
        .wait_for_attribute(button, "aria-pressed", "true")
        .await;
    wait_for_store_likes(&browser, second, 1).await;

    // The store's hanger tag shows it.
    browser
        .goto(&app.at(&format!("/tag/{first}?store={STORE}")))
        .await
        .unwrap();
    browser.wait_for_text(".tag-store-likes", "1").await;

    // And the brand's insights count both likes for the store.
    let insights = app
        .store
        .insights(cocrea_server::storage::now_millis())
        .await
        .unwrap();
    assert!(
        insights
            .likes_by_store
            .contains(&(Some(STORE.to_owned()), 2)),
        "likes by store: {:?}",
        insights.likes_by_store
    );

    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_store_visit_ends_two_hours_after_the_scan() {
    let app = demo_app().await;
    let browser = start_browser().await;
    browser.goto(&app.at("/")).await.unwrap();
    let first = likeable_designs(&browser, 1).await[0];
    browser
        .goto(&app.at(&format!("/designs/{first}?store={STORE}")))
        .await
        .unwrap();
    browser
        .wait_for_text(".store-visit-note .store-visit-name", STORE)
        .await;

    // The scan was three hours ago.
    browser
        .execute(
            "localStorage.setItem('cocrea-store-visit', arguments[0] + ' ' + (Date.now() - 3 * 3600 * 1000));",
            vec![STORE.into()],
        )
        .await
        .unwrap();
    browser
        .goto(&app.at(&format!("/designs/{first}")))
        .await
        .unwrap();
    browser
        .wait_for("article.design-page button.like-button")
        .await;
    let notes = browser
        .find_all(Locator::Css(".store-visit-note"))
        .await
        .unwrap();
    assert!(notes.is_empty(), "the note stays after the visit ended");

    browser.close().await;
}
