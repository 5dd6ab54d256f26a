//! The PostgreSQL server the API suite's second run uses: `COCREA_TEST_DATABASE`, or
//! the machine's own on 127.0.0.1:5432 (started when it is installed but stopped).
//! When none can be reached the test command stops and says what to start: the
//! PostgreSQL run is never skipped.

use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use anyhow::{bail, Result};

use crate::process::{capture, command, find_program, note};

/// The variable that names the server (also read by the API tests).
pub const TEST_DATABASE_VAR: &str = "COCREA_TEST_DATABASE";
/// The machine's own server, with trust authentication for local connections.
const LOCAL_URL: &str = "postgres://postgres@127.0.0.1:5432/test";
const LOCAL_ADDRESS: ([u8; 4], u16) = ([127, 0, 0, 1], 5432);

/// The URL of a reachable PostgreSQL server for the tests.
pub fn ensure_postgres() -> Result<String> {
    if let Some(url) = std::env::var(TEST_DATABASE_VAR)
        .ok()
        .filter(|url| !url.is_empty())
    {
        note(&format!(
            "PostgreSQL for the tests: {url} (from {TEST_DATABASE_VAR})"
        ));
        return Ok(url);
    }
    if !local_server_answers() {
        start_local_cluster();
    }
    if local_server_answers() {
        note(&format!("PostgreSQL for the tests: {LOCAL_URL}"));
        return Ok(LOCAL_URL.to_owned());
    }
    bail!(
        "the API suite also runs on PostgreSQL, and none answers on 127.0.0.1:5432.\n\
         Start it (on Debian: `pg_ctlcluster --skip-systemctl-redirect 15 main start`), or set \
         {TEST_DATABASE_VAR}=postgres://USER@HOST:PORT/DB to a server where USER may create \
         databases (each test makes and drops its own)."
    )
}

fn local_server_answers() -> bool {
    TcpStream::connect_timeout(&SocketAddr::from(LOCAL_ADDRESS), Duration::from_secs(2)).is_ok()
}

/// Starts the machine's PostgreSQL clusters if Debian's tools are installed.
fn start_local_cluster() {
    if find_program("pg_ctlcluster").is_none() {
        return;
    }
    let Some(versions) = std::fs::read_dir("/etc/postgresql").ok() else {
        return;
    };
    for version in versions.flatten() {
        let version = version.file_name().to_string_lossy().into_owned();
        note(&format!(
            "starting PostgreSQL {version} (it was not running)"
        ));
        let _ = capture(command("pg_ctlcluster").args([
            "--skip-systemctl-redirect",
            &version,
            "main",
            "start",
        ]));
    }
    for _ in 0..20 {
        if local_server_answers() {
            return;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}
