//! A release server started for a benchmark: demo data, rate limits off, a
//! fresh data directory, on a free loopback port; stopped when dropped.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Stdio};

use anyhow::{bail, Context, Result};

use crate::app::{build_server, server_binary};
use crate::process::{command, note};

/// A running benchmark server.
pub struct BenchServer {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    data_dir: PathBuf,
}

impl BenchServer {
    /// Builds the release server and starts it with the demo designs.
    pub fn start() -> Result<BenchServer> {
        build_server()?;
        let data_dir = std::env::temp_dir().join(format!("cocrea-bench-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&data_dir);
        let mut child = command(server_binary())
            .args([
                "--listen",
                "127.0.0.1:0",
                "--demo",
                "--rate-limits",
                "off",
                "--data-dir",
            ])
            .arg(&data_dir)
            .args(["--dist-dir", "dist"])
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
        note(&format!("benchmark server at {url}"));
        Ok(BenchServer {
            url: url.to_owned(),
            child,
            data_dir,
        })
    }

    /// The server's process id (to read its memory use).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The server's resident memory in KiB, from /proc.
    pub fn resident_kib(&self) -> Result<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()))?;
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|kib| kib.parse().ok())
            .context("VmRSS in /proc/PID/status")
    }
}

impl Drop for BenchServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

/// Signs up `count` accounts; returns each one's session token.
pub async fn sign_up_many(url: &str, count: usize) -> Result<Vec<String>> {
    let client = reqwest::Client::new();
    let mut tokens = Vec::with_capacity(count);
    let pid = std::process::id();
    for n in 0..count {
        let response = client
            .post(format!("{url}/api/auth/signup"))
            .json(&serde_json::json!({
                "name": format!("Bench shopper {n}"),
                "email": format!("bench{pid}-{n}@example.com"),
                "password": "benchmark-password-1",
            }))
            .send()
            .await?;
        anyhow::ensure!(
            response.status() == 201,
            "sign-up answered {}",
            response.status()
        );
        let cookie = response
            .headers()
            .get("set-cookie")
            .and_then(|value| value.to_str().ok())
            .context("a session cookie")?;
        let token = cookie
            .split(';')
            .next()
            .and_then(|pair| pair.strip_prefix("cocrea_session="))
            .context("the session token")?;
        tokens.push(token.to_owned());
    }
    Ok(tokens)
}

/// The ids of the public designs (the demo data).
pub async fn design_ids(url: &str) -> Result<Vec<i64>> {
    let page: serde_json::Value = reqwest::get(format!("{url}/api/designs?limit=100"))
        .await?
        .json()
        .await?;
    Ok(page["items"]
        .as_array()
        .context("items")?
        .iter()
        .filter_map(|item| item["id"].as_i64())
        .collect())
}

/// The value at `percent` (0 to 100) of sorted samples.
pub fn percentile(sorted: &[f64], percent: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((percent / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}
