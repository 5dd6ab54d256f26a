//! A designer signs up and submits a design through the real app in real Chromium.

use cocrea_e2e::{spawn_app, start_browser, write_test_png, WAIT};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_designer_submits_a_design_and_finds_it_in_the_gallery() {
    let app = spawn_app().await;
    let browser = start_browser().await;
    let files = tempfile::tempdir().unwrap();
    let png = write_test_png(files.path(), "linen-dress.png");
    let title = "Linen wrap dress with pockets";

    browser.sign_up(&app, "Mara Lind", "/submit").await;
    browser
        .send_design_form(
            title,
            "A loose linen dress that wraps at the waist, with deep side pockets.",
            "dresses",
            &png,
        )
        .await;

    browser.wait_for("article.design-page").await;
    browser.wait_for_text("h1.design-title", title).await;
    browser
        .wait_for_text(".design-designer .designer-name", "Mara Lind")
        .await;

    browser.goto(&app.at("/")).await.unwrap();
    let card_title = format!(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' design-card ')]\
         //*[contains(concat(' ', normalize-space(@class), ' '), ' design-card-title ')]\
         [normalize-space(.) = '{title}']"
    );
    browser
        .wait()
        .at_most(WAIT)
        .for_element(Locator::XPath(&card_title))
        .await
        .unwrap_or_else(|error| panic!("no gallery card titled {title:?}: {error}"));

    browser.close().await;
}

/// Records every request the page sends from now on (`fetch` and `XMLHttpRequest`, the
/// upload's way) in `window.__sent`, as "METHOD url".
const RECORD_REQUESTS: &str = r#"
window.__sent = [];
const fetch = window.fetch;
window.fetch = function (input, init) {
    const method = (init && init.method) || (input && input.method) || 'GET';
    window.__sent.push(method + ' ' + (input && input.url ? input.url : String(input)));
    return fetch.apply(this, arguments);
};
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
    window.__sent.push(method + ' ' + url);
    return open.apply(this, arguments);
};
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_title_that_is_too_short_is_pointed_out_and_nothing_is_sent() {
    let app = spawn_app().await;
    let browser = start_browser().await;

    browser.sign_up(&app, "Mara Lind", "/submit").await;
    let form = browser.wait_for("form#submit-form").await;
    browser
        .execute(RECORD_REQUESTS, vec![])
        .await
        .expect("the page runs scripts");
    form.find(Locator::Css("input[name=title]"))
        .await
        .unwrap()
        .send_keys("Ab")
        .await
        .unwrap();
    form.find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();

    browser.wait_for(".field-error[data-field=title]").await;
    browser.wait_until_settled().await;
    assert_eq!(browser.path().await, "/submit");
    let sent = browser
        .execute(
            "return window.__sent.filter((request) => !request.startsWith('GET '));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        sent,
        serde_json::json!([]),
        "the form sent something although its title is too short"
    );

    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_out_visitor_of_submit_is_asked_to_sign_in_first() {
    let app = spawn_app().await;
    let browser = start_browser().await;

    browser.goto(&app.at("/submit")).await.unwrap();
    browser.wait_for("form#login-form").await;
    let url = browser.current_url().await.unwrap();
    assert_eq!(url.path(), "/login");
    assert_eq!(url.query(), Some("next=%2Fsubmit"));

    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_image_under_600_pixels_is_pointed_out_as_soon_as_it_is_chosen() {
    let app = cocrea_e2e::spawn_app_with(|config| config.min_image_side = 600).await;
    let browser = start_browser().await;
    let files = tempfile::tempdir().unwrap();
    // A 40 x 40 red square, as once reached a store's TV.
    let path = files.path().join("red-square.png");
    image::RgbImage::from_pixel(40, 40, image::Rgb([220, 0, 0]))
        .save(&path)
        .unwrap();

    browser.sign_up(&app, "Mara Lind", "/submit").await;
    let form = browser.wait_for("form#submit-form").await;
    form.find(Locator::Css("input[type=file][name=image]"))
        .await
        .unwrap()
        .send_keys(path.to_str().unwrap())
        .await
        .unwrap();
    let error = browser
        .wait_for(".field-error[data-field=image]")
        .await
        .text()
        .await
        .unwrap();
    assert!(error.contains("600"), "the error says how large: {error:?}");

    // Sending anyway is refused in the form, and nothing reaches the gallery.
    browser
        .send_design_form(
            "A red square",
            "Just a red square, forty pixels wide.",
            "tops",
            &std::fs::canonicalize(&path).unwrap(),
        )
        .await;
    browser.wait_for(".field-error[data-field=image]").await;
    assert_eq!(browser.path().await, "/submit");
    let designs = browser
        .execute(
            "return fetch('/api/designs').then((r) => r.json());",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(designs["items"], serde_json::json!([]));

    browser.close().await;
}
