-- Accounts: a user with an email and a password can sign in. Users from the
-- time before accounts (and demo shoppers) have neither.
ALTER TABLE users ADD COLUMN email TEXT;            -- lower-cased; NULL for name-only users
ALTER TABLE users ADD COLUMN password_hash TEXT;    -- argon2id PHC string
ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'user';
CREATE UNIQUE INDEX users_by_email ON users (email);

-- Sign-in sessions: only a hash of the token is kept, so a copy of the
-- database lets nobody sign in.
CREATE TABLE sessions (
    token_hash  BLOB    PRIMARY KEY,              -- SHA-256 of the cookie's token
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions (user_id);

-- One like per person and design; designs.likes is kept equal to the count here.
CREATE TABLE likes (
    design_id   INTEGER NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (design_id, user_id)
) WITHOUT ROWID;
CREATE INDEX likes_by_user ON likes (user_id, created_at DESC);
