//! The API description tells the truth: every operation of `/api/openapi.json` is
//! called with good and bad inputs (ids that exist, do not, or are not numbers;
//! parameters out of range or of the wrong type; missing, malformed and empty
//! bodies), as a visitor, a shopper and an admin, and every status it answers must be
//! one the document lists for it. A route that learns a new answer fails here until
//! its `#[utoipa::path]` (or `routes/openapi.rs`, for answers every route shares)
//! says so.

use reqwest::{Client, Method};
use serde_json::Value;

use crate::helpers::spawn_app;

/// Values tried for each query parameter besides leaving it out.
const QUERY_VALUES: &[&str] = &[
    "1",
    "0",
    "-1",
    "24",
    "101",
    "abc",
    "",
    "trending",
    "dresses",
    "madrid-01",
    "Madrid!",
    "%25",
    "9999999999999",
];

/// One request to make: method, path with its query, body and content type.
struct Probe {
    method: Method,
    path: String,
    body: Option<(&'static str, String)>,
}

/// The requests for one operation of the document.
fn probes(path: &str, method: &Method, operation: &Value, id: i64) -> Vec<Probe> {
    let parameters = operation["parameters"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let with_ids = |value: &str| {
        let mut filled = path.to_owned();
        for parameter in parameters.iter().filter(|p| p["in"] == "path") {
            let name = parameter["name"].as_str().unwrap();
            filled = filled.replace(&format!("{{{name}}}"), value);
        }
        filled
    };
    let mut paths = vec![with_ids(&id.to_string())];
    if parameters.iter().any(|p| p["in"] == "path") {
        paths.push(with_ids("999999999"));
        paths.push(with_ids("not-a-number"));
    }
    for parameter in parameters.iter().filter(|p| p["in"] == "query") {
        let name = parameter["name"].as_str().unwrap();
        for value in QUERY_VALUES {
            paths.push(format!("{}?{name}={value}", with_ids(&id.to_string())));
        }
    }
    let content = &operation["requestBody"]["content"];
    let bodies: Vec<Option<(&'static str, String)>> = if content.get("application/json").is_some() {
        vec![
            None,
            Some(("application/json", "{}".into())),
            Some(("application/json", "{not json".into())),
            Some(("application/json", "[]".into())),
            Some(("text/plain", "{}".into())),
            Some((
                "application/json",
                r#"{"name":" ","email":"a@b","password":"x","url":"ftp://x","reason":"","body":"","status":"nowhere","role":"king","note":""}"#.into(),
            )),
        ]
    } else if content.get("multipart/form-data").is_some() {
        vec![
            None,
            Some(("multipart/form-data; boundary=x", "garbage".into())),
            Some(("application/json", "{}".into())),
        ]
    } else {
        vec![None]
    };
    let mut probes = Vec::new();
    for path in &paths {
        for body in &bodies {
            probes.push(Probe {
                method: method.clone(),
                path: path.clone(),
                body: body.clone(),
            });
        }
    }
    probes
}

async fn send(client: &Client, base: &str, probe: &Probe) -> u16 {
    let mut request = client.request(probe.method.clone(), format!("{base}{}", probe.path));
    if let Some((content_type, body)) = &probe.body {
        request = request
            .header("content-type", *content_type)
            .body(body.clone());
    }
    // The status is all that is read: a live event stream answers at once and is dropped.
    request.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn every_status_a_route_answers_is_listed_in_its_document() {
    let app = spawn_app().await;
    let design = app.submit_valid("Linen shirt with pockets").await;
    let id = design["id"].as_i64().unwrap();
    let admin = app.new_admin("boss@example.com").await;
    let document = app.get_json("/api/openapi.json").await;
    let mut undocumented = Vec::new();
    let mut probed = 0;
    let mut operations: Vec<(String, Method, Value)> = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for method in [Method::GET, Method::POST, Method::PUT, Method::DELETE] {
            let operation = &item[method.as_str().to_lowercase()];
            if operation.is_object() {
                operations.push((path.clone(), method, operation.clone()));
            }
        }
    }
    // Signing out ends the shopper's session: last.
    operations.sort_by_key(|(path, _, _)| path.ends_with("/logout"));
    for (path, method, operation) in operations {
        let documented: Vec<&String> = operation["responses"].as_object().unwrap().keys().collect();
        let path = path.trim_start_matches("/api");
        for probe in probes(&format!("/api{path}"), &method, &operation, id) {
            for (who, client) in [
                ("visitor", &app.anonymous()),
                ("shopper", &app.client),
                ("admin", &admin),
            ] {
                let status = send(client, &app.url, &probe).await;
                probed += 1;
                if !documented
                    .iter()
                    .any(|listed| **listed == status.to_string())
                {
                    undocumented.push(format!(
                        "{who}: {} {} {:?} answered {status}; the document lists {documented:?}",
                        probe.method, probe.path, probe.body
                    ));
                }
            }
        }
    }
    assert!(probed > 500, "only {probed} requests were made");
    assert!(
        undocumented.is_empty(),
        "{} answers the document does not list:\n{}",
        undocumented.len(),
        undocumented.join("\n")
    );
}

#[tokio::test]
async fn the_document_states_the_limits_the_server_enforces() {
    let app = spawn_app().await;
    let document = app.get_json("/api/openapi.json").await;
    let parameter = |path: &str, name: &str| -> Value {
        document["paths"][path]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{path} has {name}"))["schema"]
            .clone()
    };
    let limit = parameter("/api/designs", "limit");
    assert_eq!(
        (limit["minimum"].as_f64(), limit["maximum"].as_f64()),
        (Some(1.0), Some(100.0))
    );
    let limit = parameter("/api/leaderboard", "limit");
    assert_eq!(
        (limit["minimum"].as_f64(), limit["maximum"].as_f64()),
        (Some(1.0), Some(50.0))
    );
    assert_eq!(parameter("/api/designs", "q")["maxLength"], 200);
    for path in [
        "/api/designs/{id}",
        "/api/designs/{id}/qr.svg",
        "/api/leaderboard",
    ] {
        assert_eq!(
            parameter(path, "store")["pattern"],
            "^([a-z0-9-]{1,32})?$",
            "{path}"
        );
    }
    // An empty store is no store, as the pattern allows; anything else it does not
    // allow is refused.
    for (store, status) in [("", 200), ("x", 200), ("Shop", 400), ("a_b", 400)] {
        let response = app.get(&format!("/api/leaderboard?store={store}")).await;
        assert_eq!(response.status().as_u16(), status, "store={store:?}");
    }
    let limit = parameter("/api/notifications", "limit");
    assert_eq!(
        (limit["minimum"].as_f64(), limit["maximum"].as_f64()),
        (Some(1.0), Some(100.0))
    );
    let schemas = &document["components"]["schemas"];
    for (schema, field, min, max) in [
        ("NewComment", "body", 1, 1000),
        ("RejectRequest", "reason", 1, 500),
        ("NewWebhook", "url", 1, 2000),
        ("NewDesignForm", "title", 3, 80),
    ] {
        let field = &schemas[schema]["properties"][field];
        assert_eq!(
            (field["minLength"].as_u64(), field["maxLength"].as_u64()),
            (Some(min), Some(max)),
            "{schema}"
        );
    }
    assert_eq!(
        schemas["NewDesignForm"]["properties"]["category"]["enum"]
            .as_array()
            .map(Vec::len),
        Some(cocrea_api::Category::ALL.len())
    );
    let signup = &document["components"]["schemas"]["SignupRequest"]["properties"];
    assert_eq!(signup["name"]["minLength"], 2);
    assert_eq!(signup["name"]["maxLength"], 40);
    assert_eq!(signup["email"]["format"], "email");
    assert_eq!(signup["password"]["minLength"], 8);
    assert_eq!(signup["password"]["maxLength"], 128);
    for path in ["/api/auth/login", "/api/auth/signup"] {
        assert!(
            document["paths"][path]["post"]["responses"]
                .get("400")
                .is_some(),
            "{path} documents 400 malformed_json"
        );
    }
}
