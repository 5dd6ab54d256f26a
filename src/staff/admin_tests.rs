//! Tests of the brand's administration (staff bundle), run in headless Chromium
//! by wasm-bindgen-test:
//! `cargo test -p cocrea --lib --features staff --target wasm32-unknown-unknown`.
//!
//! The chart arithmetic is tested as plain functions; the components are mounted
//! with `fetch` replaced by one that holds each request until the test answers it.

use cocrea_api::admin::{AdminUser, Role};
use cocrea_api::{Account, Category, Design, DesignStatus, DesignerRef, ImageRef};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

use crate::contexts::provide_auth;
use crate::i18n::{msg, Lang};
use crate::staff::components::admin::chart_scale::{
    axis_day, column_band, day_month, label_indices, labels_that_fit, nice_scale, percent, shorten,
    Scale,
};
use crate::staff::components::admin::note::check_note;
use crate::staff::components::admin::production_design_card::next_steps;
use crate::staff::components::admin::{
    AdminSection, BarChart, ChartRow, ColumnChart, PendingDesignCard, PersonRow, RequireAdmin,
};

wasm_bindgen_test_configure!(run_in_browser);

// ---------- Chart arithmetic ----------

#[wasm_bindgen_test]
fn value_axes_end_on_a_round_number_at_or_above_the_largest_count() {
    assert_eq!(nice_scale(37, 4), Scale { top: 40, step: 10 });
    assert_eq!(nice_scale(100, 4), Scale { top: 100, step: 50 });
    assert_eq!(nice_scale(101, 4), Scale { top: 150, step: 50 });
    assert_eq!(nice_scale(3, 4), Scale { top: 3, step: 1 });
    assert_eq!(nice_scale(9, 4), Scale { top: 10, step: 5 });
    assert_eq!(
        nice_scale(1234, 4),
        Scale {
            top: 1500,
            step: 500
        }
    );
    // Counts are whole: never a step below 1; nothing to show still draws an axis.
    assert_eq!(nice_scale(1, 4), Scale { top: 1, step: 1 });
    assert_eq!(nice_scale(0, 4), Scale { top: 1, step: 1 });
    assert_eq!(nice_scale(-5, 4), Scale { top: 1, step: 1 });
    assert_eq!(nice_scale(7, 0), Scale { top: 10, step: 10 });
}

#[wasm_bindgen_test]
fn gridlines_run_from_zero_to_the_top_and_values_sit_between() {
    let scale = nice_scale(37, 4);
    assert_eq!(scale.ticks(), [0, 10, 20, 30, 40]);
    assert_eq!(scale.fraction(0), 0.0);
    assert_eq!(scale.fraction(20), 0.5);
    assert_eq!(scale.fraction(40), 1.0);
    assert_eq!(scale.fraction(90), 1.0, "clamped at the top");
    assert_eq!(scale.fraction(-3), 0.0, "clamped at the bottom");
}

#[wasm_bindgen_test]
fn columns_share_the_width_equally_and_sit_centred_in_their_slot() {
    assert_eq!(column_band(0, 4, 1.0), (0.0, 0.25));
    let (start, width) = column_band(1, 4, 0.5);
    assert!((start - 0.3125).abs() < 1e-9, "{start}");
    assert!((width - 0.125).abs() < 1e-9, "{width}");
    let (start, width) = column_band(29, 30, 0.7);
    assert!((start + width + (1.0 / 30.0) * 0.15 - 1.0).abs() < 1e-9);
    assert_eq!(
        column_band(0, 0, 1.0),
        (0.0, 1.0),
        "no columns: no division by zero"
    );
}

#[wasm_bindgen_test]
fn time_labels_are_thinned_out_but_keep_the_first_and_the_last() {
    assert_eq!(label_indices(30, 6), [0, 6, 12, 18, 24, 29]);
    assert_eq!(label_indices(12, 6), [0, 3, 6, 9, 11]);
    assert_eq!(label_indices(5, 6), [0, 1, 2, 3, 4]);
    assert_eq!(label_indices(8, 6), [0, 2, 4, 7]);
    assert_eq!(label_indices(1, 6), [0]);
    assert!(label_indices(0, 6).is_empty());
    // Never more than asked, always the first and the last.
    for count in 1..=60 {
        let labels = label_indices(count, 6);
        assert!(labels.len() <= 6, "{count}: {labels:?}");
        assert_eq!(labels.first(), Some(&0));
        assert_eq!(labels.last(), Some(&(count - 1)));
    }
}

#[wasm_bindgen_test]
fn longer_day_labels_get_fewer_places_on_the_axis() {
    // "23 Nov" on a phone: four labels; "23 de nov.": three, so that they never overlap.
    assert_eq!(labels_that_fit(40, 6, 4), 4);
    assert_eq!(labels_that_fit(40, 10, 4), 3);
    assert_eq!(labels_that_fit(63, 6, 7), 7);
    assert_eq!(labels_that_fit(63, 10, 7), 4);
    // Never more than asked, never fewer than the first and the last.
    assert_eq!(labels_that_fit(1000, 1, 7), 7);
    assert_eq!(labels_that_fit(10, 40, 7), 2);
}

#[wasm_bindgen_test]
fn chart_lengths_names_and_dates_read_well() {
    assert_eq!(percent(0.375), "37.5%");
    assert_eq!(percent(1.0), "100%");
    assert_eq!(percent(0.0), "0%");
    assert_eq!(shorten("Dresses", 30), "Dresses");
    assert_eq!(
        shorten("A very long title for a linen dress", 12),
        "A very long…"
    );
    assert_eq!(shorten("  padded  ", 30), "padded");
    assert_eq!(day_month("2025-11-03"), "3 Nov");
    assert_eq!(day_month("2026-01-31"), "31 Jan");
    assert_eq!(day_month("2025-13-03"), "2025-13-03");
    assert_eq!(day_month("soon"), "soon");
}

#[wasm_bindgen_test]
fn days_under_the_columns_are_written_as_each_language_writes_them_in_utc() {
    assert_eq!(axis_day(Lang::En, "2025-11-03"), "3 Nov");
    assert_eq!(axis_day(Lang::Es, "2025-11-03"), "3 nov");
    assert_eq!(axis_day(Lang::It, "2025-11-03"), "3 nov");
    assert_eq!(axis_day(Lang::PtBr, "2025-11-03"), "3 de nov.");
    // The first of a month stays the first wherever the reader is (days are UTC).
    assert_eq!(axis_day(Lang::Es, "2026-01-01"), "1 ene");
    assert_eq!(axis_day(Lang::Es, "soon"), "soon");
    assert_eq!(axis_day(Lang::It, "2025-13-03"), "2025-13-03");
}

// ---------- Rules of the admin pages ----------

#[wasm_bindgen_test]
fn a_rejection_needs_a_reason_and_notes_have_a_length_limit() {
    assert!(check_note("   ", true).is_err());
    assert_eq!(check_note("", false), Ok(String::new()));
    assert_eq!(
        check_note("  Blurry photo.  ", true),
        Ok("Blurry photo.".to_owned())
    );
    let long = "a".repeat(cocrea_api::admin::NOTE_MAX + 1);
    assert!(check_note(&long, false).unwrap_err().contains("500"));
}

#[wasm_bindgen_test]
fn the_production_board_offers_only_the_steps_the_lifecycle_allows() {
    use DesignStatus::*;
    assert_eq!(next_steps(GoalReached), [InProduction, Archived]);
    assert_eq!(next_steps(InProduction), [InStore, Archived]);
    assert_eq!(next_steps(InStore), [Archived]);
    assert!(next_steps(Archived).is_empty());
}

#[wasm_bindgen_test]
fn the_section_comes_from_the_address_and_defaults_to_review() {
    assert_eq!(
        AdminSection::from_query(Some("webhooks")),
        AdminSection::Webhooks
    );
    assert_eq!(AdminSection::from_query(None), AdminSection::Review);
    assert_eq!(
        AdminSection::from_query(Some("nonsense")),
        AdminSection::Review
    );
    for section in AdminSection::ALL {
        assert_eq!(AdminSection::from_query(Some(section.slug())), section);
        assert_eq!(section.href(), format!("/admin?section={}", section.slug()));
    }
}

// ---------- Components ----------

/// A fresh element in the page to mount one component into.
fn host() -> HtmlElement {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

fn find(host: &HtmlElement, selector: &str) -> Option<web_sys::Element> {
    host.query_selector(selector).unwrap()
}

fn find_all(host: &HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(wasm_bindgen::JsCast::unchecked_into)
        .collect()
}

fn text(host: &HtmlElement, selector: &str) -> String {
    find(host, selector)
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(host: &HtmlElement, selector: &str) {
    find(host, selector)
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

fn is_disabled(host: &HtmlElement, selector: &str) -> bool {
    find(host, selector)
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .has_attribute("disabled")
}

fn account(role: Role) -> Account {
    Account {
        id: 9,
        name: "Bea".into(),
        email: "bea@example.com".into(),
        role,
    }
}

/// The app's context around `children`: a router and this account signed in.
fn signed_in_as<V: IntoView + 'static>(
    role: Role,
    children: impl FnOnce() -> V + Send + 'static,
) -> impl FnOnce() -> AnyView + 'static {
    move || {
        provide_auth().signed_in(account(role));
        view! { <Router>{children()}</Router> }.into_any()
    }
}

fn pending_design() -> Design {
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
        likes: 0,
        goal: 100,
        status: DesignStatus::Pending,
        created_at: "2025-11-20T10:00:00Z".into(),
        liked_by_me: false,
        store_likes: None,
        rejection_reason: None,
        hidden: false,
    }
}

fn run_js(body: &str) -> JsValue {
    js_sys::Function::new_no_args(body)
        .call0(&JsValue::NULL)
        .unwrap()
}

/// Replaces `fetch` with one that records each `/api/admin` request (method, path
/// and body) and answers only when the test calls [`answer`]; other requests
/// (the session check) never answer.
fn hold_fetches() {
    run_js(
        "window.__realFetch = window.__realFetch || window.fetch;
         window.__held = [];
         window.fetch = function (input, init) {
           const method = (init && init.method) || (input && input.method) || 'GET';
           const url = typeof input === 'string' ? input : input.url;
           const entry = { method, url, body: '', resolve: null };
           if (typeof input !== 'string' && input.clone) {
             input.clone().text().then((body) => { entry.body = body; });
           } else if (init && typeof init.body === 'string') {
             entry.body = init.body;
           }
           return new Promise((resolve) => {
             entry.resolve = resolve;
             if (url.includes('/api/admin')) { window.__held.push(entry); }
           });
         };",
    );
}

/// Puts the real `fetch` back.
fn release_fetches() {
    run_js("if (window.__realFetch) { window.fetch = window.__realFetch; }");
}

/// The admin requests held so far, as "POST /api/admin/designs/42/approve".
fn requests() -> Vec<String> {
    let list = run_js(
        "return window.__held.map((r) => r.method + ' ' + new URL(r.url, location.href).pathname);",
    );
    js_sys::Array::from(&list)
        .iter()
        .map(|v| v.as_string().unwrap())
        .collect()
}

/// The body of the `n`th held request.
fn request_body(n: u32) -> String {
    js_sys::Function::new_with_args("n", "return window.__held[n].body;")
        .call1(&JsValue::NULL, &n.into())
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

/// Answers the `n`th held request with `status` and the JSON `body`.
fn answer(n: u32, status: u16, body: &str) {
    js_sys::Function::new_with_args(
        "n, status, body",
        "window.__held[n].resolve(new Response(status === 204 ? null : body,
           { status, headers: { 'Content-Type': 'application/json' } }));",
    )
    .call3(&JsValue::NULL, &n.into(), &status.into(), &body.into())
    .unwrap();
}

/// Lets answered requests run through the app (promises, then the reactive updates).
async fn settle() {
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

/// Types `value` into the form control matching `selector`, as a person would.
fn type_into(host: &HtmlElement, selector: &str, value: &str) {
    let element = find(host, selector).unwrap_or_else(|| panic!("no element matches {selector}"));
    js_sys::Reflect::set(&element, &"value".into(), &value.into()).unwrap();
    element
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
fn a_column_chart_draws_a_column_per_day_with_labelled_axes_and_a_summary() {
    let host = host();
    let points = vec![
        ChartRow::new("1 Nov", 3),
        ChartRow::new("2 Nov", 0),
        ChartRow::new("3 Nov", 37),
    ];
    let _mounted = mount_to(host.clone(), move || {
        view! {
            <ColumnChart
                title="Likes per day"
                points=points
                x_name="Day"
                y_name="Likes"
                unit=msg::LIKES_COUNT
                empty="No likes yet."
            />
        }
    });
    let svg = find(&host, "svg").expect("an svg chart");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Likes per day, from 1 Nov to 3 Nov: 40 likes in all, the most on 3 Nov (37).")
    );
    // Days without likes draw no column; the tallest reaches 37 of 40.
    assert_eq!(find_all(&host, "rect.chart-column").len(), 2);
    let ticks: Vec<String> = find_all(&host, "text.chart-tick")
        .iter()
        .map(|t| t.text_content().unwrap_or_default())
        .collect();
    assert_eq!(ticks, ["0", "10", "20", "30", "40"]);
    let labels: Vec<String> = find_all(&host, ".chart-labels-wide text.chart-label")
        .iter()
        .map(|t| t.text_content().unwrap_or_default())
        .collect();
    assert_eq!(labels, ["1 Nov", "2 Nov", "3 Nov"]);
    let names: Vec<String> = find_all(&host, "text.chart-axis-name")
        .iter()
        .map(|t| t.text_content().unwrap_or_default())
        .collect();
    assert_eq!(names, ["Likes", "Day"]);
    assert_eq!(
        find(&host, "rect.chart-column title")
            .unwrap()
            .namespace_uri()
            .as_deref(),
        Some("http://www.w3.org/2000/svg"),
        "the tooltip is SVG's own <title>"
    );
    // The numbers, as a table for anyone who prefers them.
    assert_eq!(find_all(&host, "details.chart-data tbody tr").len(), 3);
    assert_eq!(text(&host, ".chart-total"), "40 in all");
}

#[wasm_bindgen_test]
fn a_chart_without_any_count_says_so_instead_of_drawing() {
    let host = host();
    let _mounted = mount_to(host.clone(), move || {
        view! {
            <BarChart
                title="Likes by store"
                rows=vec![ChartRow::new("madrid-01", 0)]
                label_name="Store"
                value_name="Likes"
                unit=msg::LIKES_COUNT
                empty="No likes yet."
            />
        }
    });
    assert!(find(&host, "svg").is_none());
    assert_eq!(text(&host, ".admin-empty-line"), "No likes yet.");
    assert_eq!(text(&host, "figcaption"), "Likes by store");
}

#[wasm_bindgen_test]
fn a_bar_chart_draws_each_row_to_scale_with_its_value() {
    let host = host();
    let rows = vec![ChartRow::new("Dresses", 120), ChartRow::new("Tops", 30)];
    let _mounted = mount_to(host.clone(), move || {
        view! {
            <BarChart
                title="Likes by category"
                rows=rows
                label_name="Category"
                value_name="Likes"
                unit=msg::LIKES_COUNT
                empty="No likes yet."
            />
        }
    });
    let widths: Vec<String> = find_all(&host, "rect.chart-bar")
        .iter()
        .map(|bar| bar.get_attribute("width").unwrap_or_default())
        .collect();
    // 120 and 30 on an axis to 150.
    assert_eq!(widths, ["80%", "20%"]);
    let values: Vec<String> = find_all(&host, "text.chart-value")
        .iter()
        .map(|t| t.text_content().unwrap_or_default())
        .collect();
    assert_eq!(values, ["120", "30"]);
    assert_eq!(
        find(&host, "svg")
            .unwrap()
            .get_attribute("aria-label")
            .as_deref(),
        Some("Likes by category: Dresses 120 likes, Tops 30 likes.")
    );
}

#[wasm_bindgen_test]
async fn a_signed_in_shopper_reads_that_the_admin_pages_are_for_staff() {
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in_as(Role::User, || {
            view! {
                <RequireAdmin>
                    <p class="secret-admin-content">"Admin only"</p>
                </RequireAdmin>
            }
        }),
    );
    leptos::task::tick().await;
    assert!(find(&host, ".secret-admin-content").is_none());
    assert_eq!(
        text(&host, ".staff-only h1"),
        "This page is for brand staff"
    );
    assert!(text(&host, ".staff-only p").contains("ask an admin"));
}

#[wasm_bindgen_test]
async fn an_admin_sees_what_the_admin_pages_hold() {
    let host = host();
    let _mounted = mount_to(
        host.clone(),
        signed_in_as(Role::Admin, || {
            view! {
                <RequireAdmin>
                    <p class="secret-admin-content">"Admin only"</p>
                </RequireAdmin>
            }
        }),
    );
    leptos::task::tick().await;
    assert_eq!(text(&host, ".secret-admin-content"), "Admin only");
    assert!(find(&host, ".staff-only").is_none());
}

#[wasm_bindgen_test]
async fn approving_shows_progress_and_reports_back_once_the_server_agrees() {
    hold_fetches();
    let host = host();
    let reviewed = RwSignal::new(None::<(i64, String)>);
    let _mounted = mount_to(
        host.clone(),
        signed_in_as(Role::Admin, move || {
            view! {
                <PendingDesignCard
                    design=pending_design()
                    on_reviewed=Callback::new(move |done| reviewed.set(Some(done)))
                />
            }
        }),
    );
    leptos::task::tick().await;
    assert_eq!(
        text(&host, ".admin-design-title"),
        "Sunset linen wrap dress"
    );
    assert_eq!(text(&host, ".designer-name"), "Ana Costa");
    assert_eq!(
        text(&host, ".admin-design-description"),
        "Knee length, tie waist."
    );

    click(&host, "button.approve");
    leptos::task::tick().await;
    assert_eq!(requests(), ["POST /api/admin/designs/42/approve"]);
    assert_eq!(text(&host, "button.approve"), "Approving…");
    assert!(is_disabled(&host, "button.approve"));

    let mut approved = pending_design();
    approved.status = DesignStatus::Voting;
    answer(0, 200, &serde_json::to_string(&approved).unwrap());
    settle().await;
    let (id, message) = reviewed
        .get_untracked()
        .expect("the card reports the review");
    assert_eq!(id, 42);
    assert_eq!(
        message,
        "Approved “Sunset linen wrap dress”: it is in the gallery now."
    );
    release_fetches();
}

#[wasm_bindgen_test]
async fn a_rejection_asks_for_a_reason_sends_it_and_says_when_it_was_too_late() {
    hold_fetches();
    let host = host();
    let reviewed = RwSignal::new(None::<(i64, String)>);
    let _mounted = mount_to(
        host.clone(),
        signed_in_as(Role::Admin, move || {
            view! {
                <PendingDesignCard
                    design=pending_design()
                    on_reviewed=Callback::new(move |done| reviewed.set(Some(done)))
                />
            }
        }),
    );
    leptos::task::tick().await;
    assert!(find(&host, "form.reject-form").is_none());
    click(&host, "button.reject");
    leptos::task::tick().await;
    let textarea = find(&host, "form.reject-form textarea[name=reason]").expect("a reason box");
    assert_eq!(
        document().active_element().as_ref(),
        Some(&textarea),
        "the reason box takes focus"
    );

    // No reason: said beside the box, nothing sent.
    click(&host, "form.reject-form button[type=submit]");
    leptos::task::tick().await;
    assert!(text(&host, ".field-error[data-field=reason]").contains("Write a reason"));
    assert_eq!(
        textarea.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert!(requests().is_empty());

    type_into(
        &host,
        "textarea[name=reason]",
        "The photo is too blurry to judge.",
    );
    leptos::task::tick().await;
    assert_eq!(text(&host, ".char-count"), "33 / 500");
    click(&host, "form.reject-form button[type=submit]");
    leptos::task::tick().await;
    settle().await;
    assert_eq!(requests(), ["POST /api/admin/designs/42/reject"]);
    assert_eq!(
        request_body(0),
        r#"{"reason":"The photo is too blurry to judge."}"#
    );
    assert_eq!(
        text(&host, "form.reject-form button[type=submit]"),
        "Rejecting…"
    );

    // Another admin approved it meanwhile: the card says so and stays.
    answer(
        0,
        409,
        r#"{"error":"conflict","message":"A design that is voting cannot become rejected."}"#,
    );
    settle().await;
    assert!(reviewed.get_untracked().is_none());
    assert_eq!(
        text(&host, ".reject-form .field-error"),
        "Someone has already reviewed this design. Refresh the list to see where it stands."
    );
    release_fetches();
}

#[wasm_bindgen_test]
async fn revoking_ones_own_admin_role_shows_the_servers_refusal() {
    hold_fetches();
    let host = host();
    let changed = RwSignal::new(None::<AdminUser>);
    let me = AdminUser {
        id: 9,
        name: "Bea".into(),
        email: "bea@example.com".into(),
        role: Role::Admin,
    };
    let _mounted = mount_to(
        host.clone(),
        signed_in_as(Role::Admin, move || {
            view! {
                <PersonRow
                    user=me
                    is_me=true
                    on_changed=Callback::new(move |user| changed.set(Some(user)))
                />
            }
        }),
    );
    leptos::task::tick().await;
    assert_eq!(text(&host, ".person-role"), "Brand staff");
    assert_eq!(text(&host, ".person-me"), "(you)");
    click(&host, "button.person-role-button");
    leptos::task::tick().await;
    settle().await;
    assert_eq!(requests(), ["PUT /api/admin/users/9/role"]);
    assert_eq!(request_body(0), r#"{"role":"user"}"#);
    assert_eq!(text(&host, "button.person-role-button"), "Saving…");

    answer(
        0,
        409,
        r#"{"error":"conflict","message":"You cannot revoke your own admin role; ask another admin."}"#,
    );
    settle().await;
    assert_eq!(
        text(&host, ".person-error"),
        "You cannot revoke your own admin role; ask another admin."
    );
    assert_eq!(
        text(&host, ".person-role"),
        "Brand staff",
        "nothing changed"
    );
    assert_eq!(text(&host, "button.person-role-button"), "Remove admin");
    assert!(changed.get_untracked().is_none());
    release_fetches();
}
