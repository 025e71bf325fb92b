package io.wirecopy.shared.text;

import java.util.regex.Pattern;

/**
 * Deterministic ids. An article's id comes from its canonical URL when it has one, else from its
 * known source and its text's canonical form, else from the text alone, so the same article sent
 * again always gets the same id, while the same text from two outlets without URLs is two articles
 * (grouped into one story, not dropped as a re-send). A story's id comes from the id of the article
 * that founded it.
 */
public final class ArticleIds {

    /** Hex characters kept from the SHA-256: 96 bits. */
    static final int ID_HEX_CHARS = 24;

    /** The shape of every article id ({@link #articleId}). */
    public static final Pattern ARTICLE_ID = Pattern.compile("a_[0-9a-f]{" + ID_HEX_CHARS + "}");
    /** The shape of every story id ({@link #storyId}). */
    public static final Pattern STORY_ID = Pattern.compile("s_[0-9a-f]{" + ID_HEX_CHARS + "}");

    private ArticleIds() {
    }

    /** {@code a_} and 24 hex characters. {@code canonicalUrl} may be null or blank, then the text decides. */
    public static String articleId(String canonicalUrl, String text) {
        return articleId(canonicalUrl, null, text);
    }

    /**
     * {@code a_} and 24 hex characters: from the canonical URL; without one from the source and the
     * text when the source is known ({@link Sources#isKnown}), else from the text alone.
     */
    public static String articleId(String canonicalUrl, String source, String text) {
        return hasUrl(canonicalUrl) ? urlId(canonicalUrl) : textId(source, TextNormalizer.canonicalForm(text));
    }

    /** The hash that identifies exact copies: SHA-256 hex of the text's canonical form. */
    public static String contentHash(String text) {
        return Hashing.sha256Hex(TextNormalizer.canonicalForm(text));
    }

    /** An article's id and content hash together. */
    public record Identity(String articleId, String contentHash) {
    }

    /** {@link #articleId} and {@link #contentHash} of one text, its canonical form computed once. */
    public static Identity identity(String canonicalUrl, String source, String text) {
        String canonical = TextNormalizer.canonicalForm(text);
        return new Identity(hasUrl(canonicalUrl) ? urlId(canonicalUrl) : textId(source, canonical), Hashing.sha256Hex(canonical));
    }

    private static boolean hasUrl(String canonicalUrl) {
        return canonicalUrl != null && !canonicalUrl.isBlank();
    }

    private static String urlId(String canonicalUrl) {
        return "a_" + Hashing.sha256Hex("url:" + canonicalUrl).substring(0, ID_HEX_CHARS);
    }

    private static String textId(String source, String canonicalText) {
        String key = "text:" + canonicalText;
        return "a_" + Hashing.sha256Hex(Sources.isKnown(source) ? "source:" + source + "\n" + key : key)
                .substring(0, ID_HEX_CHARS);
    }

    /** {@code s_} and 24 hex characters, derived from the founding article's id. */
    public static String storyId(String foundingArticleId) {
        return "s_" + Hashing.sha256Hex("story:" + foundingArticleId).substring(0, ID_HEX_CHARS);
    }
}
