//! The dispatcher: one per server, it reads the outbox in sequence order and publishes
//! each fact to this server's live event streams, and wakes the webhook queue when a
//! fact is for webhooks and the notification maker when a fact makes notifications.
//!
//! It wakes when storage signals new rows (after each SQLite commit; on PostgreSQL at
//! every `NOTIFY` from any server) and polls as a fallback. On PostgreSQL a sequence
//! number can commit after a higher one, or never (a rolled-back transaction): the
//! dispatcher holds back at such a gap for a moment, so streams see facts in order,
//! and skips it when it stays empty.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use crate::events::{Envelope, Events};
use crate::storage::{now_millis, outbox, OutboxRow, StorageError, Store};

/// How often the outbox is read when no signal comes.
const POLL: Duration = Duration::from_secs(1);
/// How long a missing sequence number is waited for before it is skipped.
const GAP_GRACE: Duration = Duration::from_millis(500);
/// How soon to look again while waiting at a gap.
const GAP_RETRY: Duration = Duration::from_millis(5);
/// The most facts read at once.
const BATCH: u32 = 1000;
/// How long facts are kept for reconnecting clients.
const KEEP_FACTS: Duration = Duration::from_secs(7 * 24 * 60 * 60);
/// How often old facts are forgotten.
const PRUNE_EVERY: Duration = Duration::from_secs(60 * 60);

/// The tasks the dispatcher wakes when facts for them go by.
#[derive(Clone, Default)]
pub struct Wakers {
    /// The webhook queue (`status` facts).
    pub webhooks: Arc<Notify>,
    /// The notification maker (`status` and `comment` facts).
    pub notifications: Arc<Notify>,
}

/// Starts the dispatcher from the newest fact (what came before is history, read by
/// reconnecting clients from the outbox itself).
pub async fn start(
    store: Store,
    events: Events,
    wakers: Wakers,
) -> Result<JoinHandle<()>, StorageError> {
    let head = store.outbox_head().await?;
    events.start_at(head);
    tokio::spawn(prune_old_facts(store.clone()));
    Ok(tokio::spawn(run(store, events, wakers, head)))
}

async fn run(store: Store, events: Events, wakers: Wakers, head: i64) {
    let signal = store.outbox_signal();
    let closed = events.closed();
    tokio::pin!(closed);
    let mut follower = Follower::new(head);
    loop {
        let wait = match store.outbox_after(follower.position, BATCH).await {
            Ok(rows) => {
                let full = rows.len() == BATCH as usize;
                let step = follower.take(rows, Instant::now());
                if step.ready.iter().any(|row| row.kind == outbox::STATUS) {
                    wakers.webhooks.notify_one();
                }
                if step
                    .ready
                    .iter()
                    .any(|row| row.kind == outbox::STATUS || row.kind == outbox::COMMENT)
                {
                    wakers.notifications.notify_one();
                }
                for row in step.ready {
                    events.publish(Envelope {
                        seq: row.seq,
                        kind: row.kind,
                        data: row.payload,
                    });
                }
                match (step.at_gap, full) {
                    (true, _) => GAP_RETRY,
                    (false, true) => Duration::ZERO,
                    (false, false) => POLL,
                }
            }
            Err(error) => {
                tracing::error!(%error, "cannot read the outbox");
                POLL
            }
        };
        if wait.is_zero() {
            continue;
        }
        tokio::select! {
            () = signal.notified() => {}
            () = tokio::time::sleep(wait) => {}
            () = &mut closed => return,
        }
    }
}

/// Forgets facts older than [`KEEP_FACTS`] once an hour.
async fn prune_old_facts(store: Store) {
    let mut every = tokio::time::interval(PRUNE_EVERY);
    loop {
        every.tick().await;
        let before = now_millis() - KEEP_FACTS.as_millis() as i64;
        match store.prune_outbox(before).await {
            Ok(0) => {}
            Ok(pruned) => tracing::info!(pruned, "forgot old outbox facts"),
            Err(error) => tracing::warn!(%error, "cannot prune the outbox"),
        }
    }
}

/// Where the dispatcher stands in the sequence, and the gap it waits at.
#[derive(Debug)]
struct Follower {
    /// The newest sequence number published.
    position: i64,
    /// The missing number waited for, and since when.
    gap: Option<(i64, Instant)>,
}

/// What one read gave.
#[derive(Debug)]
struct Step {
    /// The facts to publish now, in order.
    ready: Vec<OutboxRow>,
    /// Whether it stopped at a gap that may still fill.
    at_gap: bool,
}

impl Follower {
    fn new(position: i64) -> Follower {
        Follower {
            position,
            gap: None,
        }
    }

    /// Takes the facts (read after `position`, in order) that follow on without a gap,
    /// skipping a gap that has stayed empty for [`GAP_GRACE`].
    fn take(&mut self, rows: Vec<OutboxRow>, now: Instant) -> Step {
        let mut ready = Vec::with_capacity(rows.len());
        for row in rows {
            let expected = self.position + 1;
            if row.seq > expected {
                let since = match self.gap {
                    Some((missing, since)) if missing == expected => since,
                    _ => {
                        self.gap = Some((expected, now));
                        now
                    }
                };
                if now.duration_since(since) < GAP_GRACE {
                    return Step {
                        ready,
                        at_gap: true,
                    };
                }
                tracing::debug!(
                    from = expected,
                    to = row.seq - 1,
                    "skipping unused outbox numbers"
                );
            }
            self.gap = None;
            self.position = row.seq;
            ready.push(row);
        }
        Step {
            ready,
            at_gap: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(seqs: &[i64]) -> Vec<OutboxRow> {
        seqs.iter()
            .map(|&seq| OutboxRow {
                seq,
                kind: "likes".into(),
                payload: "{}".into(),
                created_at: 0,
            })
            .collect()
    }

    fn seqs(step: &Step) -> Vec<i64> {
        step.ready.iter().map(|row| row.seq).collect()
    }

    #[test]
    fn facts_that_follow_on_are_published_in_order() {
        let mut follower = Follower::new(3);
        let step = follower.take(rows(&[4, 5, 6]), Instant::now());
        assert_eq!((seqs(&step), step.at_gap), (vec![4, 5, 6], false));
        assert_eq!(follower.position, 6);
    }

    #[test]
    fn a_gap_holds_later_facts_back_until_it_fills() {
        let start = Instant::now();
        let mut follower = Follower::new(3);
        let step = follower.take(rows(&[4, 6]), start);
        assert_eq!((seqs(&step), step.at_gap), (vec![4], true));
        let step = follower.take(rows(&[5, 6]), start + Duration::from_millis(10));
        assert_eq!((seqs(&step), step.at_gap), (vec![5, 6], false));
    }

    #[test]
    fn a_gap_that_stays_empty_is_skipped_after_the_grace() {
        let start = Instant::now();
        let mut follower = Follower::new(3);
        assert!(follower.take(rows(&[5]), start).at_gap);
        assert!(
            follower.take(rows(&[5]), start + GAP_GRACE / 2).at_gap,
            "still waiting"
        );
        let step = follower.take(rows(&[5, 6]), start + GAP_GRACE);
        assert_eq!((seqs(&step), step.at_gap), (vec![5, 6], false));
    }
}
