-- How much of each article is copy (ArticleDeduplicated.reuse): the share of its words found in passages
-- shared with earlier articles of other sources, and those articles ({"share", "sources": [{"articleId",
-- "storyId", "source", "share"}]}). Articles stored before dedupe measured it read as sharing nothing.
ALTER TABLE articles ADD COLUMN reuse_share double precision NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN reuse jsonb NOT NULL DEFAULT '{"share": 0, "sources": []}';
-- GET /stories?minReuse= asks for stories with an article at least that much copy
CREATE INDEX articles_story_reuse_idx ON articles (story_id, reuse_share);
