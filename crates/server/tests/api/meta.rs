use crate::helpers::{assert_error, spawn_app};

#[tokio::test]
async fn health_answers_ok_with_the_version() {
    let app = spawn_app().await;
    let health = app.get_json("/api/health").await;
    assert_eq!(health["status"], "ok");
    assert_eq!(health["version"], env!("CARGO_PKG_VERSION"));
}

#[tokio::test]
async fn categories_lists_the_fixed_categories_with_labels() {
    let app = spawn_app().await;
    let categories = app.get_json("/api/categories").await;
    let categories = categories.as_array().unwrap();
    assert_eq!(categories.len(), cocrea_api::Category::ALL.len());
    assert_eq!(categories[0]["slug"], "dresses");
    assert_eq!(categories[0]["label"], "Dresses");
}

#[tokio::test]
async fn the_openapi_document_describes_every_endpoint() {
    let app = spawn_app().await;
    let document = app.get_json("/api/openapi.json").await;
    assert!(document["openapi"].as_str().unwrap().starts_with("3."));
    let paths = document["paths"].as_object().unwrap();
    for path in [
        "/api/health",
        "/api/categories",
        "/api/designs",
        "/api/designs/{id}",
        "/api/images/{name}",
    ] {
        assert!(paths.contains_key(path), "{path} is described");
    }
    assert!(paths["/api/designs"]["post"]["requestBody"]["content"]
        .get("multipart/form-data")
        .is_some());
    assert!(document["components"]["schemas"].get("Design").is_some());
}

#[tokio::test]
async fn an_unknown_api_path_is_a_json_404() {
    let app = spawn_app().await;
    assert_error(app.get("/api/nothing-here").await, 404, "not_found").await;
}

#[tokio::test]
async fn a_wrong_method_is_a_json_405() {
    let app = spawn_app().await;
    let response = app
        .client
        .delete(format!("{}/api/health", app.url))
        .send()
        .await
        .unwrap();
    assert_error(response, 405, "method_not_allowed").await;
}
