use crate::helpers::{assert_error, spawn_app};

#[tokio::test]
async fn a_design_is_fetched_by_id_with_every_documented_field() {
    let app = spawn_app().await;
    let created = app.submit_valid("Sunset wrap dress").await;
    let id = created["id"].as_i64().unwrap();
    let design = app.get_json(&format!("/api/designs/{id}")).await;
    assert_eq!(design, created);
    for field in [
        "id",
        "title",
        "description",
        "category",
        "designer",
        "image",
        "likes",
        "goal",
        "status",
        "created_at",
        "liked_by_me",
    ] {
        assert!(design.get(field).is_some(), "{field} present");
    }
    assert_eq!(design["designer"]["name"], "Ana Souza");
    assert_eq!(design["status"], "voting");
    assert_eq!(design["goal"], 100);
    assert_eq!(design["likes"], 0);
    assert_eq!(design["liked_by_me"], false);
}

#[tokio::test]
async fn a_missing_design_is_a_json_404() {
    let app = spawn_app().await;
    assert_error(app.get("/api/designs/999").await, 404, "not_found").await;
}

#[tokio::test]
async fn a_non_numeric_design_id_is_a_json_404() {
    let app = spawn_app().await;
    assert_error(app.get("/api/designs/abc").await, 404, "not_found").await;
    assert_error(
        app.get("/api/designs/99999999999999999999999").await,
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn the_like_goal_comes_from_the_server_setting() {
    let app = crate::helpers::spawn_app_with(|config| config.like_goal = 25).await;
    let design = app.submit_valid("Goal check").await;
    assert_eq!(design["goal"], 25);
}
