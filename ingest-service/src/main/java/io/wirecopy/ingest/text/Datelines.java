package io.wirecopy.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens an article ("TEHRAN, April 7 (Reuters) -", "Baku-APA.", "Reuters:",
 * "WASHINGTON —") and the news agencies it credits, there or in credit lines ("(Reporting by …;
 * Reuters)", "Source: AFP", "(AP)").
 */
public final class Datelines {

    /** A found dateline (null when none) and the agencies credited anywhere in the text (in order). */
    public record Found(String dateline, List<String> agencies) {
    }

    static final List<String> AGENCIES = List.of("Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse",
            "dpa", "ANSA", "EFE", "Xinhua", "TASS", "RIA Novosti", "Interfax", "IRNA", "ISNA", "Fars", "Tasnim", "Mehr",
            "APA", "Anadolu", "Kyodo", "Yonhap", "PTI", "Bernama", "UPI", "Bloomberg", "AAP", "Meridian Press");

    private static final String AGENCY = "(" + String.join("|", AGENCIES.stream().map(Pattern::quote).toList()) + ")";
    private static final String PLACE = "\\p{Lu}[\\p{L}.'’ -]{1,40}?";
    private static final String DATE = "(?:,\\s*\\p{L}{3,9}\\.?\\s+\\d{1,2})?";
    private static final String DASH = "\\s*[-–—]+";

    /** "TEHRAN, April 7 (Reuters) -" */
    private static final Pattern PLACE_AGENCY = Pattern.compile("^(" + PLACE + DATE + "\\s*\\(" + AGENCY + "\\)" + DASH + ")\\s*");
    /** "Baku-APA." */
    private static final Pattern PLACE_DASH_AGENCY = Pattern.compile("^(" + PLACE + "[-–—]" + AGENCY + "\\.)\\s+");
    /** "Reuters:" or "AFP -" */
    private static final Pattern AGENCY_FIRST = Pattern.compile("^(" + AGENCY + "\\s*(?::|[-–—]))\\s+");
    /** "WASHINGTON —", "NEW YORK, June 3 -" (a place in capitals) */
    // runs of capitals joined by one separator each: one way to read any text, so it never backtracks
    private static final Pattern PLACE_ONLY = Pattern.compile("^((?:\\p{Lu}{2,}+(?:[ .'-]\\p{Lu}{2,}+)*+[ .'-]?)" + DATE + DASH
            + ")\\s+");
    /** Credits anywhere: "(Reuters)", "(Reporting by X; Reuters)", "Source: AFP", "Sources: News Agencies". */
    private static final Pattern CREDIT = Pattern.compile("(?:\\(|\\bsources?:\\s*|;\\s*)" + AGENCY + "\\b",
            Pattern.CASE_INSENSITIVE);

    private Datelines() {
    }

    /** A dateline is at the very start: the patterns look at no more than this much of the text. */
    static final int OPENING_CHARS = 200;

    public static Found find(String text) {
        String stripped = text.strip();
        String opening = stripped.substring(0, Math.min(stripped.length(), OPENING_CHARS));
        String dateline = null;
        Set<String> agencies = new LinkedHashSet<>();
        for (Pattern p : List.of(PLACE_AGENCY, PLACE_DASH_AGENCY, AGENCY_FIRST, PLACE_ONLY)) {
            Matcher m = p.matcher(opening);
            if (m.find()) {
                dateline = m.group(1).strip();
                if (m.groupCount() >= 2 && m.group(2) != null) {
                    agencies.add(canonical(m.group(2)));
                }
                break;
            }
        }
        Matcher credit = CREDIT.matcher(text);
        while (credit.find()) {
            agencies.add(canonical(credit.group(1)));
        }
        return new Found(dateline, new ArrayList<>(agencies));
    }

    private static String canonical(String agency) {
        for (String a : AGENCIES) {
            if (a.equalsIgnoreCase(agency)) {
                return a.toLowerCase(Locale.ROOT).equals("associated press") ? "AP"
                        : a.equalsIgnoreCase("Agence France-Presse") ? "AFP" : a;
            }
        }
        return agency;
    }
}
