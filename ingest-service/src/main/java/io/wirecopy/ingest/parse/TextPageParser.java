package io.wirecopy.ingest.parse;

/**
 * A scraped page as plain text: the first non-blank line is the title (unless one is given), the rest
 * is the body, one paragraph per line. Lines that repeat the title are dropped from the body.
 */
public final class TextPageParser {

    private TextPageParser() {
    }

    public static ArticleDraft parse(String text, String givenTitle) {
        String[] lines = Texts.tidy(text).split("\n\n");
        String title = givenTitle != null && !givenTitle.isBlank() ? givenTitle.strip() : null;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (title == null) {
                title = line;
                continue;
            }
            if (line.equals(title)) {
                continue;
            }
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(line);
        }
        return new ArticleDraft(null, null, title, null, null, null, body.toString());
    }
}
