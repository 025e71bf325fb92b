-- How an article describes the source of a quote it names nobody for ("a spokesman for the ministry", "the court"):
-- ArticleDeduplicated.quotes[].speakerDescription. The first description seen is kept; it is shown only while the
-- quote has no named speaker, and never joins the speakers table.
ALTER TABLE quotes ADD COLUMN speaker_description text;
