//! A shopper likes designs through the real app in real Chromium: one like per person,
//! shown at once, kept by the server, and waiting through sign-in when signed out.

use cocrea_e2e::{email_of, spawn_app_with, start_browser, Browser, TestApp, PASSWORD};
use fantoccini::Locator;

/// The first card in the gallery: its design id and like count.
async fn first_card(browser: &Browser) -> (i64, i64) {
    let card = browser.wait_for(".design-card").await;
    let id = card
        .attr("data-design-id")
        .await
        .unwrap()
        .expect("cards carry their design id")
        .parse()
        .unwrap();
    let count = card
        .find(Locator::Css("button.like-button .like-count"))
        .await
        .expect("a like button on the card")
        .text()
        .await
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    (id, count)
}

/// What the server says about the design for the signed-in browser: `(likes, liked_by_me)`.
async fn stored_like(browser: &Browser, id: i64) -> (i64, bool) {
    let design = browser
        .execute(
            "return fetch('/api/designs/' + arguments[0]).then((r) => r.json());",
            vec![id.into()],
        )
        .await
        .expect("the design loads");
    (
        design["likes"].as_i64().unwrap(),
        design["liked_by_me"].as_bool().unwrap(),
    )
}

/// Waits until the server has stored what the screen already shows.
async fn wait_until_stored(browser: &Browser, id: i64, expected: (i64, bool)) {
    cocrea_e2e::eventually(
        &format!("the server to hold (likes, liked) {expected:?} for design {id}"),
        || async {
            let stored = stored_like(browser, id).await;
            if stored == expected {
                Ok(())
            } else {
                Err(stored)
            }
        },
    )
    .await;
}

async fn demo_app() -> TestApp {
    spawn_app_with(|config| config.demo = true).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shopper_signs_up_likes_from_the_gallery_and_the_like_survives_a_reload() {
    let app = demo_app().await;
    let browser = start_browser().await;

    browser.sign_up(&app, "Bea", "/").await;
    let name = browser
        .wait_for(".account-name")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        name.contains("Bea"),
        "the header shows who is signed in: {name:?}"
    );

    let (id, likes) = first_card(&browser).await;
    let button = format!(".design-card[data-design-id='{id}'] button.like-button");
    let count = format!("{button} .like-count");
    browser
        .wait_for_attribute(&button, "aria-pressed", "false")
        .await;

    browser.wait_for(&button).await.click().await.unwrap();
    browser
        .wait_for_attribute(&button, "aria-pressed", "true")
        .await;
    browser
        .wait_for_text(&count, &(likes + 1).to_string())
        .await;
    wait_until_stored(&browser, id, (likes + 1, true)).await;

    browser.refresh().await.unwrap();
    browser
        .wait_for_attribute(&button, "aria-pressed", "true")
        .await;
    browser
        .wait_for_text(&count, &(likes + 1).to_string())
        .await;
    browser.wait_for(".account-name").await;

    browser.wait_for(&button).await.click().await.unwrap();
    browser
        .wait_for_attribute(&button, "aria-pressed", "false")
        .await;
    browser.wait_for_text(&count, &likes.to_string()).await;
    wait_until_stored(&browser, id, (likes, false)).await;

    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_out_like_leads_to_sign_in_and_back_with_the_like_done() {
    let app = demo_app().await;
    let browser = start_browser().await;

    // An account that exists, signed out from the header.
    browser.sign_up(&app, "Caio", "/").await;
    browser
        .wait_for("button.sign-out")
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for("a.nav-sign-in").await;

    let (id, likes) = first_card(&browser).await;
    browser
        .wait_for(&format!(
            ".design-card[data-design-id='{id}'] button.like-button"
        ))
        .await
        .click()
        .await
        .unwrap();

    browser.wait_for("form#login-form").await;
    let url = browser.current_url().await.unwrap();
    assert_eq!(url.path(), "/login");
    let query: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    assert!(
        query.contains(&("next".into(), format!("/designs/{id}"))),
        "{url}"
    );
    assert!(query.contains(&("like".into(), id.to_string())), "{url}");
    // Signing up instead keeps the way back and the like.
    let sign_up = browser
        .wait_for(".auth-switch a")
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sign_up, format!("/signup?next=%2Fdesigns%2F{id}&like={id}"));

    browser
        .fill_in(
            "form#login-form",
            &[("email", &email_of("Caio")), ("password", PASSWORD)],
        )
        .await;

    let button = "article.design-page button.like-button";
    browser.wait_for("article.design-page").await;
    assert_eq!(browser.path().await, format!("/designs/{id}"));
    browser
        .wait_for_attribute(button, "aria-pressed", "true")
        .await;
    browser
        .wait_for_text(&format!("{button} .like-count"), &(likes + 1).to_string())
        .await;
    wait_until_stored(&browser, id, (likes + 1, true)).await;
    // The pending like leaves the URL, so a reload does not like again.
    cocrea_e2e::eventually("?like= to leave the URL", || async {
        let url = browser.current_url().await.unwrap();
        match url.query() {
            None => Ok(()),
            Some(_) => Err(url.to_string()),
        }
    })
    .await;

    browser.refresh().await.unwrap();
    browser
        .wait_for_attribute(button, "aria-pressed", "true")
        .await;
    browser
        .wait_for_text(&format!("{button} .like-count"), &(likes + 1).to_string())
        .await;

    browser.close().await;
}
