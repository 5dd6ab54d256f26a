//! Headless Chromium driven through its own chromedriver, started and stopped with
//! the test.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::ops::Deref;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use fantoccini::{Client, ClientBuilder};
use tempfile::TempDir;

use crate::eventually::eventually_within;
use crate::WAIT;

/// Headless Chromium driven by its own chromedriver; both stop when this is dropped.
/// Derefs to the fantoccini [`Client`].
pub struct Browser {
    pub(crate) client: Client,
    session_id: Option<String>,
    driver: Child,
    driver_port: u16,
    _profile: TempDir,
}

/// Starts chromedriver (`CHROMEDRIVER`, else `chromedriver` on PATH) on a free port and
/// opens a fresh headless Chromium session with a throwaway profile.
/// A start that fails (a port taken between choosing and binding it, a Chromium slow
/// to come up on a loaded machine) is tried again, up to three times.
pub async fn start_browser() -> Browser {
    let mut failures = Vec::new();
    for _ in 0..3 {
        match try_start_browser().await {
            Ok(browser) => return browser,
            Err(error) => failures.push(format!("{error:#}")),
        }
    }
    panic!(
        "chromedriver and Chromium did not start (Debian: apt-get install chromium \
         chromium-driver); each attempt said:\n{}",
        failures.join("\n")
    )
}

async fn try_start_browser() -> Result<Browser> {
    let profile = tempfile::tempdir().context("a temporary browser profile")?;
    let driver_path = std::env::var_os("CHROMEDRIVER").unwrap_or_else(|| "chromedriver".into());
    let driver_port = free_port()?;
    let log = profile.path().join("chromedriver.log");
    let mut driver = Command::new(&driver_path)
        .arg(format!("--port={driver_port}"))
        .arg(format!("--log-path={}", log.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("cannot start {}", Path::new(&driver_path).display()))?;
    if let Err(error) = wait_for_port(&mut driver, driver_port).await {
        let _ = driver.kill();
        let _ = driver.wait();
        let log = std::fs::read_to_string(&log).unwrap_or_default();
        return Err(error.context(format!("chromedriver log:\n{log}")));
    }

    let user_data_dir = profile.path().join("chromium");
    let mut args = vec![
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        // The app follows the browser's language: tests read English unless they
        // ask for another with `?lang=`.
        "--lang=en-US",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect::<Vec<_>>();
    args.push(format!("--user-data-dir={}", user_data_dir.display()));
    let mut options = serde_json::json!({
        "args": args,
        "prefs": { "intl": { "accept_languages": "en-US,en" } },
    });
    if Path::new("/usr/bin/chromium").is_file() {
        options["binary"] = "/usr/bin/chromium".into();
    }
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("goog:chromeOptions".to_owned(), options);

    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let connected = ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{driver_port}"))
        .await;
    let client = match connected {
        Ok(client) => client,
        Err(error) => {
            let _ = driver.kill();
            let _ = driver.wait();
            bail!("cannot open a Chromium session: {error}");
        }
    };
    let session_id = client.session_id().await.ok().flatten();
    Ok(Browser {
        client,
        session_id,
        driver,
        driver_port,
        _profile: profile,
    })
}

impl Browser {
    /// Ends the session (Chromium quits); chromedriver stops when this is dropped.
    pub async fn close(mut self) {
        if self.session_id.take().is_some() {
            let _ = self.client.clone().close().await;
        }
    }
}

impl Deref for Browser {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // A test that panicked never reached close(): end the session with a plain
        // blocking request (no async runtime needed here), so Chromium does not outlive
        // its chromedriver.
        if let Some(session_id) = self.session_id.take() {
            let _ = delete_session(self.driver_port, &session_id);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// `DELETE /session/{id}` on chromedriver, over a bare TCP connection.
fn delete_session(port: u16, session_id: &str) -> std::io::Result<()> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "DELETE /session/{session_id} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response)?;
    Ok(())
}

/// A loopback port that was free a moment ago.
fn free_port() -> Result<u16> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).context("binding a free port")?;
    Ok(listener.local_addr()?.port())
}

/// Waits until something accepts connections on `port`, or `process` exits.
async fn wait_for_port(process: &mut Child, port: u16) -> Result<()> {
    let answered = eventually_within(WAIT, || {
        let listening = TcpStream::connect(("127.0.0.1", port)).is_ok();
        let exited = process.try_wait();
        async move {
            match (listening, exited) {
                (true, _) => Ok(Ok(())),
                (false, Ok(Some(status))) => Ok(Err(anyhow::anyhow!(
                    "chromedriver exited before listening on port {port}: {status}"
                ))),
                (false, Err(error)) => Ok(Err(error.into())),
                (false, Ok(None)) => Err(()),
            }
        }
    })
    .await;
    match answered {
        Ok(outcome) => outcome,
        Err(()) => bail!("chromedriver did not listen on port {port} within {WAIT:?}"),
    }
}
