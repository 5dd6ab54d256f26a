//! The notification maker: turns status and comment facts into notifications for
//! the accounts that hear of them (the rule is `crate::domain::notifications`).
//!
//! Facts are flagged in the outbox when they are written, in the transaction of the
//! change, so none goes untold. The maker, woken by the dispatcher at each such fact
//! (and polling as a fallback), claims flagged facts with a lease, so that of several
//! servers on one database only one works on a fact at a time; it records the
//! notifications and clears the flag in one transaction, so a fact makes its
//! notifications exactly once, and a server that dies halfway leaves the fact to be
//! claimed again when the lease runs out. Like webhook queueing, it survives restarts:
//! it picks up whatever is flagged when it starts.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

use crate::domain;
use crate::storage::{now_millis, OutboxRow, Store};

/// How often flagged facts are looked for when nothing wakes the maker.
const POLL: Duration = Duration::from_secs(1);
/// How long a claimed fact is left to this server.
const LEASE: Duration = Duration::from_secs(60);
/// The most facts claimed in one go.
const FACTS_AT_ONCE: u32 = 100;

/// Starts the maker. Call once, from within the runtime; `facts` is woken by the
/// dispatcher when a fact that makes notifications was written.
pub fn start(store: &Store, facts: Arc<Notify>) {
    tokio::spawn(make_notifications(store.clone(), facts));
}

/// Makes the notifications of every flagged fact, forever.
async fn make_notifications(store: Store, facts: Arc<Notify>) {
    loop {
        let now = now_millis();
        let lease_until = now + LEASE.as_millis() as i64;
        let more = match store
            .claim_notification_facts(now, lease_until, FACTS_AT_ONCE)
            .await
        {
            Ok(claimed) => {
                let full = claimed.len() == FACTS_AT_ONCE as usize;
                for fact in claimed {
                    make_for(&store, fact).await;
                }
                full
            }
            Err(error) => {
                tracing::error!(%error, "cannot claim facts for notifications");
                false
            }
        };
        if !more {
            tokio::select! {
                () = facts.notified() => {}
                () = tokio::time::sleep(POLL) => {}
            }
        }
    }
}

/// Records the notifications of one fact (none, when nobody hears of it).
async fn make_for(store: &Store, fact: OutboxRow) {
    let seq = fact.seq;
    let made = match domain::notifications::for_fact(store, &fact).await {
        Ok(notifications) => store.record_notifications(seq, notifications).await,
        Err(error) => Err(error),
    };
    match made {
        Ok(0) => {}
        Ok(count) => tracing::debug!(seq, count, "notifications made"),
        // The lease runs out and the fact is claimed again.
        Err(error) => tracing::error!(%error, seq, "cannot make notifications"),
    }
}
