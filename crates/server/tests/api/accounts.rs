use serde_json::json;

use crate::helpers::{assert_error, new_client, spawn_app, spawn_app_with, TestApp, PASSWORD};

async fn post_json(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    body: serde_json::Value,
) -> reqwest::Response {
    client
        .post(format!("{}{path}", app.url))
        .json(&body)
        .send()
        .await
        .unwrap()
}

fn set_cookie(response: &reqwest::Response) -> String {
    response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn sign_up_answers_201_with_the_account_and_a_safe_session_cookie() {
    let app = spawn_app().await;
    let client = new_client();
    let response = post_json(
        &app,
        &client,
        "/api/auth/signup",
        json!({"name": "Bea", "email": "Bea@Example.com", "password": PASSWORD}),
    )
    .await;
    assert_eq!(response.status(), 201);
    let cookie = set_cookie(&response);
    assert!(cookie.starts_with("cocrea_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");
    let token = cookie
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("cocrea_session=");
    assert!(token.len() >= 22, "at least 128 bits: {token}");
    let account: serde_json::Value = response.json().await.unwrap();
    assert_eq!(account["name"], "Bea");
    assert_eq!(account["email"], "bea@example.com");

    let me = client
        .get(format!("{}/api/me", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);
    assert_eq!(me.json::<serde_json::Value>().await.unwrap(), account);
}

#[tokio::test]
async fn the_cookie_is_secure_when_served_over_https_behind_a_proxy() {
    let app = spawn_app().await;
    let response = new_client()
        .post(format!("{}/api/auth/signup", app.url))
        .header("x-forwarded-proto", "https")
        .json(&json!({"name": "Bea", "email": "bea@example.com", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    assert!(set_cookie(&response).contains("Secure"));
}

#[tokio::test]
async fn a_taken_email_is_refused_with_409_whatever_its_case() {
    let app = spawn_app().await; // signed up ana@example.com
    let response = post_json(
        &app,
        &new_client(),
        "/api/auth/signup",
        json!({"name": "Other Ana", "email": "ANA@example.com", "password": PASSWORD}),
    )
    .await;
    let body = assert_error(response, 409, "email_taken").await;
    assert_eq!(body["field"], "email");
}

#[tokio::test]
async fn passwords_breaking_the_rules_are_refused_with_422() {
    let app = spawn_app().await;
    for (password, code) in [
        ("short", "too_short"),
        (&"p".repeat(129)[..], "too_long"),
        ("password123", "common_password"),
        ("QWERTYUIOP", "common_password"),
    ] {
        let response = post_json(
            &app,
            &new_client(),
            "/api/auth/signup",
            json!({"name": "Bea", "email": "bea@example.com", "password": password}),
        )
        .await;
        let body = assert_error(response, 422, code).await;
        assert_eq!(body["field"], "password");
    }
    let response = post_json(
        &app,
        &new_client(),
        "/api/auth/signup",
        json!({"name": "Bea", "email": "not-an-email", "password": PASSWORD}),
    )
    .await;
    assert_error(response, 422, "invalid_email").await;
    // None of them was created: the email is still free.
    let response = post_json(
        &app,
        &new_client(),
        "/api/auth/signup",
        json!({"name": "Bea", "email": "bea@example.com", "password": PASSWORD}),
    )
    .await;
    assert_eq!(response.status(), 201);
}

#[tokio::test]
async fn malformed_json_gets_the_json_error_shape() {
    let app = spawn_app().await;
    let response = new_client()
        .post(format!("{}/api/auth/signup", app.url))
        .header("content-type", "application/json")
        .body("{\"name\": ")
        .send()
        .await
        .unwrap();
    assert_error(response, 400, "malformed_json").await;
    let response = post_json(&app, &new_client(), "/api/auth/login", json!({"email": 5})).await;
    assert_error(response, 400, "malformed_json").await;
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_401() {
    let app = spawn_app().await;
    let wrong_password = post_json(
        &app,
        &new_client(),
        "/api/auth/login",
        json!({"email": "ana@example.com", "password": "not-the-password"}),
    )
    .await;
    let first = assert_error(wrong_password, 401, "invalid_credentials").await;
    let unknown = post_json(
        &app,
        &new_client(),
        "/api/auth/login",
        json!({"email": "nobody@example.com", "password": PASSWORD}),
    )
    .await;
    let second = assert_error(unknown, 401, "invalid_credentials").await;
    assert_eq!(first["message"], second["message"]);
}

#[tokio::test]
async fn each_sign_in_gets_a_new_token_and_sign_out_ends_the_session_on_the_server() {
    let app = spawn_app().await;
    let login = || {
        post_json(
            &app,
            &app.client,
            "/api/auth/login",
            json!({"email": "ana@example.com", "password": PASSWORD}),
        )
    };
    let first = set_cookie(&login().await);
    let second = set_cookie(&login().await);
    assert_ne!(first, second, "a new token at each sign-in");

    // Keep a copy of the session cookie, as a thief would.
    let stolen = second.split(';').next().unwrap().to_owned();
    let me_with = |cookie: String| {
        let url = format!("{}/api/me", app.url);
        async move {
            reqwest::Client::new()
                .get(url)
                .header("cookie", cookie)
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(me_with(stolen.clone()).await.status(), 200);
    // A like remembers its session for a moment (auth/session_cache.rs); signing out
    // forgets it at once.
    let design = app.submit_valid("Linen wrap dress").await["id"]
        .as_i64()
        .unwrap();
    let like_with = |cookie: String| {
        let url = format!("{}/api/designs/{design}/like", app.url);
        async move {
            reqwest::Client::new()
                .put(url)
                .header("cookie", cookie)
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(like_with(stolen.clone()).await.status(), 200);

    let logout = app
        .client
        .post(format!("{}/api/auth/logout", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), 204);
    assert!(
        set_cookie(&logout).contains("Max-Age=0"),
        "the browser forgets it"
    );
    assert_error(like_with(stolen.clone()).await, 401, "unauthorized").await;
    assert_error(me_with(stolen).await, 401, "unauthorized").await;
    assert_error(app.get("/api/me").await, 401, "unauthorized").await;
}

#[tokio::test]
async fn me_answers_401_without_a_session_or_with_a_forged_one() {
    let app = spawn_app().await;
    assert_error(
        app.anonymous()
            .get(format!("{}/api/me", app.url))
            .send()
            .await
            .unwrap(),
        401,
        "unauthorized",
    )
    .await;
    let forged = reqwest::Client::new()
        .get(format!("{}/api/me", app.url))
        .header(
            "cookie",
            "cocrea_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        )
        .send()
        .await
        .unwrap();
    assert_error(forged, 401, "unauthorized").await;
}

#[tokio::test]
async fn sign_in_is_rate_limited_with_429_and_retry_after() {
    let app = spawn_app_with(|config| config.rate_limits = cocrea_server::config::Switch::On).await;
    let mut limited = None;
    for _ in 0..20 {
        let response = post_json(
            &app,
            &new_client(),
            "/api/auth/login",
            json!({"email": "ana@example.com", "password": "wrong-password"}),
        )
        .await;
        if response.status() == 429 {
            limited = Some(response);
            break;
        }
        assert_eq!(response.status(), 401);
    }
    let response = limited.expect("a 429 within 20 attempts");
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry_after >= 1);
    assert_error(response, 429, "rate_limited").await;
}

#[tokio::test]
async fn sign_up_is_rate_limited_per_address() {
    let app = spawn_app_with(|config| config.rate_limits = cocrea_server::config::Switch::On).await;
    let mut statuses = Vec::new();
    for n in 0..8 {
        let response = post_json(
            &app,
            &new_client(),
            "/api/auth/signup",
            json!({"name": "Bea", "email": format!("bea{n}@example.com"), "password": PASSWORD}),
        )
        .await;
        statuses.push(response.status().as_u16());
    }
    assert!(statuses.contains(&429), "{statuses:?}");
}
