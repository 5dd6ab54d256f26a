//! The real binary, killed without warning, keeps what it acknowledged.

use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::helpers::{design_form, png};

/// Starts the server binary on port 0 and returns it with its URL.
async fn start_binary(data_dir: &std::path::Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cocrea-server"))
        .args(["--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data_dir)
        .args(["--dist-dir", "does-not-exist"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("the server binary starts");
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let line = tokio::time::timeout(Duration::from_secs(30), lines.next_line())
        .await
        .expect("the server prints its address in time")
        .unwrap()
        .expect("a line on stdout");
    let url = line
        .split_whitespace()
        .find(|word| word.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("an address in {line:?}"))
        .to_owned();
    (child, url)
}

#[tokio::test]
async fn designs_survive_a_killed_server() {
    let data_dir = tempfile::TempDir::new().unwrap();
    let client = crate::helpers::new_client();

    let (mut first, url) = start_binary(data_dir.path()).await;
    let signup = client
        .post(format!("{url}/api/auth/signup"))
        .json(&serde_json::json!({"name": "Ana", "email": "ana@example.com", "password": crate::helpers::PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(signup.status(), 201);
    let mut ids = Vec::new();
    for title in ["Kept one", "Kept two", "Kept three"] {
        let response = client
            .post(format!("{url}/api/designs"))
            .multipart(design_form(title, Some(png(40, 40))))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
        let design: serde_json::Value = response.json().await.unwrap();
        ids.push((
            design["id"].as_i64().unwrap(),
            design["image"]["url"].as_str().unwrap().to_owned(),
        ));
    }
    first.kill().await.unwrap(); // SIGKILL: no graceful shutdown

    let (_second, url) = start_binary(data_dir.path()).await;
    for (id, image_url) in ids {
        let design = client
            .get(format!("{url}/api/designs/{id}"))
            .send()
            .await
            .unwrap();
        assert_eq!(design.status(), 200);
        let image = client
            .get(format!("{url}{image_url}"))
            .send()
            .await
            .unwrap();
        assert_eq!(image.status(), 200);
    }
}
