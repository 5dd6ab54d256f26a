//! Component tests, run in headless Chromium by wasm-bindgen-test:
//! `cargo test -p cocrea --lib --target wasm32-unknown-unknown`.

use cocrea_api::{Account, Category, Design, DesignStatus, DesignerRef, ErrorCode, ImageRef};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

use crate::api::error_from_response;
use crate::components::{DesignCard, LikeButton, SignupForm};
use crate::contexts::provide_auth;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the page to mount one component into.
pub(crate) fn host() -> HtmlElement {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

pub(crate) fn find(host: &HtmlElement, selector: &str) -> Option<web_sys::Element> {
    host.query_selector(selector).unwrap()
}

pub(crate) fn text(host: &HtmlElement, selector: &str) -> String {
    find(host, selector)
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

pub(crate) fn sample_design() -> Design {
    Design {
        id: 42,
        title: "Sunset linen wrap dress".into(),
        description: "Knee length, tie waist.".into(),
        category: Category::Dresses,
        designer: DesignerRef {
            id: 7,
            name: "Ana Costa".into(),
        },
        image: ImageRef {
            url: "/api/images/abc.jpg".into(),
            thumb_url: "/api/images/abc-thumb.jpg".into(),
            width: 1600,
            height: 2000,
        },
        likes: 37,
        goal: 100,
        status: DesignStatus::Voting,
        created_at: "2025-11-20T10:00:00Z".into(),
        liked_by_me: false,
        store_likes: None,
        rejection_reason: None,
        hidden: false,
    }
}

/// Provides the app's context to `children` as the app does: a router, and a
/// shopper who is signed in (without asking a server).
pub(crate) fn signed_in<V: IntoView + 'static>(
    children: impl FnOnce() -> V + Send + 'static,
) -> impl FnOnce() -> AnyView + 'static {
    move || {
        provide_auth().signed_in(Account {
            id: 9,
            name: "Bea".into(),
            email: "bea@example.com".into(),
            role: cocrea_api::admin::Role::User,
        });
        view! { <Router>{children()}</Router> }.into_any()
    }
}

/// Replaces `fetch` with one that records each request (method, URL and the request
/// itself) and answers only when the test says so, with `answer_like(index, status,
/// json)` (or `feedback_tests::answer` for any request).
pub(crate) fn hold_fetches() {
    js_sys::Function::new_no_args(
        "window.__realFetch = window.__realFetch || window.fetch;
         window.__held = [];
         window.fetch = function (input, init) {
           const method = (init && init.method) || (input && input.method) || 'GET';
           const url = typeof input === 'string' ? input : input.url;
           return new Promise((resolve) => window.__held.push({ method, url, input, resolve }));
         };",
    )
    .call0(&JsValue::NULL)
    .unwrap();
}

/// Puts the real `fetch` back.
pub(crate) fn release_fetches() {
    js_sys::Function::new_no_args("if (window.__realFetch) { window.fetch = window.__realFetch; }")
        .call0(&JsValue::NULL)
        .unwrap();
}

/// The like requests held so far, as "PUT /api/designs/42/like".
fn like_requests() -> Vec<String> {
    let list = js_sys::Function::new_no_args(
        "return window.__held
           .filter((r) => r.url.includes('/like'))
           .map((r) => r.method + ' ' + new URL(r.url, location.href).pathname);",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    js_sys::Array::from(&list)
        .iter()
        .map(|v| v.as_string().unwrap())
        .collect()
}

/// Answers the `n`th held like request with `status` and the JSON `body`.
fn answer_like(n: u32, status: u16, body: &str) {
    js_sys::Function::new_with_args(
        "n, status, body",
        "const held = window.__held.filter((r) => r.url.includes('/like'));
         held[n].resolve(new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));",
    )
    .call3(&JsValue::NULL, &n.into(), &status.into(), &body.into())
    .unwrap();
}

/// Lets answered requests run through the app (promises, then the reactive updates).
pub(crate) async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
        leptos::task::tick().await;
    }
}

pub(crate) fn click(host: &HtmlElement, selector: &str) {
    find(host, selector)
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

pub(crate) fn attribute(host: &HtmlElement, selector: &str, name: &str) -> Option<String> {
    find(host, selector)
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .get_attribute(name)
}

/// Counts requests the page makes from now on, through XHR and fetch.
pub(crate) fn count_requests() {
    js_sys::Function::new_no_args(
        "window.__requests = 0;
         const open = XMLHttpRequest.prototype.open;
         XMLHttpRequest.prototype.open = function (...args) { window.__requests++; return open.apply(this, args); };
         const fetch = window.fetch;
         window.fetch = function (...args) { window.__requests++; return fetch.apply(this, args); };",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
}

pub(crate) fn requests_made() -> f64 {
    js_sys::Reflect::get(&window(), &"__requests".into())
        .unwrap()
        .as_f64()
        .unwrap_or(0.0)
}

#[wasm_bindgen_test]
fn a_design_card_shows_title_designer_likes_and_goal_progress() {
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in(|| view! { <DesignCard design=sample_design() /> }),
    );

    assert_eq!(text(&host, ".design-card-title"), "Sunset linen wrap dress");
    assert_eq!(text(&host, ".designer-name"), "Ana Costa");
    assert_eq!(text(&host, ".like-button .like-count"), "37");
    assert_eq!(
        attribute(&host, "button.like-button", "aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(text(&host, ".card-category"), "Dresses");
    assert_eq!(text(&host, ".status-badge"), "Voting");

    let link = find(&host, "a.card-link").unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("/designs/42"));

    let img = find(&host, "img").unwrap();
    assert_eq!(
        img.get_attribute("alt").as_deref(),
        Some("Sunset linen wrap dress")
    );
    assert_eq!(img.get_attribute("loading").as_deref(), Some("lazy"));
    // The thumbnail's longest side is 480 px: 1600x2000 -> 384x480.
    assert_eq!(img.get_attribute("width").as_deref(), Some("384"));
    assert_eq!(img.get_attribute("height").as_deref(), Some("480"));

    let fill: HtmlElement = find(&host, ".goal-fill").unwrap().unchecked_into();
    assert_eq!(fill.style().get_property_value("width").unwrap(), "37%");
    let bar = find(&host, "[role=progressbar]").unwrap();
    assert_eq!(bar.get_attribute("aria-valuenow").as_deref(), Some("37"));
}

#[wasm_bindgen_test]
fn a_non_json_error_body_still_becomes_an_api_error() {
    let error = error_from_response(413, "<html>Request Entity Too Large</html>");
    assert_eq!(error.error, ErrorCode::PayloadTooLarge);
    let error = error_from_response(502, "");
    assert_eq!(error.error, ErrorCode::Internal);
    let json =
        r#"{"error":"too_short","message":"Title needs at least 3 characters.","field":"title"}"#;
    let error = error_from_response(422, json);
    assert_eq!(error.error, ErrorCode::TooShort);
    assert_eq!(error.field.as_deref(), Some("title"));
}

#[wasm_bindgen_test]
fn thumbnails_keep_their_shape_at_480_pixels() {
    use crate::components::gallery::design_card::thumb_size;
    assert_eq!(thumb_size(900, 1200), (360, 480));
    assert_eq!(thumb_size(2048, 1024), (480, 240));
    assert_eq!(thumb_size(300, 200), (300, 200));
}

#[wasm_bindgen_test]
async fn a_like_button_shows_its_state_and_count_from_its_props() {
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in(|| {
            view! {
                <LikeButton
                    design_id=42
                    title="Sunset linen wrap dress"
                    liked=RwSignal::new(true)
                    likes=RwSignal::new(100)
                />
            }
        }),
    );
    leptos::task::tick().await;
    assert_eq!(
        attribute(&host, "button.like-button", "aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(text(&host, ".like-count"), "100");
    assert!(find(&host, "button.like-button svg.heart").is_some());
    let name = text(&host, "button.like-button");
    assert!(
        name.contains("Like") && name.contains("Sunset linen wrap dress"),
        "{name}"
    );
    assert!(find(&host, "[aria-live=polite]").is_some());
}

#[wasm_bindgen_test]
async fn tapping_like_changes_at_once_and_quick_taps_send_only_the_final_state() {
    hold_fetches();
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in(|| {
            view! {
                <LikeButton
                    design_id=42
                    title="Sunset linen wrap dress"
                    liked=RwSignal::new(false)
                    likes=RwSignal::new(37)
                />
            }
        }),
    );
    leptos::task::tick().await;

    click(&host, "button.like-button");
    leptos::task::tick().await;
    // Before the server answers, the heart and the count have moved.
    assert_eq!(
        attribute(&host, "button.like-button", "aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(text(&host, ".like-count"), "38");
    assert_eq!(like_requests(), ["PUT /api/designs/42/like"]);
    assert!(text(&host, "[aria-live=polite]").contains("38 likes"));

    // A second tap while the first is on its way: shown at once, sent afterwards.
    click(&host, "button.like-button");
    click(&host, "button.like-button");
    click(&host, "button.like-button");
    leptos::task::tick().await;
    assert_eq!(
        attribute(&host, "button.like-button", "aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(text(&host, ".like-count"), "37");
    assert_eq!(like_requests().len(), 1, "one request at a time");

    answer_like(0, 200, r#"{"likes":38,"liked":true}"#);
    settle().await;
    assert_eq!(
        like_requests(),
        ["PUT /api/designs/42/like", "DELETE /api/designs/42/like"]
    );
    assert_eq!(text(&host, ".like-count"), "37");

    answer_like(1, 200, r#"{"likes":37,"liked":false}"#);
    settle().await;
    assert_eq!(
        like_requests().len(),
        2,
        "the server agrees: nothing more to send"
    );
    assert_eq!(
        attribute(&host, "button.like-button", "aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(text(&host, ".like-count"), "37");
    release_fetches();
}

#[wasm_bindgen_test]
async fn a_refused_like_goes_back_and_says_why() {
    hold_fetches();
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in(|| {
            view! {
                <LikeButton
                    design_id=42
                    title="Sunset linen wrap dress"
                    liked=RwSignal::new(false)
                    likes=RwSignal::new(37)
                />
            }
        }),
    );
    leptos::task::tick().await;
    click(&host, "button.like-button");
    leptos::task::tick().await;
    assert_eq!(text(&host, ".like-count"), "38");

    answer_like(
        0,
        429,
        r#"{"error":"rate_limited","message":"Too many likes."}"#,
    );
    settle().await;
    assert_eq!(
        attribute(&host, "button.like-button", "aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(text(&host, ".like-count"), "37");
    let message = text(&host, "[role=status]");
    assert!(message.contains("wasn't saved"), "{message}");
    release_fetches();
}

#[wasm_bindgen_test]
async fn a_three_character_password_is_pointed_out_and_nothing_is_sent() {
    let host = host();
    let _mounted = mount_to(host.clone(), || {
        view! {
            <SignupForm
                login_href="/login"
                on_signed_up=Callback::new(|_| panic!("nobody may sign up"))
            />
        }
    });
    count_requests();
    let set = |selector: &str, value: &str| {
        let element = find(&host, selector).unwrap();
        js_sys::Reflect::set(&element, &"value".into(), &value.into()).unwrap();
        element
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    };
    set("input[name=name]", "Bea");
    set("input[name=email]", "bea@example.com");
    set("input[name=password]", "abc");
    assert_eq!(
        attribute(&host, "input[name=password]", "type").as_deref(),
        Some("password")
    );
    click(&host, "button[type=submit]");
    leptos::task::tick().await;

    let errors = host.query_selector_all(".field-error").unwrap();
    assert_eq!(errors.length(), 1, "only the password is wrong");
    let error = find(&host, "p.field-error[data-field=password]").expect("a password error");
    assert!(error
        .text_content()
        .unwrap()
        .contains("at least 8 characters"));
    assert_eq!(
        attribute(&host, "input[name=password]", "aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(requests_made(), 0.0);

    // The toggle shows the password as typed.
    click(&host, "button.password-toggle");
    leptos::task::tick().await;
    assert_eq!(
        attribute(&host, "input[name=password]", "type").as_deref(),
        Some("text")
    );
}

#[wasm_bindgen_test]
async fn what_comes_later_is_built_in_a_task_of_its_own() {
    use crate::components::Later;
    use crate::main_thread::yield_to_browser;

    let host = host();
    let _mounted = mount_to(host.clone(), || {
        view! {
            <p class="first">"The image and the Like button"</p>
            <Later>
                <p class="later">"Comments"</p>
            </Later>
        }
    });
    assert!(
        find(&host, ".first").is_some(),
        "the view around it is there at once"
    );
    assert!(
        find(&host, ".later").is_none(),
        "what comes later is not built in the same task"
    );
    yield_to_browser().await;
    yield_to_browser().await;
    assert_eq!(text(&host, ".later"), "Comments");
    let first = find(&host, ".first").unwrap();
    assert_eq!(
        first.next_element_sibling().map(|next| next.class_name()),
        Some("later".to_owned()),
        "it takes its place in the page, after what comes before it"
    );
}
