use crate::helpers::{assert_error, spawn_app};

#[tokio::test]
async fn stored_images_are_jpeg_with_an_etag_and_a_long_cache_lifetime() {
    let app = spawn_app().await;
    let design = app.submit_valid("Cached image").await;
    for key in ["url", "thumb_url"] {
        let url = design["image"][key].as_str().unwrap();
        let response = app.get(url).await;
        assert_eq!(response.status(), 200, "{url}");
        assert_eq!(response.headers()["content-type"], "image/jpeg");
        assert!(response.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age=31536000"));
        let etag = response.headers()["etag"].to_str().unwrap().to_owned();
        let bytes = response.bytes().await.unwrap();
        assert_eq!(&bytes[..2], &[0xFF, 0xD8], "a JPEG");

        let again = app
            .client
            .get(format!("{}{url}", app.url))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304);
    }
}

#[tokio::test]
async fn unknown_or_crafted_image_names_are_a_json_404() {
    let app = spawn_app().await;
    for name in [
        "nothing.jpg",
        "..%2Fcocrea.sqlite3",
        &format!("{}.jpg", "0".repeat(64)),
    ] {
        assert_error(
            app.get(&format!("/api/images/{name}")).await,
            404,
            "not_found",
        )
        .await;
    }
}
