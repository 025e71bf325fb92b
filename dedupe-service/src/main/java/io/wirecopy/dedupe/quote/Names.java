package io.wirecopy.dedupe.quote;

import java.util.List;

/**
 * When two forms of a person's name are one person: the rules an article's names are merged by
 * ({@link People}) and dedupe merges speakers across articles by, in one place.
 */
public final class Names {

    private Names() {
    }

    /** The surname a name's last word is, lower case: "al-Hakim" and "Hakim" are one. */
    public static String surname(String word) {
        String lower = AttributionLexicon.lower(word);
        for (String prefix : List.of("al-", "el-", "bin-")) {
            if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
                return lower.substring(prefix.length());
            }
        }
        return lower;
    }

    /** Two given names agree when they are equal or one is the other's initial ("J." and "John"). */
    public static boolean sameGivenName(String a, String b) {
        String x = AttributionLexicon.lower(a).replace(".", "");
        String y = AttributionLexicon.lower(b).replace(".", "");
        return x.equals(y) || x.length() == 1 && y.startsWith(x) || y.length() == 1 && x.startsWith(y);
    }
}
