package io.wirecopy.ingest.parse;

import io.wirecopy.ingest.text.SourceBoilerplate;
import io.wirecopy.ingest.text.TextChain;
import io.wirecopy.ingest.text.TextPageCleaner;

/**
 * A scraped page or agency wire text as plain text, one paragraph per line, through the {@link TextChain} first
 * (its lines are read from the chained text, so its draft goes to {@code ArticleFactory.fromChainedText}):
 * {@link TextPageCleaner} finds the title (unless one is given), byline and time, and drops the page chrome.
 */
public final class TextPageParser {

    private TextPageParser() {
    }

    /** @param source the page's source when known (its boilerplate is learned and removed), else null */
    public static ArticleDraft parse(String text, String givenTitle, String source, SourceBoilerplate boilerplate) {
        TextPageCleaner.Cleaned page = TextPageCleaner.clean(TextChain.apply(text), givenTitle, source, boilerplate);
        return new ArticleDraft(null, null, page.title(), page.byline(), page.publishedAt(), null, page.text());
    }
}
