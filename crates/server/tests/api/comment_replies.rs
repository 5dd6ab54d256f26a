//! The designer's replies to comments and authors deleting their own, with the facts
//! live viewers hear.

use serde_json::{json, Value};

use crate::helpers::{assert_error, spawn_app, TestApp};
use crate::live::EventStream;

/// Posts a comment (a reply with `reply_to`) as `client`.
async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    design: i64,
    body: &str,
    reply_to: Option<i64>,
) -> reqwest::Response {
    client
        .post(format!("{}/api/designs/{design}/comments", app.url))
        .json(&json!({"body": body, "reply_to": reply_to}))
        .send()
        .await
        .unwrap()
}

/// Deletes a comment as `client`.
async fn delete(app: &TestApp, client: &reqwest::Client, comment: i64) -> reqwest::Response {
    client
        .delete(format!("{}/api/comments/{comment}", app.url))
        .send()
        .await
        .unwrap()
}

/// The design's comments as the public sees them.
async fn comments(app: &TestApp, design: i64) -> Vec<Value> {
    app.get_json(&format!("/api/designs/{design}/comments"))
        .await
        .as_array()
        .unwrap()
        .clone()
}

/// The next `comment` or `comment_deleted` event about `comment` (facts written just
/// before the stream opened may still arrive first).
async fn next_comment_event(stream: &mut EventStream, comment: &Value) -> (String, Value) {
    loop {
        let event = stream.next().await;
        if !event.kind.starts_with("comment") {
            continue;
        }
        let data: Value = serde_json::from_str(&event.data).unwrap();
        if data["comment_id"] == *comment {
            return (event.kind, data);
        }
    }
}

#[tokio::test]
async fn the_designer_replies_to_a_comment_and_live_viewers_hear_of_it() {
    let app = spawn_app().await;
    let design = app.submit_valid("Wrap dress").await["id"].as_i64().unwrap();
    let fan = app.new_shopper("fan@example.com").await;
    let question: Value = post(&app, &fan, design, "Is it linen?", None)
        .await
        .json()
        .await
        .unwrap();
    let question_id = question["id"].as_i64().unwrap();
    assert!(question.get("reply_to").is_none());

    let mut stream = EventStream::open_at(&app.url, None).await;
    let reply = post(
        &app,
        &app.client,
        design,
        "Yes, washed linen.",
        Some(question_id),
    )
    .await;
    assert_eq!(reply.status(), 201);
    let reply: Value = reply.json().await.unwrap();
    assert_eq!(reply["reply_to"], question_id);
    assert_eq!(reply["by_designer"], true);
    let (kind, data) = next_comment_event(&mut stream, &reply["id"]).await;
    assert_eq!(kind, "comment");
    assert_eq!(
        data,
        json!({"design_id": design, "comment_id": reply["id"], "reply_to": question_id})
    );

    let listed = comments(&app, design).await;
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[1]["reply_to"], question_id);
}

#[tokio::test]
async fn only_the_designer_replies_only_one_level_deep_only_to_this_designs_comments() {
    let app = spawn_app().await;
    let design = app.submit_valid("Wrap dress").await["id"].as_i64().unwrap();
    let other = app.submit_valid("Other coat").await["id"].as_i64().unwrap();
    let fan = app.new_shopper("fan@example.com").await;
    let question: Value = post(&app, &fan, design, "Is it linen?", None)
        .await
        .json()
        .await
        .unwrap();
    let question_id = question["id"].as_i64().unwrap();
    let reply: Value = post(&app, &app.client, design, "Yes.", Some(question_id))
        .await
        .json()
        .await
        .unwrap();

    let from_fan = post(&app, &fan, design, "Me too", Some(question_id)).await;
    assert_error(from_fan, 403, "forbidden").await;
    let deeper = post(&app, &app.client, design, "Again", reply["id"].as_i64()).await;
    let body = assert_error(deeper, 400, "bad_request").await;
    assert_eq!(body["field"], "reply_to");
    let elsewhere = post(&app, &app.client, other, "Wrong place", Some(question_id)).await;
    assert_error(elsewhere, 404, "not_found").await;
    let nowhere = post(&app, &app.client, design, "Nothing", Some(987_654)).await;
    assert_error(nowhere, 404, "not_found").await;
    assert_eq!(comments(&app, design).await.len(), 2, "nothing more stored");
    assert!(comments(&app, other).await.is_empty());
}

#[tokio::test]
async fn an_author_deletes_their_own_comment_with_its_replies_and_nobody_elses() {
    let app = spawn_app().await;
    let design = app.submit_valid("Wrap dress").await["id"].as_i64().unwrap();
    let fan = app.new_shopper("fan@example.com").await;
    let stranger = app.new_shopper("stranger@example.com").await;
    let question: Value = post(&app, &fan, design, "Is it linen?", None)
        .await
        .json()
        .await
        .unwrap();
    let question_id = question["id"].as_i64().unwrap();
    post(&app, &app.client, design, "Yes.", Some(question_id)).await;
    let kept: Value = post(&app, &stranger, design, "Lovely", None)
        .await
        .json()
        .await
        .unwrap();

    assert_error(delete(&app, &stranger, question_id).await, 403, "forbidden").await;
    assert_error(
        delete(&app, &app.anonymous(), question_id).await,
        401,
        "unauthorized",
    )
    .await;
    assert_error(delete(&app, &fan, 987_654).await, 404, "not_found").await;
    assert_eq!(comments(&app, design).await.len(), 3, "nothing deleted");

    let mut stream = EventStream::open_at(&app.url, None).await;
    assert_eq!(delete(&app, &fan, question_id).await.status(), 204);
    let (kind, data) = next_comment_event(&mut stream, &question["id"]).await;
    assert_eq!(kind, "comment_deleted");
    assert_eq!(
        data,
        json!({"design_id": design, "comment_id": question_id})
    );
    let left = comments(&app, design).await;
    assert_eq!(left.len(), 1, "the reply went with its comment");
    assert_eq!(left[0]["id"], kept["id"]);
    assert_error(delete(&app, &fan, question_id).await, 404, "not_found").await;

    // The brand's staff may delete anyone's.
    let admin = app.new_admin("boss@example.com").await;
    assert_eq!(
        delete(&app, &admin, kept["id"].as_i64().unwrap())
            .await
            .status(),
        204
    );
    assert!(comments(&app, design).await.is_empty());
}
