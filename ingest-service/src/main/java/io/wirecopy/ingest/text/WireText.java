package io.wirecopy.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Agency wire text as it arrives, laid out as paragraphs parted by a blank line (as every parser here
 * writes them). Wire systems mark a paragraph
 * with a control character at its start (0x19 and the like) and sometimes a {@code <} at its end, wrap
 * lines at a fixed width, and write quotes as {@code ``} and {@code ''}. Here:
 * <ul>
 * <li>a line that starts (after blanks) with a control character opens a paragraph; the lines after it,
 * up to the next such line or a blank line, are joined into it;</li>
 * <li>without such marks, text wrapped at one width is unwrapped. A line goes on in the next when the
 * next line's first word would not have fitted on it within the width (the longest line, 40 to 100
 * chars): that is where a wrapper breaks. Text counts as wrapped when at least 4 lines go on so, they are
 * at least 60% of the lines followed by another, and at least half of them end inside a sentence;</li>
 * <li>a {@code <} that ends a paragraph goes; {@code ``} becomes “ and then {@code ''} becomes ”.</li>
 * </ul>
 * Other text keeps its lines. Control characters elsewhere are left to
 * {@link io.wirecopy.shared.text.TextSanitizer}. Applying it twice gives what applying it once gives.
 */
public final class WireText {

    private static final int MIN_WRAP = 40;
    private static final int MAX_WRAP = 100;

    private WireText() {
    }

    /** {@code text} laid out as the class says; null stays null. */
    public static String paragraphs(String text) {
        if (text == null) {
            return null;
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> paragraphs;
        if (marked(lines)) {
            paragraphs = byMarks(lines);
        } else {
            int width = wrapWidth(lines);
            paragraphs = width > 0 ? unwrap(lines, width) : null;
        }
        String out = paragraphs == null ? text : String.join("\n\n", paragraphs);
        if (out.contains("``")) {
            out = out.replace("``", "\u201C").replace("''", "\u201D");
        }
        return out;
    }

    private static boolean marked(String[] lines) {
        for (String line : lines) {
            if (markAt(line) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The index after the leading control characters (and blanks) of a marked line, or -1 if it is not marked. */
    private static int markAt(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == line.length() || !isControl(line.charAt(i))) {
            return -1;
        }
        while (i < line.length() && (isControl(line.charAt(i)) || Character.isWhitespace(line.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
    }

    private static List<String> byMarks(String[] lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            int mark = markAt(line);
            String body = (mark >= 0 ? line.substring(mark) : line).strip();
            if (mark >= 0 || body.isEmpty()) {
                flush(current, paragraphs);
            }
            append(current, body);
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    /** The width the text is wrapped at (its longest line), or 0 when it is not wrapped (see the class). */
    private static int wrapWidth(String[] lines) {
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.strip().length());
        }
        if (width < MIN_WRAP || width > MAX_WRAP) {
            return 0;
        }
        int followed = 0;
        int wrapped = 0;
        int inSentence = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || lines[i + 1].isBlank()) {
                continue;
            }
            followed++;
            if (goesOn(line, lines[i + 1], width)) {
                wrapped++;
                if (!endsSentence(line)) {
                    inSentence++;
                }
            }
        }
        return wrapped >= 4 && wrapped >= 0.6 * followed && inSentence * 2 >= wrapped ? width : 0;
    }

    /** Whether the first word of {@code next} would not have fitted after {@code line} within {@code width}. */
    private static boolean goesOn(String line, String next, int width) {
        String word = next.strip().split("\\s+", 2)[0];
        return line.length() + 1 + word.length() > width;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?:;\"'\u201D\u2019)<".indexOf(last) >= 0;
    }

    private static List<String> unwrap(String[] lines, int width) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                flush(current, paragraphs);
                continue;
            }
            append(current, line);
            if (i + 1 == lines.length || lines[i + 1].isBlank() || !goesOn(line, lines[i + 1], width)) {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void append(StringBuilder paragraph, String line) {
        if (line.isEmpty()) {
            return;
        }
        boolean hyphen = paragraph.length() > 1 && paragraph.charAt(paragraph.length() - 1) == '-'
                && Character.isLetter(paragraph.charAt(paragraph.length() - 2));
        if (paragraph.length() > 0 && !hyphen) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        String p = paragraph.toString().strip();
        paragraph.setLength(0);
        if (p.endsWith("<")) {
            p = p.substring(0, p.length() - 1).strip();
        }
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
    }
}
