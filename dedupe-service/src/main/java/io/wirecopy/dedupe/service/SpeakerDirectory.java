package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.quote.Names;
import io.wirecopy.shared.text.Hashing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Speakers across articles: one per person, whatever form an article names them by. A name with a
 * given name ("John Kerry") is the speaker of that surname with that given name, or else the one known
 * only by the surname (who now has a given name); a surname alone ("Kerry") is the speaker of that
 * surname quoted most. A speaker's name is the fullest form seen; the id is fixed when first seen.
 */
final class SpeakerDirectory {

    record Speaker(String id, String name) {
    }

    private static final class Entry {
        final String id;
        String name;
        String given;
        int quotes;

        Entry(String id, String name, String given) {
            this.id = id;
            this.name = name;
            this.given = given;
        }
    }

    private final Map<String, List<Entry>> bySurname = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();

    /** The speaker {@code name} (a form an article used) names, created when new; counted as quoted once more. */
    Speaker resolve(String name) {
        String[] parts = name.strip().split("\\s+");
        String surname = Names.surname(parts[parts.length - 1]);
        String given = parts.length > 1 ? parts[0].toLowerCase(Locale.ROOT).replace(".", "") : null;
        List<Entry> same = bySurname.computeIfAbsent(surname, k -> new ArrayList<>());
        Entry entry = null;
        if (given != null) {
            for (Entry e : same) {
                if (e.given != null && Names.sameGivenName(e.given, given)) {
                    entry = e;
                    break;
                }
            }
            if (entry == null) {
                for (Entry e : same) {
                    if (e.given == null) {
                        entry = e;
                        break;
                    }
                }
            }
        } else {
            for (Entry e : same) {
                if (entry == null || e.quotes > entry.quotes) {
                    entry = e;
                }
            }
        }
        if (entry == null) {
            entry = new Entry("p_" + Hashing.sha256Hex("speaker\u0000" + name.toLowerCase(Locale.ROOT)).substring(0, 16),
                    name, given);
            same.add(entry);
            byId.put(entry.id, entry);
        }
        if (given != null && (entry.given == null || name.length() > entry.name.length())) {
            entry.given = entry.given == null || given.length() > entry.given.length() ? given : entry.given;
            entry.name = name.length() > entry.name.length() ? name : entry.name;
        }
        entry.quotes++;
        return new Speaker(entry.id, entry.name);
    }

    /** A speaker a remembered quote names (rebuilding on start). */
    void restore(String id, String name) {
        Entry known = byId.get(id);
        if (known != null) {
            if (name.length() > known.name.length()) {
                known.name = name;
            }
            known.quotes++;
            return;
        }
        String[] parts = name.strip().split("\\s+");
        Entry entry = new Entry(id, name, parts.length > 1 ? parts[0].toLowerCase(Locale.ROOT).replace(".", "") : null);
        entry.quotes = 1;
        bySurname.computeIfAbsent(Names.surname(parts[parts.length - 1]), k -> new ArrayList<>()).add(entry);
        byId.put(id, entry);
    }

    /** The speaker's name now (the fullest form seen so far). */
    String name(String id) {
        Entry e = byId.get(id);
        return e == null ? null : e.name;
    }

    int size() {
        return byId.size();
    }
}
