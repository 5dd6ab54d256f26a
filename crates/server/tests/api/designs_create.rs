use std::time::Instant;

use image::ImageFormat;
use reqwest::multipart::Form;

use crate::helpers::{assert_error, design_form, encoded, image_part, png, spawn_app};

#[tokio::test]
async fn a_png_design_is_stored_and_answered_with_201() {
    let app = spawn_app().await;
    let response = app
        .submit(design_form("Sunset wrap dress", Some(png(300, 200))))
        .await;
    assert_eq!(response.status(), 201);
    let design: serde_json::Value = response.json().await.unwrap();
    assert_eq!(design["title"], "Sunset wrap dress");
    assert_eq!(design["category"], "dresses");
    assert_eq!(design["image"]["width"], 300);
    assert_eq!(design["image"]["height"], 200);
    assert_eq!(
        app.stored_image_files().await,
        2,
        "full image and thumbnail"
    );
}

#[tokio::test]
async fn jpeg_and_webp_designs_are_accepted_too() {
    let app = spawn_app().await;
    for (format, name, mime) in [
        (ImageFormat::Jpeg, "photo.jpg", "image/jpeg"),
        (ImageFormat::WebP, "photo.webp", "image/webp"),
    ] {
        let form = design_form(&format!("Design in {name}"), None)
            .part("image", image_part(encoded(120, 90, format), name, mime));
        let response = app.submit(form).await;
        assert_eq!(response.status(), 201, "{name}");
    }
}

#[tokio::test]
async fn the_type_is_read_from_the_bytes_not_the_name_or_header() {
    let app = spawn_app().await;
    let form = design_form("Misnamed but real", None).part(
        "image",
        image_part(
            encoded(80, 80, ImageFormat::Jpeg),
            "design.txt",
            "text/plain",
        ),
    );
    assert_eq!(app.submit(form).await.status(), 201);
}

#[tokio::test]
async fn a_large_image_is_scaled_to_a_bounded_size() {
    let app = spawn_app().await;
    let response = app
        .submit(design_form("Big print", Some(png(3000, 1500))))
        .await;
    assert_eq!(response.status(), 201);
    let design: serde_json::Value = response.json().await.unwrap();
    assert_eq!(design["image"]["width"], 2048);
    assert_eq!(design["image"]["height"], 1024);
}

#[tokio::test]
async fn a_text_file_named_png_is_refused_with_415_and_nothing_is_stored() {
    let app = spawn_app().await;
    let form = design_form("Not a picture", None).part(
        "image",
        image_part(
            b"just some words, not pixels".to_vec(),
            "design.png",
            "image/png",
        ),
    );
    let body = assert_error(app.submit(form).await, 415, "unsupported_image_type").await;
    assert_eq!(body["field"], "image");
    app.assert_nothing_stored().await;
}

#[tokio::test]
async fn a_truncated_image_is_refused_with_422_and_nothing_is_stored() {
    let app = spawn_app().await;
    let mut bytes = png(400, 400);
    bytes.truncate(bytes.len() / 2);
    let body = assert_error(
        app.submit(design_form("Half a picture", Some(bytes))).await,
        422,
        "invalid_image",
    )
    .await;
    assert_eq!(body["field"], "image");
    app.assert_nothing_stored().await;
}

#[tokio::test]
async fn an_11_mb_file_is_refused_with_413_and_nothing_is_stored() {
    let app = spawn_app().await;
    let mut bytes = png(16, 16);
    bytes.resize(11 * 1024 * 1024, 0);
    let response = app.submit(design_form("Too heavy", Some(bytes))).await;
    assert_error(response, 413, "payload_too_large").await;
    app.assert_nothing_stored().await;
}

#[tokio::test]
async fn a_png_claiming_100000_pixels_square_is_refused_quickly() {
    let app = spawn_app().await;
    let started = Instant::now();
    let response = app
        .submit(design_form(
            "Decompression bomb",
            Some(png_header(100_000, 100_000)),
        ))
        .await;
    let body = assert_error(response, 422, "image_dimensions_too_large").await;
    assert_eq!(body["field"], "image");
    // Generous: the point is that it is not decoded (which would take minutes and 40 GB).
    assert!(started.elapsed().as_secs() < 10);
    app.assert_nothing_stored().await;
}

#[tokio::test]
async fn a_two_character_title_is_refused_with_422_on_the_title_field() {
    let app = spawn_app().await;
    let body = assert_error(
        app.submit(design_form("ab", Some(png(32, 32)))).await,
        422,
        "too_short",
    )
    .await;
    assert_eq!(body["field"], "title");
    app.assert_nothing_stored().await;
}

#[tokio::test]
async fn an_unknown_category_is_refused_with_422() {
    let app = spawn_app().await;
    let form = Form::new()
        .text("title", "Bucket hat")
        .text("category", "hats")
        .part("image", image_part(png(32, 32), "a.png", "image/png"));
    let body = assert_error(app.submit(form).await, 422, "unknown_category").await;
    assert_eq!(body["field"], "category");
    app.assert_nothing_stored().await;
}

#[tokio::test]
async fn a_form_without_an_image_is_refused_with_422() {
    let app = spawn_app().await;
    let body = assert_error(
        app.submit(design_form("No picture", None)).await,
        422,
        "missing_field",
    )
    .await;
    assert_eq!(body["field"], "image");
    app.assert_nothing_stored().await;
}

#[tokio::test]
async fn a_design_is_submitted_under_the_signed_in_account() {
    let app = spawn_app().await;
    let me = app.get_json("/api/me").await;
    let design = app.submit_valid("Under my name").await;
    assert_eq!(design["designer"]["id"], me["id"]);
    assert_eq!(design["designer"]["name"], "Ana Souza");
}

#[tokio::test]
async fn submitting_without_signing_in_is_refused_with_401() {
    let app = spawn_app().await;
    let response = app
        .anonymous()
        .post(format!("{}/api/designs", app.url))
        .multipart(design_form("Anonymous", Some(png(32, 32))))
        .send()
        .await
        .unwrap();
    assert_error(response, 401, "unauthorized").await;
    app.assert_nothing_stored().await;
}

#[tokio::test]
async fn malformed_multipart_is_refused_with_400() {
    let app = spawn_app().await;
    let garbage = app
        .client
        .post(format!("{}/api/designs", app.url))
        .header("content-type", "multipart/form-data; boundary=XYZ")
        .body("this is not --XYZ multipart at all")
        .send()
        .await
        .unwrap();
    assert_error(garbage, 400, "malformed_multipart").await;

    let no_boundary = app
        .client
        .post(format!("{}/api/designs", app.url))
        .header("content-type", "multipart/form-data")
        .body("--")
        .send()
        .await
        .unwrap();
    assert_error(no_boundary, 400, "malformed_multipart").await;
    app.assert_nothing_stored().await;
}

#[tokio::test]
async fn a_json_body_is_refused_with_400_and_a_hint() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(format!("{}/api/designs", app.url))
        .json(&serde_json::json!({"title": "JSON dress"}))
        .send()
        .await
        .unwrap();
    assert_error(response, 400, "malformed_multipart").await;
    app.assert_nothing_stored().await;
}

/// A PNG that is only a signature and a header claiming the given size.
fn png_header(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(b"IHDR");
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]); // 8-bit RGBA, no interlace
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend_from_slice(&13u32.to_be_bytes());
    bytes.extend_from_slice(&ihdr);
    bytes.extend_from_slice(&crc32(&ihdr).to_be_bytes());
    // A little zlib data that would inflate to a huge image if anyone tried.
    bytes.extend_from_slice(&[0, 0, 0, 0]);
    bytes
}

/// The CRC-32 PNG chunks carry.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[tokio::test]
async fn an_image_under_600_pixels_on_its_short_side_is_refused_with_422_and_nothing_is_stored() {
    let app = crate::helpers::spawn_app_with(|config| config.min_image_side = 600).await;
    let response = app
        .submit(design_form("Tiny red square", Some(png(900, 599))))
        .await;
    let body = assert_error(response, 422, "image_too_small").await;
    assert_eq!(body["field"], "image");
    app.assert_nothing_stored().await;
    let response = app
        .submit(design_form("Big enough", Some(png(600, 800))))
        .await;
    assert_eq!(response.status(), 201);
}
