-- Full-text search: each article's title (weight A) above its text (weight B). English articles are
-- stemmed ('strikes' finds 'strike'); every other language is indexed word for word ('simple'), so
-- queries search both ways (StoryQueries). GIN makes the match an index lookup.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                          coalesce(title, '')), 'A')
    || setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                             text), 'B')) STORED;
CREATE INDEX articles_search_idx ON articles USING gin (search);
