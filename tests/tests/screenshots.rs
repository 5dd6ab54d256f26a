//! Screenshots of the in-store pages at the sizes of real hardware, for people to look
//! at (not assertions): `cargo test -p cocrea-e2e --test screenshots -- --ignored`
//! writes them to `$COCREA_SHOTS` (default: the system's temporary directory).

use std::time::Duration;

use cocrea_e2e::{spawn_app_with, start_browser};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "writes screenshots for people to look at"]
async fn store_screens_and_tags_at_their_real_sizes() {
    let dir = std::env::var("COCREA_SHOTS").map_or_else(|_| std::env::temp_dir(), Into::into);
    let app = spawn_app_with(|config| {
        config.demo = true;
        config.screen_min_likes = 5;
    })
    .await;
    let browser = start_browser().await;
    let shots = [
        (
            "screen-1920x1080",
            "/screen?store=madrid-01",
            1920,
            1080,
            ".screen-row",
        ),
        (
            "screen-1080x1920",
            "/screen?store=madrid-01",
            1080,
            1920,
            ".screen-row",
        ),
        (
            "tag-colour-480x800",
            "/tag/10?store=madrid-01",
            480,
            800,
            ".hanger-tag",
        ),
        (
            "tag-eink-800x480",
            "/tag/10?store=madrid-01&style=eink",
            800,
            480,
            ".hanger-tag",
        ),
        (
            "tag-eink-296x128",
            "/tag/10?store=madrid-01&style=eink",
            296,
            128,
            ".hanger-tag",
        ),
        (
            "tags-sheet",
            "/tags?ids=10,2,19&store=madrid-01",
            1000,
            1200,
            ".tag-sheet",
        ),
        ("tags-picker", "/tags", 1000, 900, ".tags-pick"),
    ];
    // Each page is shown in a frame of exactly the panel's size (a browser window has
    // a minimum size and its own bars), on a same-origin page so it can be measured.
    browser.set_window_size(2200, 2300).await.unwrap();
    for (name, path, width, height, ready) in shots {
        browser.goto(&app.at("/api/health")).await.unwrap();
        browser
            .execute(
                "document.body.style.margin = '0';\
                 document.body.innerHTML = `<iframe id=shot src=\"${arguments[0]}\" \
                   style=\"border:0;display:block;width:${arguments[1]}px;height:${arguments[2]}px\"></iframe>`;",
                vec![path.into(), width.into(), height.into()],
            )
            .await
            .unwrap();
        cocrea_e2e::eventually(&format!("{name}: {ready} in the frame"), || async {
            let found = browser
                .execute(
                    "const d = document.getElementById('shot').contentDocument;\
                     return !!(d && d.querySelector(arguments[0]));",
                    vec![ready.into()],
                )
                .await
                .unwrap();
            if found == serde_json::json!(true) {
                Ok(())
            } else {
                Err(found)
            }
        })
        .await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let measured = browser
            .execute(
                "const d = document.getElementById('shot').contentDocument;\
                 const w = d.defaultView; const out = {};\
                 for (const css of ['.screen-title', '.screen-designer', '.screen-goal', '.screen-thumb',\
                     '.screen-likes', '.screen-view-tab', '.screen-qr .qr-code', '.tag-title', '.tag-total',\
                     '.qr-code', '.tag-image', '.screen-count', '.screen-views']) {\
                   const e = d.querySelector(css); if (!e) continue;\
                   const r = e.getBoundingClientRect();\
                   out[css] = `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)} font ${w.getComputedStyle(e).fontSize}`;\
                 }\
                 out.viewport = `${w.innerWidth}x${w.innerHeight}`;\
                 out.overflowX = d.documentElement.scrollWidth > w.innerWidth;\
                 return out;",
                vec![],
            )
            .await
            .unwrap();
        println!("{name}: {measured}");
        let frame = browser.wait_for("#shot").await;
        let png = frame.screenshot().await.unwrap();
        let file = dir.join(format!("{name}.png"));
        std::fs::write(&file, png).unwrap();
        println!("{name} -> {}", file.display());
    }
    browser.close().await;
}
