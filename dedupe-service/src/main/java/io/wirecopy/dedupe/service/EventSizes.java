package io.wirecopy.dedupe.service;

import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleRevised;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Passage;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * Fits a decision into the topic's record limit. An {@link ArticleDeduplicated} (or an {@link ArticleRevised}) carries
 * the article and its passages; the article is at most half the limit (ingest sees to it), so when the whole does not
 * fit, the longest passages are left out, as few as can be (they stay in the dedupe state and are found
 * again by later articles).
 */
public final class EventSizes {

    /** The JSON to publish (null when even without passages it is over the limit) and how many passages were left out. */
    public record Fitted(String json, int droppedPassages) {
    }

    private EventSizes() {
    }

    public static Fitted fit(DedupeEvent event, int maxBytes) {
        String json = EventJson.write(event);
        if (utf8Length(json) <= maxBytes) {
            return new Fitted(json, 0);
        }
        List<Passage> passages = event instanceof ArticleDeduplicated d ? d.passages()
                : event instanceof ArticleRevised r ? r.passages() : List.of();
        if (passages.isEmpty()) {
            return new Fitted(null, 0);
        }
        List<Passage> shortestFirst = passages.stream().sorted(Comparator.comparingInt(p -> p.text().length())).toList();
        // the most passages, shortest first, that fit: binary search over how many are kept
        int lo = 0;
        int hi = shortestFirst.size() - 1;
        String best = null;
        int kept = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            List<Passage> some = shortestFirst.subList(0, mid);
            String candidate = EventJson.write(event instanceof ArticleDeduplicated d ? d.withPassages(some)
                    : ((ArticleRevised) event).withPassages(some));
            if (utf8Length(candidate) <= maxBytes) {
                best = candidate;
                kept = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best == null ? new Fitted(null, 0) : new Fitted(best, passages.size() - kept);
    }


    /** UTF-8 length without encoding. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
