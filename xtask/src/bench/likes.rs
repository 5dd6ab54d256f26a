//! Likes per second and the like endpoint's latency under many concurrent
//! signed-in clients on loopback, measured with wrk (a real load generator).
//!
//! Each request is a PUT or DELETE on `/api/designs/{id}/like` by a random
//! one of 256 accounts on a random demo design, so about half change state.

use std::fmt::Write as _;

use anyhow::{bail, Context, Result};

use super::report::{provenance, write_section};
use super::server::{design_ids, sign_up_many, BenchServer};
use crate::process::{capture, command, find_program, note, run as run_command};

const ACCOUNTS: usize = 256;
const CONNECTIONS: u32 = 64;
const THREADS: u32 = 2;
const SECONDS: u32 = 15;
/// The targets from the likes issue.
const TARGET_PER_SECOND: f64 = 10_000.0;
const TARGET_P99_MS: f64 = 25.0;

/// Runs the benchmark and writes its section of docs/benchmarks.md.
pub fn run() -> Result<()> {
    ensure_wrk()?;
    let server = BenchServer::start()?;
    let runtime = tokio::runtime::Runtime::new()?;
    let (tokens, designs) = runtime.block_on(async {
        note(&format!("signing up {ACCOUNTS} accounts"));
        let tokens = sign_up_many(&server.url, ACCOUNTS).await?;
        anyhow::Ok((tokens, design_ids(&server.url).await?))
    })?;
    let script = std::env::temp_dir().join("cocrea-likes.lua");
    std::fs::write(&script, lua_script(&tokens, &designs))?;
    let mut wrk = command("wrk");
    wrk.args(["-t", &THREADS.to_string(), "-c", &CONNECTIONS.to_string()])
        .args(["-d", &format!("{SECONDS}s"), "--latency", "-s"])
        .arg(&script)
        .arg(&server.url);
    note(&format!("$ {}", crate::process::display(&wrk)));
    let output = capture(&mut wrk).context("wrk did not run")?;
    let result = parse(&output).with_context(|| format!("reading wrk's output:\n{output}"))?;
    drop(server);

    let verdict = |ok: bool| if ok { "met" } else { "NOT met" };
    let mut body = String::new();
    writeln!(body, "{}", provenance("cargo xtask bench likes"))?;
    writeln!(
        body,
        "\nwrk {THREADS} threads, {CONNECTIONS} connections, {SECONDS} s, against the release \
         server on loopback (same machine), SQLite in WAL mode with synchronous=FULL; \
         {ACCOUNTS} signed-in accounts liking and unliking the {} demo designs at random.\n",
        designs.len()
    )?;
    writeln!(body, "| measure | value | target |")?;
    writeln!(body, "| --- | --- | --- |")?;
    writeln!(
        body,
        "| acknowledged likes/unlikes per second | {:.0} | >= {TARGET_PER_SECOND:.0} ({}) |",
        result.per_second,
        verdict(result.per_second >= TARGET_PER_SECOND)
    )?;
    writeln!(body, "| latency p50 | {:.2} ms | |", result.p50_ms)?;
    writeln!(
        body,
        "| latency p99 | {:.2} ms | < {TARGET_P99_MS} ms ({}) |",
        result.p99_ms,
        verdict(result.p99_ms < TARGET_P99_MS)
    )?;
    writeln!(body, "| requests | {} | |", result.requests)?;
    writeln!(
        body,
        "| non-2xx answers or socket errors | {} | 0 |",
        result.errors
    )?;
    print!("{body}");
    write_section("Likes", &body)?;
    if result.errors > 0 {
        bail!("{} like requests failed", result.errors);
    }
    Ok(())
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

struct WrkResult {
    requests: u64,
    errors: u64,
    per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
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
