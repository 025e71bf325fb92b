package io.wirecopy.ingest.service;

import io.wirecopy.shared.event.Article;

/** An article whose cleaned text is over {@link Article#MAX_TEXT_CHARS}: 413 for one article, a rejected item in a feed. */
public final class TextTooLongException extends IllegalArgumentException {

    TextTooLongException(int chars) {
        super("the article's text has " + chars + " characters, over the limit of " + Article.MAX_TEXT_CHARS);
    }
}
