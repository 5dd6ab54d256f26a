//! Staff print hanger tags from `/tags`: they search designs, tick them, choose the
//! store and open the sheets, without typing ids into the address bar.

use cocrea_e2e::{spawn_app_with, start_browser};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_pick_designs_and_a_store_and_get_their_tags() {
    let app = spawn_app_with(|config| config.demo = true).await;
    let browser = start_browser().await;
    browser.goto(&app.at("/tags")).await.unwrap();
    browser.wait_for("form.tags-picker input#tags-search").await;
    let boxes = format!("{} input[type=checkbox]", ".tags-pick-list");
    let first = browser.wait_for(&boxes).await;
    let id = first.attr("value").await.unwrap().unwrap();
    first.click().await.unwrap();
    browser
        .wait_for("input#tags-store")
        .await
        .send_keys("madrid-01")
        .await
        .unwrap();
    browser
        .wait_for("button.tags-pick-open")
        .await
        .click()
        .await
        .unwrap();

    browser.wait_for(".tag-sheet .hanger-tag").await;
    let url = browser.current_url().await.unwrap();
    assert_eq!(url.path(), "/tags");
    let query: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    assert!(query.contains(&("ids".into(), id.clone())), "{url}");
    assert!(
        query.contains(&("store".into(), "madrid-01".into())),
        "{url}"
    );
    let tags = browser
        .find_all(Locator::Css(".tag-sheet .hanger-tag"))
        .await
        .unwrap();
    assert_eq!(tags.len(), 1);

    browser.close().await;
}
