//! Live events: every like and status change, fanned out to open
//! `GET /api/events` streams, with a short history for reconnecting clients.
//!
//! Event ids are `BOOT-SEQ`: the server's start time and a sequence number,
//! so an id from before a restart is recognised as too old.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use cocrea_api::{LikesEvent, StatusEvent};
use tokio::sync::broadcast;

use crate::storage::now_millis;

/// How many recent events are kept for clients that reconnect.
const HISTORY: usize = 4096;
/// How many events one client may fall behind before it gets a snapshot instead.
const CLIENT_BUFFER: usize = 256;

/// One event as sent on the wire.
#[derive(Debug)]
pub struct Envelope {
    /// Its position in this server's sequence.
    pub seq: u64,
    /// The SSE `id:` (`BOOT-SEQ`).
    pub id: String,
    /// The SSE `event:` name.
    pub kind: &'static str,
    /// The JSON `data:`.
    pub data: String,
}

/// The event bus; cheap to clone.
#[derive(Clone)]
pub struct Events {
    inner: Arc<Inner>,
}

struct Inner {
    closing: tokio::sync::watch::Sender<bool>,
    boot: i64,
    next_seq: AtomicU64,
    sender: broadcast::Sender<Arc<Envelope>>,
    history: Mutex<VecDeque<Arc<Envelope>>>,
}

/// What a new subscriber gets: the events it missed (if they are still known) and the live feed.
pub struct Subscription {
    /// Missed events to send first; `None` when they are unknown and a snapshot is due.
    pub missed: Option<Vec<Arc<Envelope>>>,
    /// The live feed.
    pub live: broadcast::Receiver<Arc<Envelope>>,
}

impl Default for Events {
    fn default() -> Self {
        Events::new()
    }
}

impl Events {
    /// A new bus, numbering from now.
    pub fn new() -> Events {
        let (sender, _) = broadcast::channel(CLIENT_BUFFER);
        Events {
            inner: Arc::new(Inner {
                closing: tokio::sync::watch::Sender::new(false),
                boot: now_millis(),
                next_seq: AtomicU64::new(1),
                sender,
                history: Mutex::new(VecDeque::with_capacity(HISTORY)),
            }),
        }
    }

    /// Ends every open stream (the server is shutting down).
    pub fn close(&self) {
        self.inner.closing.send_replace(true);
    }

    /// Resolves when the server starts shutting down.
    pub fn closed(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        let mut closing = self.inner.closing.subscribe();
        async move {
            let _ = closing.wait_for(|closing| *closing).await;
        }
    }

    /// Publishes a `likes` event.
    pub fn likes(&self, event: &LikesEvent) {
        self.publish("likes", serde_json::to_string(event));
    }

    /// Publishes a `status` event.
    pub fn status(&self, event: &StatusEvent) {
        self.publish("status", serde_json::to_string(event));
    }

    fn publish(&self, kind: &'static str, data: serde_json::Result<String>) {
        let Ok(data) = data else { return };
        let mut history = self.inner.history.lock().unwrap_or_else(|p| p.into_inner());
        // Numbered under the lock, so the history and the feed share one order.
        let seq = self.inner.next_seq.fetch_add(1, Ordering::Relaxed);
        let envelope = Arc::new(Envelope {
            seq,
            id: format!("{}-{seq}", self.inner.boot),
            kind,
            data,
        });
        if history.len() == HISTORY {
            history.pop_front();
        }
        history.push_back(envelope.clone());
        // No subscriber is fine: nobody is watching.
        let _ = self.inner.sender.send(envelope);
    }

    /// The id of the newest event (what a client is up to date with).
    pub fn current_id(&self) -> String {
        let last = self.inner.next_seq.load(Ordering::Relaxed) - 1;
        format!("{}-{last}", self.inner.boot)
    }

    /// Subscribes; with a `Last-Event-ID`, the events after it come first.
    pub fn subscribe(&self, last_event_id: Option<&str>) -> Subscription {
        let history = self.inner.history.lock().unwrap_or_else(|p| p.into_inner());
        let live = self.inner.sender.subscribe();
        let missed = match last_event_id {
            None => Some(Vec::new()),
            Some(id) => self.events_after(&history, id),
        };
        Subscription { missed, live }
    }

    /// The events after `id`, if `id` is from this server and still in the history.
    fn events_after(
        &self,
        history: &VecDeque<Arc<Envelope>>,
        id: &str,
    ) -> Option<Vec<Arc<Envelope>>> {
        let (boot, seq) = id.split_once('-')?;
        let (boot, seq): (i64, u64) = (boot.parse().ok()?, seq.parse().ok()?);
        if boot != self.inner.boot {
            return None;
        }
        let newest = self.inner.next_seq.load(Ordering::Relaxed) - 1;
        if seq >= newest {
            return Some(Vec::new());
        }
        let oldest_kept = history.front()?.seq;
        if seq + 1 < oldest_kept {
            return None;
        }
        Some(history.iter().filter(|e| e.seq > seq).cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn like(id: i64) -> LikesEvent {
        LikesEvent {
            design_id: id,
            likes: id,
            store: None,
            store_likes: None,
        }
    }

    #[tokio::test]
    async fn a_subscriber_receives_what_is_published_after_it_subscribed() {
        let events = Events::new();
        let mut subscription = events.subscribe(None);
        events.likes(&like(7));
        let envelope = subscription.live.recv().await.unwrap();
        assert_eq!(envelope.kind, "likes");
        assert!(envelope.data.contains("\"design_id\":7"));
    }

    #[test]
    fn a_reconnecting_client_gets_exactly_the_events_it_missed() {
        let events = Events::new();
        events.likes(&like(1));
        let seen = events.current_id();
        events.likes(&like(2));
        events.likes(&like(3));
        let missed = events.subscribe(Some(&seen)).missed.unwrap();
        let ids: Vec<_> = missed.iter().map(|e| e.seq).collect();
        assert_eq!(ids, [2, 3]);
        assert!(events
            .subscribe(Some(&events.current_id()))
            .missed
            .unwrap()
            .is_empty());
    }

    #[test]
    fn an_id_from_another_boot_or_too_old_means_a_snapshot() {
        let events = Events::new();
        assert!(events.subscribe(Some("1-1")).missed.is_none());
        assert!(events.subscribe(Some("garbage")).missed.is_none());
        for n in 0..(HISTORY as i64 + 10) {
            events.likes(&like(n));
        }
        let too_old = format!("{}-2", events.inner.boot);
        assert!(events.subscribe(Some(&too_old)).missed.is_none());
    }
}
