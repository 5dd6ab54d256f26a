//! The app in every language, in real Chromium: `?lang=` chooses it, `<html lang>`
//! follows, no message id and no English words (where the language has its own) are
//! left on the pages, numbers are grouped as the language writes them, and the header's
//! menu switches language at once and is remembered.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use cocrea_e2e::{email_of, eventually, spawn_app_with, start_browser, Browser, TestApp};
use cocrea_server::cli::{run_admin, AdminAction};
use cocrea_server::Config;
use serde_json::Value;

/// Every language, as `?lang=` and `<html lang>` name it.
const LANGUAGES: [&str; 4] = ["en", "es", "pt-BR", "it"];

/// One language's messages, read from `locales/LANG.ftl`.
struct Locale {
    /// Every message id (and `id.attribute`).
    ids: BTreeSet<String>,
    /// The messages that are plain text (terms put in place), by id.
    plain: BTreeMap<String, String>,
}

/// A small reader of the .ftl files: ids of every message, and the text of one-line
/// messages without variables (`id = words`, `{ -brand }` put in place). build.rs
/// checks the files in full; this only needs to know what a page may not show.
fn read_locale(language: &str) -> Locale {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("locales")
        .join(format!("{language}.ftl"));
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{} cannot be read: {error}", path.display()));
    let mut terms = BTreeMap::new();
    let mut ids = BTreeSet::new();
    let mut plain = BTreeMap::new();
    let lines: Vec<&str> = source.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        if line.starts_with('#') || line.starts_with(' ') || line.trim().is_empty() {
            continue;
        }
        let Some((id, value)) = line
            .split_once(" = ")
            .or_else(|| line.strip_suffix(" =").map(|id| (id, "")))
        else {
            continue;
        };
        let continued = lines
            .get(index + 1)
            .is_some_and(|next| next.starts_with(' '));
        if let Some(term) = id.strip_prefix('-') {
            terms.insert(format!("{{ -{term} }}"), value.to_owned());
            continue;
        }
        ids.insert(id.to_owned());
        let mut value = value.to_owned();
        for (term, words) in &terms {
            value = value.replace(term.as_str(), words);
        }
        if !continued && !value.contains('{') && !value.is_empty() {
            plain.insert(id.to_owned(), value);
        }
    }
    Locale { ids, plain }
}

/// The English words that must not appear in `language`: each plain English message
/// whose translation differs, unless the language uses the same words elsewhere.
fn english_leftovers(english: &Locale, translated: &Locale) -> BTreeSet<String> {
    let used: BTreeSet<&String> = translated.plain.values().collect();
    english
        .plain
        .iter()
        .filter(|(id, words)| translated.plain.get(*id) != Some(*words) && !used.contains(words))
        .map(|(_, words)| words.clone())
        .collect()
}

/// Waits until `<html lang>` is `expected`.
async fn wait_for_html_lang(browser: &Browser, expected: &str) {
    browser.wait_for_attribute("html", "lang", expected).await;
}

/// Checks the page the browser shows in `language`: `<html lang>`, no raw message id,
/// no English leftover.
async fn check_page(
    browser: &Browser,
    page: &str,
    language: &str,
    ids: &BTreeSet<String>,
    leftovers: &BTreeSet<String>,
) {
    wait_for_html_lang(browser, language).await;
    // Data-driven parts (counts, statuses) render a moment after the page: wait until
    // nothing loads or changes any more before looking for what must not be there.
    browser.wait_until_settled().await;
    let words = browser.words_on_page().await;
    let raw: Vec<&String> = words.iter().filter(|w| ids.contains(*w)).collect();
    assert!(
        raw.is_empty(),
        "{page} in {language} shows message ids: {raw:?}"
    );
    let english: Vec<&String> = words.iter().filter(|w| leftovers.contains(*w)).collect();
    assert!(
        english.is_empty(),
        "{page} in {language} shows English words: {english:?}"
    );
}

/// The demo designs, each with a like goal of 1,234 (so goals show a grouped number).
async fn demo_app() -> TestApp {
    spawn_app_with(|config| {
        config.demo = true;
        config.like_goal = 1234;
    })
    .await
}

/// The id of the first design in the gallery.
async fn first_design(browser: &Browser) -> i64 {
    browser
        .wait_for(".design-card")
        .await
        .attr("data-design-id")
        .await
        .unwrap()
        .expect("cards carry their design id")
        .parse()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_speaks_the_language_of_lang_with_nothing_left_in_english_or_untranslated() {
    let app = demo_app().await;
    let browser = start_browser().await;
    let english = read_locale("en");
    browser.goto(&app.at("/")).await.unwrap();
    let design = first_design(&browser).await;

    let locales: Vec<(&str, BTreeSet<String>)> = LANGUAGES
        .iter()
        .map(|language| {
            let locale = read_locale(language);
            assert_eq!(
                locale.ids, english.ids,
                "{language}.ftl has other messages than en.ftl"
            );
            let leftovers = if *language == "en" {
                BTreeSet::new()
            } else {
                english_leftovers(&english, &locale)
            };
            (*language, leftovers)
        })
        .collect();

    // The check can fail: the English gallery is full of what Spanish may not show.
    let spanish = &locales[1].1;
    let words = browser.words_on_page().await;
    let seen = words.iter().filter(|w| spanish.contains(*w)).count();
    assert!(
        seen >= 10,
        "only {seen} English words found on the English gallery: {words:?}"
    );

    // Signed out: the gallery, sign-in, a designer's page, a hanger tag and the store screen.
    let tag = format!("/tag/{design}");
    let designer = browser
        .wait_for(".design-card .designer-link")
        .await
        .attr("href")
        .await
        .unwrap()
        .expect("a designer's name links to their page");
    let signed_out = [
        ("/", ".design-card .status-badge"),
        ("/login", "form#login-form"),
        (designer.as_str(), ".designer-page .design-card"),
        (tag.as_str(), ".hanger-tag .goal-text"),
        ("/screen", ".screen-row"),
    ];
    for (language, leftovers) in &locales {
        for (page, ready) in signed_out {
            let separator = if page.contains('?') { '&' } else { '?' };
            browser
                .goto(&app.at(&format!("{page}{separator}lang={language}")))
                .await
                .unwrap();
            browser.wait_for(ready).await;
            check_page(&browser, page, language, &english.ids, leftovers).await;
        }
    }

    // Signed in: the submit form.
    browser.sign_up(&app, "Lia Ferri", "/submit").await;
    for (language, leftovers) in &locales {
        browser
            .goto(&app.at(&format!("/submit?lang={language}")))
            .await
            .unwrap();
        browser.wait_for("form#submit-form").await;
        check_page(&browser, "/submit", language, &english.ids, leftovers).await;
    }
    browser.close().await;
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
async fn a_design_with_comments_and_a_timeline_and_my_page_speak_every_language() {
    // The demo with its usual goal, so some designs have reached it.
    let mut settings = None;
    let app = spawn_app_with(|config| {
        config.demo = true;
        settings = Some(config.clone());
    })
    .await;
    let config: Config = settings.expect("the settings were made");
    let page: Value = reqwest::get(app.at("/api/designs?sort=top&limit=24"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let reached = page["items"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|design| design["status"] == "goal_reached")
        .and_then(|design| design["id"].as_i64())
        .expect("a demo design has reached its goal");
    let english = read_locale("en");
    let locales: Vec<(&str, BTreeSet<String>)> = LANGUAGES
        .iter()
        .map(|language| {
            let leftovers = if *language == "en" {
                BTreeSet::new()
            } else {
                english_leftovers(&english, &read_locale(language))
            };
            (*language, leftovers)
        })
        .collect();

    // Someone who likes the design and comments on it; then the brand (the same person,
    // made an admin) puts it into production with a note, so it has a timeline.
    let browser = start_browser().await;
    browser.sign_up(&app, "Lia Ferri", "/").await;
    let like = format!("/api/designs/{reached}/like");
    assert_eq!(send_json(&browser, "PUT", &like, Value::Null).await, 200);
    let comment = serde_json::json!({ "body": "Love the colour! Would it come in a longer cut?" });
    let comments = format!("/api/designs/{reached}/comments");
    assert_eq!(send_json(&browser, "POST", &comments, comment).await, 201);
    let grant = AdminAction::Grant {
        email: email_of("Lia Ferri"),
    };
    run_admin(&config, grant)
        .await
        .expect("the admin role is granted");
    let moved = serde_json::json!({
        "status": "in_production",
        "note": "Cutting starts Monday in our Porto workshop."
    });
    let status = format!("/api/admin/designs/{reached}/status");
    assert_eq!(send_json(&browser, "POST", &status, moved).await, 200);

    let design = format!("/designs/{reached}");
    let tag = format!("/tag/{reached}");
    let pages: [(&str, &[&str]); 3] = [
        (
            &design,
            &[
                ".design-timeline .timeline-step .timeline-date time",
                ".comment-list .comment-date time",
            ],
        ),
        (&tag, &[".tag-step time"]),
        ("/me", &[".my-section .design-card .status-badge"]),
    ];
    for (language, leftovers) in &locales {
        for (page, ready) in pages {
            browser
                .goto(&app.at(&format!("{page}?lang={language}")))
                .await
                .unwrap();
            for element in ready {
                browser.wait_for(element).await;
            }
            check_page(&browser, page, language, &english.ids, leftovers).await;
            if *language == "en" {
                // The check can fail: these pages in English hold much that Spanish may not.
                let spanish = &locales[1].1;
                let words = browser.words_on_page().await;
                let seen = words.iter().filter(|w| spanish.contains(*w)).count();
                assert!(
                    seen >= 5,
                    "only {seen} English words found on {page} in English: {words:?}"
                );
            }
        }
    }
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counts_are_grouped_as_each_language_writes_them() {
    let app = demo_app().await;
    let browser = start_browser().await;
    for (language, goal) in [
        ("en", "1,234"),
        ("es", "1.234"),
        ("pt-BR", "1.234"),
        ("it", "1.234"),
    ] {
        browser
            .goto(&app.at(&format!("/?lang={language}")))
            .await
            .unwrap();
        wait_for_html_lang(&browser, language).await;
        let bar = browser.wait_for(".design-card .goal-bar").await;
        let spoken = bar
            .attr("aria-valuetext")
            .await
            .unwrap()
            .unwrap_or_default();
        assert!(
            spoken.contains(goal),
            "in {language} the goal reads {spoken:?}, without {goal}"
        );
    }
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_header_menu_switches_language_at_once_and_a_reload_keeps_it() {
    let app = demo_app().await;
    let browser = start_browser().await;
    browser.goto(&app.at("/")).await.unwrap();
    wait_for_html_lang(&browser, "en").await;
    browser
        .wait_for_text(".gallery-intro h1", "Designed by you. Made by us.")
        .await;

    let menu = browser.wait_for("select#site-language").await;
    menu.select_by_value("it").await.unwrap();
    browser
        .wait_for_text(".gallery-intro h1", "Disegnato da te. Realizzato da noi.")
        .await;
    wait_for_html_lang(&browser, "it").await;
    assert_eq!(browser.path().await, "/", "no reload, no other page");

    browser.refresh().await.unwrap();
    browser
        .wait_for_text(".gallery-intro h1", "Disegnato da te. Realizzato da noi.")
        .await;
    wait_for_html_lang(&browser, "it").await;

    // `?lang=` wins over the remembered choice and becomes the new one.
    browser.goto(&app.at("/login?lang=pt-BR")).await.unwrap();
    browser.wait_for_text(".auth-page h1", "Entrar").await;
    browser.goto(&app.at("/login")).await.unwrap();
    browser.wait_for_text(".auth-page h1", "Entrar").await;
    wait_for_html_lang(&browser, "pt-BR").await;

    // Switching where the address has `?lang=` rewrites it, so a reload keeps the choice.
    browser.goto(&app.at("/?lang=es")).await.unwrap();
    browser
        .wait_for_text(".gallery-intro h1", "Diseñado por ti. Hecho por nosotros.")
        .await;
    browser
        .wait_for("select#site-language")
        .await
        .select_by_value("en")
        .await
        .unwrap();
    browser
        .wait_for_text(".gallery-intro h1", "Designed by you. Made by us.")
        .await;
    eventually("the address to say ?lang=en", || async {
        let url = browser.current_url().await.unwrap();
        if url.query() == Some("lang=en") {
            Ok(())
        } else {
            Err(url.to_string())
        }
    })
    .await;
    browser.refresh().await.unwrap();
    browser
        .wait_for_text(".gallery-intro h1", "Designed by you. Made by us.")
        .await;
    browser.close().await;
}
