//! Component tests, run in headless Chromium by wasm-bindgen-test:
//! `cargo test -p cocrea --lib --target wasm32-unknown-unknown`.

use cocrea_api::{Category, Design, DesignStatus, DesignerRef, ErrorCode, ImageRef};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlElement, HtmlInputElement};

use crate::api::error_from_response;
use crate::components::{DesignCard, SubmitForm};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the page to mount one component into.
fn host() -> HtmlElement {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

fn find(host: &HtmlElement, selector: &str) -> Option<web_sys::Element> {
    host.query_selector(selector).unwrap()
}

fn text(host: &HtmlElement, selector: &str) -> String {
    find(host, selector)
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn sample_design() -> Design {
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
    }
}

/// Counts requests the page makes from now on, through XHR and fetch.
fn count_requests() {
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

fn requests_made() -> f64 {
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
        || view! { <DesignCard design=sample_design() /> },
    );

    assert_eq!(text(&host, ".design-card-title"), "Sunset linen wrap dress");
    assert_eq!(text(&host, ".designer-name"), "Ana Costa");
    assert_eq!(text(&host, ".like-number"), "37");
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
async fn a_two_character_title_shows_its_error_and_sends_nothing() {
    let host = host();
    let _mounted = mount_to(host.clone(), || {
        view! {
            <SubmitForm on_created=Callback::new(|_| panic!("nothing may be created")) />
        }
    });
    count_requests();

    let set = |selector: &str, value: &str, event: &str| {
        let element = find(&host, selector).unwrap();
        js_sys::Reflect::set(&element, &"value".into(), &value.into()).unwrap();
        element
            .dispatch_event(&web_sys::Event::new(event).unwrap())
            .unwrap();
    };
    set("input[name=title]", "ab", "input");
    set("textarea[name=description]", "Linen, knee length.", "input");
    set("select[name=category]", "dresses", "change");
    set("input[name=designer]", "Ana", "input");

    // A valid image, so the title is the only thing wrong.
    let bytes = js_sys::Array::of1(&js_sys::Uint8Array::from(&[0x89u8, b'P', b'N', b'G'][..]));
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    let file = web_sys::File::new_with_u8_array_sequence_and_options(&bytes, "dress.png", &options)
        .unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let input: HtmlInputElement = find(&host, "input[type=file][name=image]")
        .unwrap()
        .unchecked_into();
    input.set_files(transfer.files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(text(&host, ".file-name"), "dress.png");

    find(&host, "button[type=submit]")
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    leptos::task::tick().await;

    let errors = host.query_selector_all(".field-error").unwrap();
    assert_eq!(errors.length(), 1, "only the title is wrong");
    let error = find(&host, "p.field-error[data-field=title]").expect("a title error");
    assert!(error
        .text_content()
        .unwrap()
        .contains("at least 3 characters"));
    let title = find(&host, "input[name=title]").unwrap();
    assert_eq!(title.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(title
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("title-error"));
    assert!(find(&host, ".upload-progress").is_none());
    assert_eq!(requests_made(), 0.0);

    // Fixing the title clears its error as the person types.
    set("input[name=title]", "Sunset wrap dress", "input");
    leptos::task::tick().await;
    assert!(find(&host, ".field-error").is_none());
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
fn file_sizes_read_as_people_say_them() {
    use crate::components::image_picker::format_size;
    assert_eq!(format_size(512), "512 bytes");
    assert_eq!(format_size(820 * 1024), "820 KB");
    assert_eq!(format_size(2_516_582), "2.4 MB");
}

#[wasm_bindgen_test]
fn thumbnails_keep_their_shape_at_480_pixels() {
    use crate::components::design_card::thumb_size;
    assert_eq!(thumb_size(900, 1200), (360, 480));
    assert_eq!(thumb_size(2048, 1024), (480, 240));
    assert_eq!(thumb_size(300, 200), (300, 200));
}
