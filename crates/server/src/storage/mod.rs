//! Storage: records what the domain decided, with the facts others must hear.
//!
//! The rest of the server speaks to storage through [`Store`], one handle over either
//! backend, and the traits below (one per area, each in its own file with the rows it
//! returns):
//! - `sqlite/`: the default, one embedded SQLite file in WAL mode (a writer thread that
//!   commits concurrent changes in groups, and reader connections on tokio's blocking
//!   pool); images as files beside it;
//! - `postgres/`: PostgreSQL through a connection pool, images in the database, so that
//!   several servers share nothing but the database.
//!
//! Storage never decides a rule: whether a design may be liked, which status a like
//! moves it to and which statuses a change may start from come in with each command,
//! from `crate::domain`. Every change that others must hear of writes its fact to the
//! outbox in the same transaction (see [`outbox`]).

mod accounts;
mod cursor;
mod designs;
mod displays;
mod images;
mod insights;
mod intents;
mod likes;
mod moderation;
mod notifications;
pub mod outbox;
mod postgres;
mod sqlite;
mod webhooks;

use std::ops::Deref;
use std::path::Path;
use std::sync::Arc;

use tokio::sync::Notify;

pub use accounts::{AccountStorage, CreateAccountError, UserRow};
pub use cursor::{Cursor, InvalidCursor};
pub use designs::{
    DesignListing, DesignRow, DesignStorage, ListDesigns, NewDesign, TrendingRefresh,
};
pub use displays::DisplayStorage;
pub use images::ImageStorage;
pub use insights::{InsightRows, InsightStorage, LIKE_DAYS, SUBMISSION_WEEKS, TOP_DESIGNS};
pub use intents::{IntentCountRow, IntentStorage};
pub use likes::{LikeChange, LikeStorage, LikeWrite, Transition};
pub use moderation::{
    CommentRow, ModerationStorage, ReportedRow, StatusChange, StatusWrite, StepRow,
};
pub use notifications::{Liker, NewNotification, NotificationRow, NotificationStorage};
pub use outbox::{Fact, OutboxRow, OutboxStorage};
pub use webhooks::{
    DeliveryRow, DueDelivery, WebhookFact, WebhookRow, WebhookStorage, DELIVERED, FAILED, PENDING,
};

/// A storage failure: always the server's fault, never the client's.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// SQLite refused or failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL refused or failed.
    #[error("database error: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    /// No PostgreSQL connection could be had from the pool.
    #[error("no database connection: {0}")]
    Pool(String),
    /// The blocking task running the query panicked or was cancelled.
    #[error("database task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    /// The group a change belonged to could not be committed.
    #[error("commit failed: {0}")]
    Commit(String),
    /// The SQLite writer thread could not start, or has stopped.
    #[error("the database writer is not running: {0}")]
    WriterGone(String),
    /// Stored images could not be read or written.
    #[error("image storage failed: {0}")]
    Images(#[from] std::io::Error),
    /// A stored value is not one this server writes.
    #[error("unexpected stored value: {0}")]
    Corrupt(String),
}

/// Everything storage does: one trait per area, implemented by both backends.
pub trait Storage:
    AccountStorage
    + DesignStorage
    + DisplayStorage
    + LikeStorage
    + ModerationStorage
    + InsightStorage
    + WebhookStorage
    + OutboxStorage
    + ImageStorage
    + NotificationStorage
    + IntentStorage
    + Send
    + Sync
{
}

impl<T> Storage for T where
    T: AccountStorage
        + DesignStorage
        + DisplayStorage
        + LikeStorage
        + ModerationStorage
        + InsightStorage
        + WebhookStorage
        + OutboxStorage
        + ImageStorage
        + NotificationStorage
        + IntentStorage
        + Send
        + Sync
{
}

/// The database, whichever backend: cheap to clone, shared by every request.
#[derive(Clone)]
pub struct Store {
    backend: Arc<dyn Storage>,
    /// Woken whenever new outbox rows may have been committed (by this server or,
    /// on PostgreSQL, by any server).
    outbox_signal: Arc<Notify>,
    /// Which backend this is, for logs and the health check.
    kind: &'static str,
}

impl Deref for Store {
    type Target = dyn Storage;

    fn deref(&self) -> &Self::Target {
        self.backend.as_ref()
    }
}

impl Store {
    /// Opens (creating if needed) the SQLite file and the images directory beside it,
    /// and brings the schema up to date.
    pub fn open_sqlite(database: &Path, images_dir: &Path) -> Result<Store, StorageError> {
        let outbox_signal = Arc::new(Notify::new());
        let backend = sqlite::SqliteStore::open(database, images_dir, outbox_signal.clone())?;
        Ok(Store {
            backend: Arc::new(backend),
            outbox_signal,
            kind: "sqlite",
        })
    }

    /// Connects to PostgreSQL at `url` (`postgres://user@host/db`), brings the schema up
    /// to date and starts listening for outbox notifications from every server.
    pub async fn connect_postgres(url: &str) -> Result<Store, StorageError> {
        let outbox_signal = Arc::new(Notify::new());
        let backend = postgres::PgStore::connect(url, outbox_signal.clone()).await?;
        Ok(Store {
            backend: Arc::new(backend),
            outbox_signal,
            kind: "postgres",
        })
    }

    /// Resolves when new outbox rows may be there to read.
    pub fn outbox_signal(&self) -> Arc<Notify> {
        self.outbox_signal.clone()
    }

    /// `sqlite` or `postgres`.
    pub fn kind(&self) -> &'static str {
        self.kind
    }
}

/// The current time in unix milliseconds.
pub fn now_millis() -> i64 {
    let now = time::OffsetDateTime::now_utc();
    (now.unix_timestamp_nanos() / 1_000_000) as i64
}
