//! cocrea's server: the JSON API, storage, images, and the built browser app.
//!
//! [`Application::build`] binds and prepares everything; `main` only parses
//! the command line and runs it, so tests start the same server on port 0.

pub mod auth;
pub mod cli;
pub mod config;
mod demo;
pub mod demo_art;
pub mod displays;
pub mod error;
pub mod events;
pub mod image_size;
pub mod images;
pub mod routes;
mod serve;
pub mod state;
pub mod storage;
pub mod webhooks;
pub mod wire;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

pub use clap::Parser;
pub use config::Config;

use crate::auth::rate_limit::KeyedLimit;
use crate::images::ImageStore;
use crate::state::AppState;
use crate::storage::Store;

/// A server that is bound and ready to run.
pub struct Application {
    listener: TcpListener,
    router: Router,
    address: SocketAddr,
    events: events::Events,
}

impl Application {
    /// Opens the data directory, migrates, seeds demo data if asked, and binds.
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        std::fs::create_dir_all(&config.data_dir).with_context(|| {
            format!(
                "cannot create the data directory {}",
                config.data_dir.display()
            )
        })?;
        let store = Store::open(&config.database_path()).context("cannot open the database")?;
        let images =
            ImageStore::open(config.images_dir()).context("cannot open the images directory")?;
        if config.demo {
            demo::seed_if_empty(&store, &images, config.like_goal)
                .await
                .context("cannot seed the demo designs")?;
        }
        let state = AppState {
            store,
            images: Arc::new(images),
            like_goal: config.like_goal,
            image_work: Arc::new(Semaphore::new(
                std::thread::available_parallelism().map_or(2, |cores| cores.get()),
            )),
            rate_limits: config.rate_limits.is_on(),
            login_limit: KeyedLimit::new(
                config.rate_limits.is_on(),
                auth::rate_limit::LOGINS_PER_ACCOUNT,
            ),
            events: events::Events::new(),
            moderation: config.moderation.is_on(),
            displays: displays::DisplaySettings::from_config(&config),
            min_image_side: config.min_image_side,
        };
        let events = state.events.clone();
        webhooks::start(&state, webhooks::WebhookSettings::from_config(&config));
        let router = routes::router(state, &config.dist_dir);
        let listener = TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.listen))?;
        let address = listener.local_addr()?;
        Ok(Application {
            listener,
            router,
            address,
            events,
        })
    }

    /// The address the server is bound to (with the real port when 0 was asked).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The base URL, as `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let events = self.events;
        serve::serve(self.listener, self.router, async move {
            shutdown_signal().await;
            events.close();
        })
        .await
        .context("the server failed")
    }
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
