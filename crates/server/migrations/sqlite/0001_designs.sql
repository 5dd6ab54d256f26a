-- People: until accounts exist a submission creates a user with only a display name;
-- accounts (email, password) are added to this table later.
CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL              -- unix milliseconds
);

CREATE TABLE designs (
    id            INTEGER PRIMARY KEY,
    title         TEXT    NOT NULL,
    description   TEXT    NOT NULL,
    category      TEXT    NOT NULL,            -- a cocrea_api::Category slug
    designer_id   INTEGER NOT NULL REFERENCES users(id),
    image_hash    TEXT    NOT NULL,            -- SHA-256 of the stored full image
    image_width   INTEGER NOT NULL,
    image_height  INTEGER NOT NULL,
    likes         INTEGER NOT NULL DEFAULT 0,  -- kept equal to the stored likes
    goal          INTEGER NOT NULL,
    status        TEXT    NOT NULL,            -- a cocrea_api::DesignStatus
    created_at    INTEGER NOT NULL             -- unix milliseconds
);

-- The gallery's keyset orders: newest and most liked.
CREATE INDEX designs_by_created ON designs (created_at DESC, id DESC);
CREATE INDEX designs_by_likes   ON designs (likes DESC, id DESC);
CREATE INDEX designs_by_category ON designs (category);
