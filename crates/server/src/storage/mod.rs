//! All SQL lives here: the rest of the server speaks to storage through [`Store`].
//!
//! The default backend is one embedded SQLite file in WAL mode: a writer thread
//! that commits concurrent changes in groups (see `writer`), and a few reader
//! connections used from tokio's blocking pool, so async workers never wait on
//! the disk.

mod accounts;
mod cursor;
mod designs;
mod displays;
mod insights;
mod likes;
mod migrations;
mod moderation;
mod webhooks;
mod writer;

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;

pub use accounts::{CreateAccountError, UserRow};
pub use cursor::{Cursor, InvalidCursor};
pub use designs::{DesignListing, DesignRow, ListDesigns, NewDesign};
pub use insights::InsightRows;
pub use likes::LikeChange;
pub use moderation::{CommentRow, ReportedRow, StatusChange, StepRow};
pub use webhooks::{DeliveryRow, DueDelivery, WebhookRow};
pub use writer::Announce;

/// How many read connections serve concurrent queries.
const READERS: usize = 4;

/// A storage failure: always the server's fault, never the client's.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// SQLite refused or failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The blocking task running the query panicked or was cancelled.
    #[error("database task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    /// The group a change belonged to could not be committed.
    #[error("commit failed: {0}")]
    Commit(String),
    /// The writer thread has stopped.
    #[error("the database writer has stopped")]
    WriterGone,
}

/// The database: cheap to clone, shared by every request.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Connections>,
}

struct Connections {
    writer: writer::Writer,
    readers: Vec<Mutex<Connection>>,
    next_reader: AtomicUsize,
}

impl Store {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store, StorageError> {
        let mut writer = open_connection(path)?;
        migrations::migrate(&mut writer)?;
        let readers = (0..READERS)
            .map(|_| open_connection(path).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        let writer = writer::Writer::start(writer)
            .map_err(|error| StorageError::Commit(format!("cannot start the writer: {error}")))?;
        Ok(Store {
            inner: Arc::new(Connections {
                writer,
                readers,
                next_reader: AtomicUsize::new(0),
            }),
        })
    }

    /// Runs a read-only query on one of the reader connections.
    async fn read<T, F>(&self, query: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let inner = Arc::clone(&self.inner);
        tokio::task::spawn_blocking(move || {
            let index = inner.next_reader.fetch_add(1, Ordering::Relaxed) % inner.readers.len();
            let connection = inner.readers[index]
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
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
        self.inner.writer.write(change).await
    }

    /// Runs a change through the single writer, then `announce` with its
    /// result once committed (on the writer thread, in commit order).
    async fn write_and_announce<T, F>(
        &self,
        change: F,
        announce: Option<writer::Announce<T>>,
    ) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        self.inner.writer.write_and_announce(change, announce).await
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

/// The current time in unix milliseconds.
pub fn now_millis() -> i64 {
    let now = time::OffsetDateTime::now_utc();
    (now.unix_timestamp_nanos() / 1_000_000) as i64
}
