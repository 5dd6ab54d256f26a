//! Live events at store scale: 5,000 open `GET /api/events` streams on
//! loopback, the server's memory per stream, and the time from a like's
//! acknowledgement to its arrival at every stream.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use futures::StreamExt;

use super::report::{provenance, write_section};
use super::server::{design_ids, percentile, sign_up_many, BenchServer};
use crate::process::note;

const STREAMS: usize = 5_000;
const LIKES: usize = 20;
const PAUSE_BETWEEN_LIKES: Duration = Duration::from_millis(250);
/// The targets from the live popularity issue.
const TARGET_P95_MS: f64 = 500.0;
const TARGET_KIB_PER_STREAM: f64 = 20.0;

/// When each like count was acknowledged, and when each stream saw it.
#[derive(Default)]
struct Timings {
    acknowledged: HashMap<i64, Instant>,
    arrivals: Vec<(i64, Instant)>,
}

/// Runs the benchmark and writes its section of docs/benchmarks.md.
pub fn run(_args: &[String]) -> Result<()> {
    let server = BenchServer::start()?;
    let runtime = tokio::runtime::Runtime::new()?;
    let body = runtime.block_on(measure(&server))?;
    print!("{body}");
    write_section("Live events", &body)
}

async fn measure(server: &BenchServer) -> Result<String> {
    let url = server.url.clone();
    let likers = sign_up_many(&url, LIKES).await?;
    let design = *design_ids(&url).await?.last().context("a demo design")?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before_kib = server.resident_kib()?;

    note(&format!("opening {STREAMS} event streams"));
    let timings = Arc::new(Mutex::new(Timings::default()));
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()?;
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::unbounded_channel();
    let mut streams = Vec::with_capacity(STREAMS);
    for _ in 0..STREAMS {
        let client = client.clone();
        let url = url.clone();
        let timings = timings.clone();
        let ready = ready_tx.clone();
        streams.push(tokio::spawn(async move {
            read_stream(client, url, design, timings, ready).await
        }));
    }
    drop(ready_tx);
    let opened = Instant::now();
    let mut ready = 0;
    while ready < STREAMS {
        match tokio::time::timeout(Duration::from_secs(60), ready_rx.recv()).await {
            Ok(Some(())) => ready += 1,
            _ => bail!("only {ready} of {STREAMS} streams opened within a minute"),
        }
    }
    let open_time = opened.elapsed();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let after_kib = server.resident_kib()?;

    note(&format!("{LIKES} likes, each to be seen by every stream"));
    let base: serde_json::Value = reqwest::get(format!("{url}/api/designs/{design}"))
        .await?
        .json()
        .await?;
    let base_likes = base["likes"].as_i64().context("likes")?;
    for (n, token) in likers.iter().enumerate() {
        let response = client
            .put(format!("{url}/api/designs/{design}/like"))
            .header("cookie", format!("cocrea_session={token}"))
            .send()
            .await?;
        let acknowledged = Instant::now();
        anyhow::ensure!(
            response.status() == 200,
            "like answered {}",
            response.status()
        );
        let likes = base_likes + n as i64 + 1;
        timings
            .lock()
            .unwrap()
            .acknowledged
            .insert(likes, acknowledged);
        tokio::time::sleep(PAUSE_BETWEEN_LIKES).await;
    }
    // Let the last events arrive, then hang up.
    let deadline = Instant::now() + Duration::from_secs(30);
    while timings.lock().unwrap().arrivals.len() < STREAMS * LIKES && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for stream in &streams {
        stream.abort();
    }

    let timings = timings.lock().unwrap();
    let mut latencies_ms: Vec<f64> = timings
        .arrivals
        .iter()
        .filter_map(|(likes, arrived)| {
            let acknowledged = timings.acknowledged.get(likes)?;
            Some(
                arrived
                    .saturating_duration_since(*acknowledged)
                    .as_secs_f64()
                    * 1000.0,
            )
        })
        .collect();
    latencies_ms.sort_by(f64::total_cmp);
    let delivered = latencies_ms.len();
    let expected = STREAMS * LIKES;
    let per_stream_kib = after_kib.saturating_sub(before_kib) as f64 / STREAMS as f64;
    let p95 = percentile(&latencies_ms, 95.0);
    let verdict = |ok: bool| if ok { "met" } else { "NOT met" };

    let mut body = String::new();
    writeln!(body, "{}", provenance("cargo xtask bench events"))?;
    writeln!(
        body,
        "\n{STREAMS} `GET /api/events` streams held open on loopback by one client process \
         on the same machine; {LIKES} likes {} ms apart on one design; latency is from the \
         like's HTTP answer to the event's arrival at each stream.\n",
        PAUSE_BETWEEN_LIKES.as_millis()
    )?;
    writeln!(body, "| measure | value | target |")?;
    writeln!(body, "| --- | --- | --- |")?;
    writeln!(
        body,
        "| streams opened | {STREAMS} in {:.1} s | |",
        open_time.as_secs_f64()
    )?;
    writeln!(
        body,
        "| server memory per stream | {per_stream_kib:.1} KiB ({before_kib} KiB before, {after_kib} KiB after) | < {TARGET_KIB_PER_STREAM} KB ({}) |",
        verdict(per_stream_kib < TARGET_KIB_PER_STREAM)
    )?;
    writeln!(
        body,
        "| events delivered | {delivered} of {expected} | all |"
    )?;
    writeln!(
        body,
        "| like to arrival p50 | {:.1} ms | |",
        percentile(&latencies_ms, 50.0)
    )?;
    writeln!(
        body,
        "| like to arrival p95 | {p95:.1} ms | < {TARGET_P95_MS} ms ({}) |",
        verdict(p95 < TARGET_P95_MS)
    )?;
    writeln!(
        body,
        "| like to arrival p99 | {:.1} ms | |",
        percentile(&latencies_ms, 99.0)
    )?;
    if delivered < expected {
        bail!("only {delivered} of {expected} events arrived:\n{body}");
    }
    Ok(body)
}

/// Holds one stream open, noting when each `likes` event for `design` arrives.
async fn read_stream(
    client: reqwest::Client,
    url: String,
    design: i64,
    timings: Arc<Mutex<Timings>>,
    ready: tokio::sync::mpsc::UnboundedSender<()>,
) -> Result<()> {
    let response = client.get(format!("{url}/api/events")).send().await?;
    let mut chunks = response.bytes_stream();
    let mut buffer = String::new();
    let mut announced = false;
    while let Some(chunk) = chunks.next().await {
        let arrived = Instant::now();
        buffer.push_str(&String::from_utf8_lossy(&chunk?));
        while let Some(end) = buffer.find("\n\n") {
            let block: String = buffer.drain(..end + 2).collect();
            if block.contains("event: ready") && !announced {
                announced = true;
                let _ = ready.send(());
            }
            if !block.contains("event: likes") {
                continue;
            }
            let Some(data) = block.lines().find_map(|line| line.strip_prefix("data: ")) else {
                continue;
            };
            let event: serde_json::Value = serde_json::from_str(data)?;
            if event["design_id"] == design {
                if let Some(likes) = event["likes"].as_i64() {
                    timings.lock().unwrap().arrivals.push((likes, arrived));
                }
            }
        }
    }
    Ok(())
}
