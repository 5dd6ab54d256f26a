//! Webhooks: when a design reaches its goal or changes status, every
//! registered URL gets a signed JSON POST.
//!
//! Status changes write a `status` fact to the outbox in their own transaction, so no
//! change goes untold. Two tasks, started once by [`start`], turn facts into requests:
//! - the *queuer*, woken by the dispatcher at each `status` fact, claims facts not yet
//!   queued (on any server) and stores one delivery per webhook for each, marking the
//!   fact queued in the same transaction;
//! - the *sender* claims due deliveries and POSTs them, retrying failures with
//!   exponential backoff up to [`MAX_ATTEMPTS`] attempts.
//!
//! Facts and deliveries are rows, so they survive restarts: both tasks pick up
//! whatever is waiting when they start. A delivery is sent at least once; receivers
//! tell repeats apart by the `X-Cocrea-Delivery` id.

use std::sync::Arc;
use std::time::Duration;

use cocrea_api::{DesignStatus, StatusEvent};
use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::Sha256;
use tokio::sync::{Notify, Semaphore};

use crate::config::Config;
use crate::storage::{now_millis, DueDelivery, OutboxRow, Store, WebhookFact};

/// Attempts before a delivery is given up (`failed`).
pub const MAX_ATTEMPTS: i64 = 8;
/// The longest wait between two attempts.
pub const MAX_RETRY_DELAY: Duration = Duration::from_secs(10 * 60);
/// How long one attempt may take, connecting included.
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);
/// The header carrying `sha256=<hex HMAC-SHA256 of the body>`.
pub const SIGNATURE_HEADER: &str = "x-cocrea-signature";
/// The header carrying the delivery's id (the same on every retry).
pub const DELIVERY_HEADER: &str = "x-cocrea-delivery";
/// The header carrying the event name.
pub const EVENT_HEADER: &str = "x-cocrea-event";

/// How often the sender looks for due deliveries when nothing wakes it.
const POLL: Duration = Duration::from_secs(1);
/// How long a claimed delivery is put off: longer than an attempt can take,
/// so a delivery whose attempt was cut short (a crash) is sent again after it.
const LEASE: Duration = Duration::from_secs(60);
/// Attempts in flight at once.
const IN_FLIGHT: usize = 16;
/// The most facts queued in one go.
const FACTS_AT_ONCE: u32 = 100;
/// The longest failure description kept.
const MAX_ERROR_CHARS: usize = 300;

/// How deliveries are retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WebhookSettings {
    /// The wait after the first failed attempt; each further failure doubles it.
    pub retry_base: Duration,
}

impl WebhookSettings {
    /// The settings the server was started with.
    pub fn from_config(config: &Config) -> WebhookSettings {
        WebhookSettings {
            retry_base: Duration::from_millis(config.webhook_retry_base_ms),
        }
    }
}

/// The JSON body of every delivery.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WebhookPayload {
    /// `goal_reached` or `status_changed`.
    pub event: &'static str,
    /// The design.
    pub design_id: i64,
    /// Its status now.
    pub status: DesignStatus,
    /// When the server noticed, RFC 3339 in UTC.
    pub at: String,
}

impl WebhookPayload {
    /// The payload telling that a design entered `status` at `at` (unix milliseconds).
    pub fn new(design_id: i64, status: DesignStatus, at: i64) -> WebhookPayload {
        WebhookPayload {
            event: event_name(status),
            design_id,
            status,
            at: crate::wire::timestamp(at),
        }
    }
}

/// The webhook event name for a design entering `status`.
pub fn event_name(status: DesignStatus) -> &'static str {
    if status == DesignStatus::GoalReached {
        "goal_reached"
    } else {
        "status_changed"
    }
}

/// A new webhook secret: 32 random bytes, as lowercase hex.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut bytes);
    hex::encode(bytes)
}

/// The `X-Cocrea-Signature` value: `sha256=` and the lowercase hex
/// HMAC-SHA256 of `body`, keyed with the secret's UTF-8 bytes.
pub fn signature(secret: &str, body: &[u8]) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC accepts keys of any size");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// How long to wait after the `attempts`-th failed attempt (1 for the first).
pub fn retry_delay(base: Duration, attempts: i64) -> Duration {
    let doublings = attempts.clamp(1, 32) - 1;
    base.saturating_mul(1 << doublings).min(MAX_RETRY_DELAY)
}

/// Starts the webhook tasks. Call once, from within the runtime; `facts` is woken
/// by the dispatcher when a fact for webhooks was written.
pub fn start(store: &Store, settings: WebhookSettings, facts: Arc<Notify>) {
    let send = Arc::new(Notify::new());
    tokio::spawn(queue_facts(store.clone(), facts, send.clone()));
    match http_client() {
        Ok(client) => {
            tokio::spawn(send_due(store.clone(), client, settings, send));
        }
        Err(error) => tracing::error!(%error, "cannot build the webhook client: none is sent"),
    }
}

fn http_client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(ATTEMPT_TIMEOUT)
        .connect_timeout(ATTEMPT_TIMEOUT)
        // A redirect is an answer that is not 2xx: the admin fixes the URL.
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("cocrea-webhooks/", env!("CARGO_PKG_VERSION")))
        .build()
}

/// Queues the deliveries of every fact for webhooks, forever.
async fn queue_facts(store: Store, facts: Arc<Notify>, send: Arc<Notify>) {
    loop {
        let now = now_millis();
        let lease_until = now + LEASE.as_millis() as i64;
        let claimed = store
            .claim_webhook_facts(now, lease_until, FACTS_AT_ONCE)
            .await;
        let more = match claimed {
            Ok(claimed) => {
                let full = claimed.len() == FACTS_AT_ONCE as usize;
                for fact in claimed {
                    queue_fact(&store, fact).await;
                }
                send.notify_one();
                full
            }
            Err(error) => {
                tracing::error!(%error, "cannot claim facts for webhooks");
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

/// Stores one delivery per webhook for a `status` fact.
async fn queue_fact(store: &Store, fact: OutboxRow) {
    let Ok(event) = serde_json::from_str::<StatusEvent>(&fact.payload) else {
        tracing::error!(seq = fact.seq, "an outbox status fact that does not parse");
        return;
    };
    let payload = WebhookPayload::new(event.design_id, event.status, fact.created_at);
    let Ok(body) = serde_json::to_string(&payload) else {
        return;
    };
    let queued = store
        .queue_deliveries(WebhookFact {
            seq: Some(fact.seq),
            event: payload.event.to_owned(),
            payload: body,
        })
        .await;
    if let Err(error) = queued {
        // The lease runs out and the fact is claimed again.
        tracing::error!(%error, seq = fact.seq, "cannot queue webhook deliveries");
    }
}

/// Claims due deliveries and sends each in its own task, forever.
async fn send_due(
    store: Store,
    client: reqwest::Client,
    settings: WebhookSettings,
    wake: Arc<Notify>,
) {
    let slots = Arc::new(Semaphore::new(IN_FLIGHT));
    loop {
        let free = slots.available_permits();
        if free > 0 {
            let now = now_millis();
            let lease_until = now + LEASE.as_millis() as i64;
            match store.claim_due_deliveries(now, lease_until, free).await {
                Ok(due) => {
                    for delivery in due {
                        let Ok(slot) = slots.clone().try_acquire_owned() else {
                            break; // cannot happen: no more were claimed than were free
                        };
                        let (store, client, wake) = (store.clone(), client.clone(), wake.clone());
                        tokio::spawn(async move {
                            deliver(&store, &client, settings, delivery).await;
                            drop(slot);
                            wake.notify_one();
                        });
                    }
                }
                Err(error) => tracing::error!(%error, "cannot claim webhook deliveries"),
            }
        }
        let wait = match store.next_delivery_due().await {
            Ok(Some(due)) => Duration::from_millis((due - now_millis()).max(0) as u64).min(POLL),
            Ok(None) => POLL,
            Err(error) => {
                tracing::error!(%error, "cannot read when the next webhook delivery is due");
                POLL
            }
        };
        tokio::select! {
            () = wake.notified() => {}
            () = tokio::time::sleep(wait.max(Duration::from_millis(10))) => {}
        }
    }
}

/// Makes one attempt and records its outcome.
async fn deliver(
    store: &Store,
    client: &reqwest::Client,
    settings: WebhookSettings,
    delivery: DueDelivery,
) {
    let outcome = attempt(client, &delivery).await;
    let attempts = delivery.attempts + 1;
    let recorded = match outcome {
        Ok(()) => {
            tracing::info!(delivery = delivery.id, attempts, "webhook delivered");
            store.delivery_succeeded(delivery.id).await
        }
        Err(error) => {
            let retry_at = (attempts < MAX_ATTEMPTS).then(|| {
                now_millis() + retry_delay(settings.retry_base, attempts).as_millis() as i64
            });
            if retry_at.is_some() {
                tracing::warn!(delivery = delivery.id, attempts, %error, "webhook attempt failed");
            } else {
                tracing::error!(delivery = delivery.id, attempts, %error, "webhook given up");
            }
            store.delivery_failed(delivery.id, error, retry_at).await
        }
    };
    if let Err(error) = recorded {
        // The lease runs out and the delivery is tried again.
        tracing::error!(%error, delivery = delivery.id, "cannot record a webhook attempt");
    }
}

/// POSTs the delivery once; `Err` says why it failed.
async fn attempt(client: &reqwest::Client, delivery: &DueDelivery) -> Result<(), String> {
    let response = client
        .post(&delivery.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(
            SIGNATURE_HEADER,
            signature(&delivery.secret, delivery.payload.as_bytes()),
        )
        .header(DELIVERY_HEADER, delivery.id.to_string())
        .header(EVENT_HEADER, &delivery.event)
        .body(delivery.payload.clone())
        .send()
        .await
        .map_err(|error| describe(&error))?;
    let status = response.status();
    if status.is_success() {
        Ok(())
    } else {
        Err(format!("the webhook answered HTTP {status}"))
    }
}

/// A short description of a failed request, with its causes.
fn describe(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        return format!("no answer within {} seconds", ATTEMPT_TIMEOUT.as_secs());
    }
    let mut text = if error.is_connect() {
        "cannot connect".to_owned()
    } else {
        "the request failed".to_owned()
    };
    let mut cause: Option<&dyn std::error::Error> = std::error::Error::source(error);
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text.chars().take(MAX_ERROR_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_the_hmac_sha256_of_the_body() {
        // RFC 4231, test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn secrets_are_64_lowercase_hex_digits_and_differ() {
        let (a, b) = (new_secret(), new_secret());
        assert_eq!(a.len(), 64);
        assert!(a
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)));
        assert_ne!(a, b);
    }

    #[test]
    fn retries_wait_twice_as_long_each_time_up_to_ten_minutes() {
        let base = Duration::from_secs(2);
        let waits: Vec<u64> = (1..=10)
            .map(|attempts| retry_delay(base, attempts).as_secs())
            .collect();
        assert_eq!(waits, [2, 4, 8, 16, 32, 64, 128, 256, 512, 600]);
        assert_eq!(retry_delay(base, 1_000), MAX_RETRY_DELAY);
    }

    #[test]
    fn reaching_the_goal_has_its_own_event_name() {
        let payload = WebhookPayload::new(3, DesignStatus::GoalReached, 0);
        assert_eq!(
            serde_json::to_value(&payload).unwrap(),
            serde_json::json!({
                "event": "goal_reached",
                "design_id": 3,
                "status": "goal_reached",
                "at": "1970-01-01T00:00:00Z",
            })
        );
        assert_eq!(event_name(DesignStatus::InProduction), "status_changed");
    }
}
