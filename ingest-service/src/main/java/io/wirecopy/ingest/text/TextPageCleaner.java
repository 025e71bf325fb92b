package io.wirecopy.ingest.text;

import io.wirecopy.shared.text.TextNormalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a scraped page saved as text (one paragraph per line) into an article: finds the title, the
 * byline and the publication time in the head of the page, and drops the page's chrome by line
 * rules (loading banners, widget labels, share/comment/login prompts, pagination, repeated lines
 * such as captions and the repeated headline, section names glued to the headline) and by the
 * source's learned boilerplate ({@link SourceBoilerplate}). Everything from a tail heading ("Latest
 * news", "Popular posts", "Must read", "You might also like", "Comments", "Sources") on is dropped.
 * Every other paragraph is kept.
 */
public final class TextPageCleaner {

    /** A line with this many words or more is article text, never chrome by a short-line rule. */
    static final int SHORT = 20;

    private static final Pattern BANNER = Pattern.compile("^(please wait|loading|just a moment)\\W*$", Pattern.CASE_INSENSITIVE);
    /** Material-icon ligatures that leak into scraped text as words: folder_open, access_time, … */
    private static final Pattern WIDGET = Pattern.compile(
            "(folder_open|access_time|calendar_today|bookmark_border|chat_bubble_outline|visibility_off|"
                    + "add to favou?rites|^star\\b|^share$|^print$|^email$|^tweet$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROMPT = Pattern.compile("(share (this|on)\\b|print this|join (our|the) "
            + "(commenting|discussion|conversation)|join thought-provoking|thank you for registering|refresh (the page|your browser)"
            + "|logged in|\\blog ?in\\b|\\bsign (in|up)\\b|subscribe|newsletter|follow us|read more|^advertisement$"
            + "|cookies?\\b|all rights reserved|^\\(c\\)|©|^copyright\\b|^comments? \\(\\d+\\)|^\\d+ comments?$"
            + "|^(home|menu|search|skip to content)$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGINATION = Pattern.compile("^(\\d{1,3}\\s+){2,}\\d{1,3}\\b.*$|^(next|previous|prev)\\b.{0,20}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAIL = Pattern.compile("^(latest news|latest|popular posts.*|most (read|popular).*"
            + "|must read|you might also like.*|recommended.*|related( articles| stories| posts| news| content)?"
            + "|more (from|on) .*|read (also|next).*|comments?|join our commenting forum.*|sources?:?( .*)?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^(?:by|written\\s*(?:by)?\\s*:?|author\\s*:)\\s*(.{3,80})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE = Pattern.compile("^(local |staff |news |web )?(editor|writer|reporter|correspondent|desk)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'.-]+( \\p{Lu}[\\p{L}'.-]+){1,3}$");
    private static final Pattern TIME_AGO = Pattern.compile("^\\d+ (seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago$",
            Pattern.CASE_INSENSITIVE);

    /** The article found in a page; any field but {@code text} may be null. */
    public record Cleaned(String title, String byline, OffsetDateTime publishedAt, String text) {
    }

    private TextPageCleaner() {
    }

    public static Cleaned clean(String page, String givenTitle, String source, SourceBoilerplate boilerplate) {
        List<String> lines = new ArrayList<>();
        for (String raw : page.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.replace('\u00A0', ' ').replaceAll("[\\s\\p{Z}]+", " ").strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        List<String> keys = new ArrayList<>(lines.size());
        List<Integer> words = new ArrayList<>(lines.size());
        Map<String, Integer> repeats = new HashMap<>();
        for (String line : lines) {
            List<String> tokens = TextNormalizer.tokens(line);
            keys.add(String.join(" ", tokens));
            words.add(tokens.size());
            repeats.merge(keys.get(keys.size() - 1), 1, Integer::sum);
        }
        Set<String> learned = boilerplate.boilerplateAndLearn(source, keys);

        // the head: lines before the first long paragraph
        int head = 0;
        while (head < lines.size() && words.get(head) < SHORT) {
            head++;
        }
        String title = givenTitle != null && !givenTitle.isBlank() ? givenTitle.strip() : null;
        int titleAt = -1;
        if (title == null) {
            titleAt = findTitle(lines, keys, words, head, repeats, learned);
            title = titleAt >= 0 ? lines.get(titleAt) : null;
        }
        String byline = null;
        OffsetDateTime published = null;
        StringBuilder body = new StringBuilder();
        boolean bodyStarted = false;
        int paragraphs = 0;
        String titleKey = title == null ? null : key(title);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String lineKey = keys.get(i);
            boolean inHead = i < head;
            boolean isShort = words.get(i) < SHORT;
            if (words.get(i) == 0) {
                continue; // "-", "***", a lone picture credit symbol
            }
            if (isShort && bodyStarted && TAIL.matcher(line).matches()) {
                break;
            }
            if (i == titleAt || lineKey.equals(titleKey)) {
                continue;
            }
            if (inHead && titleAt > 0 && i < titleAt) {
                continue; // site name, slogan, section names above the headline
            }
            if (learned.contains(lineKey) || (isShort && isChrome(line)) || (isShort && repeats.get(lineKey) > 1)) {
                continue;
            }
            if (titleKey != null && isShort && lineKey.endsWith(titleKey)) {
                continue; // section names glued to the headline
            }
            if (inHead || paragraphs < 3) { // bylines and dates sit in the head or just below a standfirst
                OffsetDateTime date = Dates.scraped(line);
                if (date != null) {
                    published = published == null ? date : published;
                    continue;
                }
                var by = BYLINE.matcher(line);
                if (by.matches()) {
                    byline = byline == null ? by.group(1).strip() : byline;
                    continue;
                }
                if (ROLE.matcher(line).matches()) {
                    byline = byline == null ? line : byline;
                    continue;
                }
                if (NAME.matcher(line).matches() && nextToDate(lines, i)) {
                    byline = byline == null ? line : byline;
                    continue;
                }
            }
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(line);
            paragraphs++;
            bodyStarted = bodyStarted || !isShort;
        }
        return new Cleaned(title, byline, published, body.toString());
    }

    /**
     * The headline: among the first three plain lines of the head, the first one the page repeats
     * (headlines are printed twice; a caption printed twice comes later), or the shorter of two lines
     * where the first ends with the second (section names glued on), or the line right above the byline or
     * the date, else the first plain line.
     */
    private static int findTitle(List<String> lines, List<String> keys, List<Integer> words, int head,
            Map<String, Integer> repeats, Set<String> learned) {
        int firstPlain = -1;
        int plain = 0;
        for (int i = 0; i < Math.min(head, 8) && plain < 3; i++) {
            String line = lines.get(i);
            if (isChrome(line) || learned.contains(keys.get(i)) || Dates.scraped(line) != null) {
                continue;
            }
            if (i + 1 < lines.size() && !keys.get(i).equals(keys.get(i + 1))
                    && keys.get(i).endsWith(keys.get(i + 1)) && words.get(i + 1) >= 3) {
                return i + 1;
            }
            if (repeats.get(keys.get(i)) > 1 && words.get(i) >= 3) {
                return i;
            }
            if (words.get(i) >= 3 && i + 1 < lines.size()
                    && (BYLINE.matcher(lines.get(i + 1)).matches() || Dates.scraped(lines.get(i + 1)) != null)) {
                return i; // the headline sits right above its byline or date; a site name above it is no headline
            }
            if (firstPlain < 0) {
                firstPlain = i;
            }
            plain++;
        }
        if (firstPlain < 0 && !lines.isEmpty() && words.get(0) < SHORT) {
            return -1;
        }
        return firstPlain;
    }

    /** The longest line that can be chrome (a banner, a widget's words, a prompt, pagination); a longer one is text. */
    static final int MAX_CHROME_CHARS = 300;

    private static boolean isChrome(String line) {
        if (line.length() > MAX_CHROME_CHARS) {
            return false; // a 3 MB "word" is no prompt: the patterns below are not run over it
        }
        return BANNER.matcher(line).matches() || WIDGET.matcher(line).find() || PROMPT.matcher(line).find()
                || PAGINATION.matcher(line).matches() || TIME_AGO.matcher(line).matches();
    }

    private static boolean nextToDate(List<String> lines, int i) {
        return (i > 0 && Dates.scraped(lines.get(i - 1)) != null)
                || (i + 1 < lines.size() && Dates.scraped(lines.get(i + 1)) != null);
    }

    private static String key(String line) {
        return SourceBoilerplate.key(line);
    }
}
