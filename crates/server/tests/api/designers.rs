//! Designers' pages: `GET /api/designers/{id}`.

use serde_json::Value;

use crate::helpers::{assert_error, spawn_app_with, TestApp};

/// The id of the account a client is signed in as.
async fn my_id(app: &TestApp, client: &reqwest::Client) -> i64 {
    let me: Value = client
        .get(format!("{}/api/me", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    me["id"].as_i64().unwrap()
}

/// Likes a design as a new shopper.
async fn like_as(app: &TestApp, email: &str, id: i64) {
    let shopper = app.new_shopper(email).await;
    let response = shopper
        .put(format!("{}/api/designs/{id}/like", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn a_designers_page_lists_their_public_designs_with_total_likes_and_goals_reached() {
    let app = spawn_app_with(|config| config.like_goal = 2).await;
    let ana = my_id(&app, &app.client).await;
    let funded = app.submit_valid("Funded dress").await["id"]
        .as_i64()
        .unwrap();
    let voting = app.submit_valid("Voting coat").await["id"]
        .as_i64()
        .unwrap();
    like_as(&app, "a@example.com", funded).await;
    like_as(&app, "b@example.com", funded).await;
    like_as(&app, "c@example.com", voting).await;

    let page: Value = app
        .anonymous()
        .get(format!("{}/api/designers/{ana}", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(page["designer"]["id"], ana);
    assert_eq!(page["designer"]["name"], "Ana Souza");
    let titles: Vec<&str> = page["designs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|design| design["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Voting coat", "Funded dress"], "newest first");
    assert_eq!(page["designs"][1]["status"], "goal_reached");
    assert_eq!(page["total_likes"], 3);
    assert_eq!(page["goals_reached"], 1);
}

#[tokio::test]
async fn designs_in_review_show_only_to_their_designer_and_do_not_count() {
    let app = spawn_app_with(|config| config.moderation = cocrea_server::config::Switch::On).await;
    let ana = my_id(&app, &app.client).await;
    app.submit_valid("Waiting skirt").await;

    let stranger: Value = app
        .anonymous()
        .get(format!("{}/api/designers/{ana}", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stranger["designs"], serde_json::json!([]), "an empty page");
    assert_eq!(stranger["total_likes"], 0);

    let own = app.get_json(&format!("/api/designers/{ana}")).await;
    assert_eq!(own["designs"][0]["title"], "Waiting skirt");
    assert_eq!(own["designs"][0]["status"], "pending");
    assert_eq!(own["goals_reached"], 0);
}

#[tokio::test]
async fn an_unknown_designer_or_an_id_that_is_not_a_number_is_a_json_404() {
    let app = spawn_app_with(|_| {}).await;
    assert_error(app.get("/api/designers/987654").await, 404, "not_found").await;
    assert_error(app.get("/api/designers/nobody").await, 404, "not_found").await;
}
