//! Notifications and what comes after the goal, through the real app in real
//! Chromium: the designer's bell counts a rejection, a comment and the goal live while
//! their design's page is open; a shopper who liked a design hears when it goes into
//! production; "I'd buy it" in a size, chosen on the design page, shows in the brand's
//! insights and in the CSV.

use std::path::Path;
use std::time::{Duration, Instant};

use cocrea_e2e::{email_of, spawn_app_with, start_browser, write_test_png, Browser, TestApp, WAIT};
use cocrea_server::cli::{run_admin, AdminAction};
use cocrea_server::config::Switch;
use cocrea_server::Config;
use fantoccini::Locator;
use serde_json::{json, Value};

/// A server with these settings, and the settings (for `admin grant`).
async fn spawn(configure: impl FnOnce(&mut Config)) -> (TestApp, Config) {
    let mut settings = None;
    let app = spawn_app_with(|config| {
        configure(config);
        settings = Some(config.clone());
    })
    .await;
    (app, settings.expect("the settings were made"))
}

/// A client outside the browser, signed up as `name` (an admin when `admin`).
async fn person(app: &TestApp, config: &Config, name: &str, admin: bool) -> reqwest::Client {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let response = client
        .post(app.at("/api/auth/signup"))
        .json(&json!({"name": name, "email": email_of(name), "password": "linen summer wrap 42"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "sign-up of {name}");
    if admin {
        let grant = AdminAction::Grant {
            email: email_of(name),
        };
        run_admin(config, grant)
            .await
            .expect("the admin role is granted");
    }
    client
}

/// Sends `body` (JSON, or none) with `method` to `path`; checks the status is 2xx.
async fn call(
    app: &TestApp,
    client: &reqwest::Client,
    method: &str,
    path: &str,
    body: Option<Value>,
) {
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut request = client.request(method.clone(), app.at(path));
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    assert!(
        response.status().is_success(),
        "{method} {path}: {}",
        response.status()
    );
}

/// Submits a design through the API as `client`; returns its id.
async fn submit(
    app: &TestApp,
    client: &reqwest::Client,
    title: &str,
    category: &str,
    image: &Path,
) -> i64 {
    let form = reqwest::multipart::Form::new()
        .text("title", title.to_owned())
        .text("description", "Made to be worn every day.")
        .text("category", category.to_owned())
        .part(
            "image",
            reqwest::multipart::Part::bytes(std::fs::read(image).unwrap())
                .file_name("design.png")
                .mime_str("image/png")
                .unwrap(),
        );
    let response = client
        .post(app.at("/api/designs"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "submitting {title}");
    response.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap()
}

/// Waits until the bell shows `count` unread (no badge for 0), without reloading.
async fn wait_for_bell(browser: &Browser, count: i64) {
    let deadline = Instant::now() + WAIT;
    loop {
        let shown = browser
            .execute(
                "const badge = document.querySelector('.notif-bell .notif-count');\
                 return badge && !badge.hidden ? badge.textContent.trim() : '0';",
                vec![],
            )
            .await
            .unwrap();
        if shown == Value::String(count.to_string()) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the bell did not show {count} within {WAIT:?}; it shows {shown}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Opens the bell's list and answers the notifications' sentences, newest first.
async fn open_bell(browser: &Browser, expected: usize) -> Vec<String> {
    browser.wait_for(".notif-bell").await.click().await.unwrap();
    let deadline = Instant::now() + WAIT;
    loop {
        let items = browser
            .find_all(Locator::Css(".notif-item .notif-text"))
            .await
            .unwrap();
        if items.len() >= expected {
            let mut texts = Vec::new();
            for item in items {
                texts.push(item.text().await.unwrap());
            }
            return texts;
        }
        assert!(
            Instant::now() < deadline,
            "{expected} notifications in the list"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The design page's marker that the whole page (header included) has started.
async fn on_design_page(browser: &Browser, app: &TestApp, id: i64) {
    browser
        .goto(&app.at(&format!("/designs/{id}")))
        .await
        .unwrap();
    browser.wait_for("article.design-page").await;
    browser.wait_for(".notif-bell").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejection_a_comment_and_the_goal_reach_the_designers_bell_live() {
    let (app, config) = spawn(|config| {
        config.moderation = Switch::On;
        config.like_goal = 1;
    })
    .await;
    let browser = start_browser().await;
    let files = tempfile::tempdir().unwrap();
    let image = write_test_png(files.path(), "dress.png");
    let brand = person(&app, &config, "Ada Brand", true).await;
    let fan = person(&app, &config, "Bo Fan", false).await;

    // Mara submits two designs in the app and keeps the second one's page open.
    browser.sign_up(&app, "Mara Lind", "/submit").await;
    browser.submit_design("Quilted coat", &image).await;
    let coat: i64 = browser
        .path()
        .await
        .trim_start_matches("/designs/")
        .parse()
        .unwrap();
    browser.goto(&app.at("/submit")).await.unwrap();
    browser.submit_design("Linen wrap dress", &image).await;
    let dress: i64 = browser
        .path()
        .await
        .trim_start_matches("/designs/")
        .parse()
        .unwrap();
    on_design_page(&browser, &app, dress).await;
    wait_for_bell(&browser, 0).await;

    call(
        &app,
        &brand,
        "POST",
        &format!("/api/admin/designs/{coat}/reject"),
        Some(json!({"reason": "Too close to last season's coat."})),
    )
    .await;
    wait_for_bell(&browser, 1).await;
    call(
        &app,
        &brand,
        "POST",
        &format!("/api/admin/designs/{dress}/approve"),
        None,
    )
    .await;
    wait_for_bell(&browser, 2).await;
    call(
        &app,
        &fan,
        "POST",
        &format!("/api/designs/{dress}/comments"),
        Some(json!({"body": "I'd wear it every day."})),
    )
    .await;
    wait_for_bell(&browser, 3).await;
    call(
        &app,
        &fan,
        "PUT",
        &format!("/api/designs/{dress}/like"),
        None,
    )
    .await;
    wait_for_bell(&browser, 4).await;
    assert_eq!(
        browser.path().await,
        format!("/designs/{dress}"),
        "still the same page: no reload, no navigation"
    );

    let said = open_bell(&browser, 4).await;
    assert!(
        said[0].contains("“Linen wrap dress” reached its goal"),
        "{said:?}"
    );
    assert!(
        said[1].contains("Bo Fan commented on “Linen wrap dress”"),
        "{said:?}"
    );
    assert!(
        said[2].contains("“Linen wrap dress” was approved"),
        "{said:?}"
    );
    assert!(
        said[3].contains("Too close to last season's coat."),
        "{said:?}"
    );

    // Following one marks it read and opens its design.
    browser
        .find_all(Locator::Css(".notif-item a"))
        .await
        .unwrap()
        .remove(3)
        .click()
        .await
        .unwrap();
    browser
        .wait_for_text("h1.design-title", "Quilted coat")
        .await;
    wait_for_bell(&browser, 3).await;
    browser.wait_for(".notif-bell").await.click().await.unwrap();
    browser
        .wait_for(".notif-mark-all")
        .await
        .click()
        .await
        .unwrap();
    wait_for_bell(&browser, 0).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shopper_who_liked_a_design_hears_when_it_goes_into_production() {
    let (app, config) = spawn(|config| config.like_goal = 1).await;
    let browser = start_browser().await;
    let files = tempfile::tempdir().unwrap();
    let image = write_test_png(files.path(), "dress.png");
    let brand = person(&app, &config, "Ada Brand", true).await;
    let designer = person(&app, &config, "Mara Lind", false).await;
    let dress = submit(&app, &designer, "Linen wrap dress", "dresses", &image).await;

    browser
        .sign_up(&app, "Bo Fan", &format!("/designs/{dress}"))
        .await;
    browser
        .wait_for("button.like-button")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_for_attribute("button.like-button", "aria-pressed", "true")
        .await;
    wait_for_bell(&browser, 0).await;

    call(
        &app,
        &brand,
        "POST",
        &format!("/api/admin/designs/{dress}/status"),
        Some(json!({"status": "in_production"})),
    )
    .await;
    wait_for_bell(&browser, 1).await;
    let said = open_bell(&browser, 1).await;
    assert_eq!(
        said,
        ["“Linen wrap dress”, which you liked, is going into production."]
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn id_buy_it_in_a_size_shows_in_the_brands_insights_and_csv() {
    let (app, config) = spawn(|config| config.like_goal = 1).await;
    let browser = start_browser().await;
    let files = tempfile::tempdir().unwrap();
    let image = write_test_png(files.path(), "boots.png");
    let designer = person(&app, &config, "Mara Lind", false).await;
    let fan = person(&app, &config, "Bo Fan", false).await;
    let boots = submit(&app, &designer, "Chelsea boots", "shoes", &image).await;
    call(
        &app,
        &fan,
        "PUT",
        &format!("/api/designs/{boots}/like"),
        None,
    )
    .await;

    // Signed out: the page invites to sign in.
    browser
        .goto(&app.at(&format!("/designs/{boots}")))
        .await
        .unwrap();
    browser.wait_for(".after-goal a[href^='/login']").await;

    browser
        .sign_up(&app, "Cai Shopper", &format!("/designs/{boots}"))
        .await;
    browser
        .wait_for("#intent-size")
        .await
        .select_by_value("41")
        .await
        .unwrap();
    browser
        .wait_for("button.buy-it")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_for_text(
            ".after-goal-said",
            "You'd buy it in size EU 41. The brand knows.",
        )
        .await;
    // Changing the size updates the one intent.
    browser
        .wait_for("#intent-size")
        .await
        .select_by_value("42")
        .await
        .unwrap();
    browser
        .wait_for("button.buy-it")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_for_text(
            ".after-goal-said",
            "You'd buy it in size EU 42. The brand knows.",
        )
        .await;

    // The brand's insights (same browser, now as an admin of the brand).
    browser.delete_all_cookies().await.unwrap();
    browser.sign_up(&app, "Ada Brand", "/").await;
    run_admin(
        &config,
        AdminAction::Grant {
            email: email_of("Ada Brand"),
        },
    )
    .await
    .unwrap();
    browser.goto(&app.at("/admin/insights")).await.unwrap();
    let row = browser
        .wait_for(&format!(
            ".intents-table .intent-row[data-design-id='{boots}']"
        ))
        .await;
    let text = row.text().await.unwrap();
    assert!(text.contains("Chelsea boots"), "{text}");
    assert!(text.contains("EU 42"), "{text}");
    assert!(text.ends_with('1'), "one person: {text}");
    assert_eq!(
        browser
            .find_all(Locator::Css(".intents-table .intent-row"))
            .await
            .unwrap()
            .len(),
        1
    );

    // The CSV the page's download link gives.
    let href = browser
        .wait_for("a.csv-download")
        .await
        .attr("href")
        .await
        .unwrap()
        .expect("the CSV link");
    let csv = browser
        .execute(
            "return fetch(arguments[0]).then((r) => r.text());",
            vec![href.into()],
        )
        .await
        .unwrap();
    let csv = csv.as_str().unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(",intents,intents_by_size"), "{header}");
    let line = csv
        .lines()
        .find(|line| line.starts_with(&format!("{boots},")))
        .expect("the boots' row");
    assert!(line.ends_with(",1,42=1"), "{line}");
    browser.close().await;
}
