//! Sharing and the designer's side in real Chromium: link previews in the HTML a chat
//! app fetches, the share button copying the link, designers' pages reached from a
//! card, and the designer's reply and an author's delete under a design.

use std::time::{Duration, Instant};

use cocrea_e2e::{spawn_app_with, start_browser, write_test_png, Browser, TestApp, WAIT};
use fantoccini::Locator;
use serde_json::{json, Value};

/// The first demo design as the API lists it.
async fn first_design(app: &TestApp) -> Value {
    let page: Value = reqwest::get(app.at("/api/designs?limit=1"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    page["items"][0].clone()
}

/// `text` as it reads inside an HTML attribute.
fn html_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The `content` of the `<meta>` with this `property` (or `name`) in `html`.
fn meta<'a>(html: &'a str, key: &str) -> Option<&'a str> {
    ["property", "name"].iter().find_map(|attribute| {
        let marker = format!("<meta {attribute}=\"{key}\" content=\"");
        let start = html.find(&marker)? + marker.len();
        Some(&html[start..start + html[start..].find('"')?])
    })
}

/// `n` with a comma between thousands, as the English pages write it.
fn grouped(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// Clicks the element matching `css` once it is there.
async fn click(browser: &Browser, css: &str) {
    browser
        .wait_for(css)
        .await
        .click()
        .await
        .unwrap_or_else(|error| panic!("clicking {css}: {error}"));
}

/// Waits until no element matches `css`.
async fn wait_until_gone(browser: &Browser, css: &str) {
    let deadline = Instant::now() + WAIT;
    while browser.find(Locator::Css(css)).await.is_ok() {
        assert!(
            Instant::now() < deadline,
            "`{css}` still there after {WAIT:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_designs_link_preview_is_in_the_html_a_chat_app_fetches() {
    let app = spawn_app_with(|config| config.demo = true).await;
    let design = first_design(&app).await;
    let id = design["id"].as_i64().unwrap();

    // A plain GET without cookies or JavaScript, as a chat app's link unfurler does.
    let html = reqwest::get(app.at(&format!("/designs/{id}")))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let title = html_escaped(design["title"].as_str().unwrap());
    assert_eq!(meta(&html, "og:title"), Some(title.as_str()));
    assert_eq!(meta(&html, "twitter:title"), Some(title.as_str()));
    let image = app.at(design["image"]["url"].as_str().unwrap());
    assert_eq!(
        meta(&html, "og:image"),
        Some(image.as_str()),
        "an absolute image URL"
    );
    assert_eq!(meta(&html, "twitter:image"), Some(image.as_str()));
    let url = app.at(&format!("/designs/{id}"));
    assert_eq!(meta(&html, "og:url"), Some(url.as_str()));
    assert_eq!(meta(&html, "og:type"), Some("article"));
    assert_eq!(meta(&html, "twitter:card"), Some("summary_large_image"));
    let description = meta(&html, "og:description").expect("a description");
    assert!(!description.is_empty());
    assert_eq!(meta(&html, "twitter:description"), Some(description));
    assert_eq!(
        html.matches("name=\"description\"").count(),
        1,
        "one description"
    );
    let head_end = html.find("</head>").unwrap();
    assert!(html.find("og:image").unwrap() < head_end, "in the head");
    // The image the preview names is there to fetch.
    let picture = reqwest::get(&image).await.unwrap();
    assert_eq!(picture.status(), 200);
    assert!(picture.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("image/"));
}

#[tokio::test]
async fn the_share_button_copies_the_link_where_there_is_no_share_sheet() {
    let app = spawn_app_with(|config| config.demo = true).await;
    let id = first_design(&app).await["id"].as_i64().unwrap();
    let browser = start_browser().await;
    browser
        .goto(&app.at(&format!("/designs/{id}")))
        .await
        .unwrap();
    browser.wait_for("article.design-page .share-button").await;
    // Headless Chromium on Linux has no share sheet; make sure of it, and note what
    // reaches the clipboard.
    browser
        .execute(
            "delete Navigator.prototype.share; delete navigator.share;\
             window.__copied = [];\
             const write = navigator.clipboard.writeText.bind(navigator.clipboard);\
             navigator.clipboard.writeText = (text) => { window.__copied.push(text); return write(text); };",
            vec![],
        )
        .await
        .unwrap();
    click(&browser, ".share-button").await;
    browser.wait_for_text(".share-status", "Link copied").await;
    let status = browser.find(Locator::Css(".share-status")).await.unwrap();
    assert_eq!(
        status.attr("role").await.unwrap().as_deref(),
        Some("status")
    );
    let copied = browser
        .execute("return window.__copied;", vec![])
        .await
        .unwrap();
    let link = app.at(&format!("/designs/{id}"));
    assert_eq!(copied, json!([link]));

    // Without the Clipboard API either, the older way copies it all the same.
    browser.refresh().await.unwrap();
    browser.wait_for("article.design-page .share-button").await;
    browser
        .execute(
            "delete Navigator.prototype.share; delete Navigator.prototype.clipboard;\
             window.__commands = [];\
             const exec = document.execCommand.bind(document);\
             document.execCommand = (command) => {\
               window.__commands.push([command, document.activeElement.value]);\
               return exec(command);\
             };",
            vec![],
        )
        .await
        .unwrap();
    click(&browser, ".share-button").await;
    browser.wait_for_text(".share-status", "Link copied").await;
    let commands = browser
        .execute("return window.__commands;", vec![])
        .await
        .unwrap();
    assert_eq!(commands, json!([["copy", link]]));
    browser.close().await;
}

#[tokio::test]
async fn a_designers_name_on_a_card_opens_their_page_with_their_designs_and_totals() {
    let app = spawn_app_with(|config| config.demo = true).await;
    let browser = start_browser().await;
    browser.goto(&app.at("/")).await.unwrap();
    let link = browser.wait_for(".design-card .designer-link").await;
    let name = link.text().await.unwrap();
    let href = link.attr("href").await.unwrap().expect("a link");
    let designer_id: i64 = href.trim_start_matches("/designers/").parse().unwrap();
    link.click().await.unwrap();

    browser.wait_for_text(".designer-page h1", &name).await;
    assert_eq!(browser.path().await, format!("/designers/{designer_id}"));
    let expected: Value = reqwest::get(app.at(&format!("/api/designers/{designer_id}")))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let designs = expected["designs"].as_array().unwrap();
    assert!(!designs.is_empty(), "the demo designer has designs");
    browser.wait_for(".designer-page .design-card").await;
    let cards = browser
        .find_all(Locator::Css(".designer-page .design-card"))
        .await
        .unwrap();
    assert_eq!(cards.len(), designs.len());
    for card in &cards {
        let by = card.find(Locator::Css(".designer-link")).await.unwrap();
        assert_eq!(by.text().await.unwrap(), name, "every card is theirs");
    }
    let totals: Vec<String> = {
        let mut totals = Vec::new();
        for number in browser
            .find_all(Locator::Css(".designer-totals dd"))
            .await
            .unwrap()
        {
            totals.push(number.text().await.unwrap());
        }
        totals
    };
    assert_eq!(
        totals,
        [
            grouped(designs.len() as i64),
            grouped(expected["total_likes"].as_i64().unwrap()),
            grouped(expected["goals_reached"].as_i64().unwrap()),
        ]
    );
    let labels = browser
        .find(Locator::Css(".designer-totals"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(labels.contains("in all"), "{labels}");

    // An unknown designer: a clear not-found page.
    browser.goto(&app.at("/designers/987654")).await.unwrap();
    browser
        .wait_for_text("main h1", "We couldn't find this designer")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn after_submitting_the_designer_may_share_then_replies_to_a_comment_and_deletes_their_own() {
    let app = spawn_app_with(|_| {}).await;
    let images = tempfile::tempdir().unwrap();
    let image = write_test_png(images.path(), "dress.png");
    let browser = start_browser().await;
    browser.sign_up(&app, "Ana Costa", "/submit").await;
    browser.submit_design("Wrap dress in linen", &image).await;

    // The page says it worked and offers to share.
    browser
        .wait_for_text(".submitted-notice h2", "Your design is submitted!")
        .await;
    browser.wait_for(".submitted-notice .share-button").await;
    let id: i64 = browser
        .path()
        .await
        .trim_start_matches("/designs/")
        .parse()
        .unwrap();

    // A shopper asks something (through the API, as from their own phone).
    let fan = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let signed_up = fan
        .post(app.at("/api/auth/signup"))
        .json(&json!({"name": "Bea Fan", "email": "bea@example.com", "password": "linen summer wrap 42"}))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_up.status(), 201);
    let question: Value = fan
        .post(app.at(&format!("/api/designs/{id}/comments")))
        .json(&json!({"body": "Is it lined?"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let question_id = question["id"].as_i64().unwrap();

    // The designer answers under the question.
    browser
        .goto(&app.at(&format!("/designs/{id}")))
        .await
        .unwrap();
    let question_css = format!("li.comment[data-comment-id='{question_id}']");
    browser.wait_for(&question_css).await;
    let fan_link = browser
        .find(Locator::Css(&format!("{question_css} a.comment-author")))
        .await
        .unwrap();
    assert_eq!(fan_link.text().await.unwrap(), "Bea Fan");
    assert!(
        browser
            .find(Locator::Css(&format!("{question_css} .comment-delete")))
            .await
            .is_err(),
        "no Delete on someone else's comment"
    );
    click(&browser, &format!("{question_css} .comment-reply")).await;
    let reply_box = browser
        .wait_for(&format!("{question_css} form.reply-form textarea"))
        .await;
    reply_box
        .send_keys("Yes, with cotton voile.")
        .await
        .unwrap();
    click(
        &browser,
        &format!("{question_css} form.reply-form button[type=submit]"),
    )
    .await;
    let reply = browser
        .wait_for_text(
            &format!("{question_css} .comment-replies .comment-body"),
            "Yes, with cotton voile.",
        )
        .await;
    let _ = reply;
    browser
        .wait_for_text(
            &format!("{question_css} .comment-replies .designer-mark"),
            "Designer",
        )
        .await;
    let comments: Value = reqwest::get(app.at(&format!("/api/designs/{id}/comments")))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(comments[1]["reply_to"], question_id, "stored as a reply");
    // After a reload, the reply is still under the question.
    browser.refresh().await.unwrap();
    browser
        .wait_for_text(
            &format!("{question_css} .comment-replies .comment-body"),
            "Yes, with cotton voile.",
        )
        .await;

    // The designer's own comment, then deleted by its author.
    browser
        .fill_in(
            "form.comment-form:not(.reply-form)",
            &[("body", "Thanks all, more colours soon!")],
        )
        .await;
    let own = browser
        .wait_for_text(
            "ol.comment-list > li.comment:last-child > .comment-body",
            "Thanks all, more colours soon!",
        )
        .await;
    let own_id = own
        .find(Locator::XPath(".."))
        .await
        .unwrap()
        .attr("data-comment-id")
        .await
        .unwrap()
        .expect("the comment's id");
    let own_css = format!("li.comment[data-comment-id='{own_id}']");
    browser
        .execute("window.confirm = () => true;", vec![])
        .await
        .unwrap();
    click(&browser, &format!("{own_css} .comment-delete")).await;
    wait_until_gone(&browser, &own_css).await;
    browser
        .wait_for_text(".comments-notice", "The comment is deleted.")
        .await;
    let comments: Value = reqwest::get(app.at(&format!("/api/designs/{id}/comments")))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        comments.as_array().unwrap().len(),
        2,
        "the question and the reply stay"
    );
    browser.close().await;
}
