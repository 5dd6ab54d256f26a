//! What the shop's displays show: store screens (`/api/leaderboard`) and hanger tags
//! (`/api/displays/designs/{id}`) only show designs an admin approved or that passed
//! `--screen-min-likes`; trending needs likes; "most liked" puts designs still voting first.

use reqwest::Method;
use serde_json::Value;

use crate::helpers::{assert_error, spawn_app_with, TestApp};

/// Likes the design `times` times, each time as a new shopper.
async fn like_times(app: &TestApp, design: &Value, times: usize) {
    for n in 0..times {
        let shopper = app
            .new_shopper(&format!("fan{n}-{}@example.com", design["id"]))
            .await;
        let url = format!("{}/api/designs/{}/like", app.url, design["id"]);
        let response = shopper.put(url).send().await.unwrap();
        assert_eq!(response.status(), 200);
    }
}

/// The ids a screen ranking lists, in order.
async fn screen_ids(app: &TestApp, sort: &str) -> Vec<i64> {
    app.get_json(&format!("/api/leaderboard?sort={sort}&limit=50"))
        .await["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn screens_and_tags_show_only_designs_liked_past_the_threshold() {
    let app = spawn_app_with(|config| config.screen_min_likes = 3).await;
    let liked = app.submit_valid("Liked enough").await;
    let fresh = app.submit_valid("A red square, just uploaded").await;
    like_times(&app, &liked, 3).await;
    like_times(&app, &fresh, 1).await;
    let (liked_id, fresh_id) = (liked["id"].as_i64().unwrap(), fresh["id"].as_i64().unwrap());

    for sort in ["top", "trending", "near_goal"] {
        assert_eq!(screen_ids(&app, sort).await, vec![liked_id], "{sort}");
    }
    let tag = app
        .get_json(&format!("/api/displays/designs/{liked_id}?store=madrid-01"))
        .await;
    assert_eq!(tag["likes"], 3);
    assert_eq!(tag["store_likes"], 0);
    assert_error(
        app.get(&format!("/api/displays/designs/{fresh_id}")).await,
        403,
        "forbidden",
    )
    .await;
    assert_error(app.get("/api/displays/designs/999").await, 404, "not_found").await;
    assert_error(
        app.get(&format!("/api/displays/designs/{liked_id}?store=Bad Code"))
            .await,
        400,
        "bad_request",
    )
    .await;
    // The gallery itself still shows both.
    assert_eq!(
        app.get_json("/api/designs").await["items"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn an_approved_design_shows_without_likes_but_trends_only_with_them() {
    let app = spawn_app_with(|config| {
        config.moderation = cocrea_server::config::Switch::On;
        config.screen_min_likes = 5;
    })
    .await;
    let design = app.submit_valid("Approved by the brand").await;
    let id = design["id"].as_i64().unwrap();
    let admin = app.new_admin("boss@example.com").await;
    let response = admin
        .request(
            Method::POST,
            format!("{}/api/admin/designs/{id}/approve", app.url),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);

    assert_eq!(screen_ids(&app, "top").await, vec![id]);
    assert_eq!(screen_ids(&app, "trending").await, Vec::<i64>::new());
    let tag = app.get_json(&format!("/api/displays/designs/{id}")).await;
    assert_eq!(tag["likes"], 0);
}

#[tokio::test]
async fn most_liked_on_screens_lists_designs_still_voting_before_goal_reached_ones() {
    let app = spawn_app_with(|config| {
        config.like_goal = 3;
        config.screen_min_likes = 1;
    })
    .await;
    let reached = app.submit_valid("Reached its goal").await;
    let voting = app.submit_valid("Still collecting").await;
    like_times(&app, &reached, 3).await;
    like_times(&app, &voting, 1).await;
    assert_eq!(
        screen_ids(&app, "top").await,
        vec![
            voting["id"].as_i64().unwrap(),
            reached["id"].as_i64().unwrap()
        ]
    );
}
