-- Replies: a designer answers a comment on their design. A reply names the comment
-- it answers; replies go one level deep (the domain refuses a reply to a reply).
-- Deleting a comment deletes its replies with it (storage marks both deleted_at).
ALTER TABLE comments ADD COLUMN reply_to INTEGER REFERENCES comments(id) ON DELETE CASCADE;
CREATE INDEX comments_by_reply_to ON comments (reply_to) WHERE reply_to IS NOT NULL;
