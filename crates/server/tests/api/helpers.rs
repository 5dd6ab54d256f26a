//! Starting a server for a test, and the inputs tests send it.

use std::io::Cursor;

use cocrea_server::storage::Store;
use cocrea_server::{Application, Config};
use reqwest::multipart::{Form, Part};
use reqwest::Response;
use serde_json::Value;
use tempfile::TempDir;

pub use crate::test_database::TestDatabase;

/// A running server with its own database; stopped when dropped with the runtime.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// A client for it.
    pub client: reqwest::Client,
    /// The server's store, to look at what it keeps.
    pub store: Store,
    /// The database (removed on drop, after the store).
    pub db: TestDatabase,
    /// A tiny stand-in for the built app.
    pub dist_dir: TempDir,
}

/// Starts a server on port 0 with a fresh database.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// A directory with a stand-in `index.html` for the built app.
pub fn stand_in_dist() -> TempDir {
    let dist_dir = TempDir::new().unwrap();
    std::fs::write(
        dist_dir.path().join("index.html"),
        "<!doctype html><title>cocrea test shell</title>",
    )
    .unwrap();
    dist_dir
}

/// Test settings for a server on `db`, with a stand-in app in `dist_dir`.
pub fn test_config(db: &TestDatabase, dist_dir: &TempDir) -> Config {
    let mut config = Config::for_tests(db.data_dir.path(), dist_dir.path());
    db.configure(&mut config);
    config
}

/// Starts a server on port 0 with a fresh database and adjusted settings.
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
    let db = TestDatabase::new().await;
    let dist_dir = stand_in_dist();
    let mut config = test_config(&db, &dist_dir);
    adjust(&mut config);
    let application = Application::build(config).await.expect("the server starts");
    let url = application.url();
    let store = application.store();
    tokio::spawn(application.run_until_stopped());
    let app = TestApp {
        url,
        client: new_client(),
        store,
        db,
        dist_dir,
    };
    app.sign_up(&app.client, "Ana Souza", "ana@example.com")
        .await;
    app
}

/// A client that keeps cookies, like a browser.
pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap()
}

/// The password every test account uses.
pub const PASSWORD: &str = "linen-and-wool-2026";

impl TestApp {
    /// Signs a client up (and so in) with a new account; returns the account.
    pub async fn sign_up(&self, client: &reqwest::Client, name: &str, email: &str) -> Value {
        let response = client
            .post(format!("{}/api/auth/signup", self.url))
            .json(&serde_json::json!({"name": name, "email": email, "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201, "sign-up of {email}");
        response.json().await.unwrap()
    }

    /// A new client signed in as a new account with this email.
    pub async fn new_shopper(&self, email: &str) -> reqwest::Client {
        let client = new_client();
        self.sign_up(&client, "Shopper", email).await;
        client
    }

    /// Makes the account with this email an admin, as `cocrea-server admin grant` does.
    pub async fn make_admin(&self, email: &str) {
        let config = test_config(&self.db, &self.dist_dir);
        let action = cocrea_server::cli::AdminAction::Grant {
            email: email.to_owned(),
        };
        cocrea_server::cli::run_admin(&config, action)
            .await
            .unwrap();
    }

    /// A new client signed in as a new admin with this email.
    pub async fn new_admin(&self, email: &str) -> reqwest::Client {
        let client = self.new_shopper(email).await;
        self.make_admin(email).await;
        client
    }

    /// A client with no session.
    pub fn anonymous(&self) -> reqwest::Client {
        new_client()
    }

    /// GET a path and return the response.
    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(format!("{}{path}", self.url))
            .send()
            .await
            .unwrap()
    }

    /// GET a path that must answer 200 with JSON.
    pub async fn get_json(&self, path: &str) -> Value {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.json().await.unwrap()
    }

    /// POST a design form.
    pub async fn submit(&self, form: Form) -> Response {
        self.client
            .post(format!("{}/api/designs", self.url))
            .multipart(form)
            .send()
            .await
            .unwrap()
    }

    /// Submits a valid design with this title and returns it.
    pub async fn submit_valid(&self, title: &str) -> Value {
        let response = self.submit(design_form(title, Some(png(64, 48)))).await;
        assert_eq!(response.status(), 201);
        response.json().await.unwrap()
    }

    /// How many image files (full images and thumbnails) are stored.
    pub async fn stored_image_files(&self) -> i64 {
        self.store.count_image_files().await.unwrap()
    }

    /// Asserts that no design and no image file is stored.
    pub async fn assert_nothing_stored(&self) {
        let page = self.get_json("/api/designs?sort=new").await;
        assert_eq!(
            page["items"].as_array().unwrap().len(),
            0,
            "no design stored"
        );
        assert_eq!(self.stored_image_files().await, 0, "no image file stored");
    }
}

/// A form with valid text fields and the given image (bytes only).
pub fn design_form(title: &str, image: Option<Vec<u8>>) -> Form {
    let form = Form::new()
        .text("title", title.to_owned())
        .text("description", "Linen wrap dress with a tie belt.")
        .text("category", "dresses");
    match image {
        Some(bytes) => form.part("image", image_part(bytes, "design.png", "image/png")),
        None => form,
    }
}

/// A file part with a name and a declared type (which the server must not trust).
pub fn image_part(bytes: Vec<u8>, file_name: &str, mime: &str) -> Part {
    Part::bytes(bytes)
        .file_name(file_name.to_owned())
        .mime_str(mime)
        .unwrap()
}

/// Encodes a gradient image in the given format.
pub fn encoded(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut bytes = Cursor::new(Vec::new());
    picture.write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

/// A PNG of the given size.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    encoded(width, height, image::ImageFormat::Png)
}

/// Asserts the JSON error shape and returns the body.
pub async fn assert_error(response: Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status(), status, "status");
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "JSON, got {content_type}"
    );
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], code, "error code in {body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "a message in {body}"
    );
    body
}
