//! Component tests of the feedback pieces (comments, reports, the review note on
//! `/me`), run in headless Chromium by wasm-bindgen-test:
//! `cargo test -p cocrea --lib --target wasm32-unknown-unknown`.
//!
//! Requests go to a `fetch` that holds each one until the test answers it (the
//! helpers of `tests.rs`).

use cocrea_api::admin::{Comment, Role, COMMENT_MAX};
use cocrea_api::{Account, DesignerRef};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::components::{CommentForm, CommentItem, CommentList, ReportForm};
use crate::contexts::provide_auth;
use crate::tests::{
    click, count_requests, find, hold_fetches, host, release_fetches, requests_made, settle,
    signed_in, text,
};

/// What a shopper might paste into a comment.
const MARKUP: &str = "<b>bold</b><script>alert(1)</script>";

fn comment(id: i64, body: &str, by_designer: bool) -> Comment {
    Comment {
        id,
        body: body.into(),
        author: DesignerRef {
            id: if by_designer { 7 } else { 9 },
            name: if by_designer { "Ana Costa" } else { "Bea" }.into(),
        },
        by_designer,
        created_at: "2025-11-20T10:00:00Z".into(),
        reply_to: None,
    }
}

/// Like `tests::signed_in`, for an admin of the brand.
fn signed_in_as_admin<V: IntoView + 'static>(
    children: impl FnOnce() -> V + Send + 'static,
) -> impl FnOnce() -> AnyView + 'static {
    move || {
        provide_auth().signed_in(Account {
            id: 1,
            name: "Boss".into(),
            email: "boss@example.com".into(),
            role: Role::Admin,
        });
        view! { <Router>{children()}</Router> }.into_any()
    }
}

/// The held requests whose URL contains `part`, as "POST /api/designs/42/reports".
fn requests(part: &str) -> Vec<String> {
    let list = js_sys::Function::new_with_args(
        "part",
        "return window.__held
           .filter((r) => r.url.includes(part))
           .map((r) => r.method + ' ' + new URL(r.url, location.href).pathname);",
    )
    .call1(&JsValue::NULL, &part.into())
    .unwrap();
    js_sys::Array::from(&list)
        .iter()
        .map(|v| v.as_string().unwrap())
        .collect()
}

/// The body of the `n`th held request whose URL contains `part`.
async fn request_body(part: &str, n: u32) -> String {
    let promise = js_sys::Function::new_with_args(
        "part, n",
        "return window.__held.filter((r) => r.url.includes(part))[n].input.clone().text();",
    )
    .call2(&JsValue::NULL, &part.into(), &n.into())
    .unwrap();
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
        .await
        .unwrap()
        .as_string()
        .unwrap()
}

/// Answers the `n`th held request whose URL contains `part` with `status` and `body`
/// (no body at all when it is empty, as for 204).
fn answer(part: &str, n: u32, status: u16, body: &str) {
    js_sys::Function::new_with_args(
        "part, n, status, body",
        "const held = window.__held.filter((r) => r.url.includes(part));
         held[n].resolve(new Response(body === '' ? null : body,
           { status, headers: { 'Content-Type': 'application/json' } }));",
    )
    .call4(
        &JsValue::NULL,
        &part.into(),
        &n.into(),
        &status.into(),
        &body.into(),
    )
    .unwrap();
}

/// Types `value` into the form control matching `selector`, as a person does.
fn type_into(host: &HtmlElement, selector: &str, value: &str) {
    let element = find(host, selector).unwrap_or_else(|| panic!("no {selector}"));
    js_sys::Reflect::set(&element, &"value".into(), &value.into()).unwrap();
    element
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

/// The `class` attribute of the element matching `selector`.
fn classes(host: &HtmlElement, selector: &str) -> String {
    find(host, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .get_attribute("class")
        .unwrap_or_default()
}

/// Submits the form matching `form` as its submit button would.
fn submit(host: &HtmlElement, form: &str) {
    let form: web_sys::HtmlFormElement = find(host, form)
        .unwrap_or_else(|| panic!("no {form}"))
        .unchecked_into();
    form.request_submit().unwrap();
}

#[wasm_bindgen_test]
async fn markup_in_a_comment_shows_as_the_characters_typed() {
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in(|| {
            view! { <CommentItem comment=comment(5, MARKUP, false) /> }
        }),
    );
    leptos::task::tick().await;
    assert_eq!(text(&host, ".comment-body"), MARKUP);
    assert!(find(&host, ".comment-body b").is_none(), "no bold element");
    assert!(find(&host, "script").is_none(), "no script element");
    assert_eq!(text(&host, ".comment-author"), "Bea");
    assert_eq!(text(&host, ".comment-date time"), "20 November 2025");
    assert!(find(&host, ".designer-mark").is_none());
    assert!(
        find(&host, ".comment-delete").is_none(),
        "a Delete button only for admins"
    );
}

#[wasm_bindgen_test]
async fn the_designers_reply_is_marked_designer() {
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in(|| {
            view! {
                <CommentItem comment=comment(6, "Thank you! Linen, yes.", true) />
            }
        }),
    );
    leptos::task::tick().await;
    assert_eq!(text(&host, ".designer-mark"), "Designer");
    assert!(find(&host, "li.comment.comment-by-designer").is_some());
    assert_eq!(text(&host, ".comment-author"), "Ana Costa");
}

/// Makes `window.confirm` answer each question with the next of `answers`, and
/// remember the questions asked.
fn answer_confirms(answers: &[bool]) {
    let answers: js_sys::Array = answers.iter().map(|a| JsValue::from(*a)).collect();
    js_sys::Function::new_with_args(
        "answers",
        "window.__asked = [];
         window.confirm = (question) => { window.__asked.push(question); return answers.shift(); };",
    )
    .call1(&JsValue::NULL, &answers)
    .unwrap();
}

/// The questions `window.confirm` was asked.
fn confirms_asked() -> Vec<String> {
    let asked = js_sys::Reflect::get(&window(), &"__asked".into()).unwrap();
    js_sys::Array::from(&asked)
        .iter()
        .map(|v| v.as_string().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn an_admin_deletes_a_comment_after_saying_yes() {
    hold_fetches();
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in_as_admin(|| view! { <CommentList design_id=42 designer_id=7 /> }),
    );
    leptos::task::tick().await;
    let two = serde_json::to_string(&vec![
        comment(7, "Love it", false),
        comment(8, "Spam spam spam", false),
    ])
    .unwrap();
    answer("/comments", 0, 200, &two);
    settle().await;
    assert_eq!(
        host.query_selector_all("button.comment-delete")
            .unwrap()
            .length(),
        2
    );

    // "Cancel": nothing is deleted.
    answer_confirms(&[false, true]);
    click(&host, "li[data-comment-id='8'] button.comment-delete");
    leptos::task::tick().await;
    assert_eq!(confirms_asked(), ["Delete this comment for everyone?"]);
    assert_eq!(requests("/comments"), ["GET /api/designs/42/comments"]);

    // "OK": deleted on the server, then gone from the list.
    click(&host, "li[data-comment-id='8'] button.comment-delete");
    leptos::task::tick().await;
    assert_eq!(
        requests("/comments"),
        ["GET /api/designs/42/comments", "DELETE /api/comments/8"]
    );
    assert!(
        find(&host, "li[data-comment-id='8']").is_some(),
        "until the server agrees"
    );
    answer("/comments", 1, 204, "");
    settle().await;
    assert!(find(&host, "li[data-comment-id='8']").is_none());
    assert!(find(&host, "li[data-comment-id='7']").is_some());
    assert_eq!(text(&host, ".comments-notice"), "The comment is deleted.");
    assert_eq!(text(&host, "#comments-heading .section-count"), "1");
    release_fetches();
}

#[wasm_bindgen_test]
async fn shoppers_get_no_delete_button() {
    hold_fetches();
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in(|| view! { <CommentList design_id=42 designer_id=7 /> }),
    );
    leptos::task::tick().await;
    // Someone else's comment: Bea (9) may delete only her own.
    let mut theirs = comment(7, "Love it", false);
    theirs.author.id = 11;
    let one = serde_json::to_string(&vec![theirs]).unwrap();
    answer("/comments", 0, 200, &one);
    settle().await;
    assert!(find(&host, "li.comment").is_some());
    assert!(find(&host, "button.comment-delete").is_none());
    release_fetches();
}

#[wasm_bindgen_test]
async fn the_character_count_follows_typing_and_a_long_comment_is_not_sent() {
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in(|| {
            view! { <CommentForm design_id=42 on_posted=Callback::new(|_| panic!("nothing may be posted")) /> }
        }),
    );
    leptos::task::tick().await;
    count_requests();
    assert_eq!(text(&host, "#comment-count"), "0 / 1,000 characters");

    type_into(&host, "textarea[name=body]", "Love the colour");
    leptos::task::tick().await;
    assert_eq!(text(&host, "#comment-count"), "15 / 1,000 characters");
    assert!(!classes(&host, "#comment-count").contains("over"));

    type_into(&host, "textarea[name=body]", &"é".repeat(COMMENT_MAX + 3));
    leptos::task::tick().await;
    assert_eq!(text(&host, "#comment-count"), "1,003 / 1,000 characters");
    assert!(classes(&host, "#comment-count").contains("over"));

    submit(&host, "form.comment-form");
    leptos::task::tick().await;
    let problem = text(&host, "#comment-problem");
    assert!(problem.contains("3 characters too long"), "{problem}");
    assert_eq!(
        find(&host, "textarea[name=body]")
            .unwrap()
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(requests_made(), 0.0);
}

#[wasm_bindgen_test]
async fn a_posted_comment_appears_at_once_under_the_others() {
    hold_fetches();
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in(|| view! { <CommentList design_id=42 designer_id=7 /> }),
    );
    leptos::task::tick().await;
    assert_eq!(requests("/comments"), ["GET /api/designs/42/comments"]);
    let first = serde_json::to_string(&vec![comment(1, "So pretty", false)]).unwrap();
    answer("/comments", 0, 200, &first);
    settle().await;
    assert_eq!(host.query_selector_all("li.comment").unwrap().length(), 1);
    assert_eq!(text(&host, "#comments-heading .section-count"), "1");

    type_into(&host, "textarea[name=body]", MARKUP);
    submit(&host, "form.comment-form");
    leptos::task::tick().await;
    assert_eq!(
        requests("/comments"),
        [
            "GET /api/designs/42/comments",
            "POST /api/designs/42/comments"
        ]
    );
    let sent: serde_json::Value =
        serde_json::from_str(&request_body("/comments", 1).await).unwrap();
    assert_eq!(sent, serde_json::json!({ "body": MARKUP }));
    assert_eq!(
        text(&host, "form.comment-form button[type=submit]"),
        "Posting..."
    );

    let stored = serde_json::to_string(&comment(2, MARKUP, false)).unwrap();
    answer("/comments", 1, 201, &stored);
    settle().await;
    let items = host.query_selector_all("li.comment .comment-body").unwrap();
    assert_eq!(items.length(), 2);
    assert_eq!(items.item(1).unwrap().text_content().unwrap(), MARKUP);
    assert_eq!(text(&host, "#comments-heading .section-count"), "2");
    assert_eq!(
        js_sys::Reflect::get(
            &find(&host, "textarea[name=body]").unwrap(),
            &"value".into()
        )
        .unwrap()
        .as_string()
        .unwrap(),
        "",
        "the box is empty for the next comment"
    );
    assert_eq!(
        text(&host, "form.comment-form [role=status]"),
        "Your comment is posted."
    );
    release_fetches();
}

#[wasm_bindgen_test]
async fn a_report_sends_the_chosen_reason_and_says_thank_you() {
    hold_fetches();
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in(|| view! { <ReportForm design_id=42 /> }),
    );
    leptos::task::tick().await;
    assert!(
        find(&host, "details.report[open]").is_none(),
        "closed at first"
    );
    click(&host, "summary.report-toggle");
    leptos::task::tick().await;
    assert!(
        find(&host, "details.report[open]").is_some(),
        "the summary opens it"
    );
    let reasons = host.query_selector_all(".report-reason").unwrap();
    assert_eq!(reasons.length(), 5);
    assert!(text(&host, "form.report-form legend").contains("Why"));

    // No reason yet: said, nothing sent.
    submit(&host, "form.report-form");
    leptos::task::tick().await;
    assert!(text(&host, ".report-form [role=alert]").contains("Choose a reason"));
    assert!(requests("/reports").is_empty());

    click(&host, "input[name=reason][value=spam]");
    submit(&host, "form.report-form");
    leptos::task::tick().await;
    assert_eq!(requests("/reports"), ["POST /api/designs/42/reports"]);
    let sent: serde_json::Value = serde_json::from_str(&request_body("/reports", 0).await).unwrap();
    assert_eq!(sent, serde_json::json!({ "reason": "spam" }));

    answer("/reports", 0, 204, "");
    settle().await;
    assert!(text(&host, ".report-thanks").contains("Thank you"));
    assert!(
        find(&host, "form.report-form[hidden]").is_some(),
        "the form has done its job"
    );
    release_fetches();
}

#[wasm_bindgen_test]
async fn a_failed_report_says_so_and_keeps_the_choice() {
    hold_fetches();
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in(|| view! { <ReportForm design_id=42 /> }),
    );
    leptos::task::tick().await;
    click(&host, "summary.report-toggle");
    leptos::task::tick().await;
    click(&host, "input[name=reason][value=offensive]");
    submit(&host, "form.report-form");
    leptos::task::tick().await;
    answer(
        "/reports",
        0,
        500,
        r#"{"error":"internal","message":"Storage failed."}"#,
    );
    settle().await;
    let message = text(&host, ".report-form [role=alert]");
    assert!(message.contains("wasn't sent"), "{message}");
    assert!(message.contains("try again"), "{message}");
    assert_eq!(text(&host, ".report-thanks"), "");
    let checked: web_sys::HtmlInputElement = find(&host, "input[value=offensive]")
        .unwrap()
        .unchecked_into();
    assert!(checked.checked(), "the choice stays to send again");
    release_fetches();
}
