-- A passage group is one shared passage wherever it occurs: dedupe reports passages pairwise
-- (passages, V2); the store joins pairs that share an occurrence (overlapping words of one article)
-- into one group, so a quote lifted into five stories is one group with occurrences in all five.
CREATE TABLE passage_groups (
    id     bigserial PRIMARY KEY,
    text   text    NOT NULL,
    words  integer NOT NULL
);
CREATE INDEX passage_groups_order_idx ON passage_groups (words DESC, id);
CREATE INDEX passage_groups_search_idx ON passage_groups USING gin (to_tsvector('simple', text));

CREATE TABLE passage_occurrences (
    group_id   bigint  NOT NULL REFERENCES passage_groups (id) ON DELETE CASCADE,
    article_id text    NOT NULL,
    from_word  integer NOT NULL,
    to_word    integer NOT NULL,
    from_char  integer NOT NULL,
    to_char    integer NOT NULL,
    PRIMARY KEY (article_id, from_word, group_id)
);
CREATE INDEX passage_occurrences_group_idx ON passage_occurrences (group_id);
