//! A release server started for a benchmark: demo data, rate limits off, a
//! fresh data directory (or a fresh PostgreSQL database), on a free loopback port;
//! stopped when dropped (its database with it).

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
    database: Option<BenchDatabase>,
}

/// A PostgreSQL database made for one benchmark run and dropped after it.
pub struct BenchDatabase {
    admin_url: String,
    name: String,
    /// The URL servers use.
    pub url: String,
}

impl BenchDatabase {
    /// Creates `cocrea_bench_<pid>_<suffix>` on the server at `admin_url` (with psql).
    pub fn create(admin_url: &str, suffix: &str) -> Result<BenchDatabase> {
        let name = format!("cocrea_bench_{}_{suffix}", std::process::id());
        psql(
            admin_url,
            &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        )?;
        psql(admin_url, &format!("CREATE DATABASE {name}"))?;
        let (base, query) = admin_url.split_once('?').unwrap_or((admin_url, ""));
        let authority = base
            .find("://")
            .and_then(|scheme| base[scheme + 3..].find('/').map(|slash| scheme + 3 + slash))
            .unwrap_or(base.len());
        let mut url = format!("{}/{name}", &base[..authority]);
        if !query.is_empty() {
            url = format!("{url}?{query}");
        }
        Ok(BenchDatabase {
            admin_url: admin_url.to_owned(),
            name,
            url,
        })
    }
}

impl Drop for BenchDatabase {
    fn drop(&mut self) {
        let _ = psql(
            &self.admin_url,
            &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
        );
    }
}

/// Runs one SQL command with Debian's psql.
fn psql(url: &str, sql: &str) -> Result<()> {
    crate::process::run(command("psql").args([url, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql]))
}

impl BenchServer {
    /// Builds the release server and starts it with the demo designs, on SQLite.
    pub fn start() -> Result<BenchServer> {
        BenchServer::start_on(None)
    }

    /// Builds the release server and starts it with the demo designs, on `database`
    /// (PostgreSQL; dropped with the server) or else SQLite.
    pub fn start_on(database: Option<BenchDatabase>) -> Result<BenchServer> {
        let url = database.as_ref().map(|db| db.url.clone());
        let mut server = BenchServer::start_sharing(url.as_deref())?;
        server.database = database;
        Ok(server)
    }

    /// Starts one more release server on the PostgreSQL database at `url` (or SQLite
    /// when `None`), leaving the database to whoever made it.
    pub fn start_sharing(database_url: Option<&str>) -> Result<BenchServer> {
        static STARTED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        build_server()?;
        let data_dir = std::env::temp_dir().join(format!(
            "cocrea-bench-{}-{}",
            std::process::id(),
            STARTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&data_dir);
        let mut server = command(server_binary());
        server
            .args([
                "--listen",
                "127.0.0.1:0",
                "--demo",
                "--rate-limits",
                "off",
                "--data-dir",
            ])
            .arg(&data_dir)
            .args(["--dist-dir", "dist"]);
        if let Some(url) = database_url {
            server.args(["--database", url]);
        }
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
        note(&format!("benchmark server at {url}"));
        Ok(BenchServer {
            url: url.to_owned(),
            child,
            data_dir,
            database: None,
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
