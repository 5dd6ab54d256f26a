//! The brand's insights and the CSV export of every design.

use reqwest::multipart::Form;
use serde_json::Value;

use crate::helpers::{assert_error, image_part, png, spawn_app_with, TestApp};

/// Submits a valid design with this title and category; returns it.
async fn submit_in(app: &TestApp, title: &str, category: &str) -> Value {
    let form = Form::new()
        .text("title", title.to_owned())
        .text("description", "Boxy cut, dropped shoulders.")
        .text("category", category.to_owned())
        .part("image", image_part(png(48, 48), "design.png", "image/png"));
    let response = app.submit(form).await;
    assert_eq!(response.status(), 201, "submitting {title:?}");
    response.json().await.unwrap()
}

/// Likes a design as a new shopper, optionally through a store's tag.
async fn like_as_new_shopper(app: &TestApp, email: &str, design: &Value, store: Option<&str>) {
    let shopper = app.new_shopper(email).await;
    let mut url = format!("{}/api/designs/{}/like", app.url, design["id"]);
    if let Some(code) = store {
        url.push_str(&format!("?store={code}"));
    }
    let response = shopper.put(url).send().await.unwrap();
    assert_eq!(response.status(), 200, "like by {email}");
}

fn utc_today() -> String {
    let today = time::OffsetDateTime::now_utc().date();
    today
        .format(time::macros::format_description!("[year]-[month]-[day]"))
        .unwrap()
}

#[tokio::test]
async fn insights_and_export_answer_401_to_visitors_and_403_to_shoppers() {
    let app = spawn_app_with(|_| {}).await;
    let shopper = app.new_shopper("bo@example.com").await;
    let admin = app.new_admin("boss@example.com").await;
    for path in ["/api/admin/insights", "/api/admin/export.csv"] {
        let url = format!("{}{path}", app.url);
        let visitor = app.anonymous().get(&url).send().await.unwrap();
        assert_error(visitor, 401, "unauthorized").await;
        let plain = shopper.get(&url).send().await.unwrap();
        assert_error(plain, 403, "forbidden").await;
        let staff = admin.get(&url).send().await.unwrap();
        assert_eq!(staff.status(), 200, "an admin may GET {path}");
    }
}

#[tokio::test]
async fn insights_count_the_likes_made_by_day_category_and_store() {
    let app = spawn_app_with(|config| config.like_goal = 2).await;
    let admin = app.new_admin("boss@example.com").await;
    let dress = submit_in(&app, "Linen wrap dress", "dresses").await;
    let boots = submit_in(&app, "Chelsea boots", "shoes").await;
    submit_in(&app, "Nobody likes this scarf", "accessories").await;
    like_as_new_shopper(&app, "a@example.com", &dress, None).await;
    like_as_new_shopper(&app, "b@example.com", &dress, Some("berlin-mitte")).await;
    like_as_new_shopper(&app, "c@example.com", &boots, None).await;

    let before = utc_today();
    let response = admin
        .get(format!("{}/api/admin/insights", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let insights: Value = response.json().await.unwrap();
    let after = utc_today();

    let days = insights["likes_per_day"].as_array().unwrap();
    assert_eq!(days.len(), 30, "30 days, zero-filled");
    let last_day = days[29]["date"].as_str().unwrap();
    assert!(
        last_day == before || last_day == after,
        "the last day is today (UTC)"
    );
    let sum = |list: &[Value]| {
        list.iter()
            .map(|e| e["count"].as_i64().unwrap())
            .sum::<i64>()
    };
    assert_eq!(sum(days), 3, "{days:?}");
    assert!(days
        .windows(2)
        .all(|pair| pair[0]["date"].as_str() < pair[1]["date"].as_str()));

    let categories = insights["likes_by_category"].as_array().unwrap();
    assert_eq!(categories.len(), 8, "every category, zero-filled");
    let count_of = |slug: &str| {
        categories
            .iter()
            .find(|entry| entry["category"] == slug)
            .map(|entry| entry["count"].as_i64().unwrap())
    };
    assert_eq!(count_of("dresses"), Some(2));
    assert_eq!(count_of("shoes"), Some(1));
    assert_eq!(count_of("accessories"), Some(0));
    assert_eq!(count_of("knitwear"), Some(0));

    assert_eq!(
        insights["likes_by_store"],
        serde_json::json!([
            {"store": "online", "count": 2},
            {"store": "berlin-mitte", "count": 1},
        ])
    );

    let top = insights["top_designs"].as_array().unwrap();
    let top_ids: Vec<&Value> = top.iter().map(|design| &design["id"]).collect();
    assert_eq!(
        top_ids,
        [&dress["id"], &boots["id"]],
        "best first, liked only"
    );
    assert_eq!(top[0]["likes"], 2);
    assert_eq!(top[0]["status"], "goal_reached");

    let weeks = insights["submissions_per_week"].as_array().unwrap();
    assert_eq!(weeks.len(), 12, "12 weeks, zero-filled");
    assert_eq!(sum(weeks), 3);
    let first_monday = time::Date::parse(
        weeks[0]["date"].as_str().unwrap(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .unwrap();
    assert_eq!(first_monday.weekday(), time::Weekday::Monday);

    assert_eq!(insights["goals_reached"], 1);
    assert_eq!(insights["designs"], 3);
}

#[tokio::test]
async fn insights_of_an_empty_catalogue_are_all_zero() {
    let app = spawn_app_with(|_| {}).await;
    let admin = app.new_admin("boss@example.com").await;
    let insights: Value = admin
        .get(format!("{}/api/admin/insights", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(insights["likes_per_day"].as_array().unwrap().len(), 30);
    assert_eq!(insights["likes_by_category"].as_array().unwrap().len(), 8);
    assert_eq!(insights["likes_by_store"], serde_json::json!([]));
    assert_eq!(insights["top_designs"], serde_json::json!([]));
    assert_eq!(insights["designs"], 0);
    assert_eq!(insights["goals_reached"], 0);
}

#[tokio::test]
async fn the_export_has_a_header_and_one_quoted_row_per_design() {
    let app = spawn_app_with(|_| {}).await;
    let admin = app.new_admin("boss@example.com").await;
    let tricky = r#"Wrap "dress", <b>linen</b> & more"#;
    let formula = r#"=HYPERLINK("http://evil.example","click")"#;
    let first = submit_in(&app, tricky, "dresses").await;
    let second = submit_in(&app, formula, "tops").await;
    let third = submit_in(&app, "+cmd|' /C calc'!A0", "skirts").await;
    like_as_new_shopper(&app, "a@example.com", &first, None).await;

    let response = admin
        .get(format!("{}/api/admin/export.csv", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    assert_eq!(
        response.headers()["content-disposition"],
        r#"attachment; filename="cocrea-designs.csv""#
    );
    let body = response.bytes().await.unwrap();

    let mut reader = csv::Reader::from_reader(body.as_ref());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "id",
            "title",
            "description",
            "category",
            "designer",
            "likes",
            "goal",
            "status",
            "hidden",
            "created_at",
            "intents",
            "intents_by_size"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3, "one row per design");

    assert_eq!(rows[0][0], first["id"].to_string());
    assert_eq!(&rows[0][1], tricky, "markup, quotes and commas round-trip");
    assert_eq!(&rows[0][2], "Boxy cut, dropped shoulders.");
    assert_eq!(&rows[0][3], "dresses");
    assert_eq!(&rows[0][4], first["designer"]["name"].as_str().unwrap());
    assert_eq!(&rows[0][5], "1");
    assert_eq!(rows[0][6], first["goal"].to_string());
    assert_eq!(&rows[0][7], "voting");
    assert_eq!(&rows[0][8], "false");
    assert_eq!(&rows[0][9], first["created_at"].as_str().unwrap());

    assert_eq!(rows[1][0], second["id"].to_string());
    assert_eq!(
        rows[1][1],
        format!("'{formula}"),
        "a formula is neutralised"
    );
    assert_eq!(rows[2][0], third["id"].to_string());
    assert!(rows[2][1].starts_with("'+"), "{:?}", &rows[2][1]);
}
