//! Webhooks: the URLs the brand registered, and each delivery of an event to
//! them. Deliveries are rows, so a restart loses none: the worker in
//! `crate::webhooks` picks up whatever is due.

use async_trait::async_trait;

use super::{OutboxRow, StorageError};

/// A registered webhook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookRow {
    /// The webhook's id.
    pub id: i64,
    /// Where events are POSTed.
    pub url: String,
    /// The HMAC-SHA256 key of the signature header.
    pub secret: String,
    /// When it was registered, unix milliseconds.
    pub created_at: i64,
}

/// One delivery as the admin list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryRow {
    /// The delivery's id.
    pub id: i64,
    /// The webhook it goes to.
    pub webhook_id: i64,
    /// `goal_reached` or `status_changed`.
    pub event: String,
    /// The JSON body, exactly as signed.
    pub payload: String,
    /// `pending`, `delivered` or `failed`.
    pub state: String,
    /// Attempts so far.
    pub attempts: i64,
    /// The last failure, if any.
    pub last_error: Option<String>,
    /// When it was created, unix milliseconds.
    pub created_at: i64,
}

/// A delivery the worker has claimed and now sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueDelivery {
    /// The delivery's id (sent as `X-Cocrea-Delivery`).
    pub id: i64,
    /// `goal_reached` or `status_changed`.
    pub event: String,
    /// The JSON body to send, exactly as stored.
    pub payload: String,
    /// Attempts before this one.
    pub attempts: i64,
    /// Where to send it.
    pub url: String,
    /// The webhook's signing key.
    pub secret: String,
}

/// What to deliver to every webhook for one fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookFact {
    /// The outbox fact it tells of (marked told with the queueing); `None` for a
    /// delivery queued by hand.
    pub seq: Option<i64>,
    /// `goal_reached` or `status_changed`.
    pub event: String,
    /// The JSON body, exactly as it will be signed.
    pub payload: String,
}

/// A delivery's state while it may still be sent.
pub const PENDING: &str = "pending";
/// A delivery's state once a 2xx answer came back.
pub const DELIVERED: &str = "delivered";
/// A delivery's state once the last retry failed too.
pub const FAILED: &str = "failed";

/// Webhooks and their deliveries.
#[async_trait]
pub trait WebhookStorage {
    /// Every registered webhook, oldest first.
    async fn webhooks(&self) -> Result<Vec<WebhookRow>, StorageError>;

    /// Registers a webhook; returns it as stored.
    async fn insert_webhook(&self, url: String, secret: String)
        -> Result<WebhookRow, StorageError>;

    /// Removes a webhook and its deliveries; `false` when there was none with this id.
    async fn delete_webhook(&self, id: i64) -> Result<bool, StorageError>;

    /// The newest deliveries, newest first.
    async fn webhook_deliveries(&self, limit: u32) -> Result<Vec<DeliveryRow>, StorageError>;

    /// One delivery, whatever its state.
    async fn webhook_delivery(&self, id: i64) -> Result<Option<DeliveryRow>, StorageError>;

    /// Claims up to `limit` outbox facts that webhooks must hear of and that no
    /// server has queued yet, oldest first: each is put off until `lease_until`, so
    /// another server leaves it alone while this one queues it (and takes it over
    /// if this one dies first).
    async fn claim_webhook_facts(
        &self,
        now: i64,
        lease_until: i64,
        limit: u32,
    ) -> Result<Vec<OutboxRow>, StorageError>;

    /// Queues one delivery of `fact` per registered webhook and marks its outbox row
    /// told, in one transaction; a fact told already queues nothing. Returns how many
    /// deliveries were queued.
    async fn queue_deliveries(&self, fact: WebhookFact) -> Result<usize, StorageError>;

    /// Claims up to `limit` pending deliveries due at `now`, oldest due first:
    /// each is put off until `lease_until`, so no other poll sends it while
    /// this attempt runs, and a send cut short by a crash is retried then.
    async fn claim_due_deliveries(
        &self,
        now: i64,
        lease_until: i64,
        limit: usize,
    ) -> Result<Vec<DueDelivery>, StorageError>;

    /// When the next pending delivery is due (unix milliseconds), if any is pending.
    async fn next_delivery_due(&self) -> Result<Option<i64>, StorageError>;

    /// Records a successful attempt: the delivery is done.
    async fn delivery_succeeded(&self, id: i64) -> Result<(), StorageError>;

    /// Records a failed attempt: retried at `retry_at`, or given up (`failed`) when `None`.
    async fn delivery_failed(
        &self,
        id: i64,
        error: String,
        retry_at: Option<i64>,
    ) -> Result<(), StorageError>;
}
