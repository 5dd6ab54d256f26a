-- The whole schema of the SQLite migrations 0001..0005, in one step.
-- Times are unix milliseconds in BIGINT, as on SQLite.

-- People: name-only users (demo shoppers, early designers) and accounts.
CREATE TABLE users (
    id             BIGSERIAL PRIMARY KEY,
    name           TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL,
    email          TEXT,                          -- lower-cased; NULL for name-only users
    password_hash  TEXT,                          -- argon2id PHC string
    role           TEXT    NOT NULL DEFAULT 'user'
);
CREATE UNIQUE INDEX users_by_email ON users (email);

CREATE TABLE designs (
    id                BIGSERIAL PRIMARY KEY,
    title             TEXT    NOT NULL,
    description       TEXT    NOT NULL,
    category          TEXT    NOT NULL,           -- a cocrea_api::Category slug
    designer_id       BIGINT  NOT NULL REFERENCES users(id),
    image_hash        TEXT    NOT NULL,           -- SHA-256 of the stored full image
    image_width       BIGINT  NOT NULL,
    image_height      BIGINT  NOT NULL,
    likes             BIGINT  NOT NULL DEFAULT 0, -- kept equal to the stored likes
    goal              BIGINT  NOT NULL,
    status            TEXT    NOT NULL,           -- a cocrea_api::DesignStatus
    created_at        BIGINT  NOT NULL,
    rejection_reason  TEXT,                       -- why the brand rejected it
    hidden            BOOLEAN NOT NULL DEFAULT false
);
-- The gallery's keyset orders: newest and most liked.
CREATE INDEX designs_by_created  ON designs (created_at DESC, id DESC);
CREATE INDEX designs_by_likes    ON designs (likes DESC, id DESC);
CREATE INDEX designs_by_category ON designs (category);
CREATE INDEX designs_by_designer ON designs (designer_id);
CREATE INDEX designs_by_image    ON designs (image_hash);

-- Sign-in sessions: only a hash of the token is kept, so a copy of the
-- database lets nobody sign in.
CREATE TABLE sessions (
    token_hash  BYTEA   PRIMARY KEY,              -- SHA-256 of the cookie's token
    user_id     BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- One like per person and design; designs.likes is kept equal to the count here.
CREATE TABLE likes (
    design_id   BIGINT  NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    user_id     BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  BIGINT  NOT NULL,
    store       TEXT,                             -- the hanger tag's store; NULL online
    PRIMARY KEY (design_id, user_id)
);
CREATE INDEX likes_by_user  ON likes (user_id, created_at DESC);
CREATE INDEX likes_by_store ON likes (design_id, store) WHERE store IS NOT NULL;
-- Insights count likes by day.
CREATE INDEX likes_by_time  ON likes (created_at);

-- The public timeline of a design's life: every status it entered, when, and a note.
CREATE TABLE design_steps (
    id          BIGSERIAL PRIMARY KEY,
    design_id   BIGINT  NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    status      TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    created_at  BIGINT  NOT NULL
);
CREATE INDEX design_steps_by_design ON design_steps (design_id, created_at);

-- Reports by signed-in users; one open report per person and design.
CREATE TABLE reports (
    id           BIGSERIAL PRIMARY KEY,
    design_id    BIGINT  NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    user_id      BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    reason       TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    resolved_at  BIGINT,
    UNIQUE (design_id, user_id)
);

-- Feedback on designs; deleted comments are kept out of sight, not erased.
CREATE TABLE comments (
    id          BIGSERIAL PRIMARY KEY,
    design_id   BIGINT  NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    user_id     BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body        TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    deleted_at  BIGINT
);
CREATE INDEX comments_by_design ON comments (design_id, created_at);

-- Webhooks: URLs told when a design reaches its goal or changes status.
CREATE TABLE webhooks (
    id          BIGSERIAL PRIMARY KEY,
    url         TEXT    NOT NULL,
    secret      TEXT    NOT NULL,                 -- HMAC-SHA256 key for the signature header
    created_at  BIGINT  NOT NULL
);

-- Each delivery of an event to a webhook, retried with backoff until delivered or given up.
CREATE TABLE webhook_deliveries (
    id               BIGSERIAL PRIMARY KEY,
    webhook_id       BIGINT  NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
    event            TEXT    NOT NULL,
    payload          TEXT    NOT NULL,             -- the JSON body, exactly as signed
    state            TEXT    NOT NULL,             -- pending | delivered | failed
    attempts         BIGINT  NOT NULL DEFAULT 0,
    last_error       TEXT,
    next_attempt_at  BIGINT  NOT NULL,
    created_at       BIGINT  NOT NULL,
    delivered_at     BIGINT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);

-- The outbox: every fact that others must hear of (like counts, status changes,
-- comments), numbered and written in the same transaction as the change, as its
-- last statements. The numbers are the live events' ids; a rolled-back
-- transaction leaves a gap, which the dispatcher copes with.
CREATE TABLE outbox (
    seq                   BIGSERIAL PRIMARY KEY,
    kind                  TEXT    NOT NULL,              -- likes | status | comment
    payload               TEXT    NOT NULL,              -- the live event's JSON
    created_at            BIGINT  NOT NULL,
    webhooks_pending      BOOLEAN NOT NULL DEFAULT false, -- true until its deliveries are queued
    webhooks_lease_until  BIGINT  NOT NULL DEFAULT 0      -- a server is queueing it until then
);
CREATE INDEX outbox_for_webhooks ON outbox (seq) WHERE webhooks_pending;
CREATE INDEX outbox_by_time ON outbox (created_at);

-- Images, content-addressed: `{hash}.jpg` and `{hash}-thumb.jpg`, in the
-- database so that several servers share nothing but it.
CREATE TABLE images (
    name   TEXT  PRIMARY KEY,
    bytes  BYTEA NOT NULL
);
