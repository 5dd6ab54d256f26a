-- Notifications: what each account hears of (the bell in the app), made from the
-- outbox's facts by one server at a time, exactly once per fact and account.
-- An e-mail or web-push sender reads the same rows later, in id order, from its
-- own cursor in notification_cursors.

-- Facts that notifications are made from (status changes, comments) wait here
-- until some server has made them, as webhooks_pending does for webhooks.
ALTER TABLE outbox ADD COLUMN notifications_pending BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE outbox ADD COLUMN notifications_lease_until BIGINT NOT NULL DEFAULT 0;
CREATE INDEX outbox_for_notifications ON outbox (seq) WHERE notifications_pending;
-- The server flags the facts it appends (Fact::is_for_notifications); the like
-- function of 0002 appends the goal's status fact by itself, so status and comment
-- facts are flagged here too, whoever writes them.
CREATE FUNCTION outbox_flag_for_notifications() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.notifications_pending := NEW.notifications_pending OR NEW.kind IN ('status', 'comment');
    RETURN NEW;
END
$$;
CREATE TRIGGER outbox_flag_for_notifications BEFORE INSERT ON outbox
    FOR EACH ROW EXECUTE FUNCTION outbox_flag_for_notifications();

CREATE TABLE notifications (
    id          BIGSERIAL PRIMARY KEY,
    account_id  BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,  -- a cocrea_api::NotificationKind
    design_id   BIGINT  NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    payload     TEXT    NOT NULL,  -- JSON: reason, author, store (by kind)
    source_seq  BIGINT  NOT NULL,  -- the outbox fact it was made from
    created_at  BIGINT  NOT NULL,  -- unix milliseconds
    read_at     BIGINT,            -- NULL until read in the app
    UNIQUE (source_seq, account_id)
);
CREATE INDEX notifications_by_account ON notifications (account_id, source_seq);
CREATE INDEX notifications_unread ON notifications (account_id) WHERE read_at IS NULL;

-- How far each other sender (e-mail, web push) has gone through notifications, by id.
CREATE TABLE notification_cursors (
    sender      TEXT    PRIMARY KEY,
    last_id     BIGINT  NOT NULL DEFAULT 0,
    updated_at  BIGINT  NOT NULL
);

-- "Notify me when it's in store" / "I'd buy it in size M": one per account and design.
CREATE TABLE intents (
    design_id   BIGINT  NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    account_id  BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    size        TEXT,              -- NULL: only tell me when it is in store
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (design_id, account_id)
);
