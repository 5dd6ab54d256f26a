//! The PostgreSQL backend: a connection pool, the schema's migrations, and a
//! listener that hears every server's outbox notifications.
//!
//! Images live in the database too, so that several servers share nothing but it.
//! Every change that appends a fact inserts its outbox row(s) as the last statements
//! of its transaction and then `pg_notify('cocrea_outbox', seq)`; the listener of
//! each server wakes its dispatcher on every notification. Likes that arrive
//! together are committed together by the like writer (like_writer.rs).

mod accounts;
mod designs;
mod displays;
mod images;
mod insights;
mod intents;
mod like_writer;
mod likes;
mod listener;
mod migrations;
mod moderation;
mod notifications;
mod outbox;
mod webhooks;
mod word_stats;

use std::sync::Arc;

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod};
use tokio::sync::Notify;
use tokio_postgres::NoTls;

use super::StorageError;

/// The most connections the pool opens.
const POOL_SIZE: usize = 16;

/// The PostgreSQL backend; shared behind the `Store`.
pub struct PgStore {
    pool: Pool,
    /// Commits concurrent likes together.
    likes: like_writer::LikeWriter,
    /// Stops the listener when the store goes away.
    _listener: listener::ListenerGuard,
    /// How common the search index's words are, for choosing a search's plan.
    word_stats: word_stats::WordStats,
}

impl PgStore {
    /// Connects to the database at `url` (`postgres://user@host/db`), brings the
    /// schema up to date and starts listening for outbox notifications, waking
    /// `outbox_signal` on each.
    pub async fn connect(url: &str, outbox_signal: Arc<Notify>) -> Result<PgStore, StorageError> {
        let config = url.parse::<tokio_postgres::Config>()?;
        PgStore::connect_with(config, outbox_signal).await
    }

    /// [`PgStore::connect`] with an already parsed configuration.
    pub async fn connect_with(
        config: tokio_postgres::Config,
        outbox_signal: Arc<Notify>,
    ) -> Result<PgStore, StorageError> {
        let manager = Manager::from_config(
            config.clone(),
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .build()
            .map_err(|error| StorageError::Pool(error.to_string()))?;
        {
            let mut client = pool
                .get()
                .await
                .map_err(|error| StorageError::Pool(error.to_string()))?;
            migrations::migrate(&mut client).await?;
        }
        let listener = listener::spawn(config, outbox_signal);
        let likes = like_writer::LikeWriter::start(pool.clone());
        Ok(PgStore {
            pool,
            likes,
            _listener: listener,
            word_stats: word_stats::WordStats::default(),
        })
    }

    /// A connection from the pool.
    async fn client(&self) -> Result<Object, StorageError> {
        self.pool
            .get()
            .await
            .map_err(|error| StorageError::Pool(error.to_string()))
    }
}

/// Reads a stored non-negative size (an image's width or height).
fn stored_u32(value: i64) -> Result<u32, StorageError> {
    u32::try_from(value).map_err(|_| StorageError::Corrupt(format!("size {value}")))
}

/// A fresh database per test, on the PostgreSQL of `COCREA_TEST_POSTGRES` (set by
/// `cargo xtask test`), else `COCREA_TEST_DATABASE`, else the machine's own.
#[cfg(test)]
pub(super) mod test_db {
    use std::sync::Arc;

    use tokio_postgres::NoTls;

    use super::PgStore;

    /// The admin connection's URL.
    fn admin_url() -> String {
        ["COCREA_TEST_POSTGRES", "COCREA_TEST_DATABASE"]
            .into_iter()
            .find_map(|name| std::env::var(name).ok().filter(|url| !url.is_empty()))
            .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/test".to_owned())
    }

    /// A database made for one test, removed when this is dropped (also when the test
    /// panics). Fields drop in order: the store closes before the database goes.
    pub struct TestDb {
        /// The store on it.
        pub store: PgStore,
        /// Its configuration, for tests that connect by themselves.
        pub config: tokio_postgres::Config,
        /// The database's name.
        pub name: String,
        /// Drops the database; a test that takes the store apart keeps this alive.
        pub guard: DropGuard,
    }

    /// Drops the database it names when it is dropped.
    pub struct DropGuard(String);

    impl Drop for DropGuard {
        fn drop(&mut self) {
            let name = self.0.clone();
            // Drop runs inside the test's runtime (or while it unwinds): do the async
            // work on a thread and runtime of its own.
            let dropped = std::thread::spawn(move || {
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map(|runtime| runtime.block_on(drop_if_there(&name)))
            })
            .join();
            if !matches!(dropped, Ok(Ok(Ok(())))) {
                eprintln!("could not drop the test database {}", self.0);
            }
        }
    }

    async fn drop_if_there(name: &str) -> Result<(), tokio_postgres::Error> {
        let (client, connection) = tokio_postgres::connect(&admin_url(), NoTls).await?;
        tokio::spawn(connection);
        client
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .await
    }

    async fn admin() -> tokio_postgres::Client {
        let (client, connection) = tokio_postgres::connect(&admin_url(), NoTls)
            .await
            .expect("the test PostgreSQL runs");
        tokio::spawn(connection);
        client
    }

    /// Creates a database with a random name and connects a store to it.
    pub async fn fresh() -> TestDb {
        let name = format!("cocrea_unit_{:016x}", rand::random::<u64>());
        admin()
            .await
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
        let mut config: tokio_postgres::Config = admin_url().parse().unwrap();
        config.dbname(&name);
        let store = PgStore::connect_with(config.clone(), Arc::default())
            .await
            .unwrap();
        TestDb {
            store,
            config,
            guard: DropGuard(name.clone()),
            name,
        }
    }

    impl TestDb {
        /// Closes the store and drops its database.
        pub async fn drop_database(self) {
            let TestDb {
                store, name, guard, ..
            } = self;
            drop(store);
            drop_named(&name).await;
            drop(guard); // finds nothing left to drop
        }
    }

    /// Drops a test database by name (its stores closed first).
    pub async fn drop_named(name: &str) {
        admin()
            .await
            .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .await
            .unwrap();
    }
}
