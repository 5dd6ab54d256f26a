//! Webhooks: registering URLs, and signed deliveries that are retried until
//! they get through.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use cocrea_api::DesignStatus;
use cocrea_server::storage::WebhookFact;
use cocrea_server::webhooks::WebhookPayload;
use cocrea_server::Application;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;

use crate::helpers::{
    assert_error, spawn_app_with, stand_in_dist, test_config, TestApp, TestDatabase,
};

/// One POST the receiver got.
#[derive(Debug, Clone)]
struct Received {
    headers: HeaderMap,
    body: Bytes,
}

/// A tiny webhook endpoint that fails its first `failures` calls with 500.
#[derive(Clone)]
struct Receiver {
    calls: Arc<Mutex<Vec<Received>>>,
    failures: usize,
    address: SocketAddr,
}

impl Receiver {
    async fn start(failures: usize) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let receiver = Receiver {
            calls: Arc::default(),
            failures,
            address: listener.local_addr().unwrap(),
        };
        let router = axum::Router::new()
            .route("/hooks/cocrea", axum::routing::post(receive))
            .with_state(receiver.clone());
        tokio::spawn(async move { axum::serve(listener, router).await });
        receiver
    }

    fn url(&self) -> String {
        format!("http://{}/hooks/cocrea", self.address)
    }

    fn calls(&self) -> Vec<Received> {
        self.calls.lock().unwrap().clone()
    }

    /// Waits (up to 10 seconds) until `count` calls have arrived.
    async fn wait_for(&self, count: usize) -> Vec<Received> {
        eventually(|| async {
            let calls = self.calls();
            (calls.len() >= count).then_some(calls)
        })
        .await
        .unwrap_or_else(|| panic!("{count} calls, got {:?}", self.calls()))
    }
}

async fn receive(State(receiver): State<Receiver>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let mut calls = receiver.calls.lock().unwrap();
    calls.push(Received { headers, body });
    if calls.len() <= receiver.failures {
        StatusCode::INTERNAL_SERVER_ERROR
    } else {
        StatusCode::OK
    }
}

/// Polls `check` every 20 ms for up to 10 seconds.
async fn eventually<T, F, Fut>(mut check: F) -> Option<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(value) = check().await {
            return Some(value);
        }
        if tokio::time::Instant::now() > deadline {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The signature header a body must carry for this secret.
fn expected_signature(secret: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    format!("sha256={hex}")
}

/// Registers a webhook as this admin; returns it.
async fn register(app: &TestApp, admin: &reqwest::Client, url: &str) -> Value {
    let response = admin
        .post(format!("{}/api/admin/webhooks", app.url))
        .json(&serde_json::json!({ "url": url }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "registering {url}");
    response.json().await.unwrap()
}

/// The admin's list of deliveries.
async fn deliveries(app: &TestApp, admin: &reqwest::Client) -> Vec<Value> {
    let response = admin
        .get(format!("{}/api/admin/webhooks/deliveries", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// Waits until the only delivery is no longer pending; returns it.
async fn settled_delivery(app: &TestApp, admin: &reqwest::Client) -> Value {
    eventually(|| async {
        let list = deliveries(app, admin).await;
        match list.as_slice() {
            [only] if only["state"] != "pending" => Some(only.clone()),
            _ => None,
        }
    })
    .await
    .expect("the delivery settles within 10 seconds")
}

/// Submits a design and likes it once (with a goal of 1 it reaches its goal).
async fn design_reaching_its_goal(app: &TestApp) -> Value {
    let design = app.submit_valid("Linen wrap dress").await;
    let shopper = app.new_shopper("fan@example.com").await;
    let like = shopper
        .put(format!("{}/api/designs/{}/like", app.url, design["id"]))
        .send()
        .await
        .unwrap();
    assert_eq!(like.status(), 200);
    design
}

#[tokio::test]
async fn every_webhook_route_answers_401_to_visitors_and_403_to_shoppers() {
    let app = spawn_app_with(|_| {}).await;
    let shopper = app.new_shopper("bo@example.com").await;
    let visitor = app.anonymous();
    let base = format!("{}/api/admin/webhooks", app.url);
    let body = serde_json::json!({"url": "https://hooks.example.com/cocrea"});
    for (client, expected) in [
        (&visitor, (401, "unauthorized")),
        (&shopper, (403, "forbidden")),
    ] {
        let responses = [
            client.get(&base).send().await.unwrap(),
            client.post(&base).json(&body).send().await.unwrap(),
            client.delete(format!("{base}/1")).send().await.unwrap(),
            client
                .get(format!("{base}/deliveries"))
                .send()
                .await
                .unwrap(),
        ];
        for response in responses {
            assert_error(response, expected.0, expected.1).await;
        }
    }
    let admin = app.new_admin("boss@example.com").await;
    let listed: Vec<Value> = admin.get(&base).send().await.unwrap().json().await.unwrap();
    assert!(
        listed.is_empty(),
        "nothing was registered by the refused requests"
    );
}

#[tokio::test]
async fn an_admin_registers_lists_and_removes_webhooks() {
    let app = spawn_app_with(|_| {}).await;
    let admin = app.new_admin("boss@example.com").await;
    let hook = register(&app, &admin, "https://hooks.example.com/cocrea").await;
    assert_eq!(hook["url"], "https://hooks.example.com/cocrea");
    let secret = hook["secret"].as_str().unwrap();
    assert_eq!(secret.len(), 64);
    assert!(secret
        .chars()
        .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    assert!(hook["created_at"].as_str().unwrap().ends_with('Z'));
    let other = register(&app, &admin, "http://10.0.0.7:9000/hook").await;
    assert_ne!(
        other["secret"], hook["secret"],
        "each webhook has its own secret"
    );

    let base = format!("{}/api/admin/webhooks", app.url);
    let listed: Vec<Value> = admin.get(&base).send().await.unwrap().json().await.unwrap();
    assert_eq!(listed, [hook.clone(), other.clone()]);

    let removed = admin
        .delete(format!("{base}/{}", hook["id"]))
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), 204);
    let again = admin
        .delete(format!("{base}/{}", hook["id"]))
        .send()
        .await
        .unwrap();
    assert_error(again, 404, "not_found").await;
    let listed: Vec<Value> = admin.get(&base).send().await.unwrap().json().await.unwrap();
    assert_eq!(listed, [other]);
}

#[tokio::test]
async fn a_webhook_url_must_be_a_full_http_url_of_at_most_2000_characters() {
    let app = spawn_app_with(|_| {}).await;
    let admin = app.new_admin("boss@example.com").await;
    let base = format!("{}/api/admin/webhooks", app.url);
    let long = format!("https://example.com/{}", "a".repeat(2000));
    for (url, code) in [
        ("", "missing_field"),
        ("   ", "missing_field"),
        ("not a url", "invalid_url"),
        ("example.com/hook", "invalid_url"),
        ("ftp://example.com/hook", "invalid_url"),
        ("javascript:alert(1)", "invalid_url"),
        (long.as_str(), "too_long"),
    ] {
        let response = admin
            .post(&base)
            .json(&serde_json::json!({ "url": url }))
            .send()
            .await
            .unwrap();
        let body = assert_error(response, 422, code).await;
        assert_eq!(body["field"], "url", "for {url:?}");
    }
    let malformed = admin
        .post(&base)
        .header("content-type", "application/json")
        .body("{\"url\":")
        .send()
        .await
        .unwrap();
    assert_error(malformed, 400, "malformed_json").await;
    let listed: Vec<Value> = admin.get(&base).send().await.unwrap().json().await.unwrap();
    assert!(listed.is_empty(), "nothing was stored");
}

#[tokio::test]
async fn a_design_reaching_its_goal_is_posted_signed_and_retried_until_delivered() {
    let receiver = Receiver::start(1).await;
    let app = spawn_app_with(|config| config.like_goal = 1).await;
    let admin = app.new_admin("boss@example.com").await;
    let hook = register(&app, &admin, &receiver.url()).await;
    let secret = hook["secret"].as_str().unwrap();

    let design = design_reaching_its_goal(&app).await;

    let calls = receiver.wait_for(2).await;
    let delivery = settled_delivery(&app, &admin).await;
    assert_eq!(delivery["state"], "delivered");
    assert_eq!(delivery["attempts"], 2, "one failure, then success");
    assert_eq!(delivery["event"], "goal_reached");
    assert_eq!(delivery["webhook_id"], hook["id"]);
    assert!(
        delivery["last_error"].as_str().unwrap().contains("500"),
        "the failure is recorded: {delivery}"
    );

    assert_eq!(calls.len(), 2, "delivered once, after one retry");
    assert_eq!(calls[0].body, calls[1].body, "a retry sends the same body");
    for call in &calls {
        assert_eq!(call.headers["content-type"], "application/json");
        assert_eq!(
            call.headers["x-cocrea-signature"].to_str().unwrap(),
            expected_signature(secret, &call.body),
            "the signature verifies with the webhook's secret"
        );
        assert_eq!(
            call.headers["x-cocrea-delivery"].to_str().unwrap(),
            delivery["id"].to_string()
        );
    }
    let payload: Value = serde_json::from_slice(&calls[1].body).unwrap();
    assert_eq!(payload["event"], "goal_reached");
    assert_eq!(payload["design_id"], design["id"]);
    assert_eq!(payload["status"], "goal_reached");
    let at = payload["at"].as_str().unwrap();
    time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| panic!("an RFC 3339 time, got {at}"));
}

#[tokio::test]
async fn a_webhook_that_never_answers_is_given_up_after_eight_attempts() {
    // A port that refuses connections: bound, then closed.
    let refused = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let app = spawn_app_with(|config| {
        config.like_goal = 1;
        config.webhook_retry_base_ms = 1;
    })
    .await;
    let admin = app.new_admin("boss@example.com").await;
    register(&app, &admin, &format!("http://{refused}/hook")).await;
    design_reaching_its_goal(&app).await;

    let delivery = settled_delivery(&app, &admin).await;
    assert_eq!(delivery["state"], "failed");
    assert_eq!(delivery["attempts"], 8);
    assert!(
        delivery["last_error"]
            .as_str()
            .unwrap()
            .contains("cannot connect"),
        "{delivery}"
    );
}

#[tokio::test]
async fn every_webhook_gets_each_event_and_a_removed_one_gets_nothing_more() {
    let first = Receiver::start(0).await;
    let second = Receiver::start(0).await;
    let app = spawn_app_with(|config| config.like_goal = 1).await;
    let admin = app.new_admin("boss@example.com").await;
    register(&app, &admin, &first.url()).await;
    let removed = register(&app, &admin, &second.url()).await;
    let gone = admin
        .delete(format!("{}/api/admin/webhooks/{}", app.url, removed["id"]))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), 204);
    register(&app, &admin, &second.url()).await;

    design_reaching_its_goal(&app).await;
    first.wait_for(1).await;
    second.wait_for(1).await;
    // Every delivery the event made has been answered (none pending, none retrying):
    // only then can a call to the removed webhook be ruled out.
    let list = eventually(|| async {
        let list = deliveries(&app, &admin).await;
        let answered =
            !list.is_empty() && list.iter().all(|delivery| delivery["state"] == "delivered");
        answered.then_some(list)
    })
    .await
    .expect("every delivery is answered within 10 seconds");
    assert_eq!(list.len(), 2, "{list:?}");
    assert_eq!(first.calls().len(), 1);
    assert_eq!(
        second.calls().len(),
        1,
        "only the registered webhook was called"
    );
}

#[tokio::test]
async fn deliveries_queued_before_a_restart_are_sent_after_it() {
    let receiver = Receiver::start(0).await;
    let db = TestDatabase::new().await;
    let dist_dir = stand_in_dist();
    let config = test_config(&db, &dist_dir);
    {
        // The server's database as a crash left it: a delivery queued, never sent.
        let store = config.open_store().await.unwrap();
        store
            .insert_webhook(receiver.url(), "restart-secret".into())
            .await
            .unwrap();
        // 2026-01-05T10:00:00Z
        let payload = WebhookPayload::new(7, DesignStatus::InProduction, 1767607200000);
        let queued = store
            .queue_deliveries(WebhookFact {
                seq: None,
                event: payload.event.into(),
                payload: serde_json::to_string(&payload).unwrap(),
            })
            .await
            .unwrap();
        assert_eq!(queued, 1);
    }

    let application = Application::build(config).await.unwrap();
    tokio::spawn(application.run_until_stopped());

    let calls = receiver.wait_for(1).await;
    assert_eq!(
        calls[0].body.as_ref(),
        br#"{"event":"status_changed","design_id":7,"status":"in_production","at":"2026-01-05T10:00:00Z"}"#,
        "the stored body, exactly"
    );
    assert_eq!(
        calls[0].headers["x-cocrea-signature"].to_str().unwrap(),
        expected_signature("restart-secret", &calls[0].body)
    );
}

#[tokio::test]
async fn a_status_change_by_the_brand_is_posted_as_status_changed() {
    let receiver = Receiver::start(0).await;
    let app = spawn_app_with(|config| config.like_goal = 1).await;
    let admin = app.new_admin("boss@example.com").await;
    register(&app, &admin, &receiver.url()).await;
    let design = design_reaching_its_goal(&app).await;
    receiver.wait_for(1).await;

    let moved = admin
        .post(format!(
            "{}/api/admin/designs/{}/status",
            app.url, design["id"]
        ))
        .json(&serde_json::json!({"status": "in_production", "note": "Cutting starts Monday."}))
        .send()
        .await
        .unwrap();
    assert_eq!(moved.status(), 200);

    let calls = receiver.wait_for(2).await;
    let events: Vec<Value> = calls
        .iter()
        .map(|call| serde_json::from_slice(&call.body).unwrap())
        .collect();
    assert_eq!(events[0]["event"], "goal_reached");
    assert_eq!(events[1]["event"], "status_changed");
    assert_eq!(events[1]["status"], "in_production");
    assert_eq!(events[1]["design_id"], design["id"]);
    assert_eq!(calls[1].headers["x-cocrea-event"], "status_changed");
}

#[tokio::test]
async fn a_status_change_has_its_fact_stored_by_the_time_it_is_answered_and_a_delivery_per_webhook_follows(
) {
    // The receiver is down: nothing is sent, so what is listed is what was stored.
    let app = spawn_app_with(|config| config.like_goal = 1).await;
    let admin = app.new_admin("boss@example.com").await;
    register(&app, &admin, "http://127.0.0.1:9/unreachable").await;
    register(&app, &admin, "http://127.0.0.1:9/also-unreachable").await;

    design_reaching_its_goal(&app).await;
    assert_eq!(
        app.db
            .count("SELECT COUNT(*) FROM outbox WHERE kind = 'status'")
            .await,
        1,
        "the goal's fact is in the outbox, written with the like"
    );

    let stored = eventually(|| async {
        let list = deliveries(&app, &admin).await;
        (list.len() >= 2).then_some(list)
    })
    .await
    .expect("the deliveries are queued within 10 seconds");
    assert_eq!(stored.len(), 2, "one delivery per webhook");
    assert!(stored
        .iter()
        .all(|delivery| delivery["event"] == "goal_reached"));
}
