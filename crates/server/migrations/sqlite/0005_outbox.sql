-- The outbox: every fact that others must hear of (like counts, status changes,
-- comments), numbered and written in the same transaction as the change. The
-- numbers are the live events' ids, so they are never reused (AUTOINCREMENT).
CREATE TABLE outbox (
    seq                  INTEGER PRIMARY KEY AUTOINCREMENT,
    kind                 TEXT    NOT NULL,           -- likes | status | comment
    payload              TEXT    NOT NULL,           -- the live event's JSON
    created_at           INTEGER NOT NULL,           -- unix milliseconds
    webhooks_pending     INTEGER NOT NULL DEFAULT 0, -- 1 until its deliveries are queued
    webhooks_lease_until INTEGER NOT NULL DEFAULT 0  -- a server is queueing it until then
);
CREATE INDEX outbox_for_webhooks ON outbox (seq) WHERE webhooks_pending = 1;
CREATE INDEX outbox_by_time ON outbox (created_at);
