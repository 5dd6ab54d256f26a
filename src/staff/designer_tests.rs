//! Tests of the designers' pieces (staff bundle): the submit form, its image picker and
//! the review note on their page, run in headless Chromium by wasm-bindgen-test:
//! `cargo test -p cocrea --lib --features staff --target wasm32-unknown-unknown`.

use cocrea_api::DesignStatus;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlElement, HtmlInputElement};

use crate::staff::components::designer::image_picker::format_size;
use crate::staff::components::{ReviewNote, SubmitForm};
use crate::tests::{count_requests, find, host, requests_made, text};

wasm_bindgen_test_configure!(run_in_browser);

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
fn file_sizes_read_as_people_say_them() {
    assert_eq!(format_size(512), "512 bytes");
    assert_eq!(format_size(820 * 1024), "820 KB");
    assert_eq!(format_size(2_516_582), "2.4 MB");
}

#[wasm_bindgen_test]
fn my_rejected_design_says_why_and_what_to_do_next() {
    let rejected = host();
    let _mounted = mount_to(rejected.clone(), || {
        view! {
            <ReviewNote
                status=DesignStatus::Rejected
                rejection_reason=Some("Too close to an existing brand's print.".to_owned())
            />
        }
    });
    assert_eq!(
        text(&rejected, ".rejection-reason"),
        "Not accepted: Too close to an existing brand's print."
    );
    assert_eq!(
        find(&rejected, ".review-note a")
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("/submit")
    );

    let pending = host();
    let _mounted = mount_to(pending.clone(), || {
        view! { <ReviewNote status=DesignStatus::Pending rejection_reason=None /> }
    });
    assert!(text(&pending, ".review-pending").contains("Waiting for the brand's review"));

    let voting = host();
    let _mounted = mount_to(voting.clone(), || {
        view! { <ReviewNote status=DesignStatus::Voting rejection_reason=None /> }
    });
    assert!(find(&voting, ".review-note").is_none());
}
