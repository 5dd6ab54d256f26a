-- The store a like was made in (through a hanger tag's QR code); NULL online.
ALTER TABLE likes ADD COLUMN store TEXT;
CREATE INDEX likes_by_store ON likes (design_id, store) WHERE store IS NOT NULL;
