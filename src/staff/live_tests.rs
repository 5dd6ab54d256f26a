//! Tests of the live views (hanger tags, the store screen and their event stream), run
//! in headless Chromium by wasm-bindgen-test:
//! `cargo test -p cocrea --lib --target wasm32-unknown-unknown`.

use std::time::Duration;

use cocrea_api::{Design, DesignStatus, LikesEvent, SortOrder, StatusEvent};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

use crate::staff::api_live::qr_code_url;
use crate::staff::components::in_store::leaderboard_list::row_order;
use crate::staff::components::in_store::leaderboard_row::row_offset;
use crate::staff::components::{LeaderboardList, ReconnectingMark, TagCard};
use crate::staff::live::{
    apply_likes, backoff_delay, store_from_query, use_live_events, with_jitter, LiveCounts,
    LiveEvent,
};
use crate::staff::pages::screen_page::{next_view, parse_rows, rerank};
use crate::staff::pages::tags_page::parse_ids;

wasm_bindgen_test_configure!(run_in_browser);

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

/// A design as the server sends it (read from JSON, so fields the contract adds
/// later with defaults need no change here).
fn design(id: i64, likes: i64) -> Design {
    serde_json::from_value(serde_json::json!({
        "id": id,
        "title": format!("Design {id}"),
        "description": "",
        "category": "dresses",
        "designer": { "id": 7, "name": "Ana Costa" },
        "image": {
            "url": format!("/api/images/{id}.jpg"),
            "thumb_url": format!("/api/images/{id}-thumb.jpg"),
            "width": 1600,
            "height": 2000,
        },
        "likes": likes,
        "goal": 100,
        "status": "voting",
        "created_at": "2025-11-20T10:00:00Z",
        "liked_by_me": false,
    }))
    .expect("a design")
}

fn likes(design_id: i64, likes: i64, store: Option<(&str, i64)>) -> LikesEvent {
    LikesEvent {
        design_id,
        likes,
        store: store.map(|(code, _)| code.to_owned()),
        store_likes: store.map(|(_, n)| n),
    }
}

/// Lets timers, promises and the reactive updates after them run.
async fn pause(millis: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

/// Waits (up to 5 s) for `done`, checking every 50 ms.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..100 {
        if done() {
            return;
        }
        pause(50).await;
    }
    panic!("{what} did not happen within 5 s");
}

fn run_js(body: &str) -> JsValue {
    js_sys::Function::new_no_args(body)
        .call0(&JsValue::NULL)
        .unwrap()
}

// ---------- Rules ----------

#[wasm_bindgen_test]
fn reconnections_back_off_from_one_second_doubling_up_to_thirty() {
    let seconds: Vec<u64> = (0..8).map(|n| backoff_delay(n).as_secs()).collect();
    assert_eq!(seconds, [1, 2, 4, 8, 16, 30, 30, 30]);
    assert_eq!(backoff_delay(u32::MAX), Duration::from_secs(30));
}

#[wasm_bindgen_test]
fn jitter_shortens_a_wait_by_at_most_a_quarter_and_never_lengthens_it() {
    let thirty = Duration::from_secs(30);
    assert_eq!(with_jitter(thirty, 0.0), thirty);
    assert_eq!(with_jitter(thirty, 1.0), Duration::from_millis(22_500));
    assert_eq!(with_jitter(thirty, 7.0), Duration::from_millis(22_500));
    assert!(with_jitter(backoff_delay(0), 0.5) < Duration::from_secs(1));
}

#[wasm_bindgen_test]
fn events_are_decoded_by_name_and_anything_else_is_ignored() {
    assert_eq!(LiveEvent::parse("ready", "{}"), Some(LiveEvent::Ready));
    assert_eq!(
        LiveEvent::parse(
            "likes",
            r#"{"design_id":3,"likes":12,"store":"madrid-01","store_likes":4}"#
        ),
        Some(LiveEvent::Likes(likes(3, 12, Some(("madrid-01", 4)))))
    );
    assert_eq!(
        LiveEvent::parse("status", r#"{"design_id":3,"status":"goal_reached"}"#),
        Some(LiveEvent::Status(StatusEvent {
            design_id: 3,
            status: DesignStatus::GoalReached
        }))
    );
    let snapshot = LiveEvent::parse("snapshot", r#"{"reason":"lagged"}"#).unwrap();
    assert_eq!(snapshot, LiveEvent::Snapshot);
    assert!(snapshot.asks_for_reload());
    assert!(LiveEvent::Ready.asks_for_reload());
    assert_eq!(LiveEvent::parse("likes", "{not json"), None);
    assert_eq!(LiveEvent::parse("message", "{}"), None);
}

#[wasm_bindgen_test]
fn a_like_moves_the_total_and_only_its_own_store_count() {
    let mut shown = design(5, 10);
    shown.store_likes = Some(2);
    assert!(apply_likes(
        &mut shown,
        &likes(5, 11, None),
        Some("madrid-01")
    ));
    assert_eq!((shown.likes, shown.store_likes), (11, Some(2)));
    apply_likes(
        &mut shown,
        &likes(5, 12, Some(("paris-02", 9))),
        Some("madrid-01"),
    );
    assert_eq!((shown.likes, shown.store_likes), (12, Some(2)));
    apply_likes(
        &mut shown,
        &likes(5, 13, Some(("madrid-01", 3))),
        Some("madrid-01"),
    );
    assert_eq!((shown.likes, shown.store_likes), (13, Some(3)));
    assert!(!apply_likes(
        &mut shown,
        &likes(6, 99, None),
        Some("madrid-01")
    ));
    assert_eq!(shown.likes, 13);
}

#[wasm_bindgen_test]
fn a_reload_that_answers_late_does_not_put_an_older_count_back() {
    let mut counts = LiveCounts::default();
    counts.hear(&likes(1, 4, None), None);
    let mark = counts.mark();
    // Heard while the reload was on its way: newer than what it brings.
    counts.hear(&likes(1, 6, Some(("madrid-01", 2))), Some("madrid-01"));
    let mut reloaded = design(1, 5);
    reloaded.store_likes = Some(1);
    counts.refresh(mark, &mut reloaded);
    assert_eq!((reloaded.likes, reloaded.store_likes), (6, Some(2)));

    // A reload that started after the last event is the truth.
    let later = counts.mark();
    let mut fresh = design(1, 7);
    counts.refresh(later, &mut fresh);
    assert_eq!(fresh.likes, 7);
    counts.forget_until(later);
    let mut again = design(1, 8);
    counts.refresh(0, &mut again);
    assert_eq!(again.likes, 8, "forgotten counts no longer apply");
}

#[wasm_bindgen_test]
fn store_addresses_are_understood() {
    assert_eq!(
        store_from_query(Some("madrid-01")).as_deref(),
        Some("madrid-01")
    );
    assert_eq!(store_from_query(Some("Madrid")), None);
    assert_eq!(store_from_query(Some("")), None);
    assert_eq!(store_from_query(None), None);

    assert_eq!(parse_ids("3,1, 2,3,x,-4,0"), [3, 1, 2]);
    assert_eq!(parse_ids(""), Vec::<i64>::new());
    assert_eq!(
        parse_ids(
            &(1..100)
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(",")
        )
        .len(),
        54
    );

    assert_eq!(parse_rows(None), 5);
    assert_eq!(parse_rows(Some("8")), 8);
    assert_eq!(parse_rows(Some("0")), 5);
    assert_eq!(parse_rows(Some("51")), 5);

    assert_eq!(qr_code_url(4, None), "/api/designs/4/qr.svg");
    assert_eq!(
        qr_code_url(4, Some("madrid-01")),
        "/api/designs/4/qr.svg?store=madrid-01"
    );
}

#[wasm_bindgen_test]
fn the_screen_turns_to_the_next_ranking_that_has_designs() {
    assert_eq!(next_view(0, [true, true, true]), 1);
    assert_eq!(next_view(2, [true, true, true]), 0);
    assert_eq!(next_view(0, [true, false, true]), 2);
    assert_eq!(next_view(1, [false, false, false]), 1);
}

#[wasm_bindgen_test]
fn a_like_reranks_most_liked_and_closest_to_goal_at_once() {
    let mut top = vec![design(1, 30), design(2, 20), design(3, 20)];
    top[2].likes = 31;
    rerank(SortOrder::Top, &mut top);
    assert_eq!(top.iter().map(|d| d.id).collect::<Vec<_>>(), [3, 1, 2]);
    // Equal counts: the newer (higher id) first, as the server ranks them.
    top[1].likes = 31;
    rerank(SortOrder::Top, &mut top);
    assert_eq!(top.iter().map(|d| d.id).collect::<Vec<_>>(), [3, 1, 2]);

    let mut near = vec![design(1, 90), design(2, 80)];
    near[1].goal = 80;
    rerank(SortOrder::NearGoal, &mut near);
    assert_eq!(near.iter().map(|d| d.id).collect::<Vec<_>>(), [2, 1]);

    let mut trending = vec![design(1, 1), design(2, 50)];
    rerank(SortOrder::Trending, &mut trending);
    assert_eq!(trending[0].id, 1, "trending waits for the server's order");

    assert_eq!(
        row_order(&[design(9, 1), design(2, 5), design(4, 3)]),
        [2, 4, 9]
    );
    assert_eq!(row_offset(3), "translateY(300%)");
}

// ---------- Components ----------

#[wasm_bindgen_test]
async fn a_tag_shows_the_count_the_store_count_and_a_qr_code_for_the_store() {
    let host = host();
    let mut first = design(42, 37);
    first.store_likes = Some(5);
    let shown = RwSignal::new(first);
    let _mounted = mount_to(host.clone(), move || {
        view! { <TagCard design=shown store=Some("madrid-01".to_owned()) /> }
    });

    let tag = find(&host, ".hanger-tag").expect("a hanger tag");
    assert_eq!(tag.get_attribute("data-design-id").as_deref(), Some("42"));
    assert_eq!(text(&host, ".tag-title"), "Design 42");
    assert_eq!(text(&host, ".tag-likes"), "37");
    assert_eq!(text(&host, ".tag-store-likes"), "5");
    assert_eq!(text(&host, ".goal-text"), "37 of 100 likes");
    let qr = find(&host, "img.qr-code").expect("a QR code");
    assert_eq!(
        qr.get_attribute("src").as_deref(),
        Some("/api/designs/42/qr.svg?store=madrid-01")
    );
    assert!(text(&host, ".tag-qr-caption").contains("Scan to like"));
    let number = find(&host, ".tag-likes .live-number").unwrap();
    assert!(!number.class_list().contains("bump-a"), "no bump at first");

    shown.update(|d| {
        apply_likes(
            d,
            &likes(42, 1038, Some(("madrid-01", 6))),
            Some("madrid-01"),
        );
    });
    pause(0).await;
    assert_eq!(text(&host, ".tag-likes"), "1,038");
    assert_eq!(text(&host, ".tag-store-likes"), "6");
    until("the count's bump", || {
        number.class_list().contains("bump-a")
    })
    .await;
    assert!(
        find(&host, ".tag-milestone").is_some(),
        "past the goal, the tag says so"
    );
}

#[wasm_bindgen_test]
fn a_tag_without_a_store_has_no_store_count_and_a_plain_qr_code() {
    let host = host();
    let _mounted = mount_to(host.clone(), move || {
        view! { <TagCard design=Signal::stored(design(8, 3)) /> }
    });
    assert!(find(&host, ".tag-store-likes").is_none());
    assert_eq!(
        find(&host, "img.qr-code")
            .unwrap()
            .get_attribute("src")
            .as_deref(),
        Some("/api/designs/8/qr.svg")
    );
}

#[wasm_bindgen_test]
fn a_paper_tag_shows_the_goal_instead_of_a_count_that_would_go_stale() {
    let host = host();
    let _mounted = mount_to(host.clone(), move || {
        view! { <TagCard design=Signal::stored(design(8, 3)) printed=true /> }
    });
    assert!(find(&host, ".tag-likes").is_none());
    assert_eq!(text(&host, ".tag-goal-line"), "100 likes make it real");
    assert!(find(&host, "img.qr-code").is_some());
}

#[wasm_bindgen_test]
async fn leaderboard_rows_keep_their_element_and_slide_to_their_new_rank() {
    let host = host();
    let ranking = RwSignal::new(Some(vec![design(1, 30), design(2, 20), design(3, 10)]));
    let _mounted = mount_to(host.clone(), move || {
        view! { <LeaderboardList ranking=ranking rows=3 label="Most liked" /> }
    });
    let row = |id: i64| find(&host, &format!(".screen-row[data-design-id='{id}']"));
    let second = row(2).expect("a row for design 2");
    assert_eq!(second.get_attribute("data-rank").as_deref(), Some("2"));
    assert_eq!(
        second
            .unchecked_ref::<HtmlElement>()
            .style()
            .get_property_value("transform")
            .unwrap(),
        "translateY(100%)"
    );

    ranking.update(|designs| {
        let designs = designs.as_mut().unwrap();
        designs[1].likes = 31;
        rerank(SortOrder::Top, designs);
    });
    pause(0).await;

    let moved = row(2).unwrap();
    assert!(
        moved.is_same_node(Some(&second)),
        "the same element follows the design"
    );
    assert_eq!(moved.get_attribute("data-rank").as_deref(), Some("1"));
    assert_eq!(
        moved
            .unchecked_ref::<HtmlElement>()
            .style()
            .get_property_value("transform")
            .unwrap(),
        "translateY(0%)"
    );
    assert_eq!(
        text(&host, ".screen-row[data-design-id='2'] .screen-likes"),
        "31"
    );
    assert_eq!(
        row(1).unwrap().get_attribute("data-rank").as_deref(),
        Some("2")
    );
    // In the document the rows keep their id order.
    let ids: Vec<String> = (0..3)
        .map(|n| {
            host.query_selector_all(".screen-row")
                .unwrap()
                .item(n)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("data-design-id")
                .unwrap()
        })
        .collect();
    assert_eq!(ids, ["1", "2", "3"]);

    // A design that leaves the ranking loses its row; a new one gets one.
    ranking.update(|designs| {
        let designs = designs.as_mut().unwrap();
        designs.pop();
        designs.push(design(4, 5));
    });
    pause(0).await;
    assert!(row(3).is_none());
    assert_eq!(
        row(4).unwrap().get_attribute("data-rank").as_deref(),
        Some("3")
    );
}

#[wasm_bindgen_test]
async fn an_empty_or_loading_leaderboard_says_so() {
    let host = host();
    let ranking = RwSignal::new(None::<Vec<Design>>);
    let _mounted = mount_to(host.clone(), move || {
        view! { <LeaderboardList ranking=ranking rows=10 label="Trending now" /> }
    });
    assert!(text(&host, ".screen-empty").contains("Loading"));
    ranking.set(Some(Vec::new()));
    pause(0).await;
    assert!(text(&host, ".screen-empty").contains("No designs here yet"));
}

/// Replaces `EventSource` with a fake the test drives: `__sources` lists every one
/// made; `emit(kind, data)` delivers an event, `fail()` an error.
fn fake_event_source() {
    run_js(
        "window.__RealEventSource = window.__RealEventSource || window.EventSource;
         window.__sources = [];
         window.EventSource = class {
           constructor(url) {
             this.url = url; this.listeners = {}; this.readyState = 0; this.closed = false;
             this.onerror = null; window.__sources.push(this);
           }
           addEventListener(kind, listener) { (this.listeners[kind] ||= []).push(listener); }
           close() { this.closed = true; this.readyState = 2; }
           emit(kind, data) {
             this.readyState = 1;
             for (const listener of this.listeners[kind] || []) listener(new MessageEvent(kind, { data }));
           }
           fail() { if (this.onerror) this.onerror(new Event('error')); }
         };",
    );
}

fn real_event_source() {
    run_js("if (window.__RealEventSource) { window.EventSource = window.__RealEventSource; }");
}

fn sources() -> u32 {
    run_js("return window.__sources.length;").as_f64().unwrap() as u32
}

fn source_closed(n: u32) -> bool {
    run_js(&format!("return window.__sources[{n}].closed;"))
        .as_bool()
        .unwrap()
}

fn emit(n: u32, kind: &str, data: &str) {
    js_sys::Function::new_with_args("n, kind, data", "window.__sources[n].emit(kind, data);")
        .call3(&JsValue::NULL, &n.into(), &kind.into(), &data.into())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_stream_shows_reconnecting_opens_a_new_one_and_asks_for_a_reload() {
    fake_event_source();
    let host = host();
    let heard = RwSignal::new(Vec::<LiveEvent>::new());
    let mounted = mount_to(host.clone(), move || {
        let state = use_live_events(move |event| heard.update(|all| all.push(event)));
        view! { <ReconnectingMark state=state /> }
    });
    assert_eq!(sources(), 1);
    assert_eq!(
        run_js("return window.__sources[0].url;")
            .as_string()
            .as_deref(),
        Some("/api/events")
    );
    let live_region = find(&host, ".live-status").unwrap();
    assert_eq!(
        live_region.get_attribute("aria-live").as_deref(),
        Some("polite")
    );

    emit(0, "ready", "{}");
    emit(0, "likes", r#"{"design_id":2,"likes":9}"#);
    pause(0).await;
    assert_eq!(
        heard.get_untracked(),
        [LiveEvent::Ready, LiveEvent::Likes(likes(2, 9, None))]
    );
    assert!(find(&host, ".reconnecting-mark").is_none());

    // The server goes away: the mark shows, the stream is closed and a new one follows
    // after the first backoff (at most a second).
    run_js("window.__sources[0].fail();");
    pause(0).await;
    assert!(find(&host, ".reconnecting-mark").is_some());
    assert!(source_closed(0));
    until("a new EventSource", || sources() == 2).await;
    emit(1, "ready", "{}");
    pause(0).await;
    assert!(find(&host, ".reconnecting-mark").is_none());
    assert_eq!(heard.get_untracked().last(), Some(&LiveEvent::Ready));

    // The page goes away: the stream closes and no timer opens another.
    drop(mounted);
    assert!(source_closed(1));
    real_event_source();
}
