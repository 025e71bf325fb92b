package io.wirecopy.shared.text;

/**
 * Who published an article. The source is the one stated, else the registrable domain of its
 * canonical URL, else {@value #UNKNOWN}. Two unknown sources are never the same source: five pages
 * posted without a source or URL may come from five outlets.
 */
public final class Sources {

    /** The source of an article that names none and has no URL. */
    public static final String UNKNOWN = "unknown";

    private Sources() {
    }

    public static boolean isKnown(String source) {
        return source != null && !source.isBlank() && !source.equals(UNKNOWN);
    }

    /** Whether two articles come from one known source (their passages would be that source's template). */
    public static boolean same(String a, String b) {
        return isKnown(a) && a.equals(b);
    }
}
