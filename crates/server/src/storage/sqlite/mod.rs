//! The default backend: one embedded SQLite file in WAL mode, and images as files
//! beside it.
//!
//! A writer thread commits concurrent changes in groups (see `writer`), and a few
//! reader connections are used from tokio's blocking pool, so async workers never
//! wait on the disk.

mod accounts;
mod designs;
mod displays;
mod images;
mod insights;
mod intents;
mod likes;
mod migrations;
mod moderation;
mod notifications;
mod outbox;
mod webhooks;
mod writer;

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;
use tokio::sync::Notify;

use crate::images::ImageStore;

use super::StorageError;

/// How many read connections serve concurrent queries.
const READERS: usize = 4;

/// The SQLite backend; shared behind the `Store`.
pub struct SqliteStore {
    writer: writer::Writer,
    readers: Arc<Readers>,
    images: Arc<ImageStore>,
}

struct Readers {
    connections: Vec<Mutex<Connection>>,
    next: AtomicUsize,
}

impl SqliteStore {
    /// Opens (creating if needed) the database file and the images directory, and
    /// brings the schema up to date. `outbox_signal` is woken after each commit.
    pub fn open(
        path: &Path,
        images_dir: &Path,
        outbox_signal: Arc<Notify>,
    ) -> Result<SqliteStore, StorageError> {
        let mut writer = open_connection(path)?;
        migrations::migrate(&mut writer)?;
        let connections = (0..READERS)
            .map(|_| open_connection(path).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        let writer = writer::Writer::start(writer, outbox_signal)
            .map_err(|error| StorageError::WriterGone(error.to_string()))?;
        Ok(SqliteStore {
            writer,
            readers: Arc::new(Readers {
                connections,
                next: AtomicUsize::new(0),
            }),
            images: Arc::new(ImageStore::open(images_dir)?),
        })
    }

    /// Runs a read-only query on one of the reader connections.
    async fn read<T, F>(&self, query: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let readers = Arc::clone(&self.readers);
        tokio::task::spawn_blocking(move || {
            let index = readers.next.fetch_add(1, Ordering::Relaxed) % readers.connections.len();
            let connection = readers.connections[index]
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            query(&connection)
        })
        .await?
        .map_err(StorageError::from)
    }

    /// Runs a change through the single writer; answers once it is committed.
    async fn write<T, F>(&self, change: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        self.writer.write(change).await
    }
}

/// Opens one connection with the settings every connection shares.
fn open_connection(path: &Path) -> rusqlite::Result<Connection> {
    let connection = Connection::open(path)?;
    connection.busy_timeout(std::time::Duration::from_secs(5))?;
    connection.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: a commit is on disk before it is acknowledged, even across a power cut.
    connection.pragma_update(None, "synchronous", "FULL")?;
    connection.pragma_update(None, "foreign_keys", "ON")?;
    // Room for every variant of the gallery's listing (orders x filters x cursor)
    // besides the other queries, so none is prepared again on each request.
    connection.set_prepared_statement_cache_capacity(128);
    register_ranking_functions(&connection)?;
    Ok(connection)
}

/// Makes the ranking formulas of `cocrea_api::ranking` callable from SQL,
/// so the rule is written once and the database orders by it.
fn register_ranking_functions(connection: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    connection.create_scalar_function("trending_score", 2, flags, |context| {
        let likes: i64 = context.get(0)?;
        let age_hours: f64 = context.get(1)?;
        Ok(cocrea_api::ranking::trending_score(likes, age_hours))
    })?;
    connection.create_scalar_function("goal_fraction", 2, flags, |context| {
        let likes: i64 = context.get(0)?;
        let goal: i64 = context.get(1)?;
        Ok(cocrea_api::ranking::goal_fraction(likes, goal))
    })?;
    Ok(())
}
