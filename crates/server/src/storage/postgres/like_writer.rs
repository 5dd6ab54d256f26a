//! Group commit for likes on PostgreSQL.
//!
//! A like is one transaction that locks its design's row, and the lock is held
//! through the commit's fsync. With one transaction per like, concurrent likes of
//! a few popular designs wait on each other's fsyncs and throughput falls to one
//! commit per design at a time. SQLite avoids this with its single writer
//! (`storage/sqlite/writer.rs`); this is the same idea for PostgreSQL.
//!
//! One task per server owns the likes waiting to be written. It takes the first
//! and whatever else is already queued (up to [`MAX_BATCH`]), sorts them stably by
//! design (every batch, on every server, takes row locks in the same order, so
//! batches cannot deadlock each other; likes of one design keep their order), and
//! writes them with one call of `cocrea_set_likes` (migration 0008) on one pooled
//! connection inside one transaction: one round trip and one fsync for the whole
//! batch, and one update of each design's row however many of its likes the batch
//! holds. Callers hear back only after that commit (synchronous_commit stays on),
//! so an acknowledged like is never lost. The function locks all the batch's
//! designs (in id order) before its first like, so the outbox numbers it takes
//! commit soon after they are taken (the dispatcher waits at a gap in the numbers
//! only briefly). If anything in a batch fails, the batch is rolled back and each
//! of its likes runs again in its own transaction, so one bad like cannot fail the
//! others. [`MAX_IN_FLIGHT`]
//! batches run at once: one, since batches lock the same popular designs and a
//! second would only wait for the first's locks; while one runs, the next gathers
//! and grows (measured on 2 cores: 3 at once gave about 3,700 likes/s, 1 about
//! 5,100; with the batch written as a set, 2 at once 8,600 and 1 about 9,200).

use std::sync::Arc;

use cocrea_api::StoreCode;
use deadpool_postgres::{Object, Pool};
use tokio::sync::{mpsc, oneshot, Semaphore};
use tokio_postgres::types::ToSql;
use tokio_postgres::Row;

use crate::storage::designs::status_from_stored;
use crate::storage::{now_millis, LikeChange, LikeWrite, StorageError};

/// The most likes committed together.
const MAX_BATCH: usize = 256;
/// The most batches running at once (each on its own connection; see the module).
const MAX_IN_FLIGHT: usize = 1;
/// The call a like written on its own makes.
const SET_LIKE: &str = "SELECT * FROM cocrea_set_like($1, $2, $3, $4, $5, $6, $7, $8)";
/// The call a batch makes: its likes as arrays, the rule once, one row per like.
const SET_LIKES: &str = "SELECT * FROM cocrea_set_likes($1, $2, $3, $4, $5, $6, $7, $8)";

/// A like's result as its caller receives it.
type LikeResult = Result<Option<LikeChange>, StorageError>;

/// A like waiting to be written, and its caller waiting for the result.
struct Request {
    call: LikeCall,
    reply: oneshot::Sender<LikeResult>,
}

/// The handle the store keeps: send a like, await its committed result.
pub(super) struct LikeWriter {
    requests: mpsc::UnboundedSender<Request>,
}

impl LikeWriter {
    /// Starts the writer task on `pool`; it ends when the handle is dropped (after
    /// finishing the batches it has taken).
    pub(super) fn start(pool: Pool) -> LikeWriter {
        let (requests, queue) = mpsc::unbounded_channel();
        tokio::spawn(run(pool, queue));
        LikeWriter { requests }
    }

    /// Writes `like` with the batch it joins; the result once that batch committed
    /// (or, if the batch failed, once the like was written on its own).
    pub(super) async fn set_like(&self, like: LikeWrite) -> LikeResult {
        let (reply, answer) = oneshot::channel();
        let request = Request {
            call: LikeCall::new(like),
            reply,
        };
        self.requests
            .send(request)
            .map_err(|_| StorageError::WriterGone("the like writer has stopped".into()))?;
        answer
            .await
            .map_err(|_| StorageError::WriterGone("the like writer dropped a like".into()))?
    }
}

/// Gathers batches and runs up to [`MAX_IN_FLIGHT`] of them at once.
async fn run(pool: Pool, mut queue: mpsc::UnboundedReceiver<Request>) {
    let slots = Arc::new(Semaphore::new(MAX_IN_FLIGHT));
    loop {
        // Wait for a free slot first: while all are busy, likes keep queueing and
        // the next batch grows.
        let Ok(slot) = slots.clone().acquire_owned().await else {
            return;
        };
        let Some(first) = queue.recv().await else {
            return;
        };
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(request) => batch.push(request),
                Err(_) => break,
            }
        }
        let pool = pool.clone();
        tokio::spawn(async move {
            write_batch(&pool, batch).await;
            drop(slot);
        });
    }
}

/// Writes a batch in one transaction and answers its callers; falls back to one
/// transaction per like if the batch fails.
async fn write_batch(pool: &Pool, mut batch: Vec<Request>) {
    // Stable: likes of one design stay in the order they came.
    batch.sort_by_key(|request| request.call.design_id);
    let calls: Vec<&LikeCall> = batch.iter().map(|request| &request.call).collect();
    let results = match run_together(pool, &calls).await {
        Ok(results) => results,
        Err(error) => {
            let likes = batch.len();
            tracing::warn!(%error, likes, "like batch failed, writing its likes one by one");
            let mut results = Vec::with_capacity(batch.len());
            for call in &calls {
                results.push(run_alone(pool, call).await);
            }
            results
        }
    };
    for (request, result) in batch.into_iter().zip(results) {
        // The caller may have gone away (its request was cancelled): nothing to tell.
        let _ = request.reply.send(result);
    }
}

/// Runs the calls in one transaction, as one `cocrea_set_likes`; their results once
/// it committed.
async fn run_together(pool: &Pool, calls: &[&LikeCall]) -> Result<Vec<LikeResult>, StorageError> {
    let Some(rule) = shared_rule(calls) else {
        return Err(StorageError::Commit(
            "the likes of a batch follow different rules".into(),
        ));
    };
    let client = connection(pool).await?;
    let statement = client.prepare_cached(SET_LIKES).await?;
    let design_ids: Vec<i64> = calls.iter().map(|call| call.design_id).collect();
    let user_ids: Vec<i64> = calls.iter().map(|call| call.user_id).collect();
    let liked: Vec<bool> = calls.iter().map(|call| call.liked).collect();
    let stores: Vec<Option<&str>> = calls.iter().map(|call| call.store.as_deref()).collect();
    let times: Vec<i64> = calls.iter().map(|call| call.now).collect();
    let params: [&(dyn ToSql + Sync); 8] = [
        &design_ids,
        &user_ids,
        &liked,
        &stores,
        &times,
        &rule.likeable,
        &rule.goal_from,
        &rule.goal_to,
    ];
    // BEGIN, the batch and COMMIT sent back to back, one round trip; the likes count
    // only once COMMIT has answered. If the batch fails, its error is what this
    // answers, and the COMMIT after it ends the failed transaction (as a rollback).
    let (_, rows, ()) = futures::future::try_join3(
        client.batch_execute("BEGIN"),
        client.query(&statement, &params),
        client.batch_execute("COMMIT"),
    )
    .await?;
    if rows.len() != calls.len() {
        return Err(StorageError::Corrupt(format!(
            "cocrea_set_likes answered {} rows for {} likes",
            rows.len(),
            calls.len()
        )));
    }
    let results = calls
        .iter()
        .zip(&rows)
        .map(|(call, row)| call.change(row))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(results.into_iter().map(Ok).collect())
}

/// The rule every call of a batch follows, if they all follow one (the domain gives
/// every like the same; a batch that mixes them is written like by like).
fn shared_rule<'a>(calls: &[&'a LikeCall]) -> Option<&'a LikeRule> {
    let first = &calls.first()?.rule;
    calls
        .iter()
        .all(|call| call.rule == *first)
        .then_some(first)
}

/// Runs one call in its own transaction (the function's call is one).
async fn run_alone(pool: &Pool, call: &LikeCall) -> LikeResult {
    let client = connection(pool).await?;
    let statement = client.prepare_cached(SET_LIKE).await?;
    let row = client.query_one(&statement, &call.params()).await?;
    call.change(&row)
}

/// A connection from the pool.
async fn connection(pool: &Pool) -> Result<Object, StorageError> {
    pool.get()
        .await
        .map_err(|error| StorageError::Pool(error.to_string()))
}

/// A like's parameters for `cocrea_set_like`, owned so the call can wait its turn.
struct LikeCall {
    design_id: i64,
    user_id: i64,
    liked: bool,
    store: Option<String>,
    now: i64,
    rule: LikeRule,
}

/// What the domain decided for a like: which statuses take likes, and which move
/// the goal makes.
#[derive(PartialEq)]
struct LikeRule {
    likeable: Vec<&'static str>,
    goal_from: &'static str,
    goal_to: &'static str,
}

impl LikeCall {
    /// The call for `like`, timed now (when it was asked for).
    fn new(like: LikeWrite) -> LikeCall {
        LikeCall {
            design_id: like.design_id,
            user_id: like.user_id,
            liked: like.liked,
            store: like.store.as_ref().map(|code| code.as_str().to_owned()),
            now: now_millis(),
            rule: LikeRule {
                likeable: like.likeable.iter().map(|status| status.as_str()).collect(),
                goal_from: like.on_goal.from.as_str(),
                goal_to: like.on_goal.to.as_str(),
            },
        }
    }

    /// The parameters in the function's order.
    fn params(&self) -> [&(dyn ToSql + Sync); 8] {
        [
            &self.design_id,
            &self.user_id,
            &self.liked,
            &self.store,
            &self.now,
            &self.rule.likeable,
            &self.rule.goal_from,
            &self.rule.goal_to,
        ]
    }

    /// Reads the function's row.
    fn change(&self, row: &Row) -> LikeResult {
        if !row.try_get::<_, bool>(0)? {
            return Ok(None);
        }
        let stored_store: Option<String> = row.try_get(5)?;
        Ok(Some(LikeChange {
            design_id: self.design_id,
            likes: row.try_get(1)?,
            liked: self.liked,
            changed: row.try_get(3)?,
            status: status_from_stored(row.try_get(2)?)?,
            reached_goal: row.try_get(4)?,
            store: stored_store.as_deref().and_then(StoreCode::parse),
            store_likes: row.try_get(6)?,
        }))
    }
}
