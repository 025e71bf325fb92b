package io.wirecopy.ingest.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A robots.txt (RFC 9309): the group of the most specific user agent that matches ours, else the
 * {@code *} group; its longest matching {@code Allow} or {@code Disallow} rule decides, {@code Allow}
 * winning a tie; {@code *} and a closing {@code $} in rules. No group: everything is allowed.
 */
public final class RobotsRules {

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = rules;
    }

    public static RobotsRules allowAll() {
        return new RobotsRules(List.of());
    }

    /** Everything forbidden: what a robots.txt that cannot be read for a server error means (RFC 9309, 2.3.1.4). */
    public static RobotsRules disallowAll() {
        return new RobotsRules(List.of(new Rule(false, "/")));
    }

    /** The rules of {@code robotsTxt} for the agent named {@code agent} (its product token, e.g. "Wirecopy"). */
    public static RobotsRules parse(String robotsTxt, String agent) {
        String me = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        List<Rule> group = new ArrayList<>();
        boolean rulesSeen = false;
        boolean matched = false;
        String[] lines = robotsTxt.split("\\R");
        for (int i = 0; i <= lines.length; i++) {
            String line = i == lines.length ? "user-agent:" : lines[i].replaceFirst("#.*$", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (rulesSeen || i == lines.length) { // a user-agent after rules starts the next group
                    for (String a : agents) {
                        if (a.equals("*")) {
                            star.addAll(group);
                        } else if (!a.isEmpty() && me.startsWith(a)) {
                            mine.addAll(group);
                            matched = true;
                        }
                    }
                    agents.clear();
                    group = new ArrayList<>();
                    rulesSeen = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
            } else if (key.equals("allow") || key.equals("disallow")) {
                rulesSeen = true;
                if (!value.isEmpty() && value.length() <= MAX_RULE_CHARS && group.size() < MAX_RULES) {
                    group.add(new Rule(key.equals("allow"), value));
                }
            }
        }
        return new RobotsRules(matched ? mine : star);
    }

    /** A longer rule is ignored (no real site writes one; a hostile one would only cost time). */
    static final int MAX_RULE_CHARS = 512;
    /** Rules kept per group; a robots.txt is read up to {@link #MAX_BYTES} (RFC 9309 asks for at least 500 KiB). */
    static final int MAX_RULES = 1000;
    public static final int MAX_BYTES = 512 * 1024;

    /** Whether a path (with its query) may be fetched. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern(), path) && (best == null || r.pattern().length() > best.pattern().length()
                    || (r.pattern().length() == best.pattern().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    /** A rule's pattern against a path: {@code *} any run of characters, {@code $} at the end anchors it. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        int star = p.indexOf('*');
        if (star < 0) {
            return anchored ? path.equals(p) : path.startsWith(p);
        }
        // the literal part before the first star must start the path: most rules end here
        return path.startsWith(p.substring(0, star)) && match(p, path.length() > 2048 ? path.substring(0, 2048) : path, anchored);
    }

    /** Wildcard matching of a prefix pattern, by dynamic programming: linear in pattern times path, whatever the stars. */
    private static boolean match(String p, String s, boolean anchored) {
        boolean[] reach = new boolean[s.length() + 1]; // reach[j]: the pattern so far matches s[0, j)
        reach[0] = true;
        for (int k = 0; k < p.length(); k++) {
            char c = p.charAt(k);
            boolean[] next = new boolean[s.length() + 1];
            if (c == '*') {
                boolean any = false;
                for (int j = 0; j <= s.length(); j++) {
                    any |= reach[j];
                    next[j] = any;
                }
            } else {
                for (int j = 0; j < s.length(); j++) {
                    next[j + 1] = reach[j] && s.charAt(j) == c;
                }
            }
            reach = next;
        }
        if (anchored) {
            return reach[s.length()];
        }
        for (boolean r : reach) {
            if (r) {
                return true;
            }
        }
        return false;
    }
}
