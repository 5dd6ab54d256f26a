//! Live popularity: the event stream, the leaderboard, QR codes and store likes.

use std::time::Duration;

use futures::StreamExt;
use serde_json::Value;

use crate::helpers::{assert_error, spawn_app, spawn_app_with, TestApp};

/// One parsed SSE event.
#[derive(Debug, Clone)]
pub struct SseEvent {
    /// The `id:` line.
    pub id: Option<String>,
    /// The `event:` line.
    pub kind: String,
    /// The `data:` lines.
    pub data: String,
}

/// An open event stream.
pub struct EventStream {
    chunks: futures::stream::BoxStream<'static, reqwest::Result<bytes::Bytes>>,
    buffer: String,
}

impl EventStream {
    async fn open(app: &TestApp, last_event_id: Option<&str>) -> EventStream {
        EventStream::open_at(&app.url, last_event_id).await
    }

    /// Opens `/api/events` on the server at `url`.
    pub async fn open_at(url: &str, last_event_id: Option<&str>) -> EventStream {
        let mut request = reqwest::Client::new().get(format!("{url}/api/events"));
        if let Some(id) = last_event_id {
            request = request.header("last-event-id", id);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert!(response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream"));
        EventStream {
            chunks: response.bytes_stream().boxed(),
            buffer: String::new(),
        }
    }

    /// The next event (skipping heartbeat comments), within 10 seconds.
    pub async fn next(&mut self) -> SseEvent {
        tokio::time::timeout(Duration::from_secs(10), async {
            loop {
                if let Some(end) = self.buffer.find("\n\n") {
                    let block: String = self.buffer.drain(..end + 2).collect();
                    let mut event = SseEvent {
                        id: None,
                        kind: "message".into(),
                        data: String::new(),
                    };
                    let mut any = false;
                    for line in block.lines() {
                        if let Some(value) = line.strip_prefix("id:") {
                            event.id = Some(value.trim().to_owned());
                            any = true;
                        } else if let Some(value) = line.strip_prefix("event:") {
                            event.kind = value.trim().to_owned();
                            any = true;
                        } else if let Some(value) = line.strip_prefix("data:") {
                            event.data.push_str(value.trim());
                            any = true;
                        }
                    }
                    if any {
                        return event;
                    }
                    continue;
                }
                let chunk = self
                    .chunks
                    .next()
                    .await
                    .expect("the stream stays open")
                    .unwrap();
                self.buffer.push_str(&String::from_utf8_lossy(&chunk));
            }
        })
        .await
        .expect("an event within 10 seconds")
    }

    /// The next event that is not `ready`.
    async fn next_change(&mut self) -> SseEvent {
        loop {
            let event = self.next().await;
            if event.kind != "ready" {
                return event;
            }
        }
    }
}

async fn like(app: &TestApp, client: &reqwest::Client, id: i64, query: &str) -> reqwest::Response {
    client
        .put(format!("{}/api/designs/{id}/like{query}", app.url))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_open_stream_receives_a_like_made_on_another_connection() {
    let app = spawn_app().await;
    let id = app.submit_valid("Live one").await["id"].as_i64().unwrap();
    let mut stream = EventStream::open(&app, None).await;
    let ready = stream.next().await;
    assert_eq!(ready.kind, "ready");
    assert!(ready.id.is_some());

    let shopper = app.new_shopper("live@example.com").await;
    assert_eq!(like(&app, &shopper, id, "").await.status(), 200);
    let event = stream.next_change().await;
    assert_eq!(event.kind, "likes");
    let data: Value = serde_json::from_str(&event.data).unwrap();
    assert_eq!(data, serde_json::json!({"design_id": id, "likes": 1}));
}

#[tokio::test]
async fn reconnecting_with_last_event_id_replays_what_was_missed() {
    let app = spawn_app().await;
    let id = app.submit_valid("Replayed").await["id"].as_i64().unwrap();
    let mut stream = EventStream::open(&app, None).await;
    let seen = stream.next().await.id.unwrap();
    drop(stream); // the screen loses its connection…

    for n in 0..3 {
        let shopper = app.new_shopper(&format!("missed{n}@example.com")).await;
        like(&app, &shopper, id, "").await;
    }
    // …and comes back with the last id it saw.
    let mut stream = EventStream::open(&app, Some(&seen)).await;
    let mut counts = Vec::new();
    for _ in 0..3 {
        let event = stream.next().await;
        assert_eq!(event.kind, "likes");
        counts.push(
            serde_json::from_str::<Value>(&event.data).unwrap()["likes"]
                .as_i64()
                .unwrap(),
        );
    }
    assert_eq!(counts, [1, 2, 3]);
}

#[tokio::test]
async fn an_unknown_last_event_id_gets_a_snapshot() {
    let app = spawn_app().await;
    let mut stream = EventStream::open(&app, Some("12345-99")).await;
    let event = stream.next().await;
    assert_eq!(event.kind, "snapshot");
    assert!(event.id.is_some());
}

#[tokio::test]
async fn reaching_the_goal_sends_a_status_event() {
    let app = spawn_app_with(|config| config.like_goal = 1).await;
    let id = app.submit_valid("One like away").await["id"]
        .as_i64()
        .unwrap();
    let mut stream = EventStream::open(&app, None).await;
    let shopper = app.new_shopper("goal@example.com").await;
    like(&app, &shopper, id, "").await;
    assert_eq!(stream.next_change().await.kind, "likes");
    let status = stream.next_change().await;
    assert_eq!(status.kind, "status");
    let data: Value = serde_json::from_str(&status.data).unwrap();
    assert_eq!(data["status"], "goal_reached");
}

#[tokio::test]
async fn a_like_through_a_store_tag_counts_for_that_store() {
    let app = spawn_app().await;
    let id = app.submit_valid("Store favourite").await["id"]
        .as_i64()
        .unwrap();
    let mut stream = EventStream::open(&app, None).await;
    let in_store = app.new_shopper("instore@example.com").await;
    assert_eq!(
        like(&app, &in_store, id, "?store=madrid-01").await.status(),
        200
    );
    let online = app.new_shopper("online@example.com").await;
    assert_eq!(like(&app, &online, id, "").await.status(), 200);

    let first: Value = serde_json::from_str(&stream.next_change().await.data).unwrap();
    assert_eq!(first["store"], "madrid-01");
    assert_eq!(first["store_likes"], 1);
    let design = app
        .get_json(&format!("/api/designs/{id}?store=madrid-01"))
        .await;
    assert_eq!(design["likes"], 2);
    assert_eq!(design["store_likes"], 1);
    let elsewhere = app
        .get_json(&format!("/api/designs/{id}?store=milano"))
        .await;
    assert_eq!(elsewhere["store_likes"], 0);
    assert!(app
        .get_json(&format!("/api/designs/{id}"))
        .await
        .get("store_likes")
        .is_none());

    let bad = like(&app, &in_store, id, "?store=Not%20A%20Code").await;
    assert_error(bad, 400, "bad_request").await;
}

#[tokio::test]
async fn the_leaderboard_ranks_designs_and_tells_store_likes() {
    let app = spawn_app_with(|config| config.demo = true).await;
    let board = app.get_json("/api/leaderboard?limit=5").await;
    let items = board["items"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    let likes: Vec<i64> = items.iter().map(|d| d["likes"].as_i64().unwrap()).collect();
    assert!(likes.windows(2).all(|pair| pair[0] >= pair[1]), "{likes:?}");
    let with_store = app
        .get_json("/api/leaderboard?limit=3&sort=trending&store=madrid-01")
        .await;
    assert!(with_store["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["store_likes"] == 0));
    for bad in [
        "/api/leaderboard?limit=0",
        "/api/leaderboard?limit=51",
        "/api/leaderboard?sort=best",
        "/api/leaderboard?store=%3Cx%3E",
    ] {
        assert_error(app.get(bad).await, 400, "bad_request").await;
    }
}

#[tokio::test]
async fn a_design_has_a_qr_code_that_opens_its_page_with_the_store() {
    let app = spawn_app().await;
    let id = app.submit_valid("Tagged").await["id"].as_i64().unwrap();
    let response = app
        .get(&format!("/api/designs/{id}/qr.svg?store=madrid-01"))
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/svg+xml");
    let svg = response.text().await.unwrap();
    assert!(svg.contains("<svg"), "{svg}");
    assert_error(app.get("/api/designs/999/qr.svg").await, 404, "not_found").await;
}
