//! cocrea's server: the JSON API, storage, images, and the built browser app.
//!
//! [`Application::build`] binds and prepares everything; `main` only parses
//! the command line and runs it, so tests start the same server on port 0.

pub mod auth;
pub mod cli;
pub mod config;
mod demo;
pub mod dispatcher;
pub mod displays;
pub mod domain;
pub mod error;
pub mod events;
pub mod gallery_seed;
pub mod image_size;
pub mod images;
#[cfg(test)]
mod module_graph;
pub mod notifications;
pub mod routes;
mod serve;
pub mod state;
pub mod storage;
pub mod trending;
pub mod webhooks;
pub mod wire;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::{Notify, Semaphore};

pub use clap::Parser;
pub use config::Config;

use crate::auth::limits::KeyedLimit;
use crate::state::AppState;

/// A server that is bound and ready to run.
pub struct Application {
    listener: TcpListener,
    router: Router,
    address: SocketAddr,
    events: events::Events,
    store: storage::Store,
}

impl Application {
    /// Opens the database, migrates, seeds demo data if asked, starts the dispatcher,
    /// the notification maker and the webhook tasks, and binds.
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        let store = config.open_store().await?;
        tracing::info!(backend = store.kind(), "database open");
        if config.demo {
            demo::seed_if_empty(&store, config.like_goal)
                .await
                .context("cannot seed the demo designs")?;
        }
        trending::start(&store)
            .await
            .context("cannot rank the designs for trending")?;
        let events = events::Events::new();
        let webhook_facts = Arc::new(Notify::new());
        let notification_facts = Arc::new(Notify::new());
        dispatcher::start(
            store.clone(),
            events.clone(),
            dispatcher::Wakers {
                webhooks: webhook_facts.clone(),
                notifications: notification_facts.clone(),
            },
        )
        .await
        .context("cannot read the outbox")?;
        notifications::start(&store, notification_facts);
        webhooks::start(
            &store,
            webhooks::WebhookSettings::from_config(&config),
            webhook_facts,
        );
        let state = AppState {
            store: store.clone(),
            like_goal: config.like_goal,
            image_work: Arc::new(Semaphore::new(
                std::thread::available_parallelism().map_or(2, std::num::NonZero::get),
            )),
            rate_limits: config.rate_limits.is_on(),
            login_limit: KeyedLimit::new(
                config.rate_limits.is_on(),
                auth::limits::LOGINS_PER_ACCOUNT,
            ),
            events: events.clone(),
            moderation: config.moderation.is_on(),
            displays: displays::DisplaySettings::from_config(&config),
            min_image_side: config.min_image_side,
            recent_sessions: auth::session_cache::SessionCache::default(),
        };
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
            store,
        })
    }

    /// The database the server uses (for tests that look at what it keeps).
    pub fn store(&self) -> storage::Store {
        self.store.clone()
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
        let stop = shutdown_signal();
        serve::serve(self.listener, self.router, async move {
            stop.await;
            events.close();
        })
        .await
        .context("the server failed")
    }
}

/// Listens for Ctrl-C and SIGTERM from the moment it is called (not from the first poll:
/// the serve loop may answer requests before it polls this, and a SIGTERM in between
/// would otherwise kill the process at once); the future resolves on either.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let signals = {
        use tokio::signal::unix::{signal, SignalKind};
        (
            signal(SignalKind::interrupt()).ok(),
            signal(SignalKind::terminate()).ok(),
        )
    };
    async move {
        #[cfg(unix)]
        {
            let (interrupt, terminate) = signals;
            let received = |signal: Option<tokio::signal::unix::Signal>| async move {
                match signal {
                    Some(mut signal) => {
                        signal.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                () = received(interrupt) => {},
                () = received(terminate) => {},
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
        tracing::info!("shutting down");
    }
}
