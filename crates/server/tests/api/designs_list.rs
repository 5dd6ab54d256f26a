use std::collections::HashSet;

use serde_json::Value;

use crate::helpers::{assert_error, spawn_app, spawn_app_with, TestApp};

async fn demo_app() -> TestApp {
    spawn_app_with(|config| config.demo = true).await
}

fn items(page: &Value) -> Vec<Value> {
    page["items"].as_array().unwrap().clone()
}

fn numbers(items: &[Value], key: &str) -> Vec<i64> {
    items
        .iter()
        .map(|item| item[key].as_i64().unwrap())
        .collect()
}

fn is_descending<T: PartialOrd>(values: &[T]) -> bool {
    values.windows(2).all(|pair| pair[0] >= pair[1])
}

#[tokio::test]
async fn demo_data_gives_at_least_twelve_designs_across_the_categories() {
    let app = demo_app().await;
    let designs = items(&app.get_json("/api/designs?limit=100").await);
    assert!(designs.len() >= 12, "{} demo designs", designs.len());
    let categories: HashSet<_> = designs
        .iter()
        .map(|d| d["category"].as_str().unwrap().to_owned())
        .collect();
    assert!(categories.len() >= 6, "categories: {categories:?}");
    for design in &designs {
        let thumb = app
            .get(design["image"]["thumb_url"].as_str().unwrap())
            .await;
        assert_eq!(thumb.status(), 200);
    }
}

#[tokio::test]
async fn new_lists_the_newest_first() {
    let app = demo_app().await;
    let designs = items(&app.get_json("/api/designs?sort=new&limit=100").await);
    let created: Vec<String> = designs
        .iter()
        .map(|d| d["created_at"].as_str().unwrap().to_owned())
        .collect();
    assert!(is_descending(&created), "{created:?}");
}

#[tokio::test]
async fn top_lists_the_most_liked_first() {
    let app = demo_app().await;
    let designs = items(&app.get_json("/api/designs?sort=top&limit=100").await);
    assert!(is_descending(&numbers(&designs, "likes")));
}

#[tokio::test]
async fn near_goal_lists_voting_designs_by_how_close_they_are() {
    let app = demo_app().await;
    let designs = items(&app.get_json("/api/designs?sort=near_goal&limit=100").await);
    assert!(!designs.is_empty());
    assert!(designs.iter().all(|d| d["status"] == "voting"));
    let fractions: Vec<f64> = designs
        .iter()
        .map(|d| d["likes"].as_f64().unwrap() / d["goal"].as_f64().unwrap())
        .collect();
    assert!(is_descending(&fractions), "{fractions:?}");
}

#[tokio::test]
async fn trending_is_the_default_and_follows_the_shared_formula() {
    let app = demo_app().await;
    let default = items(&app.get_json("/api/designs?limit=100").await);
    let trending = items(&app.get_json("/api/designs?sort=trending&limit=100").await);
    assert_eq!(numbers(&default, "id"), numbers(&trending, "id"));
    let now = time::OffsetDateTime::now_utc();
    let scores: Vec<f64> = trending
        .iter()
        .map(|d| {
            let created = time::OffsetDateTime::parse(
                d["created_at"].as_str().unwrap(),
                &time::format_description::well_known::Rfc3339,
            )
            .unwrap();
            let age_hours = (now - created).as_seconds_f64() / 3600.0;
            cocrea_api::ranking::trending_score(d["likes"].as_i64().unwrap(), age_hours)
        })
        .collect();
    // Allow for the moments between the server's clock and ours.
    assert!(
        scores.windows(2).all(|pair| pair[0] >= pair[1] * 0.999),
        "{scores:?}"
    );
}

#[tokio::test]
async fn a_category_filter_keeps_only_that_category() {
    let app = demo_app().await;
    let designs = items(
        &app.get_json("/api/designs?category=dresses&limit=100")
            .await,
    );
    assert!(!designs.is_empty());
    assert!(designs.iter().all(|d| d["category"] == "dresses"));
}

#[tokio::test]
async fn search_matches_every_word_in_title_or_description_ignoring_case() {
    let app = spawn_app().await;
    app.submit_valid("Midnight velvet blazer").await;
    app.submit_valid("Velvet slip skirt").await;
    app.submit_valid("Cotton tee").await;
    let titles = |page: Value| -> Vec<String> {
        items(&page)
            .iter()
            .map(|d| d["title"].as_str().unwrap().to_owned())
            .collect()
    };
    let velvet = titles(app.get_json("/api/designs?q=VELVET&sort=new").await);
    assert_eq!(velvet, ["Velvet slip skirt", "Midnight velvet blazer"]);
    let both = titles(app.get_json("/api/designs?q=velvet%20midnight").await);
    assert_eq!(both, ["Midnight velvet blazer"]);
    let by_description = titles(app.get_json("/api/designs?q=tie%20belt&sort=new").await);
    assert_eq!(
        by_description.len(),
        3,
        "every test design has that description"
    );
    let wildcard = titles(app.get_json("/api/designs?q=%25").await);
    assert!(wildcard.is_empty(), "% is a character, not a wildcard");
}

#[tokio::test]
async fn cursor_pages_cover_every_design_once_in_order() {
    let app = demo_app().await;
    for sort in ["trending", "new", "top", "near_goal"] {
        let everything = numbers(
            &items(
                &app.get_json(&format!("/api/designs?sort={sort}&limit=100"))
                    .await,
            ),
            "id",
        );
        let mut walked = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let path = match &cursor {
                Some(c) => format!("/api/designs?sort={sort}&limit=5&cursor={c}"),
                None => format!("/api/designs?sort={sort}&limit=5"),
            };
            let page = app.get_json(&path).await;
            walked.extend(numbers(&items(&page), "id"));
            match page["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => break,
            }
        }
        assert_eq!(walked, everything, "{sort}");
    }
}

#[tokio::test]
async fn bad_listing_parameters_are_refused_with_400() {
    let app = spawn_app().await;
    for path in [
        "/api/designs?sort=random",
        "/api/designs?category=hats",
        "/api/designs?limit=0",
        "/api/designs?limit=101",
        "/api/designs?limit=many",
    ] {
        assert_error(app.get(path).await, 400, "bad_request").await;
    }
    assert_error(
        app.get("/api/designs?cursor=garbage").await,
        400,
        "invalid_cursor",
    )
    .await;
    let long = "a".repeat(201);
    assert_error(
        app.get(&format!("/api/designs?q={long}")).await,
        400,
        "bad_request",
    )
    .await;
}

#[tokio::test]
async fn a_cursor_from_another_order_is_refused() {
    let app = demo_app().await;
    let page = app.get_json("/api/designs?sort=new&limit=2").await;
    let cursor = page["next_cursor"].as_str().unwrap();
    assert_error(
        app.get(&format!("/api/designs?sort=top&cursor={cursor}"))
            .await,
        400,
        "invalid_cursor",
    )
    .await;
}
