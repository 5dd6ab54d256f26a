//! Notifications: each kind reaches the accounts it is for, exactly once, newest
//! first with an unread count; marked read one by one or all at once; private to
//! their account, on the API and on the live stream.

use std::time::Duration;

use futures::StreamExt;
use serde_json::{json, Value};

use crate::helpers::{assert_error, spawn_app_with, TestApp};

/// Waits (up to 10 seconds) until `check` gives a value.
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
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// A client's notifications (`GET /api/notifications`).
async fn list(app: &TestApp, client: &reqwest::Client) -> Value {
    let response = client
        .get(format!("{}/api/notifications", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// The kinds of a client's notifications, newest first.
fn kinds(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["kind"].as_str().unwrap().to_owned())
        .collect()
}

/// Waits until the client has `count` notifications; returns the list.
async fn wait_for(app: &TestApp, client: &reqwest::Client, count: usize) -> Value {
    let found = eventually(|| async {
        let listed = list(app, client).await;
        (listed["items"].as_array().unwrap().len() >= count).then_some(listed)
    })
    .await;
    match found {
        Some(listed) => listed,
        None => panic!("{count} notifications, got {}", list(app, client).await),
    }
}

/// POSTs JSON (or nothing) and checks the status.
async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    body: Option<Value>,
    status: u16,
) {
    let mut request = client.post(format!("{}{path}", app.url));
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), status, "POST {path}");
}

/// Likes a design, through a store's tag when `store` is given.
async fn like(app: &TestApp, client: &reqwest::Client, id: i64, store: Option<&str>) {
    let mut url = format!("{}/api/designs/{id}/like", app.url);
    if let Some(store) = store {
        url.push_str(&format!("?store={store}"));
    }
    let response = client.put(url).send().await.unwrap();
    assert_eq!(response.status(), 200, "like");
}

/// Lets the notification maker run a while longer, so a second copy would show.
async fn settle() {
    tokio::time::sleep(Duration::from_millis(600)).await;
}

#[tokio::test]
async fn each_kind_reaches_the_accounts_it_is_for_exactly_once_newest_first() {
    let app = spawn_app_with(|config| {
        config.like_goal = 2;
        config.moderation = cocrea_server::config::Switch::On;
    })
    .await;
    let designer = &app.client;
    let admin = app.new_admin("boss@example.com").await;
    let near = app.new_shopper("near@example.com").await; // likes it in a store
    let far = app.new_shopper("far@example.com").await; // likes it online
    let wants = app.new_shopper("wants@example.com").await; // asks to hear of it
    let quiet = app.new_shopper("quiet@example.com").await;

    let dress = app.submit_valid("Linen wrap dress").await["id"]
        .as_i64()
        .unwrap();
    let coat = app.submit_valid("Quilted coat").await["id"]
        .as_i64()
        .unwrap();
    post(
        &app,
        &admin,
        &format!("/api/admin/designs/{dress}/approve"),
        None,
        200,
    )
    .await;
    post(
        &app,
        &admin,
        &format!("/api/admin/designs/{coat}/reject"),
        Some(json!({"reason": "Too close to last season's coat."})),
        200,
    )
    .await;
    wait_for(&app, designer, 2).await;
    post(
        &app,
        &near,
        &format!("/api/designs/{dress}/comments"),
        Some(json!({"body": "I'd wear this every day."})),
        201,
    )
    .await;
    // The designer's own comment (a reply) tells nobody.
    post(
        &app,
        designer,
        &format!("/api/designs/{dress}/comments"),
        Some(json!({"body": "Thank you!"})),
        201,
    )
    .await;
    wait_for(&app, designer, 3).await;
    like(&app, &near, dress, Some("madrid-01")).await;
    like(&app, &far, dress, None).await; // the goal: 2 likes
    let told = wait_for(&app, designer, 4).await;
    settle().await;

    let told_again = list(&app, designer).await;
    assert_eq!(told_again, told, "nothing more, nothing twice");
    assert_eq!(
        kinds(&told),
        ["goal_reached", "comment", "rejected", "approved"],
        "newest first"
    );
    assert_eq!(told["unread"], 4);
    let items = told["items"].as_array().unwrap();
    assert_eq!(items[0]["design_id"], dress);
    assert_eq!(items[0]["design_title"], "Linen wrap dress");
    assert_eq!(items[1]["author"], "Shopper");
    assert_eq!(items[2]["design_id"], coat);
    assert_eq!(items[2]["reason"], "Too close to last season's coat.");
    assert!(items.iter().all(|item| item["read"] == false));
    assert!(items[0]["created_at"].as_str().unwrap().ends_with('Z'));

    let response = wants
        .put(format!("{}/api/designs/{dress}/intent", app.url))
        .json(&json!({"size": "M"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    post(
        &app,
        &admin,
        &format!("/api/admin/designs/{dress}/status"),
        Some(json!({"status": "in_production"})),
        200,
    )
    .await;
    for shopper in [&near, &far] {
        let listed = wait_for(&app, shopper, 1).await;
        assert_eq!(kinds(&listed), ["liked_in_production"]);
    }
    post(
        &app,
        &admin,
        &format!("/api/admin/designs/{dress}/status"),
        Some(json!({"status": "in_store"})),
        200,
    )
    .await;
    let near_told = wait_for(&app, &near, 2).await;
    let far_told = wait_for(&app, &far, 2).await;
    let wants_told = wait_for(&app, &wants, 1).await;
    settle().await;
    assert_eq!(kinds(&near_told), ["liked_in_store", "liked_in_production"]);
    assert_eq!(
        near_told["items"][0]["store"], "madrid-01",
        "the store they liked it in"
    );
    assert_eq!(kinds(&far_told), ["liked_in_store", "liked_in_production"]);
    assert!(far_told["items"][0].get("store").is_none(), "liked online");
    assert_eq!(kinds(&wants_told), ["wanted_in_store"]);
    assert_eq!(list(&app, &wants).await, wants_told, "told once");
    assert_eq!(list(&app, &near).await, near_told, "told once");
    assert_eq!(list(&app, &quiet).await["items"], json!([]));
    assert_eq!(
        list(&app, designer).await["unread"],
        4,
        "the designer hears of production from the brand, not as a liker"
    );
}

#[tokio::test]
async fn notifications_are_marked_read_one_by_one_and_all_at_once() {
    let app = spawn_app_with(|config| config.moderation = cocrea_server::config::Switch::On).await;
    let admin = app.new_admin("boss@example.com").await;
    for title in ["One", "Two", "Three"] {
        let id = app.submit_valid(title).await["id"].as_i64().unwrap();
        post(
            &app,
            &admin,
            &format!("/api/admin/designs/{id}/approve"),
            None,
            200,
        )
        .await;
    }
    let listed = wait_for(&app, &app.client, 3).await;
    assert_eq!(listed["unread"], 3);
    let oldest = listed["items"][2]["id"].as_i64().unwrap();

    let response = app
        .client
        .post(format!("{}/api/notifications/{oldest}/read", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        json!({"unread": 2})
    );
    // Marking it again changes nothing.
    post(
        &app,
        &app.client,
        &format!("/api/notifications/{oldest}/read"),
        None,
        200,
    )
    .await;
    assert_eq!(
        app.get_json("/api/notifications/unread").await,
        json!({"unread": 2})
    );
    let listed = list(&app, &app.client).await;
    let read: Vec<bool> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["read"].as_bool().unwrap())
        .collect();
    assert_eq!(read, [false, false, true]);

    let response = app
        .client
        .post(format!("{}/api/notifications/read", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        json!({"unread": 0})
    );
    let listed = list(&app, &app.client).await;
    assert_eq!(listed["unread"], 0);
    assert!(listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|item| item["read"] == true));

    let limited = app.get_json("/api/notifications?limit=1").await;
    assert_eq!(limited["items"].as_array().unwrap().len(), 1);
    for bad in ["0", "101", "x"] {
        let response = app.get(&format!("/api/notifications?limit={bad}")).await;
        assert_error(response, 400, "bad_request").await;
    }
}

#[tokio::test]
async fn notifications_are_private_to_their_account() {
    let app = spawn_app_with(|config| config.moderation = cocrea_server::config::Switch::On).await;
    let admin = app.new_admin("boss@example.com").await;
    let id = app.submit_valid("Mine").await["id"].as_i64().unwrap();
    post(
        &app,
        &admin,
        &format!("/api/admin/designs/{id}/approve"),
        None,
        200,
    )
    .await;
    let listed = wait_for(&app, &app.client, 1).await;
    let notification = listed["items"][0]["id"].as_i64().unwrap();

    let visitor = app.anonymous();
    for path in ["/api/notifications", "/api/notifications/unread"] {
        let response = visitor
            .get(format!("{}{path}", app.url))
            .send()
            .await
            .unwrap();
        assert_error(response, 401, "unauthorized").await;
    }
    for path in [
        format!("/api/notifications/{notification}/read"),
        "/api/notifications/read".to_owned(),
    ] {
        let response = visitor
            .post(format!("{}{path}", app.url))
            .send()
            .await
            .unwrap();
        assert_error(response, 401, "unauthorized").await;
    }

    let other = app.new_shopper("other@example.com").await;
    assert_eq!(list(&app, &other).await, json!({"items": [], "unread": 0}));
    let response = other
        .post(format!("{}/api/notifications/{notification}/read", app.url))
        .send()
        .await
        .unwrap();
    assert_error(response, 404, "not_found").await;
    post(&app, &other, "/api/notifications/read", None, 200).await;
    assert_eq!(
        list(&app, &app.client).await["unread"],
        1,
        "another account's marking leaves mine unread"
    );
    let response = app
        .client
        .post(format!("{}/api/notifications/999999/read", app.url))
        .send()
        .await
        .unwrap();
    assert_error(response, 404, "not_found").await;
}

/// An open `/api/events` stream of one client (with its session cookie).
struct Stream {
    chunks: futures::stream::BoxStream<'static, reqwest::Result<bytes::Bytes>>,
    buffer: String,
}

impl Stream {
    async fn open(app: &TestApp, client: &reqwest::Client) -> Stream {
        let response = client
            .get(format!("{}/api/events", app.url))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let mut stream = Stream {
            chunks: response.bytes_stream().boxed(),
            buffer: String::new(),
        };
        assert_eq!(stream.next().await.0, "ready");
        stream
    }

    /// The next event's name and data, within 10 seconds.
    async fn next(&mut self) -> (String, String) {
        tokio::time::timeout(Duration::from_secs(10), async {
            loop {
                if let Some(end) = self.buffer.find("\n\n") {
                    let block: String = self.buffer.drain(..end + 2).collect();
                    let (mut kind, mut data) = (String::new(), String::new());
                    for line in block.lines() {
                        if let Some(value) = line.strip_prefix("event:") {
                            kind = value.trim().to_owned();
                        } else if let Some(value) = line.strip_prefix("data:") {
                            data = value.trim().to_owned();
                        }
                    }
                    if !kind.is_empty() {
                        return (kind, data);
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
}

#[tokio::test]
async fn the_live_stream_tells_a_notification_only_to_its_account() {
    let app = spawn_app_with(|config| config.moderation = cocrea_server::config::Switch::On).await;
    let admin = app.new_admin("boss@example.com").await;
    let shopper = app.new_shopper("other@example.com").await;
    let id = app.submit_valid("Mine").await["id"].as_i64().unwrap();
    let mut mine = Stream::open(&app, &app.client).await;
    let mut theirs = Stream::open(&app, &shopper).await;
    let mut visitors = Stream::open(&app, &app.anonymous()).await;

    post(
        &app,
        &admin,
        &format!("/api/admin/designs/{id}/reject"),
        Some(json!({"reason": "Blurry photo."})),
        200,
    )
    .await;
    let account = app.get_json("/api/me").await["id"].as_i64().unwrap();
    loop {
        let (kind, data) = mine.next().await;
        if kind == "notification" {
            let event: Value = serde_json::from_str(&data).unwrap();
            assert_eq!(event, json!({"account_id": account, "unread": 1}));
            break;
        }
    }
    // A later public fact: the others see it, and nothing private before it.
    let open = app.submit_valid("Another").await["id"].as_i64().unwrap();
    post(
        &app,
        &admin,
        &format!("/api/admin/designs/{open}/approve"),
        None,
        200,
    )
    .await;
    for stream in [&mut theirs, &mut visitors] {
        loop {
            let (kind, data) = stream.next().await;
            assert_ne!(
                kind, "notification",
                "another account's notification: {data}"
            );
            if kind == "status" && data.contains(&format!("\"design_id\":{open}")) {
                break;
            }
        }
    }
}

#[tokio::test]
#[ignore = "needs PostgreSQL: two servers on one database"]
async fn two_servers_on_one_database_make_each_notification_once() {
    use crate::helpers::{stand_in_dist, test_config};

    let app = spawn_app_with(|config| config.moderation = cocrea_server::config::Switch::On).await;
    let second_dist = stand_in_dist();
    let second = cocrea_server::Application::build(test_config(&app.db, &second_dist))
        .await
        .expect("a second server on the same database");
    tokio::spawn(second.run_until_stopped());
    let admin = app.new_admin("boss@example.com").await;
    for n in 0..20 {
        let id = app.submit_valid(&format!("Design {n}")).await["id"]
            .as_i64()
            .unwrap();
        post(
            &app,
            &admin,
            &format!("/api/admin/designs/{id}/approve"),
            None,
            200,
        )
        .await;
    }
    wait_for(&app, &app.client, 20).await;
    settle().await;
    let listed = app.get_json("/api/notifications?limit=100").await;
    assert_eq!(listed["items"].as_array().unwrap().len(), 20, "each once");
    assert_eq!(listed["unread"], 20);
}
