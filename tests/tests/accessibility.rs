//! Accessibility of the real pages in real Chromium: axe-core (pinned in package.json,
//! installed into node_modules by `cargo xtask test`) is injected into each page and
//! finds no serious or critical violation; the gallery works by keyboard with a
//! visible focus, and fits a 360 px phone and a 1280 px window at 200% zoom.

use std::path::Path;

use cocrea_e2e::{
    email_of, eventually, spawn_app_with, start_browser, write_test_png, Browser, TestApp,
};
use cocrea_server::cli::{run_admin, AdminAction};
use cocrea_server::config::Switch;
use cocrea_server::Config;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::Value;

/// axe-core's browser build, from the workspace's node_modules.
fn axe_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("node_modules")
        .join("axe-core")
        .join("axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!(
            "{} cannot be read ({error}): run `npm ci` in the workspace root \
             (`cargo xtask test` does it when axe-core is missing)",
            path.display()
        )
    })
}

/// Runs axe-core on the page the browser shows and keeps its violations; calls a
/// callback (the last argument of an async script) with serious and critical ones.
const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ["violations"] })
  .then((results) => done(results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(" "),
        html: n.html,
        summary: n.failureSummary,
      })),
    }))))
  .catch((error) => done({ error: String(error) }));
"#;

/// The serious and critical violations axe-core finds on the page now, one readable
/// paragraph each (rule, what to fix, and each failing element's selector), labelled
/// with `page`.
async fn axe_violations(browser: &Browser, page: &str) -> Vec<String> {
    // Late renders and transitions (a status badge, a fading banner) end first.
    browser.wait_until_settled().await;
    let loaded = browser
        .execute("return typeof axe === 'object';", vec![])
        .await
        .unwrap();
    if loaded != Value::Bool(true) {
        browser
            .execute(&axe_source(), vec![])
            .await
            .expect("axe-core loads into the page");
    }
    let result = browser
        .execute_async(RUN_AXE, vec![])
        .await
        .unwrap_or_else(|error| panic!("axe-core runs on {page}: {error}"));
    if let Some(error) = result.get("error") {
        panic!("axe-core failed on {page}: {error}");
    }
    result
        .as_array()
        .expect("axe's violations are a list")
        .iter()
        .map(|violation| {
            let nodes: Vec<String> = violation["nodes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|node| {
                    format!(
                        "    - {}\n      {}\n      {}",
                        node["target"].as_str().unwrap_or("?"),
                        node["html"].as_str().unwrap_or(""),
                        node["summary"]
                            .as_str()
                            .unwrap_or("")
                            .replace('\n', "\n      ")
                    )
                })
                .collect();
            format!(
                "{page}: {} ({}): {} <{}>\n{}",
                violation["id"].as_str().unwrap_or("?"),
                violation["impact"].as_str().unwrap_or("?"),
                violation["help"].as_str().unwrap_or(""),
                violation["helpUrl"].as_str().unwrap_or(""),
                nodes.join("\n")
            )
        })
        .collect()
}

/// Images that speak: every picture outside an `aria-hidden` part has alt text, and a
/// design's picture is named by the design's title (on cards, its page, hanger tags
/// and store screens). Answers what is wrong.
const ALT_TEXT: &str = r#"
const problems = [];
for (const img of document.querySelectorAll("img")) {
  if (img.closest("[aria-hidden=true]")) continue;
  if (!(img.getAttribute("alt") || "").trim()) {
    problems.push("no alt text: " + img.outerHTML.slice(0, 160));
  }
}
for (const [box, picture, title] of [
  [".design-card", ".card-media img", ".design-card-title"],
  ["article.design-page", "img.design-image", "h1.design-title"],
  [".hanger-tag", "img.tag-image", ".tag-title"],
  [".screen-row", "img.screen-thumb", ".screen-title"],
]) {
  for (const design of document.querySelectorAll(box)) {
    const img = design.querySelector(picture);
    const name = design.querySelector(title);
    if (img && name && img.getAttribute("alt") !== name.textContent.trim()) {
      problems.push(box + ": the picture's alt text " + JSON.stringify(img.getAttribute("alt"))
        + " is not the design's title " + JSON.stringify(name.textContent.trim()));
    }
  }
}
return problems;
"#;

/// axe's findings and missing alt text on the page the browser shows, labelled `page`,
/// added to `found`.
async fn check_here(browser: &Browser, page: &str, found: &mut Vec<String>) {
    let violations = axe_violations(browser, page).await;
    println!("axe on {page}: {} serious or critical", violations.len());
    found.extend(violations);
    let images = browser.execute(ALT_TEXT, vec![]).await.unwrap();
    found.extend(
        images
            .as_array()
            .into_iter()
            .flatten()
            .map(|problem| format!("{page}: {}", problem.as_str().unwrap_or("?"))),
    );
}

/// Opens `path`, waits for `ready` (a CSS selector of the loaded content), then adds
/// what [`check_here`] finds to `found`.
async fn check_page(
    browser: &Browser,
    app: &TestApp,
    path: &str,
    ready: &str,
    found: &mut Vec<String>,
) {
    browser.goto(&app.at(path)).await.unwrap();
    browser.wait_for(ready).await;
    check_here(browser, path, found).await;
}

/// On `path`, fills in the form `form` with `fields` and sends it, waits for what it
/// says back (`ready`: an error), then adds what [`check_here`] finds to `found`.
async fn check_form_errors(
    browser: &Browser,
    app: &TestApp,
    path: &str,
    (form, fields): (&str, &[(&str, &str)]),
    ready: &str,
    found: &mut Vec<String>,
) {
    browser.goto(&app.at(path)).await.unwrap();
    browser.fill_in(form, fields).await;
    browser.wait_for(ready).await;
    check_here(browser, &format!("{path} ({ready} shown)"), found).await;
}

/// Fails with every violation found, so one run says all there is to fix.
fn assert_none(found: &[String]) {
    assert!(
        found.is_empty(),
        "axe-core found {} serious or critical violation(s):\n\n{}",
        found.len(),
        found.join("\n\n")
    );
}

/// A server with the demo designs whose new designs wait for review (so the review
/// queue and "waiting for review" notes show), and its settings (for `admin grant`).
async fn spawn_demo_app() -> (TestApp, Config) {
    let mut settings = None;
    let app = spawn_app_with(|config| {
        config.demo = true;
        config.moderation = Switch::On;
        settings = Some(config.clone());
    })
    .await;
    (app, settings.expect("the settings were made"))
}

/// The demo designs, most liked first, as the API lists them.
async fn top_designs(app: &TestApp) -> Vec<Value> {
    let page: Value = reqwest::get(app.at("/api/designs?sort=top&limit=24"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    page["items"].as_array().cloned().unwrap_or_default()
}

/// Sends `body` as JSON with `method` to `path` from the page (with its session
/// cookie) and answers the response's status.
async fn send_json(browser: &Browser, method: &str, path: &str, body: Value) -> i64 {
    browser
        .execute(
            "return fetch(arguments[0], { method: arguments[1], \
               headers: { 'content-type': 'application/json' }, \
               body: arguments[2] === null ? undefined : JSON.stringify(arguments[2]) \
             }).then((r) => r.status);",
            vec![path.into(), method.into(), body],
        )
        .await
        .unwrap()
        .as_i64()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_finds_no_serious_violation_on_the_pages_shoppers_and_stores_see() {
    let (app, _) = spawn_demo_app().await;
    let designs = top_designs(&app).await;
    let top = designs[0]["id"].as_i64().expect("demo designs");
    let browser = start_browser().await;
    let mut found = Vec::new();

    check_page(&browser, &app, "/", ".design-card", &mut found).await;
    check_page(
        &browser,
        &app,
        "/?sort=new&category=dresses&q=linen",
        ".gallery-results",
        &mut found,
    )
    .await;
    check_page(
        &browser,
        &app,
        &format!("/designs/{top}"),
        "article.design-page .comments",
        &mut found,
    )
    .await;
    let designer = designs[0]["designer"]["id"].as_i64().expect("a designer");
    check_page(
        &browser,
        &app,
        &format!("/designers/{designer}"),
        ".designer-page .design-card",
        &mut found,
    )
    .await;
    check_page(
        &browser,
        &app,
        "/designers/987654",
        ".not-found h1",
        &mut found,
    )
    .await;
    check_page(&browser, &app, "/login", "form#login-form", &mut found).await;
    check_page(&browser, &app, "/signup", "form#signup-form", &mut found).await;
    // Forms with their error messages showing.
    let wrong = [
        ("email", "nobody@example.com"),
        ("password", "not the password 1"),
    ];
    check_form_errors(
        &browser,
        &app,
        "/login",
        ("form#login-form", &wrong),
        ".form-banner",
        &mut found,
    )
    .await;
    let bad = [
        ("name", ""),
        ("email", "not an email"),
        ("password", "short"),
    ];
    check_form_errors(
        &browser,
        &app,
        "/signup",
        ("form#signup-form", &bad),
        ".field-error",
        &mut found,
    )
    .await;
    check_page(&browser, &app, "/no-such-page", "main h1", &mut found).await;
    check_page(
        &browser,
        &app,
        &format!("/tag/{top}"),
        ".hanger-tag .tag-likes",
        &mut found,
    )
    .await;
    check_page(&browser, &app, "/tags", ".tags-help", &mut found).await;
    let second = designs[1]["id"].as_i64().expect("two demo designs");
    check_page(
        &browser,
        &app,
        &format!("/tags?ids={top},{second}&store=madrid-01"),
        ".tag-sheet .hanger-tag",
        &mut found,
    )
    .await;
    check_page(&browser, &app, "/screen", ".screen-row", &mut found).await;

    assert_none(&found);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_finds_no_serious_violation_on_the_pages_of_designers_and_the_brand() {
    let (app, config) = spawn_demo_app().await;
    let designs = top_designs(&app).await;
    let top = designs[0]["id"].as_i64().expect("demo designs");
    // A design that can move on to production, so its page shows the timeline.
    let reached = designs
        .iter()
        .find(|design| design["status"] == "goal_reached")
        .and_then(|design| design["id"].as_i64());
    let browser = start_browser().await;
    let mut found = Vec::new();

    browser.sign_up(&app, "Ana Costa", "/submit").await;
    check_page(&browser, &app, "/submit", "form#submit-form", &mut found).await;
    check_form_errors(
        &browser,
        &app,
        "/submit",
        ("form#submit-form", &[("title", "")]),
        ".field-error",
        &mut found,
    )
    .await;

    // A design of her own: its page says it waits for review.
    let files = tempfile::tempdir().unwrap();
    let image = write_test_png(files.path(), "wrap-dress.png");
    browser
        .submit_design("Wrap dress in washed linen", &image)
        .await;
    browser.wait_for(".awaiting-review").await;
    let path = browser.path().await;
    check_here(
        &browser,
        &format!("{path} (mine, waiting for review)"),
        &mut found,
    )
    .await;

    // She likes a design and comments on it; /me lists both kinds.
    assert_eq!(
        send_json(
            &browser,
            "PUT",
            &format!("/api/designs/{top}/like"),
            Value::Null
        )
        .await,
        200
    );
    let comment = serde_json::json!({ "body": "Love the colour! Would it come in a longer cut?" });
    assert_eq!(
        send_json(
            &browser,
            "POST",
            &format!("/api/designs/{top}/comments"),
            comment
        )
        .await,
        201
    );
    check_page(
        &browser,
        &app,
        "/me",
        ".my-section .design-card",
        &mut found,
    )
    .await;
    check_page(
        &browser,
        &app,
        &format!("/designs/{top}"),
        "article.design-page .comment-list",
        &mut found,
    )
    .await;

    // The brand: the same person made an admin.
    run_admin(
        &config,
        AdminAction::Grant {
            email: email_of("Ana Costa"),
        },
    )
    .await
    .expect("the admin role is granted");
    if let Some(reached) = reached {
        let moved = serde_json::json!({
            "status": "in_production",
            "note": "Cutting starts Monday in our Porto workshop."
        });
        let path = format!("/api/admin/designs/{reached}/status");
        assert_eq!(send_json(&browser, "POST", &path, moved).await, 200);
        check_page(
            &browser,
            &app,
            &format!("/designs/{reached}"),
            "article.design-page .design-timeline .timeline",
            &mut found,
        )
        .await;
    }
    // Her own design approved: the bell's list has something to say; axe checks it open.
    let mine = path.trim_start_matches("/designs/").to_owned();
    let approve = format!("/api/admin/designs/{mine}/approve");
    assert_eq!(
        send_json(&browser, "POST", &approve, Value::Null).await,
        200
    );
    browser.goto(&app.at("/me")).await.unwrap();
    browser.wait_for(".notif-bell").await.click().await.unwrap();
    browser.wait_for(".notif-panel .notif-item").await;
    check_here(&browser, "/me (the notifications list open)", &mut found).await;
    for section in ["review", "reports", "production", "people", "webhooks"] {
        check_page(
            &browser,
            &app,
            &format!("/admin?section={section}"),
            &format!(".admin-page .admin-tab[data-section={section}][aria-current=page]"),
            &mut found,
        )
        .await;
    }
    check_page(
        &browser,
        &app,
        "/admin/insights",
        ".insights-page .insights-grid",
        &mut found,
    )
    .await;

    assert_none(&found);
}

/// What the focused element is and whether it shows that it has focus: a visible
/// outline or a box shadow (a focus ring), by computed style.
const FOCUSED: &str = r#"
const el = document.activeElement;
if (!el || el === document.body) return null;
const ring = (style) =>
  (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
// The ring may be drawn by the element, its ::before or ::after, or around the card it
// stands for (a card's link draws it around the whole card).
let shown = ring(getComputedStyle(el)) || ring(getComputedStyle(el, "::before"))
  || ring(getComputedStyle(el, "::after"));
let style = getComputedStyle(el);
for (let up = el.parentElement; !shown && up && up !== document.body; up = up.parentElement) {
  if (ring(getComputedStyle(up))) { shown = true; style = getComputedStyle(up); }
}
const box = el.getBoundingClientRect();
return {
  what: el.tagName.toLowerCase() + (el.className ? "." + String(el.className).trim().split(/\s+/).join(".") : "")
    + (el.getAttribute("href") ? "[href=" + el.getAttribute("href") + "]" : ""),
  like: el.matches("button.like-button"),
  pressed: el.getAttribute("aria-pressed"),
  visible: shown,
  on_screen: box.width > 0 && box.height > 0,
  style: "outline: " + style.outlineStyle + " " + style.outlineWidth + " " + style.outlineColor
    + "; box-shadow: " + style.boxShadow,
};
"#;

/// Presses and releases `key` on the keyboard, as a person does (whatever has focus
/// gets it).
async fn press(browser: &Browser, key: Key) {
    let key = char::from(key);
    let keys = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    browser.perform_actions(keys).await.unwrap();
}

/// What has focus now (see [`FOCUSED`]).
async fn focused(browser: &Browser) -> Value {
    browser.execute(FOCUSED, vec![]).await.unwrap()
}

/// Waits until the focused element's `aria-pressed` reads `expected`.
async fn wait_for_pressed(browser: &Browser, expected: &str) {
    eventually(
        &format!("the focused like button to get aria-pressed={expected}"),
        || async {
            let now = focused(browser).await;
            if now["pressed"] == expected {
                Ok(())
            } else {
                Err(now)
            }
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tab_from_the_top_of_the_gallery_reaches_a_like_button_with_a_visible_focus_and_keys_toggle_it(
) {
    let (app, _) = spawn_demo_app().await;
    let browser = start_browser().await;
    browser.sign_up(&app, "Bea Ruiz", "/").await;
    // A fresh load, with the focus at the top of the page.
    browser.goto(&app.at("/")).await.unwrap();
    browser.wait_for(".design-card button.like-button").await;
    browser
        .execute(
            "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);",
            vec![],
        )
        .await
        .unwrap();

    let mut path = Vec::new();
    let like = loop {
        press(&browser, Key::Tab).await;
        let now = focused(&browser).await;
        assert!(
            !now.is_null(),
            "Tab left the page without reaching a like button; focus went through:\n{}",
            path.join("\n")
        );
        path.push(format!("{} ({})", now["what"], now["style"]));
        assert!(
            now["visible"] == true && now["on_screen"] == true,
            "{} has keyboard focus but shows no focus ring ({}); focus went through:\n{}",
            now["what"],
            now["style"],
            path.join("\n")
        );
        if now["like"] == true {
            break now;
        }
        assert!(
            path.len() < 60,
            "60 presses of Tab did not reach a like button:\n{}",
            path.join("\n")
        );
    };
    println!(
        "Tab reached a like button in {} presses:\n{}",
        path.len(),
        path.join("\n")
    );

    let before = like["pressed"]
        .as_str()
        .expect("like buttons say aria-pressed")
        .to_owned();
    let toggled = if before == "true" { "false" } else { "true" };
    press(&browser, Key::Enter).await;
    wait_for_pressed(&browser, toggled).await;
    // The new count is announced.
    let announced = browser
        .execute(
            "const live = document.activeElement.closest('.like').querySelector('[aria-live]');\
             return live ? live.textContent : null;",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        announced
            .as_str()
            .is_some_and(|text| !text.trim().is_empty()),
        "the like button's live region announces the new count: {announced}"
    );
    press(&browser, Key::Space).await;
    wait_for_pressed(&browser, &before).await;
}

/// Tabs through the whole page at `path` (until the focus leaves it or comes round
/// again) and answers each stop that shows no focus ring, with the way there.
async fn stops_without_a_focus_ring(
    browser: &Browser,
    app: &TestApp,
    path: &str,
    ready: &str,
) -> Vec<String> {
    browser.goto(&app.at(path)).await.unwrap();
    browser.wait_for(ready).await;
    browser.wait_until_settled().await;
    browser
        .execute(
            "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);",
            vec![],
        )
        .await
        .unwrap();
    let mut seen: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    for _ in 0..150 {
        press(browser, Key::Tab).await;
        let now = focused(browser).await;
        if now.is_null() {
            break; // past the last control
        }
        let what = now["what"].as_str().unwrap_or("?").to_owned();
        if seen.first() == Some(&what) && seen.len() > 1 {
            break; // round again
        }
        if now["visible"] != true || now["on_screen"] != true {
            problems.push(format!(
                "{path}: Tab stop {} ({what}) shows no focus ring ({}); after {}",
                seen.len() + 1,
                now["style"],
                seen.last().map_or("the top of the page", String::as_str)
            ));
        }
        seen.push(what);
    }
    println!("{path}: {} Tab stops", seen.len());
    assert!(seen.len() > 1, "{path}: Tab reaches no control");
    problems
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_control_on_the_main_pages_shows_a_focus_ring_when_tabbed_to() {
    let (app, _) = spawn_demo_app().await;
    let top = top_designs(&app).await[0]["id"]
        .as_i64()
        .expect("demo designs");
    let browser = start_browser().await;
    let mut problems = Vec::new();
    for (path, ready) in [
        ("/", ".design-card"),
        ("/login", "form#login-form"),
        ("/signup", "form#signup-form"),
    ] {
        problems.extend(stops_without_a_focus_ring(&browser, &app, path, ready).await);
    }
    browser.sign_up(&app, "Bea Ruiz", "/").await;
    for (path, ready) in [
        (format!("/designs/{top}"), "article.design-page .comments"),
        ("/submit".to_owned(), "form#submit-form"),
        ("/me".to_owned(), ".my-section"),
    ] {
        problems.extend(stops_without_a_focus_ring(&browser, &app, &path, ready).await);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The window's width, the width the page has for its content (less a scroll bar), the
/// page's own width, and the elements that stick out.
const OVERFLOW: &str = r#"
const width = window.innerWidth;
const room = document.documentElement.clientWidth;
const page = document.documentElement.scrollWidth;
const out = [...document.querySelectorAll("body *")]
  .filter((el) => el.getBoundingClientRect().right > room + 1)
  .slice(0, 8)
  .map((el) => el.tagName.toLowerCase() + "." + String(el.className).trim().split(/\s+/).join(".")
    + " (right edge " + Math.round(el.getBoundingClientRect().right) + ")");
return { width, room, page, out };
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pages_fit_a_360_px_phone_and_a_window_at_200_percent_zoom_without_sideways_scrolling()
{
    let (app, _) = spawn_demo_app().await;
    let top = top_designs(&app).await[0]["id"]
        .as_i64()
        .expect("demo designs");
    let browser = start_browser().await;
    let mut problems = Vec::new();
    let signed_out = [
        ("/".to_owned(), ".design-card"),
        (format!("/designs/{top}"), "article.design-page .comments"),
        ("/login".to_owned(), "form#login-form"),
        ("/signup".to_owned(), "form#signup-form"),
        (format!("/tag/{top}"), ".hanger-tag .tag-likes"),
        ("/screen".to_owned(), ".screen-row"),
    ];
    fit_check(&browser, &app, &signed_out, &mut problems).await;
    // Signed in, the header names the person: the longest header there is.
    browser
        .sign_up(&app, "Maria Fernanda Albuquerque", "/")
        .await;
    let signed_in = [
        ("/".to_owned(), ".design-card"),
        (format!("/designs/{top}"), "article.design-page .comments"),
        ("/submit".to_owned(), "form#submit-form"),
        ("/me".to_owned(), ".my-section"),
    ];
    fit_check(&browser, &app, &signed_in, &mut problems).await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Opens each page (`(path, ready selector)`) at 360 and 640 px wide (640 px is what a
/// 1280 px window shows at 200% zoom) and adds each one that scrolls sideways to
/// `problems`.
async fn fit_check(
    browser: &Browser,
    app: &TestApp,
    pages: &[(String, &str)],
    problems: &mut Vec<String>,
) {
    for width in [360, 640] {
        browser.set_window_size(width, 800).await.unwrap();
        for (path, ready) in pages {
            browser.goto(&app.at(path)).await.unwrap();
            browser.wait_for(ready).await;
            browser.wait_until_settled().await;
            let seen = browser.execute(OVERFLOW, vec![]).await.unwrap();
            let inner = seen["width"].as_i64().unwrap();
            assert!(
                (inner - i64::from(width)).abs() <= 20,
                "the window is {width} px wide but the page sees {inner} px"
            );
            let room = seen["room"].as_i64().unwrap();
            if seen["page"].as_i64().unwrap() > room {
                problems.push(format!(
                    "{path} at {width} px scrolls sideways: {} px wide in {room} px; wider elements: {}",
                    seen["page"], seen["out"]
                ));
            }
        }
    }
}
