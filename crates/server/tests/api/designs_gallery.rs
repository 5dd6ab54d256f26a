//! The gallery at scale: the stored trending rank and its cursors, and search by word
//! prefixes with case and accents folded.

use cocrea_server::storage::now_millis;
use cocrea_server::trending::{full_refresh, next_refresh};
use serde_json::Value;

use crate::helpers::{spawn_app, TestApp};

fn ids(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|design| design["id"].as_i64().unwrap())
        .collect()
}

fn titles(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|design| design["title"].as_str().unwrap().to_owned())
        .collect()
}

/// Submits `count` designs; returns their ids, oldest first.
async fn submit_many(app: &TestApp, count: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for n in 0..count {
        let design = app.submit_valid(&format!("Design number {n}")).await;
        ids.push(design["id"].as_i64().unwrap());
    }
    ids
}

/// Likes design `id` by `count` new shoppers.
async fn like_by(app: &TestApp, id: i64, count: usize, tag: &str) {
    for n in 0..count {
        let shopper = app
            .new_shopper(&format!("{tag}-{id}-{n}@example.com"))
            .await;
        let response = shopper
            .put(format!("{}/api/designs/{id}/like", app.url))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
    }
}

/// Walks every page of `query` with pages of `size`, running `between` after the
/// first page; returns the ids in order.
async fn walk(app: &TestApp, query: &str, size: u32, between: impl AsyncFnOnce()) -> Vec<i64> {
    let mut seen = Vec::new();
    let mut page = app
        .get_json(&format!("/api/designs?{query}&limit={size}"))
        .await;
    seen.extend(ids(&page));
    between().await;
    while let Some(cursor) = page["next_cursor"].as_str() {
        page = app
            .get_json(&format!(
                "/api/designs?{query}&limit={size}&cursor={cursor}"
            ))
            .await;
        seen.extend(ids(&page));
    }
    seen
}

fn assert_each_once(seen: &[i64], all: &[i64]) {
    let mut sorted = seen.to_vec();
    sorted.sort_unstable();
    let mut expected = all.to_vec();
    expected.sort_unstable();
    assert_eq!(sorted, expected, "every design once, in {seen:?}");
}

#[tokio::test]
async fn trending_pages_stay_exact_while_likes_arrive() {
    let app = spawn_app().await;
    let all = submit_many(&app, 9).await;
    let first = app.get_json("/api/designs?limit=3").await;
    let later: Vec<i64> = all
        .iter()
        .copied()
        .filter(|id| !ids(&first).contains(id))
        .collect();
    let seen = walk(&app, "sort=trending", 3, async || {
        // The last designs of the order get likes between two pages.
        like_by(&app, later[later.len() - 1], 2, "late").await;
        like_by(&app, later[later.len() - 2], 1, "late").await;
    })
    .await;
    assert_each_once(&seen, &all);
    assert_eq!(&seen[..3], ids(&first).as_slice());
}

#[tokio::test]
async fn trending_pages_cover_every_design_once_across_a_refresh() {
    let app = spawn_app().await;
    let all = submit_many(&app, 8).await;
    like_by(&app, all[0], 2, "early").await;
    like_by(&app, all[3], 1, "early").await;
    app.store
        .refresh_trending(full_refresh(now_millis()))
        .await
        .unwrap();
    // Another refresh between two pages: the scores move with the clock, the order
    // of these designs does not, so no design repeats or goes missing.
    let seen = walk(&app, "sort=trending", 3, async || {
        let ranked = app.store.refresh_trending(full_refresh(now_millis())).await;
        assert!(ranked.unwrap() >= 8);
    })
    .await;
    assert_each_once(&seen, &all);
}

#[tokio::test]
async fn a_refresh_takes_new_likes_into_the_trending_order() {
    let app = spawn_app().await;
    let all = submit_many(&app, 4).await;
    let before = ids(&app.get_json("/api/designs?sort=trending").await);
    assert_eq!(before[0], all[3], "the newest first while nobody likes any");
    let since = now_millis();
    like_by(&app, all[0], 3, "fan").await;
    // Ranks do not move with each like: the order holds until the next refresh.
    assert_eq!(
        ids(&app.get_json("/api/designs?sort=trending").await),
        before
    );
    let ranked = app
        .store
        .refresh_trending(next_refresh(now_millis(), since))
        .await
        .unwrap();
    assert!(ranked >= 1);
    let after = ids(&app.get_json("/api/designs?sort=trending").await);
    assert_eq!(after[0], all[0], "the liked design leads once ranked");
    let dresses = app
        .get_json("/api/designs?sort=trending&category=dresses")
        .await;
    assert_eq!(ids(&dresses)[0], all[0], "filtered by category too");
}

#[tokio::test]
async fn search_finds_word_prefixes_whatever_the_case_and_accents() {
    let app = spawn_app().await;
    app.submit_valid("Saia plissada de algodão").await;
    app.submit_valid("Camiseta azul marino").await;
    app.submit_valid("Maglietta a righe").await;
    app.submit_valid("Falda de lino").await;
    for (query, expected) in [
        ("algodao", vec!["Saia plissada de algodão"]),
        ("ALGODÃO", vec!["Saia plissada de algodão"]),
        ("saia", vec!["Saia plissada de algodão"]),
        ("plis", vec!["Saia plissada de algodão"]),
        ("camiseta%20azul", vec!["Camiseta azul marino"]),
        ("azul%20camis", vec!["Camiseta azul marino"]),
        ("maglie", vec!["Maglietta a righe"]),
        ("lino%20saia", vec![]),
        ("zzz", vec![]),
        ("%25", vec![]),
    ] {
        let found = titles(
            &app.get_json(&format!("/api/designs?q={query}&sort=new"))
                .await,
        );
        assert_eq!(found, expected, "q={query}");
    }
    for sort in ["trending", "new", "top", "near_goal"] {
        let found = titles(
            &app.get_json(&format!("/api/designs?q=de&sort={sort}&category=dresses"))
                .await,
        );
        assert_eq!(found.len(), 2, "{sort}: {found:?}");
    }
}
