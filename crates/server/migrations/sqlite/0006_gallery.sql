-- The gallery at scale: orders and search that cost the same at 1,000 or 100,000 designs.

-- Trending: each design's score (cocrea_api::ranking::trending_score), stored and
-- refreshed by a background task (crates/server/src/trending.rs) instead of being
-- computed for every row on every request. Likes do not touch this table: the
-- like path stays as it was. A row per design, made by the trigger below.
CREATE TABLE design_ranks (
    design_id  INTEGER PRIMARY KEY REFERENCES designs(id) ON DELETE CASCADE,
    category   TEXT    NOT NULL,   -- the design's category (it never changes), for filtered lists
    trending   REAL    NOT NULL,   -- the trending score at ranked_at
    ranked_at  INTEGER NOT NULL    -- unix milliseconds of that computation
);
CREATE INDEX design_ranks_by_trending ON design_ranks (trending DESC, design_id DESC);
CREATE INDEX design_ranks_by_category ON design_ranks (category, trending DESC, design_id DESC);
CREATE INDEX design_ranks_by_age      ON design_ranks (ranked_at);

-- Every design has its row; rank 0 and ranked_at 0 until the refresh (or the insert
-- that made it) computes it.
CREATE TRIGGER design_ranks_for_new_design AFTER INSERT ON designs BEGIN
    INSERT INTO design_ranks (design_id, category, trending, ranked_at)
    VALUES (new.id, new.category, 0, 0);
END;
INSERT INTO design_ranks (design_id, category, trending, ranked_at)
SELECT id, category, 0, 0 FROM designs;

-- Newest first in one category (likes do not touch it).
CREATE INDEX designs_by_category_created ON designs (category, created_at DESC, id DESC);

-- Near goal: designs still collecting likes, by how far they are toward their goal.
-- The expression is written exactly as the listing writes it (NEAR_GOAL_KEY in
-- storage/sqlite/designs.rs; a test keeps the two equal), so the planner uses it.
CREATE INDEX designs_near_goal ON designs (
    (CASE WHEN goal <= 0 THEN 1.0 ELSE MIN(MAX(likes, 0) * 1.0 / goal, 1.0) END) DESC, id DESC
) WHERE status = 'voting' AND hidden = 0;

-- Search: every word of the title and the description, case and accents folded
-- ("algodao" finds "algodão"), word prefixes answered from a prefix index.
-- External content: the words live in designs; triggers keep the index in step
-- (an update of the likes does not fire them).
CREATE VIRTUAL TABLE design_search USING fts5(
    title, description,
    content = 'designs', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO design_search (design_search) VALUES ('rebuild');
CREATE TRIGGER design_search_insert AFTER INSERT ON designs BEGIN
    INSERT INTO design_search (rowid, title, description)
    VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER design_search_delete AFTER DELETE ON designs BEGIN
    INSERT INTO design_search (design_search, rowid, title, description)
    VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER design_search_update AFTER UPDATE OF title, description ON designs BEGIN
    INSERT INTO design_search (design_search, rowid, title, description)
    VALUES ('delete', old.id, old.title, old.description);
    INSERT INTO design_search (rowid, title, description)
    VALUES (new.id, new.title, new.description);
END;
