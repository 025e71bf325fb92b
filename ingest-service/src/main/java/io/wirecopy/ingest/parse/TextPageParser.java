package io.wirecopy.ingest.parse;

import io.wirecopy.shared.text.TextSanitizer;

/**
 * A scraped page or agency wire text as plain text, one paragraph per line (wire layout undone by
 * {@link WireText}, controls removed): {@link TextPageCleaner} finds the title (unless
 * one is given), byline and time, and drops the page chrome.
 */
public final class TextPageParser {

    private TextPageParser() {
    }

    /** @param source the page's source when known (its boilerplate is learned and removed), else null */
    public static ArticleDraft parse(String text, String givenTitle, String source, SourceBoilerplate boilerplate) {
        TextPageCleaner.Cleaned page = TextPageCleaner.clean(TextSanitizer.clean(WireText.paragraphs(text)), givenTitle,
                source, boilerplate);
        return new ArticleDraft(null, null, page.title(), page.byline(), page.publishedAt(), null, page.text());
    }
}
