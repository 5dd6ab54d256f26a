//! The gallery's orders at 1,000 and at 100,000 designs: each listing's latency,
//! requests one at a time on loopback against the release server, on SQLite and, with
//! `--database postgres://USER@HOST/DB`, on PostgreSQL in the same run.
//!
//! The designs are made up by `cocrea-server seed-gallery N` (through the storage
//! layer, no image upload): a year of submissions in four languages, most voting,
//! thin likes with a few popular designs, one rare word in one design of 5,000.
//! Targets (issue 12): p50 under 2 ms at 100,000 designs, and at most 1.5x its own
//! p50 at 1,000 designs.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};

use super::report::{provenance, write_section};
use super::server::{percentile, BenchDatabase};
use crate::app::{build_server, server_binary};
use crate::process::{command, note, run as run_command};

/// The catalogue sizes compared.
const SIZES: [usize; 2] = [1_000, 100_000];
/// Requests per listing, after the warm-up.
const REQUESTS: usize = 400;
const WARM_UP: usize = 50;
const TARGET_P50_MS: f64 = 2.0;
const TARGET_RATIO: f64 = 1.5;
/// The rare word the seed puts in one design of 5,000 (`gallery_seed::RARE_WORD`).
const RARE_WORD: &str = "lentejuelas";

/// The listings measured: every order, plain, in a category, and searched.
fn listings() -> Vec<(String, String)> {
    let mut listings = Vec::new();
    for sort in ["trending", "new", "top", "near_goal"] {
        listings.push((
            format!("sort={sort}"),
            format!("/api/designs?sort={sort}&limit=24"),
        ));
        listings.push((
            format!("sort={sort}&category=dresses"),
            format!("/api/designs?sort={sort}&category=dresses&limit=24"),
        ));
        listings.push((
            format!("sort={sort}&q={RARE_WORD}"),
            format!("/api/designs?sort={sort}&q={RARE_WORD}&limit=24"),
        ));
    }
    listings.push((
        "default (trending), second page".into(),
        "SECOND_PAGE".into(),
    ));
    listings.push((
        "q=camiseta azul (common words)".into(),
        "/api/designs?q=camiseta%20azul&limit=24".into(),
    ));
    listings.push((
        "q=algodao (accent folded)".into(),
        "/api/designs?q=algodao&limit=24".into(),
    ));
    listings
}

/// p50 and p95 in milliseconds of each listing, in [`listings`] order.
type Timings = Vec<(f64, f64)>;

/// Runs the benchmark (`--database URL` adds PostgreSQL) and writes its section.
pub fn run(args: &[String]) -> Result<()> {
    let postgres = match args {
        [] => None,
        [flag, url] if flag == "--database" => Some(url.clone()),
        _ => bail!("usage: cargo xtask bench gallery [--database postgres://USER@HOST/DB]"),
    };
    build_server()?;
    let mut backends = vec![("SQLite", measure_sizes(None)?)];
    if let Some(url) = &postgres {
        backends.push(("PostgreSQL", measure_sizes(Some(url))?));
    }

    let mut body = String::new();
    writeln!(
        body,
        "{}",
        provenance("cargo xtask bench gallery --database postgres://…")
    )?;
    writeln!(
        body,
        "\nMedian (p50) and p95 latency in ms of `GET /api/designs` listings, {REQUESTS} \
         requests one at a time after {WARM_UP} to warm up, against the release server on \
         loopback (same machine, which also runs the database), with 1,000 and with \
         100,000 made-up designs (`cocrea-server seed-gallery N`: a year of submissions, \
         8 categories, four languages, thin likes; `{RARE_WORD}` in one design of 5,000). \
         ratio = p50 at 100,000 / p50 at 1,000. Targets: p50 under {TARGET_P50_MS} ms at \
         100,000 and ratio at most {TARGET_RATIO}. The machine is shared: single figures \
         can be noisy by a few tenths of a millisecond.\n"
    )?;
    let mut missed = Vec::new();
    for (backend, timings) in &backends {
        writeln!(body, "### {backend}\n")?;
        writeln!(
            body,
            "| listing | 1,000: p50 (p95) | 100,000: p50 (p95) | ratio | target |"
        )?;
        writeln!(body, "| --- | --- | --- | --- | --- |")?;
        for (index, (name, _)) in listings().iter().enumerate() {
            let (small_p50, small_p95) = timings[0][index];
            let (large_p50, large_p95) = timings[1][index];
            let ratio = large_p50 / small_p50;
            let met = large_p50 < TARGET_P50_MS && ratio <= TARGET_RATIO;
            if !met {
                missed.push(format!("{backend} {name}"));
            }
            writeln!(
                body,
                "| `{name}` | {small_p50:.2} ({small_p95:.2}) | {large_p50:.2} ({large_p95:.2}) | {ratio:.2} | {} |",
                if met { "met" } else { "NOT met" }
            )?;
        }
        writeln!(body)?;
    }
    if postgres.is_none() {
        writeln!(
            body,
            "PostgreSQL: not run (add `--database postgres://USER@HOST/DB`).\n"
        )?;
    }
    println!("{body}");
    write_section("Gallery", &body)?;
    if !missed.is_empty() {
        bail!("gallery targets missed: {}", missed.join(", "));
    }
    Ok(())
}

/// Seeds, serves and measures each size on one backend.
fn measure_sizes(postgres: Option<&String>) -> Result<Vec<Timings>> {
    SIZES
        .iter()
        .map(|&size| {
            let database = match postgres {
                Some(url) => Some(BenchDatabase::create(url, &format!("gallery{size}"))?),
                None => None,
            };
            let server = GalleryServer::seed_and_start(size, database)?;
            let runtime = tokio::runtime::Runtime::new()?;
            runtime.block_on(measure(&server.url))
        })
        .collect()
}

/// Times every listing on the server at `url`.
async fn measure(url: &str) -> Result<Timings> {
    let client = reqwest::Client::new();
    let first: serde_json::Value = client
        .get(format!("{url}/api/designs?limit=24"))
        .send()
        .await?
        .json()
        .await?;
    let cursor = first["next_cursor"]
        .as_str()
        .context("a second page of designs")?
        .to_owned();
    let mut timings = Vec::new();
    for (name, path) in listings() {
        let path = if path == "SECOND_PAGE" {
            format!("/api/designs?limit=24&cursor={cursor}")
        } else {
            path
        };
        let mut samples = Vec::with_capacity(REQUESTS);
        for n in 0..WARM_UP + REQUESTS {
            let started = Instant::now();
            let response = client.get(format!("{url}{path}")).send().await?;
            anyhow::ensure!(
                response.status() == 200,
                "{path} answered {}",
                response.status()
            );
            let body = response.bytes().await?;
            let elapsed = started.elapsed().as_secs_f64() * 1000.0;
            if n == 0 {
                let page: serde_json::Value = serde_json::from_slice(&body)?;
                let found = page["items"].as_array().map_or(0, Vec::len);
                anyhow::ensure!(found > 0, "{name} found no design");
            }
            if n >= WARM_UP {
                samples.push(elapsed);
            }
        }
        samples.sort_by(f64::total_cmp);
        timings.push((percentile(&samples, 50.0), percentile(&samples, 95.0)));
    }
    Ok(timings)
}

/// A release server on a database seeded with made-up designs; stopped when dropped
/// (its database with it).
struct GalleryServer {
    child: Child,
    url: String,
    data_dir: PathBuf,
    _database: Option<BenchDatabase>,
}

impl GalleryServer {
    fn seed_and_start(designs: usize, database: Option<BenchDatabase>) -> Result<GalleryServer> {
        let data_dir =
            std::env::temp_dir().join(format!("cocrea-gallery-{}-{designs}", std::process::id()));
        let _ = std::fs::remove_dir_all(&data_dir);
        let database_args = |server: &mut std::process::Command| {
            server.arg("--data-dir").arg(&data_dir);
            if let Some(database) = &database {
                server.args(["--database", &database.url]);
            }
        };
        let started = Instant::now();
        let mut seed = command(server_binary());
        database_args(&mut seed);
        run_command(
            seed.args(["seed-gallery", &designs.to_string()])
                .env("RUST_LOG", "warn"),
        )?;
        note(&format!(
            "seeded {designs} designs in {:.0} s",
            started.elapsed().as_secs_f64()
        ));
        let mut server = command(server_binary());
        database_args(&mut server);
        server.args(["--listen", "127.0.0.1:0", "--rate-limits", "off"]);
        let mut child = server
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .context("starting the release server")?;
        let stdout = child.stdout.take().context("the server's output")?;
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line)?;
        let Some(url) = line
            .split_whitespace()
            .find(|word| word.starts_with("http://"))
        else {
            let _ = child.kill();
            bail!("the server did not print its address (it printed {line:?})");
        };
        note(&format!("gallery benchmark server at {url}"));
        Ok(GalleryServer {
            url: url.to_owned(),
            child,
            data_dir,
            _database: database,
        })
    }
}

impl Drop for GalleryServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}
