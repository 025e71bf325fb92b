-- Quotes (dedupe's ArticleDeduplicated.quotes): one row per quote however many articles carry it, each
-- article's wording in quote_occurrences, who said it in speakers (name: the fullest form seen; names: every
-- form articles used), and the same remark in other words in quote_renderings (both directions; the
-- similarity of their sentence embeddings).
CREATE TABLE speakers (
    id    text   PRIMARY KEY,
    name  text   NOT NULL,
    names text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE quotes (
    id            text        PRIMARY KEY,
    text          text        NOT NULL,
    speaker_id    text        REFERENCES speakers (id),
    first_seen_at timestamptz NOT NULL
);
CREATE INDEX quotes_newest ON quotes (first_seen_at DESC, id DESC);
CREATE INDEX quotes_speaker ON quotes (speaker_id, first_seen_at DESC);
CREATE INDEX quotes_search ON quotes USING gin (to_tsvector('simple', left(text, 100000)));

CREATE TABLE quote_occurrences (
    quote_id   text NOT NULL REFERENCES quotes (id),
    article_id text NOT NULL REFERENCES articles (id),
    text       text NOT NULL,
    PRIMARY KEY (quote_id, article_id)
);
CREATE INDEX quote_occurrences_article ON quote_occurrences (article_id);

-- other_quote_id has no foreign key: a rendering may name a quote whose article was dead-lettered
CREATE TABLE quote_renderings (
    quote_id       text             NOT NULL REFERENCES quotes (id),
    other_quote_id text             NOT NULL,
    similarity     double precision NOT NULL CHECK (similarity > 0 AND similarity <= 1),
    PRIMARY KEY (quote_id, other_quote_id)
);
