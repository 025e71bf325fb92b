-- Every filter the API offers has an index (GET /stories?source=, since=, until=): a filter that matches little
-- is answered from its index instead of walking every story.
CREATE INDEX articles_source_idx ON articles (source, story_id);
CREATE INDEX stories_time_idx ON stories ((coalesce(first_published_at, created_at)), seq) WHERE merged_into IS NULL;
