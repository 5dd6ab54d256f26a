//! Helpers for the end-to-end tests: the real server on a free port with a fresh data
//! directory, the built app from dist/, and real Chromium driven through chromedriver.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use cocrea_server::{Application, Config};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use tempfile::TempDir;

/// How long a test waits for the page to show something before it fails.
pub const WAIT: Duration = Duration::from_secs(20);

/// The server under test, stopped when dropped.
pub struct TestApp {
    /// The base URL, as `http://127.0.0.1:PORT`.
    pub url: String,
    /// The address the server listens on.
    pub address: SocketAddr,
    server: tokio::task::JoinHandle<()>,
    _data_dir: TempDir,
}

impl TestApp {
    /// The absolute URL of `path` (which starts with `/`) on this server.
    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// The built browser app: `COCREA_DIST`, else the workspace's dist/.
pub fn dist_dir() -> PathBuf {
    let dist = std::env::var_os("COCREA_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("..")
                .join("dist")
        });
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: run `cargo xtask test` (it builds dist/ first)",
        dist.display()
    );
    dist
}

/// Starts the real server in this process on 127.0.0.1:0 with a fresh data directory
/// and the built app.
pub async fn spawn_app() -> TestApp {
    let data_dir = tempfile::tempdir().expect("a temporary data directory");
    let config = Config::for_tests(data_dir.path(), dist_dir());
    let application = Application::build(config).await.expect("the server starts");
    let address = application.address();
    let server = tokio::spawn(async move {
        if let Err(error) = application.run_until_stopped().await {
            eprintln!("the server under test stopped: {error:#}");
        }
    });
    TestApp {
        url: format!("http://{address}"),
        address,
        server,
        _data_dir: data_dir,
    }
}

/// Headless Chromium driven by its own chromedriver; both stop when this is dropped.
/// Derefs to the fantoccini [`Client`].
pub struct Browser {
    client: Client,
    session_id: Option<String>,
    driver: Child,
    driver_port: u16,
    _profile: TempDir,
}

/// Starts chromedriver (`CHROMEDRIVER`, else `chromedriver` on PATH) on a free port and
/// opens a fresh headless Chromium session with a throwaway profile.
pub async fn start_browser() -> Browser {
    try_start_browser().await.expect(
        "chromedriver and Chromium start (Debian: apt-get install chromium chromium-driver)",
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
    ]
    .into_iter()
    .map(str::to_owned)
    .collect::<Vec<_>>();
    args.push(format!("--user-data-dir={}", user_data_dir.display()));
    let mut options = serde_json::json!({ "args": args });
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
    /// The first element matching `css`, waiting up to [`WAIT`] for it to appear.
    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("no `{css}` within {WAIT:?}: {error}"))
    }

    /// Waits up to [`WAIT`] until the element matching `css` has exactly `expected` as
    /// its visible text (pages fill in after their data loads).
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> Element {
        let deadline = Instant::now() + WAIT;
        let mut seen = None;
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                if let Ok(text) = element.text().await {
                    if text.trim() == expected {
                        return element;
                    }
                    seen = Some(text);
                }
            }
            assert!(
                Instant::now() < deadline,
                "`{css}` did not read {expected:?} within {WAIT:?}; last seen: {seen:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The path of the page the browser shows now, as `/submit`.
    pub async fn path(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("the current URL")
            .path()
            .to_owned()
    }

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
    let deadline = Instant::now() + WAIT;
    loop {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        if let Some(status) = process.try_wait()? {
            bail!("chromedriver exited before listening on port {port}: {status}");
        }
        if Instant::now() >= deadline {
            bail!("chromedriver did not listen on port {port} within {WAIT:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Writes a PNG that looks like a garment sketch (a dress shape on a tinted background)
/// to `dir/name` and returns its absolute path, for upload through a file input.
pub fn write_test_png(dir: &Path, name: &str) -> PathBuf {
    let (width, height) = (480u32, 640u32);
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        let (cx, x, y) = (width as i64 / 2, x as i64, y as i64);
        // A bodice from y 120 to 300, then a skirt widening to the hem at y 580.
        let half_width = match y {
            120..=300 => 60,
            301..=580 => 60 + (y - 300) * 140 / 280,
            _ => -1,
        };
        if (x - cx).abs() <= half_width {
            image::Rgb([180, 40, 90])
        } else {
            image::Rgb([240, 230, (200 + y % 40) as u8])
        }
    });
    let path = dir.join(name);
    image.save(&path).expect("the test PNG is written");
    std::fs::canonicalize(&path).expect("the test PNG has an absolute path")
}
