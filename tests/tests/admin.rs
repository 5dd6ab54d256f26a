//! The brand's administration through the real app in real Chromium: with
//! moderation on, a designer's submission waits for review; an admin approves
//! one (it reaches the gallery) and rejects another (its designer reads why);
//! and every section speaks the language of `?lang=`.

use std::collections::BTreeSet;
use std::path::Path;

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
    browser.wait_until_gone(Locator::XPath(xpath)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_design_waits_for_review_and_reaches_the_gallery_once_an_admin_approves_it() {
    let (app, config) = spawn_moderated_app().await;
    let browser = start_browser().await;
    let files = tempfile::tempdir().unwrap();
    let png = write_test_png(files.path(), "linen-dress.png");
    let title = "Linen wrap dress with pockets";

    browser.sign_up(&app, "Mara Lind", "/submit").await;
    browser.submit_design(title, &png).await;

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
    browser.submit_design(kept, &png).await;
    browser.goto(&app.at("/submit")).await.unwrap();
    browser.submit_design(refused, &png).await;

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

/// The line of each .ftl file after which the administration's messages come.
const ADMIN_MARKER: &str = "## ===== Brand administration";

/// The administration's messages in `locales/LANG.ftl`: every id, and the words of
/// each one-line message without variables (`{ -brand }` put in place).
fn admin_messages(language: &str) -> (BTreeSet<String>, Vec<(String, String)>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("locales")
        .join(format!("{language}.ftl"));
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{} cannot be read: {error}", path.display()));
    let (_, admin) = source
        .split_once(ADMIN_MARKER)
        .unwrap_or_else(|| panic!("{} has no administration section", path.display()));
    let mut ids = BTreeSet::new();
    let mut plain = Vec::new();
    let lines: Vec<&str> = admin.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        if line.starts_with('#') || line.starts_with(' ') {
            continue;
        }
        let Some((id, words)) = line
            .split_once(" = ")
            .or_else(|| line.strip_suffix(" =").map(|id| (id, "")))
        else {
            continue;
        };
        ids.insert(id.to_owned());
        let continued = lines
            .get(index + 1)
            .is_some_and(|next| next.starts_with(' '));
        let words = words.replace("{ -brand }", "cocrea");
        if !continued && !words.is_empty() && !words.contains('{') {
            plain.push((id.to_owned(), words));
        }
    }
    (ids, plain)
}

/// The administration's English words that Spanish says otherwise: none may show on
/// a page in Spanish.
fn english_leftovers_in_spanish() -> BTreeSet<String> {
    let (_, english) = admin_messages("en");
    let (_, spanish) = admin_messages("es");
    let spanish_words: BTreeSet<&String> = spanish.iter().map(|(_, words)| words).collect();
    english
        .into_iter()
        .filter(|(id, words)| {
            let translation = spanish
                .iter()
                .find(|(other, _)| other == id)
                .map(|(_, w)| w);
            translation != Some(words) && !spanish_words.contains(words)
        })
        .map(|(_, words)| words)
        .collect()
}

/// Checks the page the browser shows: `<html lang="es">`, no raw message id of the
/// administration, none of its English words.
async fn check_spanish(
    browser: &Browser,
    page: &str,
    ids: &BTreeSet<String>,
    leftovers: &BTreeSet<String>,
) {
    browser.wait_for_attribute("html", "lang", "es").await;
    // Numbers and statuses fill in a moment after the lists: wait until nothing loads
    // or changes any more before looking for what must not be there.
    browser.wait_until_settled().await;
    let words = browser.words_on_page().await;
    let raw: Vec<&String> = words.iter().filter(|w| ids.contains(*w)).collect();
    assert!(
        raw.is_empty(),
        "{page} in Spanish shows message ids: {raw:?}"
    );
    let english: Vec<&String> = words.iter().filter(|w| leftovers.contains(*w)).collect();
    assert!(
        english.is_empty(),
        "{page} in Spanish shows English words: {english:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_administration_speaks_spanish_with_nothing_left_in_english() {
    let mut settings = None;
    let app = spawn_app_with(|config| {
        config.demo = true;
        settings = Some(config.clone());
    })
    .await;
    let config = settings.expect("the settings were made");
    let browser = start_browser().await;
    become_admin(&browser, &app, &config, "Ada Brand").await;
    let (ids, _) = admin_messages("en");
    let leftovers = english_leftovers_in_spanish();

    // The check can fail: the English production board shows what Spanish may not.
    browser
        .goto(&app.at("/admin?section=production&lang=en"))
        .await
        .unwrap();
    browser.wait_for(".production-design").await;
    let words = browser.words_on_page().await;
    let seen = words.iter().filter(|w| leftovers.contains(*w)).count();
    assert!(
        seen >= 8,
        "only {seen} English words found on the English board: {words:?}"
    );

    // Each section once its list has loaded (the demo has no design waiting for
    // review, none reported, and no webhook until one is added below).
    for (section, ready) in [
        ("review", ".admin-section .admin-empty"),
        ("reports", "#hidden-heading ~ .admin-empty-line"),
        ("production", ".production-design .step-forward"),
        ("people", ".person-row .person-role-button"),
    ] {
        browser
            .goto(&app.at(&format!("/admin?section={section}&lang=es")))
            .await
            .unwrap();
        browser.wait_for(ready).await;
        check_spanish(&browser, section, &ids, &leftovers).await;
    }

    browser
        .goto(&app.at("/admin?section=webhooks&lang=es"))
        .await
        .unwrap();
    browser
        .wait_for("form#webhook-form input[name=url]")
        .await
        .send_keys("https://example.com/hooks/cocrea")
        .await
        .unwrap();
    browser
        .wait_for("form#webhook-form button[type=submit]")
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for(".webhook-row .webhook-added time").await;
    browser
        .wait_for_text(
            ".admin-notice",
            "Añadiste https://example.com/hooks/cocrea. Da su secreto de firma al servicio que recibe los eventos.",
        )
        .await;
    check_spanish(&browser, "webhooks", &ids, &leftovers).await;

    browser
        .goto(&app.at("/admin/insights?lang=es"))
        .await
        .unwrap();
    browser.wait_for(".insights-grid .bar-chart svg").await;
    check_spanish(&browser, "insights", &ids, &leftovers).await;
    browser
        .wait_for_text(".insights-page h1", "Estadísticas")
        .await;

    // Switching language redraws the charts: their stores and days are words too.
    let store = "//*[contains(@class, 'bar-chart')]//*[name()='text'][normalize-space(.) = '{}']";
    browser
        .find(Locator::XPath(
            &store.replace("{}", "En línea (sin tienda)"),
        ))
        .await
        .expect("the likes made online, in Spanish");
    browser
        .wait_for("select#site-language")
        .await
        .select_by_value("it")
        .await
        .unwrap();
    browser
        .wait_for_text(".insights-page h1", "Statistiche")
        .await;
    browser
        .wait()
        .at_most(WAIT)
        .for_element(Locator::XPath(
            &store.replace("{}", "Online (nessun negozio)"),
        ))
        .await
        .expect("the likes made online, in Italian");

    browser.close().await;
}

/// Whether any two of the header's controls overlap, as `"a / b"` pairs.
const HEADER_OVERLAPS: &str = r#"
const controls = [...document.querySelectorAll(
  ".site-header a, .site-header button, .site-header select")]
  .filter((el) => el.getClientRects().length > 0);
const pairs = [];
for (let i = 0; i < controls.length; i++) {
  for (let j = i + 1; j < controls.length; j++) {
    const a = controls[i].getBoundingClientRect();
    const b = controls[j].getBoundingClientRect();
    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
      pairs.push(controls[i].className + " / " + controls[j].className);
    }
  }
}
return { pairs, page: document.documentElement.scrollWidth, room: document.documentElement.clientWidth };
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admins_header_fits_a_360_px_phone_in_every_language() {
    let (app, config) = spawn_moderated_app().await;
    let browser = start_browser().await;
    become_admin(&browser, &app, &config, "Noor Abadi").await;
    browser.set_window_size(360, 800).await.unwrap();
    for lang in ["en", "es", "pt-BR", "it"] {
        browser
            .goto(&app.at(&format!("/admin?lang={lang}")))
            .await
            .unwrap();
        browser.wait_for(".admin-page").await;
        browser.wait_for("a.nav-admin").await;
        let seen = browser.execute(HEADER_OVERLAPS, vec![]).await.unwrap();
        assert_eq!(
            seen["pairs"],
            serde_json::json!([]),
            "header controls overlap in {lang}"
        );
        assert!(
            seen["page"].as_i64() <= seen["room"].as_i64(),
            "/admin scrolls sideways at 360 px in {lang}: {seen}"
        );
    }
    browser.close().await;
}
