//! The real binary, killed without warning, keeps what it acknowledged.

use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::helpers::{design_form, png, TestDatabase};

/// Starts the server binary on port 0 on `db` and returns it with its URL.
pub async fn start_binary(db: &TestDatabase) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cocrea-server"))
        .args(["--listen", "127.0.0.1:0", "--rate-limits", "off"])
        // The tests' small images: the size rule has tests of its own.
        .args(["--min-image-side", "0"])
        .args(db.server_args())
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

/// Every shopper likes design `id` through the server at `url` at once; the server
/// is killed (SIGKILL) as soon as `kill_after` likes are acknowledged. Returns the
/// indexes of the shoppers whose like was acknowledged.
pub async fn like_storm_killing(
    server: &mut Child,
    url: &str,
    id: i64,
    shoppers: &[reqwest::Client],
    kill_after: usize,
) -> Vec<usize> {
    let (acks, mut acked) = tokio::sync::mpsc::unbounded_channel();
    let mut likes = Vec::new();
    for (index, shopper) in shoppers.iter().cloned().enumerate() {
        let (url, acks) = (url.to_owned(), acks.clone());
        likes.push(tokio::spawn(async move {
            let response = shopper
                .put(format!("{url}/api/designs/{id}/like"))
                .send()
                .await;
            if response.is_ok_and(|r| r.status() == 200) {
                let _ = acks.send(index);
            }
        }));
    }
    drop(acks);
    let mut acknowledged = Vec::new();
    while let Some(index) = acked.recv().await {
        acknowledged.push(index);
        if acknowledged.len() == kill_after {
            server.kill().await.unwrap(); // SIGKILL mid-storm
        }
    }
    for like in likes {
        like.await.unwrap();
    }
    acknowledged
}

#[tokio::test]
async fn designs_survive_a_killed_server() {
    let db = TestDatabase::new().await;
    let client = crate::helpers::new_client();

    let (mut first, url) = start_binary(&db).await;
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

    let (_second, url) = start_binary(&db).await;
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

#[tokio::test]
async fn a_server_killed_during_a_burst_of_likes_keeps_every_like_it_acknowledged() {
    let db = TestDatabase::new().await;
    let (mut server, url) = start_binary(&db).await;
    let sign_up = |client: reqwest::Client, email: String| {
        let url = url.clone();
        async move {
            let response = client
                .post(format!("{url}/api/auth/signup"))
                .json(&serde_json::json!({"name": "Shopper", "email": email, "password": crate::helpers::PASSWORD}))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 201);
            client
        }
    };
    let designer = sign_up(crate::helpers::new_client(), "designer@example.com".into()).await;
    let design: serde_json::Value = designer
        .post(format!("{url}/api/designs"))
        .multipart(design_form("Burst", Some(png(40, 40))))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = design["id"].as_i64().unwrap();
    let mut shoppers = Vec::new();
    for n in 0..150 {
        shoppers.push(
            sign_up(
                crate::helpers::new_client(),
                format!("burst{n}@example.com"),
            )
            .await,
        );
    }

    // Everyone likes at once; the server is killed once some likes are acknowledged.
    let acknowledged = like_storm_killing(&mut server, &url, id, &shoppers, 20).await;
    assert!(
        acknowledged.len() >= 20,
        "{} acknowledged",
        acknowledged.len()
    );

    let (_restarted, url) = start_binary(&db).await;
    for index in &acknowledged {
        let seen: serde_json::Value = shoppers[*index]
            .get(format!("{url}/api/designs/{id}"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(
            seen["liked_by_me"], true,
            "shopper {index}'s acknowledged like survived"
        );
    }
    let design: serde_json::Value = reqwest::get(format!("{url}/api/designs/{id}"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let count = design["likes"].as_i64().unwrap();
    let stored = db
        .count(&format!(
            "SELECT COUNT(*) FROM likes WHERE design_id = {id}"
        ))
        .await;
    assert_eq!(count, stored, "the count equals the stored likes");
    assert!(count >= acknowledged.len() as i64);
}

#[tokio::test]
async fn sigterm_shuts_down_gracefully_even_with_open_event_streams() {
    let db = TestDatabase::new().await;
    let (mut server, url) = start_binary(&db).await;
    let stream = reqwest::get(format!("{url}/api/events")).await.unwrap();
    assert_eq!(stream.status(), 200);
    let pid = server.id().unwrap().to_string();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = tokio::time::timeout(Duration::from_secs(10), server.wait())
        .await
        .expect("the server stops within 10 seconds")
        .unwrap();
    assert!(exit.success(), "{exit:?}");
}
