-- The gallery at scale: orders and search that cost the same at 1,000 or 100,000
-- designs (the same plan as SQLite's 0006_gallery).

-- Trending: each design's score (trending_score of 0002), stored and refreshed by a
-- background task (crates/server/src/trending.rs) instead of being computed for
-- every row on every request. A table of its own: a like updates designs, and
-- every index on designs costs every like an index entry; these indexes cost none.
CREATE TABLE design_ranks (
    design_id  BIGINT PRIMARY KEY REFERENCES designs(id) ON DELETE CASCADE,
    category   TEXT   NOT NULL,            -- the design's category (it never changes)
    trending   DOUBLE PRECISION NOT NULL,  -- the trending score at ranked_at
    ranked_at  BIGINT NOT NULL             -- unix milliseconds of that computation
);
CREATE INDEX design_ranks_by_trending ON design_ranks (trending DESC, design_id DESC);
CREATE INDEX design_ranks_by_category ON design_ranks (category, trending DESC, design_id DESC);
CREATE INDEX design_ranks_by_age      ON design_ranks (ranked_at);

-- Search: every word of the title and the description, lower-cased and with the
-- accents of the Latin alphabets folded ("algodao" finds "algodão"), in a GIN index;
-- word prefixes through to_tsquery's ':*'. Also a table of its own, for the same
-- reason as design_ranks.
CREATE FUNCTION cocrea_fold(words TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT translate(lower(words),
        'áàâãäåāăąçćĉčďđéèêëēĕėęěĝğġģĥíìîïĩīĭįıĵķĺļľłñńņňóòôõöøōŏőœŕŗřśŝşšţťŧúùûüũūŭůűųŵýÿŷźżžßæ',
        'aaaaaaaaaccccddeeeeeeeeegggghiiiiiiiiijkllllnnnnoooooooooorrrsssstttuuuuuuuuuuwyyyzzzsa')
$$;
CREATE TABLE design_search (
    design_id  BIGINT PRIMARY KEY REFERENCES designs(id) ON DELETE CASCADE,
    words      TSVECTOR NOT NULL
);
CREATE INDEX design_search_words ON design_search USING gin (words);

-- Each design gets its rank row (rank 0 until computed) and its words.
CREATE FUNCTION cocrea_design_gallery_rows() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO design_ranks (design_id, category, trending, ranked_at)
        VALUES (NEW.id, NEW.category, 0, 0);
    END IF;
    INSERT INTO design_search (design_id, words)
    VALUES (NEW.id, to_tsvector('simple', cocrea_fold(NEW.title || ' ' || NEW.description)))
    ON CONFLICT (design_id) DO UPDATE SET words = EXCLUDED.words;
    RETURN NULL;
END
$$;
CREATE TRIGGER design_gallery_rows
AFTER INSERT OR UPDATE OF title, description ON designs
FOR EACH ROW EXECUTE FUNCTION cocrea_design_gallery_rows();

INSERT INTO design_ranks (design_id, category, trending, ranked_at)
SELECT id, category, 0, 0 FROM designs;
INSERT INTO design_search (design_id, words)
SELECT id, to_tsvector('simple', cocrea_fold(title || ' ' || description)) FROM designs;

-- Newest first in one category (likes do not touch it).
CREATE INDEX designs_by_category_created ON designs (category, created_at DESC, id DESC);

-- Near goal: designs still collecting likes, by how far they are toward their goal;
-- the expression is the listing's (storage/postgres/designs.rs), so the planner uses it.
CREATE INDEX designs_near_goal ON designs (goal_fraction(likes, goal) DESC, id DESC)
    WHERE status = 'voting' AND NOT hidden;
