package io.wirecopy.store.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed from one version of an article to the next, paragraph by paragraph: each paragraph of the newer
 * text, marked added when the older text has no paragraph like it, and the older text's paragraphs the newer one
 * lost, marked removed, in the older text's order after them. A corrected word shows as its paragraph removed and
 * added again. Linear in the texts (a set of paragraphs, no alignment), so two long versions cost no more than
 * reading them.
 */
public final class VersionChanges {

    /** A paragraph of the page: its text and whether it was added, removed or kept. */
    public record Paragraph(String text, String change) {
    }

    private VersionChanges() {
    }

    static List<Paragraph> between(String newer, String older) {
        List<String> now = paragraphs(newer);
        List<Paragraph> out = new ArrayList<>();
        if (older == null) {
            now.forEach(p -> out.add(new Paragraph(p, "kept")));
            return out;
        }
        List<String> before = paragraphs(older);
        Set<String> had = new HashSet<>(before);
        Set<String> has = new HashSet<>(now);
        for (String p : now) {
            out.add(new Paragraph(p, had.contains(p) ? "kept" : "added"));
        }
        for (String p : before) {
            if (!has.contains(p)) {
                out.add(new Paragraph(p, "removed"));
            }
        }
        return out;
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            String t = p.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
