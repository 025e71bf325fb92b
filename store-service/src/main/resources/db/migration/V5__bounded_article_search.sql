-- A tsvector holds at most 1 MB: the search column of a long article (a few MB of varied text, which
-- ingest accepts) failed the insert with "string is too long for tsvector", and the store had to
-- dead-letter the article. Only the first 100,000 characters of a text, and 2,000 of a title, are indexed
-- now: far more than any query needs to find an article, and always under the limit.
DROP INDEX articles_search_idx;
ALTER TABLE articles DROP COLUMN search;
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                          left(coalesce(title, ''), 2000)), 'A')
    || setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                             left(text, 100000)), 'B')) STORED;
CREATE INDEX articles_search_idx ON articles USING gin (search);

-- the same for passages: a passage can be as long as the article it is shared from
DROP INDEX passage_groups_search_idx;
CREATE INDEX passage_groups_search_idx ON passage_groups USING gin (to_tsvector('simple', left(text, 100000)));
