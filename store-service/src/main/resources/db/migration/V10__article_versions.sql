-- Articles that change (issue 25). An article row shows its latest version; every version dedupe reported is
-- kept here, the first one included once a second arrives. A version is an article's content hash.
ALTER TABLE articles ADD COLUMN modified_at timestamptz;           -- when the shown version says it was modified
ALTER TABLE articles ADD COLUMN updated_at timestamptz;            -- when a later version replaced the first one shown
ALTER TABLE articles ADD COLUMN revision text;                     -- the shown version's change: CORRECTION or REWRITE
ALTER TABLE articles ADD COLUMN version_count integer NOT NULL DEFAULT 1;
ALTER TABLE articles ADD COLUMN versions_dropped integer NOT NULL DEFAULT 0; -- the oldest beyond the cap, forgotten

CREATE TABLE article_versions (
    article_id   text NOT NULL REFERENCES articles (id),
    content_hash text NOT NULL,
    title        text,
    text         text NOT NULL,
    modified_at  timestamptz,
    seen_at      timestamptz NOT NULL,
    revision     text,                -- CORRECTION or REWRITE; null for the first version
    similarity   double precision,    -- word-shingle Jaccard with the latest version before it
    -- what orders the versions, as dedupe orders them: when the article says this text last changed (modified,
    -- else published), else when it was seen
    ordered_at   timestamptz NOT NULL,
    PRIMARY KEY (article_id, content_hash)
);
-- newest first, then by content hash
CREATE INDEX article_versions_order_idx ON article_versions (article_id, ordered_at DESC, content_hash DESC);
