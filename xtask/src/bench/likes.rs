//! Likes per second and the like endpoint's latency under many concurrent
//! signed-in clients on loopback, measured with wrk (a real load generator), on
//! SQLite and, with `--database postgres://USER@HOST/DB`, on PostgreSQL in the same
//! run; then, on PostgreSQL, how long a like made through one server takes to reach
//! a live event stream on another.
//!
//! Each request is a PUT or DELETE on `/api/designs/{id}/like` by a random
//! one of 256 accounts on a random demo design, so about half change state.
//! The backends take turns, [`ROUNDS`] runs each, and each measure is the median
//! of its runs: on a shared machine one run can be a third off the next.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use futures::StreamExt;

use super::report::{provenance, write_section};
use super::server::{design_ids, percentile, sign_up_many, BenchDatabase, BenchServer};
use crate::process::{capture, command, find_program, note, run as run_command};

const ACCOUNTS: usize = 256;
const CONNECTIONS: u32 = 64;
const THREADS: u32 = 2;
const SECONDS: u32 = 15;
/// Runs per backend (taken in turns); each figure is their median.
const ROUNDS: usize = 3;
/// The targets from the likes and PostgreSQL issues.
const TARGET_PER_SECOND: f64 = 20_000.0;
const TARGET_P99_MS: f64 = 25.0;
/// PostgreSQL should stay within this factor of SQLite's throughput.
const TARGET_POSTGRES_FACTOR: f64 = 2.0;
/// A like through one server should reach another's event stream within this.
const TARGET_CROSSING_MS: f64 = 250.0;
/// Likes whose crossing is timed.
const CROSSINGS: usize = 40;

/// Runs the benchmark (`--database URL` adds PostgreSQL) and writes its section.
pub fn run(args: &[String]) -> Result<()> {
    let postgres = match args {
        [] => None,
        [flag, url] if flag == "--database" => Some(url.clone()),
        _ => bail!("usage: cargo xtask bench likes [--database postgres://USER@HOST/DB]"),
    };
    ensure_wrk()?;
    let sqlite_load = Load::prepare(BenchServer::start()?, "sqlite")?;
    let postgres_load = match &postgres {
        Some(url) => {
            let database = BenchDatabase::create(url, "likes")?;
            Some(Load::prepare(
                BenchServer::start_on(Some(database))?,
                "postgres",
            )?)
        }
        None => None,
    };
    let (mut sqlite_runs, mut postgres_runs) = (Vec::new(), Vec::new());
    for round in 1..=ROUNDS {
        note(&format!("round {round} of {ROUNDS}"));
        sqlite_runs.push(sqlite_load.run()?);
        if let Some(load) = &postgres_load {
            postgres_runs.push(load.run()?);
        }
    }
    drop((sqlite_load, postgres_load));
    let sqlite = WrkResult::median(&sqlite_runs);
    let on_postgres = match &postgres {
        Some(url) => {
            let crossing_db = BenchDatabase::create(url, "crossing")?;
            Some((WrkResult::median(&postgres_runs), crossing(&crossing_db)?))
        }
        None => None,
    };

    let verdict = |ok: bool| if ok { "met" } else { "NOT met" };
    let mut body = String::new();
    writeln!(
        body,
        "{}",
        provenance("cargo xtask bench likes --database postgres://…")
    )?;
    writeln!(
        body,
        "\nwrk {THREADS} threads, {CONNECTIONS} connections, {SECONDS} s, the median of \
         {ROUNDS} runs per backend taken in turns, against the release \
         server on loopback (same machine, which also runs the database); {ACCOUNTS} \
         signed-in accounts liking and unliking the {} demo designs at random. SQLite: WAL \
         with synchronous=FULL. PostgreSQL 15: the machine's server with its default \
         settings (synchronous_commit on), pooled connections.\n",
        sqlite.designs
    )?;
    let pg = on_postgres.as_ref().map(|(result, _)| result);
    let cell = |value: Option<String>| value.unwrap_or_else(|| "not run".into());
    writeln!(body, "| measure | SQLite | PostgreSQL | target |")?;
    writeln!(body, "| --- | --- | --- | --- |")?;
    writeln!(
        body,
        "| acknowledged likes/unlikes per second | {:.0} | {} | SQLite >= {TARGET_PER_SECOND:.0} ({}); PostgreSQL within {TARGET_POSTGRES_FACTOR}x of SQLite ({}) |",
        sqlite.per_second,
        cell(pg.map(|pg| format!("{:.0}", pg.per_second))),
        verdict(sqlite.per_second >= TARGET_PER_SECOND),
        pg.map_or("not run", |pg| verdict(pg.per_second * TARGET_POSTGRES_FACTOR >= sqlite.per_second)),
    )?;
    writeln!(
        body,
        "| latency p50 | {:.2} ms | {} | |",
        sqlite.p50_ms,
        cell(pg.map(|pg| format!("{:.2} ms", pg.p50_ms)))
    )?;
    writeln!(
        body,
        "| latency p99 | {:.2} ms | {} | < {TARGET_P99_MS} ms ({}) |",
        sqlite.p99_ms,
        cell(pg.map(|pg| format!("{:.2} ms", pg.p99_ms))),
        verdict(sqlite.p99_ms < TARGET_P99_MS && pg.is_none_or(|pg| pg.p99_ms < TARGET_P99_MS))
    )?;
    writeln!(
        body,
        "| requests | {} | {} | |",
        sqlite.requests,
        cell(pg.map(|pg| pg.requests.to_string()))
    )?;
    writeln!(
        body,
        "| non-2xx answers or socket errors | {} | {} | 0 |",
        sqlite.errors,
        cell(pg.map(|pg| pg.errors.to_string()))
    )?;
    if let Some((_, crossing)) = &on_postgres {
        writeln!(
            body,
            "\nTwo servers on one PostgreSQL database: {CROSSINGS} likes made one at a time \
             through server A, each timed from the start of its request to its `likes` event \
             on a stream open on server B (LISTEN/NOTIFY wakes B's dispatcher).\n"
        )?;
        writeln!(body, "| measure | value | target |")?;
        writeln!(body, "| --- | --- | --- |")?;
        writeln!(
            body,
            "| like on A to event on B, p50 | {:.1} ms | |",
            crossing.p50_ms
        )?;
        writeln!(
            body,
            "| like on A to event on B, p99 | {:.1} ms | < {TARGET_CROSSING_MS} ms ({}) |",
            crossing.p99_ms,
            verdict(crossing.p99_ms < TARGET_CROSSING_MS)
        )?;
    }
    print!("{body}");
    write_section("Likes", &body)?;
    let errors = sqlite.errors + pg.map_or(0, |pg| pg.errors);
    if errors > 0 {
        bail!("{errors} like requests failed");
    }
    Ok(())
}

/// A server with its signed-up accounts and the wrk script that likes through them.
struct Load {
    server: BenchServer,
    script: std::path::PathBuf,
    designs: usize,
}

impl Load {
    /// Signs up the accounts on `server` and writes its script (`name` tells the
    /// backends' scripts apart).
    fn prepare(server: BenchServer, name: &str) -> Result<Load> {
        let runtime = tokio::runtime::Runtime::new()?;
        let (tokens, designs) = runtime.block_on(async {
            note(&format!("signing up {ACCOUNTS} accounts"));
            let tokens = sign_up_many(&server.url, ACCOUNTS).await?;
            anyhow::Ok((tokens, design_ids(&server.url).await?))
        })?;
        let script = std::env::temp_dir().join(format!("cocrea-likes-{name}.lua"));
        std::fs::write(&script, lua_script(&tokens, &designs))?;
        Ok(Load {
            server,
            script,
            designs: designs.len(),
        })
    }

    /// One wrk run, read.
    fn run(&self) -> Result<WrkResult> {
        let mut wrk = command("wrk");
        wrk.args(["-t", &THREADS.to_string(), "-c", &CONNECTIONS.to_string()])
            .args(["-d", &format!("{SECONDS}s"), "--latency", "-s"])
            .arg(&self.script)
            .arg(&self.server.url);
        note(&format!("$ {}", crate::process::display(&wrk)));
        let output = capture(&mut wrk).context("wrk did not run")?;
        let mut result =
            parse(&output).with_context(|| format!("reading wrk's output:\n{output}"))?;
        result.designs = self.designs;
        Ok(result)
    }
}

/// What a like takes to cross from one server to another's live stream.
struct Crossing {
    p50_ms: f64,
    p99_ms: f64,
}

/// Starts two servers on `database`, opens a stream on B and times likes made through A.
fn crossing(database: &BenchDatabase) -> Result<Crossing> {
    let a = BenchServer::start_sharing(Some(&database.url))?;
    let b = BenchServer::start_sharing(Some(&database.url))?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let token = sign_up_many(&a.url, 1).await?.remove(0);
        let design = design_ids(&a.url).await?[0];
        let client = reqwest::Client::new();
        let mut stream = client
            .get(format!("{}/api/events", b.url))
            .send()
            .await?
            .bytes_stream();
        let mut buffer = String::new();
        let mut samples = Vec::with_capacity(CROSSINGS);
        for n in 0..CROSSINGS {
            let method = if n % 2 == 0 {
                reqwest::Method::PUT
            } else {
                reqwest::Method::DELETE
            };
            let started = Instant::now();
            let answer: serde_json::Value = client
                .request(method, format!("{}/api/designs/{design}/like", a.url))
                .header("cookie", format!("cocrea_session={token}"))
                .send()
                .await?
                .json()
                .await?;
            let wanted = format!("\"design_id\":{design},\"likes\":{}", answer["likes"]);
            tokio::time::timeout(Duration::from_secs(5), async {
                while !buffer.contains(&wanted) {
                    let chunk = stream.next().await.context("the stream ended")??;
                    buffer.push_str(&String::from_utf8_lossy(&chunk));
                }
                anyhow::Ok(())
            })
            .await
            .context("no event on B within 5 s")??;
            samples.push(started.elapsed().as_secs_f64() * 1000.0);
            buffer.clear();
        }
        samples.sort_by(f64::total_cmp);
        Ok(Crossing {
            p50_ms: percentile(&samples, 50.0),
            p99_ms: percentile(&samples, 99.0),
        })
    })
}

/// Debian's wrk, installed when missing and allowed.
fn ensure_wrk() -> Result<()> {
    if find_program("wrk").is_some() {
        return Ok(());
    }
    if capture(command("id").arg("-u")).as_deref().map(str::trim) == Some("0") {
        note("installing wrk (Debian package)");
        return run_command(command("apt-get").args(["install", "-y", "wrk"]));
    }
    bail!("wrk is missing: install Debian's `wrk` package (sudo apt-get install wrk)")
}

/// The wrk script: random account, random design, PUT or DELETE; prints a JSON summary.
fn lua_script(tokens: &[String], designs: &[i64]) -> String {
    let tokens = tokens
        .iter()
        .map(|token| format!("\"{token}\""))
        .collect::<Vec<_>>()
        .join(",");
    let designs = designs
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    format!(
        r#"local tokens = {{{tokens}}}
local designs = {{{designs}}}
math.randomseed(os.time())
request = function()
  local token = tokens[math.random(#tokens)]
  local design = designs[math.random(#designs)]
  local method = "PUT"
  if math.random(2) == 1 then method = "DELETE" end
  return wrk.format(method, "/api/designs/" .. design .. "/like", {{["Cookie"] = "cocrea_session=" .. token}})
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %d %d %d %f %f\n", summary.requests, summary.duration, errors,
    latency:percentile(50), latency:percentile(99)))
end
"#
    )
}

#[derive(Clone)]
struct WrkResult {
    designs: usize,
    requests: u64,
    errors: u64,
    per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
}

impl WrkResult {
    /// Each measure's median over `runs` (errors summed: any error counts).
    fn median(runs: &[WrkResult]) -> WrkResult {
        let middle = |measure: fn(&WrkResult) -> f64| {
            let mut values: Vec<f64> = runs.iter().map(measure).collect();
            values.sort_by(f64::total_cmp);
            values[values.len() / 2]
        };
        WrkResult {
            designs: runs[0].designs,
            requests: middle(|run| run.requests as f64) as u64,
            errors: runs.iter().map(|run| run.errors).sum(),
            per_second: middle(|run| run.per_second),
            p50_ms: middle(|run| run.p50_ms),
            p99_ms: middle(|run| run.p99_ms),
        }
    }
}

fn parse(output: &str) -> Result<WrkResult> {
    let line = output
        .lines()
        .find_map(|line| line.strip_prefix("RESULT "))
        .context("no RESULT line")?;
    let fields: Vec<f64> = line
        .split_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()?;
    let [requests, duration_us, errors, p50_us, p99_us] = fields[..] else {
        bail!("unexpected RESULT line {line:?}");
    };
    let ok = (requests - errors).max(0.0);
    Ok(WrkResult {
        designs: 0,
        requests: requests as u64,
        errors: errors as u64,
        per_second: ok / (duration_us / 1e6),
        p50_ms: p50_us / 1000.0,
        p99_ms: p99_us / 1000.0,
    })
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn wrk_results_are_read_from_the_script_summary() {
        let result = parse("Running 15s test\nRESULT 150000 15000000 0 2500.0 12000.0\n").unwrap();
        assert_eq!(result.requests, 150_000);
        assert_eq!(result.per_second, 10_000.0);
        assert_eq!(result.p50_ms, 2.5);
        assert_eq!(result.p99_ms, 12.0);
    }
}
