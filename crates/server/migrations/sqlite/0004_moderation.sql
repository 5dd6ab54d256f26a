-- Moderation: why a design was rejected, and designs hidden by an admin.
ALTER TABLE designs ADD COLUMN rejection_reason TEXT;
ALTER TABLE designs ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;

-- Insights count likes by day.
CREATE INDEX likes_by_time ON likes (created_at);

-- The public timeline of a design's life: every status it entered, when, and a note.
CREATE TABLE design_steps (
    id          INTEGER PRIMARY KEY,
    design_id   INTEGER NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    status      TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);
CREATE INDEX design_steps_by_design ON design_steps (design_id, created_at);

-- Reports by signed-in users; one open report per person and design.
CREATE TABLE reports (
    id           INTEGER PRIMARY KEY,
    design_id    INTEGER NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    reason       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    resolved_at  INTEGER,
    UNIQUE (design_id, user_id)
);

-- Feedback on designs; deleted comments are kept out of sight, not erased.
CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    design_id   INTEGER NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    deleted_at  INTEGER
);
CREATE INDEX comments_by_design ON comments (design_id, created_at);

-- Webhooks: URLs told when a design reaches its goal or changes status.
CREATE TABLE webhooks (
    id          INTEGER PRIMARY KEY,
    url         TEXT    NOT NULL,
    secret      TEXT    NOT NULL,              -- HMAC-SHA256 key for the signature header
    created_at  INTEGER NOT NULL
);

-- Each delivery of an event to a webhook, retried with backoff until delivered or given up.
CREATE TABLE webhook_deliveries (
    id               INTEGER PRIMARY KEY,
    webhook_id       INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
    event            TEXT    NOT NULL,
    payload          TEXT    NOT NULL,          -- the JSON body, exactly as signed
    state            TEXT    NOT NULL,          -- pending | delivered | failed
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    next_attempt_at  INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    delivered_at     INTEGER
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
