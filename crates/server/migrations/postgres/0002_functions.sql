-- The ranking formulas of cocrea_api::ranking (crates/api/src/ranking.rs), so the
-- database orders by them. Keep them equal to the Rust functions: a unit test
-- (storage/postgres/designs.rs) compares the two.

-- score = (likes + 1) / (age_hours + 2) ^ 1.8
CREATE FUNCTION trending_score(likes BIGINT, age_hours DOUBLE PRECISION)
RETURNS DOUBLE PRECISION
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT (GREATEST(likes, 0) + 1)::double precision
         / power(GREATEST(age_hours, 0::double precision) + 2::double precision,
                 1.8::double precision)
$$;

-- How far likes are toward the goal, from 0 to 1 (1 when there is no goal).
CREATE FUNCTION goal_fraction(likes BIGINT, goal BIGINT)
RETURNS DOUBLE PRECISION
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN goal <= 0 THEN 1::double precision
        ELSE LEAST(GREATEST(likes, 0)::double precision / goal::double precision,
                   1::double precision)
    END
$$;

-- A like or an unlike, the whole transaction in one call (one round trip per like):
-- the design's row lock (so likes of one design commit in sequence order), the
-- like row, the count, the goal move, the timeline step, the store's count, and
-- last the outbox facts and their notification.
--
-- The rules come in as parameters, from the domain: the statuses in which a design
-- takes likes (p_likeable) and the move made when a like reaches the goal
-- (p_goal_from -> p_goal_to). The facts' JSON is that of cocrea_api's LikesEvent
-- and StatusEvent as serde writes them (a unit test in storage/postgres/likes.rs
-- compares them).
--
-- Returns one row; o_found is false when the design does not exist, is hidden or
-- is not likeable.
CREATE FUNCTION cocrea_set_like(
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
LANGUAGE plpgsql
AS $$
DECLARE
    v_likes        BIGINT;
    v_goal         BIGINT;
    v_status       TEXT;
    v_hidden       BOOLEAN;
    v_changed      BOOLEAN;
    v_store        TEXT;
    v_store_likes  BIGINT;
    v_reached      BOOLEAN;
    v_seq          BIGINT;
BEGIN
    SELECT d.likes, d.goal, d.status, d.hidden
      INTO v_likes, v_goal, v_status, v_hidden
      FROM designs d WHERE d.id = p_design_id
       FOR UPDATE;
    IF NOT FOUND OR v_hidden OR NOT (v_status = ANY (p_likeable)) THEN
        RETURN QUERY SELECT false, 0::bigint, ''::text, false, false, NULL::text, NULL::bigint;
        RETURN;
    END IF;

    IF p_liked THEN
        INSERT INTO likes (design_id, user_id, created_at, store)
        VALUES (p_design_id, p_user_id, p_now, p_store)
        ON CONFLICT DO NOTHING;
        v_changed := FOUND;
        v_store := p_store;
    ELSE
        -- The like's own store, so that store's count can be told too.
        DELETE FROM likes l WHERE l.design_id = p_design_id AND l.user_id = p_user_id
        RETURNING l.store INTO v_store;
        v_changed := FOUND;
    END IF;
    IF NOT v_changed THEN
        RETURN QUERY SELECT true, v_likes, v_status, false, false, NULL::text, NULL::bigint;
        RETURN;
    END IF;

    v_likes := v_likes + CASE WHEN p_liked THEN 1 ELSE -1 END;
    v_reached := p_liked AND v_status = p_goal_from AND v_likes >= v_goal;
    IF v_reached THEN
        v_status := p_goal_to;
    END IF;
    UPDATE designs SET likes = v_likes, status = v_status WHERE id = p_design_id;
    IF v_store IS NOT NULL THEN
        SELECT COUNT(*) INTO v_store_likes
          FROM likes l WHERE l.design_id = p_design_id AND l.store = v_store;
    END IF;
    IF v_reached THEN
        INSERT INTO design_steps (design_id, status, note, created_at)
        VALUES (p_design_id, v_status, '', p_now);
    END IF;

    -- The facts, last: a sequence number is taken as late as possible before COMMIT.
    INSERT INTO outbox (kind, payload, created_at, webhooks_pending)
    VALUES ('likes',
            '{"design_id":' || p_design_id || ',"likes":' || v_likes
            || CASE WHEN v_store IS NULL THEN ''
                    ELSE ',"store":' || to_json(v_store)::text
                         || ',"store_likes":' || v_store_likes END
            || '}',
            p_now, false)
    RETURNING seq INTO v_seq;
    IF v_reached THEN
        INSERT INTO outbox (kind, payload, created_at, webhooks_pending)
        VALUES ('status',
                '{"design_id":' || p_design_id || ',"status":' || to_json(v_status)::text || '}',
                p_now, true)
        RETURNING seq INTO v_seq;
    END IF;
    PERFORM pg_notify('cocrea_outbox', v_seq::text);

    RETURN QUERY SELECT true, v_likes, v_status, true, v_reached, v_store, v_store_likes;
END
$$;
