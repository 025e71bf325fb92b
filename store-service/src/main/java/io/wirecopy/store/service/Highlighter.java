package io.wirecopy.store.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders an article's text as HTML paragraphs (blank lines separate them) with the given char ranges
 * wrapped in {@code <mark>}; everything is escaped. Overlapping ranges are merged; a range that spans
 * paragraphs is marked in each.
 */
public final class Highlighter {

    /** Chars {@code [from, to)} of the text to mark, and the title attribute of the mark (may be null). */
    public record Range(int from, int to, String title) {
    }

    private Highlighter() {
    }

    public static String html(String text, List<Range> ranges) {
        List<Range> merged = merge(text.length(), ranges);
        StringBuilder out = new StringBuilder("<p>");
        int r = 0;
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            while (r < merged.size() && merged.get(r).to() <= i) {
                r++;
            }
            boolean inside = r < merged.size() && merged.get(r).from() <= i;
            if (text.startsWith("\n\n", i)) {
                if (open) {
                    out.append("</mark>");
                    open = false;
                }
                out.append("</p>\n<p>");
                while (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            if (inside && !open) {
                out.append("<mark");
                if (merged.get(r).title() != null) {
                    out.append(" title=\"").append(escape(merged.get(r).title())).append('"');
                }
                out.append('>');
                open = true;
            } else if (!inside && open) {
                out.append("</mark>");
                open = false;
            }
            char c = text.charAt(i);
            out.append(c == '\n' ? "<br>" : escape(String.valueOf(c)));
        }
        if (open) {
            out.append("</mark>");
        }
        return out.append("</p>").toString();
    }

    private static List<Range> merge(int length, List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges.stream()
                .map(x -> new Range(Math.max(0, x.from()), Math.min(length, x.to()), x.title()))
                .filter(x -> x.from() < x.to()).toList());
        sorted.sort(Comparator.comparingInt(Range::from));
        List<Range> out = new ArrayList<>();
        for (Range x : sorted) {
            Range last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && x.from() <= last.to()) {
                out.set(out.size() - 1, new Range(last.from(), Math.max(last.to(), x.to()), last.title()));
            } else {
                out.add(x);
            }
        }
        return out;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
