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

/// The password of every account [`Browser::sign_up`] creates.
pub const PASSWORD: &str = "linen summer wrap 42";

/// The email of the account [`Browser::sign_up`] creates for `name`: "Mara Lind" signs
/// in as `mara.lind@example.com`.
pub fn email_of(name: &str) -> String {
    format!("{}@example.com", name.to_lowercase().replace(' ', "."))
}

/// The server under test, stopped when dropped.
pub struct TestApp {
    /// The base URL, as `http://127.0.0.1:PORT`.
    pub url: String,
    /// The address the server listens on.
    pub address: SocketAddr,
    /// The server's database, to check what it recorded (as the brand's insights read it).
    pub store: cocrea_server::storage::Store,
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
    spawn_app_with(|_| {}).await
}

/// Starts the server as [`spawn_app`] does, after `configure` has changed its settings
/// (for example `|config| config.demo = true` for the demo designs and their likes).
pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    let data_dir = tempfile::tempdir().expect("a temporary data directory");
    let mut config = Config::for_tests(data_dir.path(), dist_dir());
    configure(&mut config);
    let application = Application::build(config).await.expect("the server starts");
    let address = application.address();
    let store = application.store();
    let server = tokio::spawn(async move {
        if let Err(error) = application.run_until_stopped().await {
            eprintln!("the server under test stopped: {error:#}");
        }
    });
    TestApp {
        url: format!("http://{address}"),
        address,
        store,
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
    /// Opens `url` as a person would and waits until the app has taken over: the
    /// server's first paint of `/` and `/designs/:id` (inert copies of the cards and
    /// the design, which the app replaces) is gone, so what a test finds and clicks is
    /// the app's own. Shadows `Client::goto`.
    pub async fn goto(&self, url: &str) -> Result<(), fantoccini::error::CmdError> {
        self.client.goto(url).await?;
        let deadline = Instant::now() + WAIT;
        loop {
            let first_paint = self
                .client
                .execute(
                    "return document.getElementById('first-paint') !== null;",
                    vec![],
                )
                .await?;
            if first_paint == false {
                return Ok(());
            }
            assert!(
                Instant::now() < deadline,
                "the server's first paint of {url} was still there after {WAIT:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

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

    /// Creates an account named `name` through the sign-up page, which then opens `next`
    /// (a path such as `/submit`), as a newcomer who was sent to sign up would.
    pub async fn sign_up(&self, app: &TestApp, name: &str, next: &str) {
        self.goto(&app.at(&format!("/signup?next={next}")))
            .await
            .expect("the sign-up page opens");
        let form = self.wait_for("form#signup-form").await;
        let email = email_of(name);
        for (field, value) in [
            ("name", name),
            ("email", email.as_str()),
            ("password", PASSWORD),
        ] {
            form.find(Locator::Css(&format!("input[name={field}]")))
                .await
                .unwrap_or_else(|error| panic!("no `{field}` field on the sign-up form: {error}"))
                .send_keys(value)
                .await
                .expect("typing into the sign-up form");
        }
        form.find(Locator::Css("button[type=submit]"))
            .await
            .expect("the sign-up button")
            .click()
            .await
            .expect("clicking the sign-up button");
        let deadline = Instant::now() + WAIT;
        while self.path().await != next {
            assert!(
                Instant::now() < deadline,
                "signing up did not lead to {next} within {WAIT:?}; the page is {}",
                self.path().await
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Fills in the submit form (the browser is on `/submit`) and sends it: `image` is a
    /// file on disk, chosen by typing its path into the file input as the picker would.
    pub async fn send_design_form(
        &self,
        title: &str,
        description: &str,
        category: &str,
        image: &Path,
    ) {
        let form = self.wait_for("form#submit-form").await;
        let image = image.to_str().expect("a UTF-8 path");
        for (css, value) in [
            ("input[name=title]", title),
            ("textarea[name=description]", description),
            ("input[type=file][name=image]", image),
        ] {
            form.find(Locator::Css(css))
                .await
                .unwrap_or_else(|error| panic!("no {css} in the submit form: {error}"))
                .send_keys(value)
                .await
                .unwrap();
        }
        form.find(Locator::Css("select[name=category]"))
            .await
            .expect("the category menu")
            .select_by_value(category)
            .await
            .unwrap();
        form.find(Locator::Css("button[type=submit]"))
            .await
            .expect("the submit button")
            .click()
            .await
            .unwrap();
    }

    /// Every piece of text a person or a screen reader meets on the page: text nodes,
    /// the words in labels, titles, placeholders and alt texts, and the tab's title.
    pub async fn words_on_page(&self) -> Vec<String> {
        let found = self
            .execute(
                r#"
                const words = [document.title];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                    const parent = walker.currentNode.parentElement;
                    if (parent && !parent.closest('script, style, noscript')) {
                        words.push(walker.currentNode.textContent);
                    }
                }
                for (const element of document.body.querySelectorAll('*')) {
                    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
                        const value = element.getAttribute(name);
                        if (value) words.push(value);
                    }
                }
                return words.map((w) => w.trim()).filter((w) => w.length > 0);
                "#,
                vec![],
            )
            .await
            .expect("the page's words are read");
        serde_json::from_value(found).expect("a list of strings")
    }

    /// Submits a dress titled `title` with `image` through the submit form (the
    /// browser is on `/submit`) and waits for the new design's page.
    pub async fn submit_design(&self, title: &str, image: &Path) {
        self.send_design_form(
            title,
            "A loose linen dress that wraps at the waist, with deep side pockets.",
            "dresses",
            image,
        )
        .await;
        self.wait_for_text("h1.design-title", title).await;
    }

    /// Waits up to [`WAIT`] until the element matching `css` has the attribute `name`
    /// equal to `expected` (as `aria-pressed` after a tap).
    pub async fn wait_for_attribute(&self, css: &str, name: &str, expected: &str) -> Element {
        let deadline = Instant::now() + WAIT;
        let mut seen = None;
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                if let Ok(value) = element.attr(name).await {
                    if value.as_deref() == Some(expected) {
                        return element;
                    }
                    seen = Some(value);
                }
            }
            assert!(
                Instant::now() < deadline,
                "`{css}` did not get {name}={expected:?} within {WAIT:?}; last seen: {seen:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Types `value` into the input named `name` for each pair, inside the form matching
    /// `form_css`, then presses its submit button.
    pub async fn fill_in(&self, form_css: &str, fields: &[(&str, &str)]) {
        let form = self.wait_for(form_css).await;
        for (name, value) in fields {
            form.find(Locator::Css(&format!("[name={name}]")))
                .await
                .unwrap_or_else(|error| panic!("no field {name} in {form_css}: {error}"))
                .send_keys(value)
                .await
                .unwrap();
        }
        form.find(Locator::Css("button[type=submit]"))
            .await
            .unwrap_or_else(|error| panic!("no submit button in {form_css}: {error}"))
            .click()
            .await
            .unwrap();
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
    // 600 px on the short side: the smallest image the submit form accepts.
    let (width, height) = (600u32, 800u32);
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        // The sketch is drawn at 480 x 640 and scaled up by 5/4.
        let (cx, x, y) = (480 / 2, x as i64 * 4 / 5, y as i64 * 4 / 5);
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

/// A server that a test can stop completely and start again on the same port and data
/// directory, as when the real process dies and comes back.
///
/// It runs in its own Tokio runtime on its own thread: stopping drops that runtime, so
/// every open connection (the browser's event stream too) closes at once. A server
/// spawned on the test's runtime would keep those connections alive after an abort.
pub struct RestartableApp {
    /// The base URL, as `http://127.0.0.1:PORT`; the same after a restart.
    pub url: String,
    config: Config,
    running: Option<RunningServer>,
    _data_dir: TempDir,
}

struct RunningServer {
    stop: tokio::sync::oneshot::Sender<()>,
    thread: std::thread::JoinHandle<()>,
}

impl RestartableApp {
    /// Starts the server on a free port with a fresh data directory, after `configure`.
    pub fn start(configure: impl FnOnce(&mut Config)) -> RestartableApp {
        let data_dir = tempfile::tempdir().expect("a temporary data directory");
        let mut config = Config::for_tests(data_dir.path(), dist_dir());
        configure(&mut config);
        let (address, running) = run_on_own_runtime(config.clone());
        // From now on, the same port each time.
        config.listen = address;
        RestartableApp {
            url: format!("http://{address}"),
            config,
            running: Some(running),
            _data_dir: data_dir,
        }
    }

    /// The absolute URL of `path` (which starts with `/`) on this server.
    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }

    /// Stops the server and closes every connection it had; waits until it is gone.
    pub fn stop(&mut self) {
        if let Some(running) = self.running.take() {
            let _ = running.stop.send(());
            running.thread.join().expect("the server thread ends");
        }
    }

    /// Starts the server again on the same port, with the same data.
    pub fn restart(&mut self) {
        self.stop();
        let (_, running) = run_on_own_runtime(self.config.clone());
        self.running = Some(running);
    }
}

impl Drop for RestartableApp {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Builds and runs the server on a new thread with its own runtime; answers once it
/// listens.
fn run_on_own_runtime(config: Config) -> (SocketAddr, RunningServer) {
    let (ready, listening) = std::sync::mpsc::channel();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime for the server");
        runtime.block_on(async move {
            let application = match Application::build(config).await {
                Ok(application) => application,
                Err(error) => {
                    let _ = ready.send(Err(format!("{error:#}")));
                    return;
                }
            };
            let _ = ready.send(Ok(application.address()));
            tokio::select! {
                result = application.run_until_stopped() => {
                    if let Err(error) = result {
                        eprintln!("the server under test stopped: {error:#}");
                    }
                }
                _ = stopped => {}
            }
        });
        // Dropping the runtime drops every connection task: their sockets close.
        runtime.shutdown_timeout(Duration::from_secs(5));
    });
    let address = listening
        .recv()
        .expect("the server thread answers")
        .unwrap_or_else(|error| panic!("the server starts: {error}"));
    (address, RunningServer { stop, thread })
}
