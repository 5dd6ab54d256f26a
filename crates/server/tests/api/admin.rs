//! The brand's side: who may do what, moderation, the lifecycle, reports and comments.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{assert_error, spawn_app, spawn_app_with, TestApp};

/// Every admin route of this file's concern: method, path, JSON body.
fn admin_routes(id: i64) -> Vec<(Method, String, Option<Value>)> {
    vec![
        (
            Method::GET,
            "/api/admin/designs?status=pending".into(),
            None,
        ),
        (
            Method::POST,
            format!("/api/admin/designs/{id}/approve"),
            None,
        ),
        (
            Method::POST,
            format!("/api/admin/designs/{id}/reject"),
            Some(json!({"reason": "Blurry"})),
        ),
        (
            Method::POST,
            format!("/api/admin/designs/{id}/status"),
            Some(json!({"status": "archived"})),
        ),
        (Method::POST, format!("/api/admin/designs/{id}/hide"), None),
        (
            Method::POST,
            format!("/api/admin/designs/{id}/unhide"),
            None,
        ),
        (Method::GET, "/api/admin/reports".into(), None),
        (
            Method::POST,
            format!("/api/admin/reports/{id}/dismiss"),
            None,
        ),
        (Method::DELETE, "/api/admin/comments/1".into(), None),
        (Method::GET, "/api/admin/users".into(), None),
        (
            Method::PUT,
            "/api/admin/users/1/role".into(),
            Some(json!({"role": "admin"})),
        ),
    ]
}

async fn send(
    app: &TestApp,
    client: &reqwest::Client,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut request = client.request(method, format!("{}{path}", app.url));
    if let Some(body) = body {
        request = request.json(&body);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn every_admin_route_answers_401_to_visitors_and_403_to_plain_users() {
    let app = spawn_app().await;
    let id = app.submit_valid("Guarded design").await["id"]
        .as_i64()
        .unwrap();
    let user = app.new_shopper("plain@example.com").await;
    for (method, path, body) in admin_routes(id) {
        let anonymous = send(&app, &app.anonymous(), method.clone(), &path, body.clone()).await;
        assert_error(anonymous, 401, "unauthorized").await;
        let plain = send(&app, &user, method.clone(), &path, body.clone()).await;
        assert_error(plain, 403, "forbidden").await;
    }
    // Nothing changed.
    let design = app.get_json(&format!("/api/designs/{id}")).await;
    assert_eq!(design["status"], "voting");
}

#[tokio::test]
async fn every_admin_route_works_for_an_admin() {
    let app = spawn_app().await;
    let id = app.submit_valid("Admin's design").await["id"]
        .as_i64()
        .unwrap();
    let admin = app.new_admin("boss@example.com").await;
    for (method, path, body) in admin_routes(id) {
        let response = send(&app, &admin, method.clone(), &path, body).await;
        let status = response.status().as_u16();
        // 404/409 are the route's own answers (no such comment, a step not allowed now): not refusals.
        assert!(
            ![401, 403, 405].contains(&status),
            "{method} {path}: {status}"
        );
    }
}

#[tokio::test]
async fn the_first_admin_is_made_on_the_command_line() {
    let app = spawn_app().await;
    let client = app.new_shopper("first@example.com").await;
    assert_eq!(
        send(&app, &client, Method::GET, "/api/admin/users", None)
            .await
            .status(),
        403
    );
    app.make_admin("FIRST@example.com").await;
    assert_eq!(
        send(&app, &client, Method::GET, "/api/admin/users", None)
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn with_moderation_on_a_design_waits_and_an_approved_one_reaches_the_gallery() {
    let app = spawn_app_with(|config| config.moderation = cocrea_server::config::Switch::On).await;
    let design = app.submit_valid("Waiting for review").await;
    let id = design["id"].as_i64().unwrap();
    assert_eq!(design["status"], "pending");
    assert_eq!(app.get_json("/api/designs").await["items"], json!([]));
    // Its designer sees it; the public does not.
    assert_eq!(
        app.get_json(&format!("/api/designs/{id}")).await["status"],
        "pending"
    );
    let public = app
        .anonymous()
        .get(format!("{}/api/designs/{id}", app.url))
        .send()
        .await
        .unwrap();
    assert_error(public, 404, "not_found").await;

    let admin = app.new_admin("boss@example.com").await;
    let pending: Value = send(
        &app,
        &admin,
        Method::GET,
        "/api/admin/designs?status=pending",
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(pending[0]["id"], id);
    let approved: Value = send(
        &app,
        &admin,
        Method::POST,
        &format!("/api/admin/designs/{id}/approve"),
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(approved["status"], "voting");
    assert_eq!(app.get_json("/api/designs").await["items"][0]["id"], id);
}

#[tokio::test]
async fn a_rejected_design_shows_its_reason_to_its_designer_only() {
    let app = spawn_app_with(|config| config.moderation = cocrea_server::config::Switch::On).await;
    let id = app.submit_valid("Not this one").await["id"]
        .as_i64()
        .unwrap();
    let admin = app.new_admin("boss@example.com").await;
    let empty = send(
        &app,
        &admin,
        Method::POST,
        &format!("/api/admin/designs/{id}/reject"),
        Some(json!({"reason": "  "})),
    )
    .await;
    assert_error(empty, 422, "missing_field").await;
    let rejected = send(
        &app,
        &admin,
        Method::POST,
        &format!("/api/admin/designs/{id}/reject"),
        Some(json!({"reason": "The image is too blurry to judge."})),
    )
    .await;
    assert_eq!(rejected.status(), 200);
    let mine = app.get_json("/api/me/designs").await;
    assert_eq!(mine["submitted"][0]["status"], "rejected");
    assert_eq!(
        mine["submitted"][0]["rejection_reason"],
        "The image is too blurry to judge."
    );
    let stranger = app.new_shopper("stranger@example.com").await;
    let seen = stranger
        .get(format!("{}/api/designs/{id}", app.url))
        .send()
        .await
        .unwrap();
    assert_error(seen, 404, "not_found").await;
}

#[tokio::test]
async fn the_production_lifecycle_is_a_public_timeline_with_status_events() {
    let app = spawn_app_with(|config| config.like_goal = 1).await;
    let id = app.submit_valid("Going to the shop").await["id"]
        .as_i64()
        .unwrap();
    let admin = app.new_admin("boss@example.com").await;
    let early = send(
        &app,
        &admin,
        Method::POST,
        &format!("/api/admin/designs/{id}/status"),
        Some(json!({"status": "in_production"})),
    )
    .await;
    assert_error(early, 409, "conflict").await;

    let shopper = app.new_shopper("fan@example.com").await;
    shopper
        .put(format!("{}/api/designs/{id}/like", app.url))
        .send()
        .await
        .unwrap();
    for (status, note) in [
        ("in_production", "Cutting starts Monday"),
        ("in_store", "In Madrid and Milan"),
    ] {
        let moved = send(
            &app,
            &admin,
            Method::POST,
            &format!("/api/admin/designs/{id}/status"),
            Some(json!({"status": status, "note": note})),
        )
        .await;
        assert_eq!(moved.status(), 200, "{status}");
    }
    let timeline = app.get_json(&format!("/api/designs/{id}/timeline")).await;
    let steps: Vec<(String, String)> = timeline
        .as_array()
        .unwrap()
        .iter()
        .map(|step| {
            (
                step["status"].as_str().unwrap().into(),
                step["note"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            ("voting".into(), String::new()),
            ("goal_reached".into(), String::new()),
            ("in_production".into(), "Cutting starts Monday".into()),
            ("in_store".into(), "In Madrid and Milan".into()),
        ]
    );
}

#[tokio::test]
async fn reported_designs_form_a_queue_and_a_hidden_design_disappears() {
    let app = spawn_app().await;
    let id = app.submit_valid("Questionable").await["id"]
        .as_i64()
        .unwrap();
    for (email, reason) in [
        ("a@example.com", "spam"),
        ("b@example.com", "spam"),
        ("c@example.com", "offensive"),
    ] {
        let shopper = app.new_shopper(email).await;
        let response = send(
            &app,
            &shopper,
            Method::POST,
            &format!("/api/designs/{id}/reports"),
            Some(json!({"reason": reason})),
        )
        .await;
        assert_eq!(response.status(), 204);
    }
    let bad = send(
        &app,
        &app.client,
        Method::POST,
        &format!("/api/designs/{id}/reports"),
        Some(json!({"reason": "boring"})),
    )
    .await;
    assert_error(bad, 400, "malformed_json").await;

    let admin = app.new_admin("boss@example.com").await;
    let queue: Value = send(&app, &admin, Method::GET, "/api/admin/reports", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue[0]["design"]["id"], id);
    assert_eq!(queue[0]["reports"], 3);
    assert_eq!(queue[0]["reasons"], json!(["spam", "offensive"]));

    assert_eq!(
        send(
            &app,
            &admin,
            Method::POST,
            &format!("/api/admin/designs/{id}/hide"),
            None
        )
        .await
        .status(),
        204
    );
    assert_eq!(app.get_json("/api/designs").await["items"], json!([]));
    let public = app
        .anonymous()
        .get(format!("{}/api/designs/{id}", app.url))
        .send()
        .await
        .unwrap();
    assert_error(public, 404, "not_found").await;
    let queue: Value = send(&app, &admin, Method::GET, "/api/admin/reports", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue, json!([]), "hiding settles the reports");
    assert_eq!(
        send(
            &app,
            &admin,
            Method::POST,
            &format!("/api/admin/designs/{id}/unhide"),
            None
        )
        .await
        .status(),
        204
    );
    assert_eq!(app.get_json("/api/designs").await["items"][0]["id"], id);
}

#[tokio::test]
async fn comments_keep_markup_as_typed_mark_the_designer_and_can_be_deleted() {
    let app = spawn_app().await;
    let markup = "<script>alert('x')</script> & <b>bold</b>";
    let id = app.submit_valid(markup).await["id"].as_i64().unwrap();
    assert_eq!(
        app.get_json(&format!("/api/designs/{id}")).await["title"],
        markup
    );

    let shopper = app.new_shopper("fan@example.com").await;
    let from_fan = send(
        &app,
        &shopper,
        Method::POST,
        &format!("/api/designs/{id}/comments"),
        Some(json!({"body": markup})),
    )
    .await;
    assert_eq!(from_fan.status(), 201);
    let reply = send(
        &app,
        &app.client,
        Method::POST,
        &format!("/api/designs/{id}/comments"),
        Some(json!({"body": "Thank you!"})),
    )
    .await;
    assert_eq!(reply.status(), 201);
    let comments = app.get_json(&format!("/api/designs/{id}/comments")).await;
    assert_eq!(comments[0]["body"], markup);
    assert_eq!(comments[0]["by_designer"], false);
    assert_eq!(comments[1]["by_designer"], true);

    for (body, code) in [
        ("   ", "missing_field"),
        (&"x".repeat(1001)[..], "too_long"),
    ] {
        let response = send(
            &app,
            &shopper,
            Method::POST,
            &format!("/api/designs/{id}/comments"),
            Some(json!({"body": body})),
        )
        .await;
        assert_error(response, 422, code).await;
    }
    let anonymous = send(
        &app,
        &app.anonymous(),
        Method::POST,
        &format!("/api/designs/{id}/comments"),
        Some(json!({"body": "hi"})),
    )
    .await;
    assert_error(anonymous, 401, "unauthorized").await;

    let admin = app.new_admin("boss@example.com").await;
    let first = comments[0]["id"].as_i64().unwrap();
    assert_eq!(
        send(
            &app,
            &admin,
            Method::DELETE,
            &format!("/api/admin/comments/{first}"),
            None
        )
        .await
        .status(),
        204
    );
    assert_eq!(
        app.get_json(&format!("/api/designs/{id}/comments"))
            .await
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn admins_grant_and_revoke_others_but_not_themselves() {
    let app = spawn_app().await;
    let admin = app.new_admin("boss@example.com").await;
    let users: Value = send(&app, &admin, Method::GET, "/api/admin/users?q=ana", None)
        .await
        .json()
        .await
        .unwrap();
    let ana = users[0]["id"].as_i64().unwrap();
    assert_eq!(users[0]["role"], "user");
    let grant = send(
        &app,
        &admin,
        Method::PUT,
        &format!("/api/admin/users/{ana}/role"),
        Some(json!({"role": "admin"})),
    )
    .await;
    assert_eq!(grant.status(), 204);
    assert_eq!(
        app.get("/api/admin/users").await.status(),
        200,
        "Ana is an admin now"
    );
    let me: Value = admin
        .get(format!("{}/api/me", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let own = send(
        &app,
        &admin,
        Method::PUT,
        &format!("/api/admin/users/{}/role", me["id"]),
        Some(json!({"role": "user"})),
    )
    .await;
    assert_error(own, 409, "conflict").await;
}
