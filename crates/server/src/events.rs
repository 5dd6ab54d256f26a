//! Live events: the facts of the outbox, fanned out to this server's open
//! `GET /api/events` streams by the dispatcher.
//!
//! Event ids are outbox sequence numbers, the same on every server, so a client that
//! reconnects (to this server or another, before or after a restart) resumes from the
//! outbox with `Last-Event-ID`.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use tokio::sync::broadcast;

/// How many events one client may fall behind before it gets a snapshot instead.
const CLIENT_BUFFER: usize = 256;

/// One event as sent on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// Its outbox sequence number (the SSE `id:`).
    pub seq: i64,
    /// The SSE `event:` name.
    pub kind: String,
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
    /// The newest sequence number published (every fact up to it has gone out).
    position: AtomicI64,
    sender: broadcast::Sender<Arc<Envelope>>,
}

impl Default for Events {
    fn default() -> Self {
        Events::new()
    }
}

impl Events {
    /// A new bus with nothing published yet.
    pub fn new() -> Events {
        let (sender, _) = broadcast::channel(CLIENT_BUFFER);
        Events {
            inner: Arc::new(Inner {
                closing: tokio::sync::watch::Sender::new(false),
                position: AtomicI64::new(0),
                sender,
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

    /// Sets where publishing starts (the outbox head when the dispatcher starts).
    pub fn start_at(&self, position: i64) {
        self.inner.position.store(position, Ordering::Release);
    }

    /// Publishes a fact; the dispatcher calls this in sequence order.
    pub fn publish(&self, envelope: Envelope) {
        self.inner.position.store(envelope.seq, Ordering::Release);
        // No subscriber is fine: nobody is watching.
        let _ = self.inner.sender.send(Arc::new(envelope));
    }

    /// The newest sequence number published: what a new client is up to date with.
    pub fn position(&self) -> i64 {
        self.inner.position.load(Ordering::Acquire)
    }

    /// The live feed from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Envelope>> {
        self.inner.sender.subscribe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_subscriber_receives_what_is_published_after_it_subscribed() {
        let events = Events::new();
        let mut live = events.subscribe();
        events.publish(Envelope {
            seq: 7,
            kind: "likes".into(),
            data: "{\"design_id\":7}".into(),
        });
        let envelope = live.recv().await.unwrap();
        assert_eq!((envelope.seq, envelope.kind.as_str()), (7, "likes"));
        assert_eq!(events.position(), 7);
    }
}
