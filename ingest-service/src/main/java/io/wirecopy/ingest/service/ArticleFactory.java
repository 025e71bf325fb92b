package io.wirecopy.ingest.service;

import io.wirecopy.ingest.text.TextChain;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.ingest.text.Datelines;
import io.wirecopy.ingest.text.Languages;
import io.wirecopy.shared.text.Sources;
import io.wirecopy.shared.text.TextNormalizer;
import io.wirecopy.shared.text.TextSanitizer;
import io.wirecopy.ingest.text.WireText;

/**
 * Turns a draft into the {@link Article} that is published: canonical URL, source (given, else the
 * registrable domain of the URL, else {@link Sources#UNKNOWN}), id and content hash. A draft without
 * words is refused.
 */
public final class ArticleFactory {

    private ArticleFactory() {
    }

    /** The source a draft names, or the registrable domain of its URL; null when neither is known. */
    public static String knownSource(ArticleDraft draft) {
        return knownSource(field(draft.source()), UrlCanonicalizer.canonicalize(field(draft.url())));
    }

    private static String knownSource(String stated, String canonicalUrl) {
        return stated != null ? stated : canonicalUrl == null ? null : UrlCanonicalizer.sourceOf(canonicalUrl);
    }

    /**
     * Every string field cleaned ({@link TextSanitizer}: no control characters, lone surrogates or
     * noncharacters, whatever door the draft came through), the text through the {@link TextChain}, blank fields
     * as null.
     */
    public static Article create(ArticleDraft draft) {
        return fromChainedText(draft.withText(TextChain.apply(draft.text())));
    }

    /** {@link #create} for a draft whose text already went through the {@link TextChain} (a text page's, read line by line). */
    public static Article fromChainedText(ArticleDraft draft) {
        String text = draft.text() == null ? "" : draft.text();
        if (!TextNormalizer.hasWord(text)) {
            throw new IllegalArgumentException("the article has no text");
        }
        if (text.length() > Article.MAX_TEXT_CHARS) {
            throw new TextTooLongException(text.length());
        }
        String url = UrlCanonicalizer.canonicalize(field(draft.url()));
        String known = knownSource(field(draft.source()), url);
        String source = limited("source", known != null ? known : Sources.UNKNOWN, MAX_SOURCE_CHARS);
        Datelines.Found datelines = Datelines.find(text);
        ArticleIds.Identity identity = ArticleIds.identity(url, source, text);
        return new Article(identity.articleId(), url, source,
                limited("title", field(draft.title()), MAX_TITLE_CHARS), limited("byline", byline(field(draft.byline())), MAX_BYLINE_CHARS),
                draft.publishedAt(), language(field(draft.language()), text), text, identity.contentHash(),
                datelines.dateline(), datelines.agencies(), draft.modifiedAt());
    }

    private static final java.util.regex.Pattern BY = java.util.regex.Pattern.compile("^(?iu:by|von|par|por|door)\\s*:?\\s+(?=\\S)");

    /** A byline as a name, whatever door it came through: "By Ana Lind" is Ana Lind (a page's byline is read so already). */
    static String byline(String value) {
        if (value == null) {
            return null;
        }
        String name = BY.matcher(value).replaceFirst("").strip();
        return name.isEmpty() ? value : name;
    }

    /** Longest title taken: a headline, not a text (the search index takes 2,000 chars of it). */
    static final int MAX_TITLE_CHARS = 2000;
    static final int MAX_BYLINE_CHARS = 500;
    static final int MAX_SOURCE_CHARS = 200;

    private static String limited(String name, String value, int maxChars) {
        if (value != null && value.length() > maxChars) {
            throw new IllegalArgumentException("the " + name + " has " + value.length() + " characters, over the limit of "
                    + maxChars);
        }
        return value;
    }

    /** A metadata field cleaned, one line, stripped; null when blank. */
    static String field(String value) {
        if (value == null) {
            return null;
        }
        String clean = TextChain.visible(TextSanitizer.clean(value)).replaceAll("\\s+", " ").strip();
        return clean.isEmpty() ? null : clean;
    }

    /** The stated language (its primary subtag, lower case: "en-GB" gives "en"), else the detected one. */
    static String language(String stated, String text) {
        if (stated != null && !stated.isBlank()) {
            String primary = stated.strip().split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
            if (primary.matches("[a-z]{2,3}")) {
                return primary;
            }
        }
        return Languages.detect(text);
    }
}
