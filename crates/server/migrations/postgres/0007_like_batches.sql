-- Likes in batches: the like writer (storage/postgres/like_writer.rs) commits many
-- likes in one transaction, and a like of a popular design is rarely alone in one.
-- cocrea_set_likes takes a batch's likes as arrays and writes them in one call: a
-- design's row is locked and read once and updated once for all its likes in the
-- batch (every update of `likes` is a new row version with an entry in each index
-- on designs, and a row updated many times in one transaction is slower to find
-- each time), every like still writes its own outbox fact, with the count after it,
-- and one notification wakes the dispatchers for the whole batch.
-- cocrea_set_like, one like, is now the batch of one, so the rule is written once.

CREATE FUNCTION cocrea_set_likes(
    p_design_ids  BIGINT[],
    p_user_ids    BIGINT[],
    p_liked       BOOLEAN[],
    p_stores      TEXT[],
    p_now         BIGINT[],
    p_likeable    TEXT[],
    p_goal_from   TEXT,
    p_goal_to     TEXT
)
RETURNS TABLE (
    o_found         BOOLEAN,
    o_likes         BIGINT,
    o_status        TEXT,
    o_changed       BOOLEAN,
    o_reached_goal  BOOLEAN,
    o_store         TEXT,
    o_store_likes   BIGINT
)
LANGUAGE plpgsql
AS $$
DECLARE
    v_design       BIGINT;    -- the design whose row is read (NULL before the first)
    v_found        BOOLEAN;   -- it exists, is shown and takes likes
    v_likes        BIGINT;
    v_goal         BIGINT;
    v_status       TEXT;
    v_dirty        BOOLEAN := false;  -- its count or status changed since it was read
    v_changed      BOOLEAN;
    v_store        TEXT;
    v_store_likes  BIGINT;
    v_reached      BOOLEAN;
    v_seq          BIGINT;
    v_last_seq     BIGINT;
    i              INT;
BEGIN
    -- Every design of the batch locked first, in id order (as the sort returns them):
    -- batches on every server lock in one order and cannot deadlock, and none takes
    -- an outbox number while it still waits for another's lock, so the numbers it
    -- takes commit soon after (the dispatcher waits at a gap only briefly).
    PERFORM 1 FROM designs d WHERE d.id = ANY (p_design_ids) ORDER BY d.id FOR UPDATE;
    FOR i IN 1 .. coalesce(array_length(p_design_ids, 1), 0) LOOP
        IF v_design IS DISTINCT FROM p_design_ids[i] THEN
            IF v_dirty THEN
                UPDATE designs SET likes = v_likes, status = v_status WHERE id = v_design;
                v_dirty := false;
            END IF;
            v_design := p_design_ids[i];
            SELECT d.likes, d.goal, d.status, NOT d.hidden AND d.status = ANY (p_likeable)
              INTO v_likes, v_goal, v_status, v_found
              FROM designs d WHERE d.id = v_design
               FOR UPDATE;
            v_found := coalesce(v_found, false);
        END IF;
        IF NOT v_found THEN
            o_found := false; o_likes := 0; o_status := ''; o_changed := false;
            o_reached_goal := false; o_store := NULL; o_store_likes := NULL;
            RETURN NEXT;
            CONTINUE;
        END IF;

        v_store := NULL;
        IF p_liked[i] THEN
            INSERT INTO likes (design_id, user_id, created_at, store)
            VALUES (v_design, p_user_ids[i], p_now[i], p_stores[i])
            ON CONFLICT DO NOTHING;
            v_changed := FOUND;
            v_store := p_stores[i];
        ELSE
            -- The like's own store, so that store's count can be told too.
            DELETE FROM likes l WHERE l.design_id = v_design AND l.user_id = p_user_ids[i]
            RETURNING l.store INTO v_store;
            v_changed := FOUND;
        END IF;
        IF NOT v_changed THEN
            o_found := true; o_likes := v_likes; o_status := v_status; o_changed := false;
            o_reached_goal := false; o_store := NULL; o_store_likes := NULL;
            RETURN NEXT;
            CONTINUE;
        END IF;

        v_likes := v_likes + CASE WHEN p_liked[i] THEN 1 ELSE -1 END;
        v_reached := p_liked[i] AND v_status = p_goal_from AND v_likes >= v_goal;
        IF v_reached THEN
            v_status := p_goal_to;
            -- Goal reached: the design no longer takes likes unless its new status does.
            v_found := v_status = ANY (p_likeable);
            INSERT INTO design_steps (design_id, status, note, created_at)
            VALUES (v_design, v_status, '', p_now[i]);
        END IF;
        v_dirty := true;
        v_store_likes := NULL;
        IF v_store IS NOT NULL THEN
            SELECT COUNT(*) INTO v_store_likes
              FROM likes l WHERE l.design_id = v_design AND l.store = v_store;
        END IF;

        -- The facts, last: a sequence number is taken as late as possible before COMMIT.
        INSERT INTO outbox (kind, payload, created_at, webhooks_pending)
        VALUES ('likes',
                '{"design_id":' || v_design || ',"likes":' || v_likes
                || CASE WHEN v_store IS NULL THEN ''
                        ELSE ',"store":' || to_json(v_store)::text
                             || ',"store_likes":' || v_store_likes END
                || '}',
                p_now[i], false)
        RETURNING seq INTO v_seq;
        IF v_reached THEN
            INSERT INTO outbox (kind, payload, created_at, webhooks_pending)
            VALUES ('status',
                    '{"design_id":' || v_design || ',"status":' || to_json(v_status)::text || '}',
                    p_now[i], true)
            RETURNING seq INTO v_seq;
        END IF;
        v_last_seq := v_seq;

        o_found := true; o_likes := v_likes; o_status := v_status; o_changed := true;
        o_reached_goal := v_reached; o_store := v_store; o_store_likes := v_store_likes;
        RETURN NEXT;
    END LOOP;
    IF v_dirty THEN
        UPDATE designs SET likes = v_likes, status = v_status WHERE id = v_design;
    END IF;
    IF v_last_seq IS NOT NULL THEN
        PERFORM pg_notify('cocrea_outbox', v_last_seq::text);
    END IF;
END
$$;

-- One like: the batch of one.
CREATE OR REPLACE FUNCTION cocrea_set_like(
    p_design_id  BIGINT,
    p_user_id    BIGINT,
    p_liked      BOOLEAN,
    p_store      TEXT,
    p_now        BIGINT,
    p_likeable   TEXT[],
    p_goal_from  TEXT,
    p_goal_to    TEXT
)
RETURNS TABLE (
    o_found         BOOLEAN,
    o_likes         BIGINT,
    o_status        TEXT,
    o_changed       BOOLEAN,
    o_reached_goal  BOOLEAN,
    o_store         TEXT,
    o_store_likes   BIGINT
)
LANGUAGE sql
AS $$
    SELECT * FROM cocrea_set_likes(ARRAY[p_design_id], ARRAY[p_user_id], ARRAY[p_liked],
                                   ARRAY[p_store], ARRAY[p_now], p_likeable, p_goal_from, p_goal_to)
$$;

-- A like's fact is neither a status nor a comment: its insert no longer calls the
-- flagging function (a plpgsql call for every like), only the facts it flags do.
DROP TRIGGER outbox_flag_for_notifications ON outbox;
CREATE TRIGGER outbox_flag_for_notifications BEFORE INSERT ON outbox
    FOR EACH ROW WHEN (NEW.kind IN ('status', 'comment') AND NOT NEW.notifications_pending)
    EXECUTE FUNCTION outbox_flag_for_notifications();
