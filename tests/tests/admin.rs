//! The brand's administration through the real app in real Chromium: with
//! moderation on, a designer's submission waits for review; an admin approves
//! one (it reaches the gallery) and rejects another (its designer reads why).

use std::path::Path;
use std::time::{Duration, Instant};

use cocrea_e2e::{email_of, spawn_app_with, start_browser, write_test_png, Browser, TestApp, WAIT};
use cocrea_server::cli::{run_admin, AdminAction};
use cocrea_server::config::Switch;
use cocrea_server::Config;
use fantoccini::Locator;

/// A server whose new designs wait for review, and its settings (for the
/// `admin grant` command, which needs the same data directory).
async fn spawn_moderated_app() -> (TestApp, Config) {
    let mut settings = None;
    let app = spawn_app_with(|config| {
        config.moderation = Switch::On;
        settings = Some(config.clone());
    })
    .await;
    (app, settings.expect("the settings were made"))
}

/// Makes the account with this email an admin, as `cocrea-server admin grant` does.
async fn grant_admin(config: &Config, email: &str) {
    run_admin(
        config,
        AdminAction::Grant {
            email: email.to_owned(),
        },
    )
    .await
    .expect("the admin role is granted");
}

/// Fills in and sends the submit form (the browser is on `/submit`), then waits
/// for the new design's page.
async fn submit_design(browser: &Browser, title: &str, image: &Path) {
    let form = browser.wait_for("form#submit-form").await;
    form.find(Locator::Css("input[name=title]"))
        .await
        .unwrap()
        .send_keys(title)
        .await
        .unwrap();
    form.find(Locator::Css("textarea[name=description]"))
        .await
        .unwrap()
        .send_keys("A loose linen dress that wraps at the waist, with deep side pockets.")
        .await
        .unwrap();
    form.find(Locator::Css("select[name=category]"))
        .await
        .unwrap()
        .select_by_value("dresses")
        .await
        .unwrap();
    form.find(Locator::Css("input[type=file][name=image]"))
        .await
        .unwrap()
        .send_keys(image.to_str().unwrap())
        .await
        .unwrap();
    form.find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for("article.design-page").await;
    browser.wait_for_text("h1.design-title", title).await;
}

/// The XPath of a gallery card titled `title`.
fn gallery_card(title: &str) -> String {
    format!(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' design-card ')]\
         //*[contains(concat(' ', normalize-space(@class), ' '), ' design-card-title ')]\
         [normalize-space(.) = '{title}']"
    )
}

/// The XPath of the review queue's card for the design titled `title`.
fn pending_card(title: &str) -> String {
    format!(
        "//article[contains(concat(' ', normalize-space(@class), ' '), ' pending-design ')]\
         [.//*[contains(@class, 'admin-design-title')][normalize-space(.) = '{title}']]"
    )
}

/// Signs the browser out by forgetting its cookies, then signs up `name` and
/// makes them an admin; the browser ends on `/`.
async fn become_admin(browser: &Browser, app: &TestApp, config: &Config, name: &str) {
    browser.delete_all_cookies().await.unwrap();
    browser.sign_up(app, name, "/").await;
    grant_admin(config, &email_of(name)).await;
}

/// Waits until the element at `xpath` is gone (a reviewed design leaves the queue).
async fn wait_until_gone(browser: &Browser, xpath: &str) {
    let deadline = Instant::now() + WAIT;
    while browser.find(Locator::XPath(xpath)).await.is_ok() {
        assert!(
            Instant::now() < deadline,
            "{xpath} is still there after {WAIT:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_design_waits_for_review_and_reaches_the_gallery_once_an_admin_approves_it() {
    let (app, config) = spawn_moderated_app().await;
    let browser = start_browser().await;
    let files = tempfile::tempdir().unwrap();
    let png = write_test_png(files.path(), "linen-dress.png");
    let title = "Linen wrap dress with pockets";

    browser.sign_up(&app, "Mara Lind", "/submit").await;
    submit_design(&browser, title, &png).await;

    // Nobody else sees it yet: the gallery is empty.
    browser.goto(&app.at("/")).await.unwrap();
    browser.wait_for(".gallery-results .empty-state").await;
    assert!(
        browser
            .find(Locator::XPath(&gallery_card(title)))
            .await
            .is_err(),
        "a pending design is not in the gallery"
    );

    become_admin(&browser, &app, &config, "Ada Brand").await;
    // The header links to the administration for admins (after a reload: the
    // role is read when the app starts).
    browser.goto(&app.at("/")).await.unwrap();
    browser
        .wait_for("a.nav-admin[href='/admin']")
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for("nav.admin-nav").await;
    assert_eq!(browser.path().await, "/admin");
    let count = browser
        .wait_for(".admin-tab[data-section=review] .admin-tab-count")
        .await;
    assert!(
        count.text().await.unwrap().contains('1'),
        "one design waits"
    );

    let card = browser
        .wait()
        .at_most(WAIT)
        .for_element(Locator::XPath(&pending_card(title)))
        .await
        .unwrap_or_else(|error| panic!("{title:?} is not in the review queue: {error}"));
    assert!(card.text().await.unwrap().contains("Mara Lind"));
    card.find(Locator::Css("button.approve"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_for_text(
            ".admin-notice",
            &format!("Approved “{title}”: it is in the gallery now."),
        )
        .await;
    browser.wait_for(".admin-empty").await;

    browser.goto(&app.at("/")).await.unwrap();
    browser
        .wait()
        .at_most(WAIT)
        .for_element(Locator::XPath(&gallery_card(title)))
        .await
        .unwrap_or_else(|error| panic!("no gallery card titled {title:?}: {error}"));

    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_design_shows_its_reason_to_its_designer() {
    let (app, config) = spawn_moderated_app().await;
    let browser = start_browser().await;
    let files = tempfile::tempdir().unwrap();
    let png = write_test_png(files.path(), "coat.png");
    let kept = "Quilted cocoon coat";
    let refused = "Blurry patchwork skirt";
    let reason = "The photo is too blurry to judge the patchwork. Please upload a sharper one.";

    browser.sign_up(&app, "Mara Lind", "/submit").await;
    submit_design(&browser, kept, &png).await;
    browser.goto(&app.at("/submit")).await.unwrap();
    submit_design(&browser, refused, &png).await;

    become_admin(&browser, &app, &config, "Ada Brand").await;
    browser.goto(&app.at("/admin")).await.unwrap();
    let card = browser
        .wait()
        .at_most(WAIT)
        .for_element(Locator::XPath(&pending_card(refused)))
        .await
        .unwrap_or_else(|error| panic!("{refused:?} is not in the review queue: {error}"));
    card.find(Locator::Css("button.reject"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let form = card.find(Locator::Css("form.reject-form")).await.unwrap();
    // Sending without a reason is pointed out, and nothing changes.
    form.find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_for(".reject-form .field-error[data-field=reason]")
        .await;
    form.find(Locator::Css("textarea[name=reason]"))
        .await
        .unwrap()
        .send_keys(reason)
        .await
        .unwrap();
    form.find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_for_text(
            ".admin-notice",
            &format!("Rejected “{refused}”. Its designer reads your reason on their page."),
        )
        .await;
    wait_until_gone(&browser, &pending_card(refused)).await;
    // The other design still waits.
    browser
        .find(Locator::XPath(&pending_card(kept)))
        .await
        .expect("the other design still waits for review");

    // The designer signs in again and reads the reason on their page.
    browser.delete_all_cookies().await.unwrap();
    browser.goto(&app.at("/login?next=/me")).await.unwrap();
    browser
        .fill_in(
            "form#login-form",
            &[
                ("email", email_of("Mara Lind").as_str()),
                ("password", cocrea_e2e::PASSWORD),
            ],
        )
        .await;
    let note = browser.wait_for(".rejection-reason").await;
    let words = note.text().await.unwrap();
    assert!(words.contains(reason), "the designer reads {words:?}");

    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_on_the_way_to_admin_lands_on_the_admin_page() {
    // `/login` is the shoppers' bundle, which has no admin pages: going on to
    // `/admin` after signing in must load the staff bundle.
    let (app, config) = spawn_moderated_app().await;
    let browser = start_browser().await;
    become_admin(&browser, &app, &config, "Iris Vale").await;

    browser.delete_all_cookies().await.unwrap();
    browser.goto(&app.at("/login?next=/admin")).await.unwrap();
    browser
        .fill_in(
            "form#login-form",
            &[
                ("email", email_of("Iris Vale").as_str()),
                ("password", cocrea_e2e::PASSWORD),
            ],
        )
        .await;
    browser.wait_for(".admin-page").await;
    assert_eq!(browser.path().await, "/admin");

    browser.close().await;
}
