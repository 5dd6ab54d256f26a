//! The single writer: one thread owns the write connection and commits the
//! changes that arrive together in one transaction.
//!
//! Each change runs inside its own savepoint, so one failing change leaves the
//! others of its group intact. Callers hear back only after the group's commit
//! is on disk: an acknowledged change is never lost. Grouping turns many
//! concurrent small writes (likes) into few fsyncs. After each commit the outbox
//! signal wakes the dispatcher, which reads the facts the group wrote.

use std::sync::{mpsc, Arc};
use std::thread;

use rusqlite::Connection;
use tokio::sync::{oneshot, Notify};

use super::StorageError;

/// The most changes committed together.
const MAX_GROUP: usize = 512;

/// A change waiting to be committed, and the caller waiting for its result.
type Job = Box<dyn FnOnce(&Connection) -> Box<dyn PendingReply> + Send>;

/// The handle the store keeps: send a change, await its committed result.
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::Sender<Job>,
}

/// A change's result, held until its group's commit succeeds or fails.
trait PendingReply: Send {
    fn deliver(self: Box<Self>, commit: Result<(), String>);
}

struct Reply<T> {
    result: rusqlite::Result<T>,
    sender: oneshot::Sender<Result<T, StorageError>>,
}

impl<T: Send> PendingReply for Reply<T> {
    fn deliver(self: Box<Self>, commit: Result<(), String>) {
        let outcome = match commit {
            Ok(()) => self.result.map_err(StorageError::from),
            Err(reason) => Err(StorageError::Commit(reason)),
        };
        // The caller may have gone away (its request was cancelled): nothing to tell.
        let _ = self.sender.send(outcome);
    }
}

impl Writer {
    /// Starts the writer thread, which owns `connection` until every handle is
    /// dropped; `committed` is woken after every commit.
    pub fn start(connection: Connection, committed: Arc<Notify>) -> std::io::Result<Writer> {
        let (jobs, queue) = mpsc::channel::<Job>();
        thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || run(connection, queue, &committed))?;
        Ok(Writer { jobs })
    }

    /// Runs `change` in the next group and waits for the group's commit.
    pub async fn write<T, F>(&self, change: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let (sender, receiver) = oneshot::channel();
        let job: Job = Box::new(move |connection| {
            let result = in_savepoint(connection, change);
            Box::new(Reply { result, sender })
        });
        // No answer: the writer thread has stopped, or it could not begin the group's
        // transaction and dropped the group (it logs why).
        let gone =
            || StorageError::WriterGone("it has stopped or could not begin a transaction".into());
        self.jobs.send(job).map_err(|_| gone())?;
        receiver.await.map_err(|_| gone())?
    }
}

/// The writer thread: wait for a change, take whatever else is queued, commit all.
fn run(connection: Connection, queue: mpsc::Receiver<Job>, committed: &Notify) {
    while let Ok(first) = queue.recv() {
        let mut group = vec![first];
        while group.len() < MAX_GROUP {
            match queue.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        if let Err(error) = connection.execute_batch("BEGIN IMMEDIATE") {
            tracing::error!(%error, "cannot begin a write transaction");
            continue; // dropping the group's jobs tells each caller its write failed
        }
        let replies: Vec<_> = group.into_iter().map(|job| job(&connection)).collect();
        let commit = connection.execute_batch("COMMIT").map_err(|error| {
            tracing::error!(%error, "group commit failed");
            let _ = connection.execute_batch("ROLLBACK");
            error.to_string()
        });
        if commit.is_ok() {
            committed.notify_one();
        }
        for reply in replies {
            reply.deliver(commit.clone());
        }
    }
}

/// Runs one change so that its failure undoes only its own writes.
fn in_savepoint<T>(
    connection: &Connection,
    change: impl FnOnce(&Connection) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    connection.execute_batch("SAVEPOINT change")?;
    match change(connection) {
        Ok(value) => {
            connection.execute_batch("RELEASE change")?;
            Ok(value)
        }
        Err(error) => {
            connection.execute_batch("ROLLBACK TO change; RELEASE change")?;
            Err(error)
        }
    }
}
