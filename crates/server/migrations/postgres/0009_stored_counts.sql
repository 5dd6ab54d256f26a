-- Top and near goal read stored keys, as trending does (0003), so that no index on
-- designs covers a column a like changes.
--
-- PostgreSQL writes an updated row in place of the old one's index entries (a HOT
-- update) only when no index covers a column the update changes. With
-- designs_by_likes and designs_near_goal, every like's update of designs.likes
-- wrote a new entry into each of the table's eight indexes; without them it writes
-- none (measured with the likes bench on 2 cores: 9,940 -> 15,750 likes/s, p99
-- 12.8 -> 7.1 ms). The keys move to design_ranks, refreshed with the trending
-- ranks (crates/server/src/trending.rs): between two refreshes top and near goal
-- keep their order, as trending does, and a card's count is read from designs, live.

ALTER TABLE design_ranks
    -- The design's likes when ranked: top's key.
    ADD COLUMN likes BIGINT NOT NULL DEFAULT 0,
    -- goal_fraction of those likes while the design is listed and still voting, else
    -- NULL: near goal's key.
    ADD COLUMN near_goal DOUBLE PRECISION;

UPDATE design_ranks r
   SET likes = d.likes,
       near_goal = CASE WHEN d.status = 'voting' AND NOT d.hidden
                        THEN goal_fraction(d.likes, d.goal) END
  FROM designs d
 WHERE d.id = r.design_id;

-- Each with a twin per category, as trending has: a like updates none of them.
CREATE INDEX design_ranks_by_likes ON design_ranks (likes DESC, design_id DESC);
CREATE INDEX design_ranks_by_category_likes
    ON design_ranks (category, likes DESC, design_id DESC);
CREATE INDEX design_ranks_near_goal ON design_ranks (near_goal DESC, design_id DESC)
    WHERE near_goal IS NOT NULL;
CREATE INDEX design_ranks_by_category_near_goal
    ON design_ranks (category, near_goal DESC, design_id DESC)
    WHERE near_goal IS NOT NULL;

DROP INDEX designs_by_likes;
DROP INDEX designs_near_goal;

ANALYZE design_ranks;
