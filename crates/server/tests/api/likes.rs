use futures::future::join_all;
use serde_json::{json, Value};

use crate::helpers::{assert_error, spawn_app, spawn_app_with, TestApp};

async fn like(app: &TestApp, client: &reqwest::Client, id: i64, liked: bool) -> reqwest::Response {
    let url = format!("{}/api/designs/{id}/like", app.url);
    let request = if liked {
        client.put(url)
    } else {
        client.delete(url)
    };
    request.send().await.unwrap()
}

async fn like_state(app: &TestApp, client: &reqwest::Client, id: i64, liked: bool) -> Value {
    let response = like(app, client, id, liked).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

#[tokio::test]
async fn like_and_unlike_are_idempotent() {
    let app = spawn_app().await;
    let id = app.submit_valid("Twice liked").await["id"]
        .as_i64()
        .unwrap();
    let shopper = app.new_shopper("shopper@example.com").await;
    assert_eq!(
        like_state(&app, &shopper, id, true).await,
        json!({"likes": 1, "liked": true})
    );
    assert_eq!(
        like_state(&app, &shopper, id, true).await,
        json!({"likes": 1, "liked": true})
    );
    assert_eq!(
        like_state(&app, &shopper, id, false).await,
        json!({"likes": 0, "liked": false})
    );
    assert_eq!(
        like_state(&app, &shopper, id, false).await,
        json!({"likes": 0, "liked": false})
    );
}

#[tokio::test]
async fn liked_by_me_is_filled_for_the_viewer_in_lists_and_pages() {
    let app = spawn_app().await;
    let id = app.submit_valid("Viewer sees it").await["id"]
        .as_i64()
        .unwrap();
    let shopper = app.new_shopper("shopper@example.com").await;
    like_state(&app, &shopper, id, true).await;
    let page: Value = shopper
        .get(format!("{}/api/designs/{id}", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(page["liked_by_me"], true);
    let list: Value = shopper
        .get(format!("{}/api/designs", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"][0]["liked_by_me"], true);
    // Someone else, and nobody, do not like it.
    assert_eq!(
        app.get_json(&format!("/api/designs/{id}")).await["liked_by_me"],
        false
    );
    let anonymous: Value = app
        .anonymous()
        .get(format!("{}/api/designs/{id}", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(anonymous["liked_by_me"], false);
    assert_eq!(anonymous["likes"], 1);
}

#[tokio::test]
async fn liking_needs_a_session_and_an_existing_design() {
    let app = spawn_app().await;
    let id = app.submit_valid("Guarded").await["id"].as_i64().unwrap();
    assert_error(
        like(&app, &app.anonymous(), id, true).await,
        401,
        "unauthorized",
    )
    .await;
    assert_error(like(&app, &app.client, 9999, true).await, 404, "not_found").await;
    assert_error(like(&app, &app.client, 9999, false).await, 404, "not_found").await;
    assert_eq!(
        app.get_json(&format!("/api/designs/{id}")).await["likes"],
        0
    );
}

#[tokio::test]
async fn reaching_the_goal_moves_the_design_to_goal_reached() {
    let app = spawn_app_with(|config| config.like_goal = 2).await;
    let id = app.submit_valid("Almost there").await["id"]
        .as_i64()
        .unwrap();
    for email in ["one@example.com", "two@example.com"] {
        let shopper = app.new_shopper(email).await;
        like_state(&app, &shopper, id, true).await;
    }
    let design = app.get_json(&format!("/api/designs/{id}")).await;
    assert_eq!(design["likes"], 2);
    assert_eq!(design["status"], "goal_reached");
}

#[tokio::test]
async fn my_designs_lists_what_i_submitted_and_what_i_like() {
    let app = spawn_app().await;
    let mine = app.submit_valid("My own").await["id"].as_i64().unwrap();
    let shopper = app.new_shopper("shopper@example.com").await;
    like_state(&app, &shopper, mine, true).await;
    let designs = app.get_json("/api/me/designs").await;
    assert_eq!(designs["submitted"][0]["id"], mine);
    assert_eq!(designs["submitted"][0]["likes"], 1);
    assert_eq!(designs["liked"], json!([]));
    let theirs: Value = shopper
        .get(format!("{}/api/me/designs", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(theirs["liked"][0]["id"], mine);
    assert_eq!(theirs["liked"][0]["liked_by_me"], true);
    assert_error(
        app.anonymous()
            .get(format!("{}/api/me/designs", app.url))
            .send()
            .await
            .unwrap(),
        401,
        "unauthorized",
    )
    .await;
}

#[tokio::test]
async fn a_cross_site_like_is_refused_with_403_and_changes_nothing() {
    let app = spawn_app().await;
    let id = app.submit_valid("Protected").await["id"].as_i64().unwrap();
    let url = format!("{}/api/designs/{id}/like", app.url);
    let from_elsewhere = app
        .client
        .put(&url)
        .header("origin", "http://evil.example")
        .send()
        .await
        .unwrap();
    assert_error(from_elsewhere, 403, "cross_site_request").await;
    let marked = app
        .client
        .put(&url)
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_error(marked, 403, "cross_site_request").await;
    assert_eq!(
        app.get_json(&format!("/api/designs/{id}")).await["likes"],
        0
    );

    let own_origin = app
        .client
        .put(&url)
        .header("origin", app.url.clone())
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .unwrap();
    assert_eq!(own_origin.status(), 200);
    let logout = app
        .client
        .post(format!("{}/api/auth/logout", app.url))
        .header("origin", "http://evil.example")
        .send()
        .await
        .unwrap();
    assert_error(logout, 403, "cross_site_request").await;
}

#[tokio::test]
async fn two_hundred_accounts_liking_at_once_are_all_counted() {
    let app = spawn_app().await;
    let id = app.submit_valid("Crowd favourite").await["id"]
        .as_i64()
        .unwrap();
    let mut shoppers = Vec::new();
    for n in 0..200 {
        shoppers.push(app.new_shopper(&format!("crowd{n}@example.com")).await);
    }
    let likes = shoppers.iter().map(|shopper| like(&app, shopper, id, true));
    for response in join_all(likes).await {
        assert_eq!(response.status(), 200);
    }
    let design = app.get_json(&format!("/api/designs/{id}")).await;
    assert_eq!(design["likes"], 200);
    assert_eq!(stored_likes(&app, id).await, 200);
}

#[tokio::test]
async fn one_account_hammering_like_and_unlike_keeps_the_count_exact() {
    let app = spawn_app().await;
    let id = app.submit_valid("Hammered").await["id"].as_i64().unwrap();
    let shopper = app.new_shopper("hammer@example.com").await;
    let taps = (0..200).map(|n| like(&app, &shopper, id, n % 2 == 0));
    for response in join_all(taps).await {
        assert_eq!(response.status(), 200);
    }
    let design = app.get_json(&format!("/api/designs/{id}")).await;
    let count = design["likes"].as_i64().unwrap();
    assert!(count == 0 || count == 1, "{count}");
    assert_eq!(stored_likes(&app, id).await, count);
    // The final state is whatever the last committed tap said; one more tap settles it.
    assert_eq!(like_state(&app, &shopper, id, true).await["likes"], 1);
    assert_eq!(stored_likes(&app, id).await, 1);
}

/// Counts the like rows in the database itself.
async fn stored_likes(app: &TestApp, design_id: i64) -> i64 {
    app.db
        .count(&format!(
            "SELECT COUNT(*) FROM likes WHERE design_id = {design_id}"
        ))
        .await
}
