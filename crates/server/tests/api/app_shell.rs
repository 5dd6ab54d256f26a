use crate::helpers::spawn_app;

#[tokio::test]
async fn deep_links_into_the_app_get_its_index_page() {
    let app = spawn_app().await;
    for path in ["/", "/designs/12", "/submit?x=1"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache");
        assert!(response.text().await.unwrap().contains("cocrea test shell"));
    }
}
