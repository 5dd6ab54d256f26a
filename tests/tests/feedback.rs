//! What the community says about a design, through the real app in real Chromium:
//! comments shown exactly as typed, reports, an admin deleting a comment, the
//! designer's marked replies, and the review a designer waits for when moderation is on.

use std::path::{Path, PathBuf};

use cocrea_e2e::{
    dist_dir, email_of, spawn_app_with, start_browser, write_test_png, Browser, TestApp, PASSWORD,
};
use cocrea_server::config::{Config, Switch};
use fantoccini::Locator;
use serde_json::{json, Value};

/// A comment that would be bold text and a script if it were taken as HTML.
const MARKUP: &str = "<b>bold</b><script>alert(1)</script>";

/// The server and the data directory it uses (for `admin grant`).
async fn app_with(configure: impl FnOnce(&mut Config)) -> (TestApp, PathBuf) {
    let mut data_dir = PathBuf::new();
    let app = spawn_app_with(|config| {
        configure(config);
        data_dir = config.data_dir.clone();
    })
    .await;
    (app, data_dir)
}

/// A client outside the browser, signed up and signed in as `name`.
async fn api_client(app: &TestApp, name: &str) -> reqwest::Client {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let response = client
        .post(app.at("/api/auth/signup"))
        .json(&json!({ "name": name, "email": email_of(name), "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{name} signs up");
    client
}

/// A signed-in client for `name`, made an admin as `cocrea-server admin grant` does.
async fn admin_client(app: &TestApp, data_dir: &Path, name: &str) -> reqwest::Client {
    let client = api_client(app, name).await;
    let config = Config::for_tests(data_dir, dist_dir());
    let grant = cocrea_server::cli::AdminAction::Grant {
        email: email_of(name),
    };
    cocrea_server::cli::run_admin(&config, grant)
        .await
        .expect("the admin is granted");
    client
}

/// The id of the design whose page the browser shows.
async fn shown_design_id(browser: &Browser) -> i64 {
    browser
        .wait_for("article.design-page")
        .await
        .attr("data-design-id")
        .await
        .unwrap()
        .expect("the design page carries its id")
        .parse()
        .unwrap()
}

/// Types `text` into the comment box and posts it.
async fn post_comment(browser: &Browser, text: &str) {
    browser
        .wait_for("form.comment-form textarea[name=body]")
        .await
        .send_keys(text)
        .await
        .unwrap();
    browser
        .find(Locator::Css("form.comment-form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_comment_with_markup_reads_as_typed_after_a_reload_is_reported_and_deleted_by_an_admin() {
    let (app, data_dir) = app_with(|config| config.demo = true).await;
    let designs: Value = reqwest::get(app.at("/api/designs?limit=1"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = designs["items"][0]["id"].as_i64().expect("a demo design");
    let browser = start_browser().await;

    browser
        .sign_up(&app, "Bea Ruiz", &format!("/designs/{id}"))
        .await;
    post_comment(&browser, MARKUP).await;
    browser
        .wait_for_text(".comment-list .comment-body", MARKUP)
        .await;

    browser.refresh().await.unwrap();
    let body = browser
        .wait_for_text(".comment-list .comment-body", MARKUP)
        .await;
    assert!(
        body.find_all(Locator::Css("b, script"))
            .await
            .unwrap()
            .is_empty(),
        "the comment's markup is text, not elements"
    );
    browser
        .wait_for_text(".comment-list .comment-author", "Bea Ruiz")
        .await;

    // Reporting: a reason from the list, then a thank-you.
    browser
        .wait_for("summary.report-toggle")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_for("form.report-form input[name=reason][value=copyright]")
        .await
        .click()
        .await
        .unwrap();
    browser
        .find(Locator::Css("form.report-form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_for_text(
            ".report-thanks",
            "Thank you for telling us. The brand will look at this design.",
        )
        .await;

    let admin = admin_client(&app, &data_dir, "Brand Boss").await;
    let reports: Value = admin
        .get(app.at("/api/admin/reports"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(reports[0]["design"]["id"], json!(id));
    assert_eq!(reports[0]["reasons"], json!(["copyright"]));

    // An admin deletes the comment from the page, after saying yes.
    browser
        .find(Locator::Css("button.sign-out"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for("a[href^='/login']").await;
    browser
        .goto(&app.at(&format!("/login?next=/designs/{id}")))
        .await
        .unwrap();
    let admin_email = email_of("Brand Boss");
    browser
        .fill_in(
            "form#login-form",
            &[("email", admin_email.as_str()), ("password", PASSWORD)],
        )
        .await;
    browser
        .wait_for(".comment-list button.comment-delete")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.get_alert_text().await.unwrap(),
        "Delete this comment for everyone?"
    );
    browser.accept_alert().await.unwrap();
    browser
        .wait_for_text(".comments-notice", "The comment is deleted.")
        .await;
    assert!(browser
        .find_all(Locator::Css(".comment-list li.comment"))
        .await
        .unwrap()
        .is_empty());
    let left: Value = reqwest::get(app.at(&format!("/api/designs/{id}/comments")))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(left, json!([]), "deleted on the server too");

    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_designer_waits_for_review_then_replies_marked_as_the_designer() {
    let (app, data_dir) = app_with(|config| config.moderation = Switch::On).await;
    let browser = start_browser().await;
    let files = tempfile::tempdir().unwrap();
    let png = write_test_png(files.path(), "wrap-top.png");

    // The designer submits; with moderation on the design waits for the brand.
    browser.sign_up(&app, "Ana Costa", "/submit").await;
    browser
        .send_design_form(
            "Wrap top in washed linen",
            "Cropped, ties at the side.",
            "tops",
            &png,
        )
        .await;
    let id = shown_design_id(&browser).await;
    let notice = browser.wait_for(".awaiting-review").await;
    let words = notice.text().await.unwrap();
    assert!(words.contains("waiting for the brand's review"), "{words}");
    let follow = notice.find(Locator::Css("a[href='/me']")).await;
    assert!(follow.is_ok(), "the notice leads to /me");

    browser.goto(&app.at("/me")).await.unwrap();
    let pending = browser.wait_for(".my-design .review-pending").await;
    assert!(pending
        .text()
        .await
        .unwrap()
        .contains("Waiting for the brand's review"));

    // The brand approves; a shopper asks a question.
    let admin = admin_client(&app, &data_dir, "Brand Boss").await;
    let approved = admin
        .post(app.at(&format!("/api/admin/designs/{id}/approve")))
        .send()
        .await
        .unwrap();
    assert_eq!(approved.status(), 200);
    let shopper = api_client(&app, "Bea Ruiz").await;
    let asked = shopper
        .post(app.at(&format!("/api/designs/{id}/comments")))
        .json(&json!({ "body": "Is it lined?" }))
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 201);

    // The designer answers on the design page.
    browser
        .goto(&app.at(&format!("/designs/{id}")))
        .await
        .unwrap();
    browser
        .wait_for_text(".comment-list .comment-body", "Is it lined?")
        .await;
    post_comment(&browser, "No, it's a single layer of linen.").await;
    let reply = browser
        .wait_for(".comment-list li.comment:nth-child(2) .designer-mark")
        .await;
    assert_eq!(reply.text().await.unwrap(), "Designer");
    let question_marks = browser
        .find_all(Locator::Css(
            ".comment-list li.comment:nth-child(1) .designer-mark",
        ))
        .await
        .unwrap();
    assert!(question_marks.is_empty(), "the shopper is not the designer");

    // The mark comes from the server: it is there for everyone after a reload.
    browser.refresh().await.unwrap();
    browser
        .wait_for_text(
            ".comment-list li.comment:nth-child(2) .comment-body",
            "No, it's a single layer of linen.",
        )
        .await;
    browser
        .wait_for_text(
            ".comment-list li.comment:nth-child(2) .designer-mark",
            "Designer",
        )
        .await;

    browser.close().await;
}
