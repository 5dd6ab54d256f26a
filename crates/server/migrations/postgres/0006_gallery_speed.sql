-- The gallery at 100,000 designs: statistics the planner and the search plan need.

-- A search is read matches-first or order-first depending on how many designs have
-- its words (storage/postgres/word_stats.rs), which the statistics of this column
-- tell: ANALYZE keeps the most common words and the share of rows each is in, up to
-- ten times this target of them. 1,000 (10,000 words, the default keeps 1,000) so
-- that a word not listed is a rare word even in a large catalogue.
ALTER TABLE design_search ALTER COLUMN words SET STATISTICS 1000;

-- Statistics at once for a database that had none since its designs came (the
-- planner otherwise plans near-goal, a category and a search as if the tables were
-- empty, and sorts every row), rather than at autovacuum's next round.
ANALYZE designs;
ANALYZE design_ranks;
ANALYZE design_search;
