-- Passages an article shares with an earlier article of another story (dedupe's ArticleDeduplicated.passages).
-- Spans are token ranges [from_word, to_word) and char ranges [from_char, to_char) (UTF-16 units, as Java
-- counts them) in each article's text; text is the later article's wording.
CREATE TABLE passages (
    article_id       text    NOT NULL,
    other_article_id text    NOT NULL,
    from_word        integer NOT NULL,
    to_word          integer NOT NULL,
    from_char        integer NOT NULL,
    to_char          integer NOT NULL,
    other_from_word  integer NOT NULL,
    other_to_word    integer NOT NULL,
    other_from_char  integer NOT NULL,
    other_to_char    integer NOT NULL,
    words            integer NOT NULL CHECK (words > 0),
    edits            integer NOT NULL CHECK (edits >= 0),
    text             text    NOT NULL,
    PRIMARY KEY (article_id, other_article_id, from_word)
);
CREATE INDEX passages_other_article ON passages (other_article_id);
