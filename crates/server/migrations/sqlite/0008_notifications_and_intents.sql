-- Notifications: what each account hears of (the bell in the app), made from the
-- outbox's facts by one server at a time, exactly once per fact and account.
-- An e-mail or web-push sender reads the same rows later, in id order, from its
-- own cursor in notification_cursors.

-- Facts that notifications are made from (status changes, comments) wait here
-- until some server has made them, as webhooks_pending does for webhooks.
ALTER TABLE outbox ADD COLUMN notifications_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN notifications_lease_until INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_for_notifications ON outbox (seq) WHERE notifications_pending = 1;

CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,  -- a cocrea_api::NotificationKind
    design_id   INTEGER NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    payload     TEXT    NOT NULL,  -- JSON: reason, author, store (by kind)
    source_seq  INTEGER NOT NULL,  -- the outbox fact it was made from
    created_at  INTEGER NOT NULL,  -- unix milliseconds
    read_at     INTEGER,           -- NULL until read in the app
    UNIQUE (source_seq, account_id)
);
CREATE INDEX notifications_by_account ON notifications (account_id, source_seq);
CREATE INDEX notifications_unread ON notifications (account_id) WHERE read_at IS NULL;

-- How far each other sender (e-mail, web push) has gone through notifications, by id.
CREATE TABLE notification_cursors (
    sender      TEXT    PRIMARY KEY,
    last_id     INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL
);

-- "Notify me when it's in store" / "I'd buy it in size M": one per account and design.
CREATE TABLE intents (
    design_id   INTEGER NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    account_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    size        TEXT,              -- NULL: only tell me when it is in store
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (design_id, account_id)
);
