-- Likes in batches, written as sets: 0007's cocrea_set_likes ran two or three
-- statements for every like of a batch (its like row, its fact) and three for every
-- design (lock, read, update); each statement costs its own executor start, and a
-- batch of 32 likes took about 3 ms of the database's time. Here a batch is one
-- statement after the lock: the likes are inserted and deleted together, each like's
-- count (and its store's count) is the design's count before the batch plus the
-- changes up to it in the batch's order (a running sum), the goal is reached by the
-- first like that reaches it, and the facts are appended in the likes' order, so the
-- outbox reads as it did when the likes were written one by one.
--
-- Two cases keep 0007's like-by-like loop (renamed cocrea_set_likes_in_turn): one
-- person liking and unliking one design within a batch (the order of the two
-- decides), and a goal whose next status takes no likes (the likes after it in the
-- batch are then refused).

ALTER FUNCTION cocrea_set_likes(BIGINT[], BIGINT[], BOOLEAN[], TEXT[], BIGINT[], TEXT[], TEXT, TEXT)
    RENAME TO cocrea_set_likes_in_turn;

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
BEGIN
    IF NOT (p_goal_to = ANY (p_likeable))
       OR EXISTS (SELECT 1 FROM unnest(p_design_ids, p_user_ids) AS pair (design_id, user_id)
                  GROUP BY pair.design_id, pair.user_id HAVING count(*) > 1) THEN
        RETURN QUERY SELECT * FROM cocrea_set_likes_in_turn(p_design_ids, p_user_ids, p_liked,
            p_stores, p_now, p_likeable, p_goal_from, p_goal_to);
        RETURN;
    END IF;
    -- Every design of the batch locked first, in id order: batches on every server
    -- lock in one order and cannot deadlock, and the statement below reads the
    -- designs' counts as the last batch before it committed them.
    PERFORM 1 FROM designs d WHERE d.id = ANY (p_design_ids) ORDER BY d.id FOR UPDATE;
    RETURN QUERY
    WITH input AS (
        SELECT i AS ord, p_design_ids[i] AS design_id, p_user_ids[i] AS user_id,
               p_liked[i] AS liked, p_stores[i] AS store, p_now[i] AS at
          FROM generate_subscripts(p_design_ids, 1) AS i
    ),
    design AS (
        SELECT d.id, d.likes, d.goal, d.status
          FROM designs d
         WHERE d.id = ANY (p_design_ids) AND NOT d.hidden AND d.status = ANY (p_likeable)
    ),
    inserted AS (
        INSERT INTO likes (design_id, user_id, created_at, store)
        SELECT i.design_id, i.user_id, i.at, i.store
          FROM input i JOIN design d ON d.id = i.design_id
         WHERE i.liked
        ON CONFLICT DO NOTHING
        RETURNING likes.design_id, likes.user_id
    ),
    removed AS (
        DELETE FROM likes l
         USING input i, design d
         WHERE NOT i.liked AND d.id = i.design_id
           AND l.design_id = i.design_id AND l.user_id = i.user_id
        RETURNING l.design_id, l.user_id, l.store
    ),
    changes AS (
        SELECT i.ord, i.design_id, i.liked, i.at, d.id IS NOT NULL AS found,
               d.likes AS likes_before, d.goal, d.status AS status_before,
               (ins.design_id IS NOT NULL OR rem.design_id IS NOT NULL) AS changed,
               -- What the like does to its design's count (and its store's).
               CASE WHEN ins.design_id IS NOT NULL THEN 1
                    WHEN rem.design_id IS NOT NULL THEN -1 ELSE 0 END AS delta,
               -- A like is counted at its store; a like taken back, at the like's own.
               CASE WHEN ins.design_id IS NOT NULL THEN i.store ELSE rem.store END AS store
          FROM input i
          LEFT JOIN design d ON d.id = i.design_id
          LEFT JOIN inserted ins ON i.liked AND ins.design_id = i.design_id AND ins.user_id = i.user_id
          LEFT JOIN removed rem ON NOT i.liked AND rem.design_id = i.design_id AND rem.user_id = i.user_id
    ),
    counted AS (
        SELECT c.*,
               c.likes_before + SUM(c.delta) OVER (PARTITION BY c.design_id ORDER BY c.ord)
                   AS likes_after
          FROM changes c
    ),
    -- The like that reaches the goal: the first that brings a design still voting to it.
    reached AS (
        SELECT DISTINCT ON (k.design_id) k.design_id, k.ord
          FROM counted k
         WHERE k.liked AND k.changed AND k.status_before = p_goal_from AND k.likes_after >= k.goal
         ORDER BY k.design_id, k.ord
    ),
    stores_before AS (
        SELECT s.design_id, s.store,
               (SELECT count(*) FROM likes l WHERE l.design_id = s.design_id AND l.store = s.store) AS likes
          FROM (SELECT DISTINCT k.design_id, k.store FROM counted k
                 WHERE k.changed AND k.store IS NOT NULL) s
    ),
    outcome AS (
        SELECT k.ord, k.design_id, k.found, k.changed, k.at, k.likes_after,
               r.ord IS NOT NULL AND r.ord = k.ord AS reached_goal,
               CASE WHEN r.ord IS NOT NULL AND k.ord >= r.ord THEN p_goal_to
                    ELSE k.status_before END AS status_after,
               CASE WHEN k.changed THEN k.store END AS store,
               CASE WHEN k.changed AND k.store IS NOT NULL THEN
                   sb.likes + SUM(k.delta) OVER (PARTITION BY k.design_id, k.store ORDER BY k.ord)
               END AS store_likes
          FROM counted k
          LEFT JOIN reached r ON r.design_id = k.design_id
          LEFT JOIN stores_before sb ON sb.design_id = k.design_id AND sb.store = k.store
    ),
    steps AS (
        INSERT INTO design_steps (design_id, status, note, created_at)
        SELECT o.design_id, p_goal_to, '', o.at FROM outcome o WHERE o.reached_goal
    ),
    -- The facts in the likes' order (a goal's status right after its like), so their
    -- sequence numbers are too.
    facts AS (
        INSERT INTO outbox (kind, payload, created_at, webhooks_pending)
        SELECT f.kind, f.payload, f.at, f.webhooks
          FROM (SELECT o.ord, 0 AS part, 'likes' AS kind,
                       '{"design_id":' || o.design_id || ',"likes":' || o.likes_after
                       || CASE WHEN o.store IS NULL THEN ''
                               ELSE ',"store":' || to_json(o.store)::text
                                    || ',"store_likes":' || o.store_likes END
                       || '}' AS payload,
                       o.at, false AS webhooks
                  FROM outcome o WHERE o.changed
                UNION ALL
                SELECT o.ord, 1, 'status',
                       '{"design_id":' || o.design_id || ',"status":' || to_json(p_goal_to)::text || '}',
                       o.at, true
                  FROM outcome o WHERE o.reached_goal) f
         ORDER BY f.ord, f.part
        RETURNING outbox.seq
    ),
    counts AS (
        UPDATE designs d SET likes = latest.likes_after, status = latest.status_after
          FROM (SELECT DISTINCT ON (o.design_id) o.design_id, o.likes_after, o.status_after
                  FROM outcome o WHERE o.changed
                 ORDER BY o.design_id, o.ord DESC) latest
         WHERE d.id = latest.design_id
    ),
    -- One notification wakes the dispatchers for the whole batch.
    notified AS (
        SELECT pg_notify('cocrea_outbox', max(facts.seq)::text) FROM facts
        HAVING max(facts.seq) IS NOT NULL
    )
    SELECT o.found,
           CASE WHEN o.found THEN o.likes_after ELSE 0 END,
           CASE WHEN o.found THEN o.status_after ELSE '' END,
           o.changed, o.reached_goal, o.store, o.store_likes
      FROM outcome o
     CROSS JOIN (SELECT count(*) FROM notified) AS woken
     ORDER BY o.ord;
END
$$;
