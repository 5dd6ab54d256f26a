//! After the goal: "notify me when it's in store" and "I'd buy it" in a size; one
//! per account and design, validated, and counted in the brand's insights and CSV.

use reqwest::multipart::Form;
use serde_json::{json, Value};

use crate::helpers::{assert_error, image_part, png, spawn_app_with, TestApp};

/// Submits a design in a category as the app's designer; returns its id.
async fn submit_in(app: &TestApp, title: &str, category: &str) -> i64 {
    let form = Form::new()
        .text("title", title.to_owned())
        .text("description", "Made to be worn.")
        .text("category", category.to_owned())
        .part("image", image_part(png(48, 48), "design.png", "image/png"));
    let response = app.submit(form).await;
    assert_eq!(response.status(), 201, "submitting {title:?}");
    response.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap()
}

/// Likes a design as a new shopper (one like reaches the goal of 1).
async fn reach_goal(app: &TestApp, id: i64, email: &str) {
    let fan = app.new_shopper(email).await;
    let response = fan
        .put(format!("{}/api/designs/{id}/like", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        app.get_json(&format!("/api/designs/{id}")).await["status"],
        "goal_reached"
    );
}

async fn put_intent(
    app: &TestApp,
    client: &reqwest::Client,
    id: i64,
    body: Value,
) -> reqwest::Response {
    client
        .put(format!("{}/api/designs/{id}/intent", app.url))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn my_intent(app: &TestApp, client: &reqwest::Client, id: i64) -> Value {
    let response = client
        .get(format!("{}/api/designs/{id}/intent", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// The insights' intents, as `[design_id, size, count]`.
async fn insight_intents(app: &TestApp, admin: &reqwest::Client) -> Vec<(i64, Value, i64)> {
    let insights: Value = admin
        .get(format!("{}/api/admin/insights", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    insights["intents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["design_id"].as_i64().unwrap(),
                row["size"].clone(),
                row["count"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn intents_are_for_signed_in_shoppers_on_designs_past_the_goal_in_their_sizes() {
    let app = spawn_app_with(|config| config.like_goal = 1).await;
    let dress = submit_in(&app, "Linen wrap dress", "dresses").await;
    let boots = submit_in(&app, "Chelsea boots", "shoes").await;
    let shopper = app.new_shopper("bo@example.com").await;

    // Still voting: not yet.
    let response = put_intent(&app, &shopper, dress, json!({"size": "M"})).await;
    assert_error(response, 409, "conflict").await;
    reach_goal(&app, dress, "fan1@example.com").await;
    reach_goal(&app, boots, "fan2@example.com").await;

    let visitor = app.anonymous();
    let response = put_intent(&app, &visitor, dress, json!({"size": "M"})).await;
    assert_error(response, 401, "unauthorized").await;
    let response = visitor
        .get(format!("{}/api/designs/{dress}/intent", app.url))
        .send()
        .await
        .unwrap();
    assert_error(response, 401, "unauthorized").await;

    for (id, size) in [
        (dress, "XXXL"),
        (dress, "42"),
        (boots, "M"),
        (boots, "47"),
        (dress, ""),
    ] {
        let response = put_intent(&app, &shopper, id, json!({"size": size})).await;
        let body = assert_error(response, 400, "bad_request").await;
        assert_eq!(body["field"], "size", "{size} on {id}");
    }
    let response = shopper
        .put(format!("{}/api/designs/{dress}/intent", app.url))
        .header("content-type", "application/json")
        .body("{\"size\": 3")
        .send()
        .await
        .unwrap();
    assert_error(response, 400, "malformed_json").await;
    let response = put_intent(&app, &shopper, 999_999, json!({"size": "M"})).await;
    assert_error(response, 404, "not_found").await;
    assert_eq!(
        my_intent(&app, &shopper, dress).await,
        json!({"wanted": false, "size": null, "sizes": ["XS", "S", "M", "L", "XL", "XXL"]}),
        "nothing was recorded"
    );
    let sizes = my_intent(&app, &shopper, boots).await["sizes"].clone();
    assert_eq!(sizes[0], "35");
    assert_eq!(sizes[11], "46");

    let response = put_intent(&app, &shopper, boots, json!({"size": "38"})).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.json::<Value>().await.unwrap()["size"], "38");
}

#[tokio::test]
async fn one_intent_per_account_changes_with_the_size_and_can_be_withdrawn() {
    let app = spawn_app_with(|config| config.like_goal = 1).await;
    let admin = app.new_admin("boss@example.com").await;
    let dress = submit_in(&app, "Linen wrap dress", "dresses").await;
    reach_goal(&app, dress, "fan@example.com").await;
    let shopper = app.new_shopper("bo@example.com").await;

    let response = put_intent(&app, &shopper, dress, json!({})).await;
    assert_eq!(response.status(), 200, "notify me, no size");
    assert_eq!(my_intent(&app, &shopper, dress).await["wanted"], true);
    assert_eq!(
        insight_intents(&app, &admin).await,
        [(dress, Value::Null, 1)]
    );

    assert_eq!(
        put_intent(&app, &shopper, dress, json!({"size": "M"}))
            .await
            .status(),
        200
    );
    assert_eq!(
        put_intent(&app, &shopper, dress, json!({"size": "L"}))
            .await
            .status(),
        200
    );
    let mine = my_intent(&app, &shopper, dress).await;
    assert_eq!(
        (mine["wanted"].clone(), mine["size"].clone()),
        (json!(true), json!("L"))
    );
    assert_eq!(
        insight_intents(&app, &admin).await,
        [(dress, json!("L"), 1)],
        "changing the size updates the one intent"
    );

    // In production: still open.
    let response = admin
        .post(format!("{}/api/admin/designs/{dress}/status", app.url))
        .json(&json!({"status": "in_production"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        put_intent(&app, &shopper, dress, json!({"size": "S"}))
            .await
            .status(),
        200
    );

    for _ in 0..2 {
        let response = shopper
            .delete(format!("{}/api/designs/{dress}/intent", app.url))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 204, "withdrawing, again too");
    }
    assert_eq!(my_intent(&app, &shopper, dress).await["wanted"], false);
    assert!(insight_intents(&app, &admin).await.is_empty());

    // In store: too late for "notify me".
    let response = admin
        .post(format!("{}/api/admin/designs/{dress}/status", app.url))
        .json(&json!({"status": "in_store"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let response = put_intent(&app, &shopper, dress, json!({"size": "S"})).await;
    assert_error(response, 409, "conflict").await;
}

#[tokio::test]
async fn insights_and_the_csv_show_intents_by_design_and_size() {
    let app = spawn_app_with(|config| config.like_goal = 1).await;
    let admin = app.new_admin("boss@example.com").await;
    let dress = submit_in(&app, "Linen wrap dress", "dresses").await;
    let boots = submit_in(&app, "Chelsea boots", "shoes").await;
    let scarf = submit_in(&app, "=Wool scarf", "accessories").await;
    for (id, email) in [
        (dress, "f1@example.com"),
        (boots, "f2@example.com"),
        (scarf, "f3@example.com"),
    ] {
        reach_goal(&app, id, email).await;
    }
    let wishes = [
        (dress, Some("M")),
        (dress, Some("M")),
        (dress, Some("S")),
        (dress, None),
        (boots, Some("38")),
        (scarf, Some("one_size")),
    ];
    for (n, (id, size)) in wishes.into_iter().enumerate() {
        let shopper = app.new_shopper(&format!("s{n}@example.com")).await;
        let response = put_intent(&app, &shopper, id, json!({ "size": size })).await;
        assert_eq!(response.status(), 200);
    }

    assert_eq!(
        insight_intents(&app, &admin).await,
        [
            (dress, json!("M"), 2),
            (dress, Value::Null, 1),
            (dress, json!("S"), 1),
            (boots, json!("38"), 1),
            (scarf, json!("one_size"), 1),
        ],
        "most first, then by design"
    );

    let response = admin
        .get(format!("{}/api/admin/export.csv", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(&header[10..], ["intents", "intents_by_size"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = |id: i64| {
        rows.iter()
            .find(|row| row[0] == id.to_string())
            .unwrap_or_else(|| panic!("a row for design {id}"))
    };
    assert_eq!(
        (&row(dress)[10], &row(dress)[11]),
        ("4", "M=2; notify_only=1; S=1")
    );
    assert_eq!((&row(boots)[10], &row(boots)[11]), ("1", "38=1"));
    assert_eq!(&row(scarf)[1], "'=Wool scarf");
    assert_eq!(&row(scarf)[11], "one_size=1");
}
