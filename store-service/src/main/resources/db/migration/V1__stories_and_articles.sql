-- Stories: one per group of copies. seq orders stories newest first and is the paging key.
CREATE TABLE stories (
    id                   text PRIMARY KEY,
    seq                  bigserial NOT NULL UNIQUE,
    title                text,
    canonical_article_id text,
    article_count        integer NOT NULL DEFAULT 0,
    first_published_at   timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    -- set when the story was folded into another; the id keeps answering with a redirect
    merged_into          text REFERENCES stories (id)
);

-- Every article is kept; copies are folded under their story, never deleted.
CREATE TABLE articles (
    id                 text PRIMARY KEY,
    story_id           text NOT NULL REFERENCES stories (id),
    url                text,
    source             text NOT NULL,
    title              text,
    byline             text,
    published_at       timestamptz,
    language           text,
    text               text NOT NULL,
    content_hash       text NOT NULL,
    -- what dedupe decided: NEW, EXACT or NEAR, and against which article
    dedupe_relation    text NOT NULL,
    matched_article_id text,
    similarity         double precision NOT NULL,
    decided_at         timestamptz NOT NULL
);
CREATE INDEX articles_story_idx ON articles (story_id);

-- The events already applied: each is applied once, in the transaction that records it.
CREATE TABLE applied_events (
    event_id   text PRIMARY KEY,
    type       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
