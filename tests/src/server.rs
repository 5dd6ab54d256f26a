//! The server under test: the real server on a free port with a fresh data directory
//! and the built app from dist/, in this process or on a thread of its own.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use cocrea_server::{Application, Config};
use tempfile::TempDir;

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
    let dist = std::env::var_os("COCREA_DIST").map_or_else(
        || {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("..")
                .join("dist")
        },
        PathBuf::from,
    );
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
