package io.wirecopy.dedupe.similarity;

import java.util.ArrayList;
import java.util.List;

/**
 * Winnowing (Schleimer, Wilkerson, Aiken 2003): from the k-gram hashes of a text, keep the minimum of
 * every window of {@code w} consecutive hashes (the rightmost on ties), each selected position once.
 * Any run of at least {@code w + k - 1} tokens that two texts share yields at least one common
 * fingerprint, and about {@code 2 / (w + 1)} of the positions are kept.
 */
public final class Winnowing {

    /** A selected k-gram: its hash and the token position where it starts. */
    public record Fingerprint(long hash, int position) {
    }

    private Winnowing() {
    }

    public static List<Fingerprint> fingerprints(long[] kgrams, int w) {
        if (w < 1) {
            throw new IllegalArgumentException("winnowing window must be at least 1, got " + w);
        }
        List<Fingerprint> out = new ArrayList<>();
        if (kgrams.length == 0) {
            return out;
        }
        int windows = Math.max(1, kgrams.length - w + 1);
        int last = -1;
        for (int start = 0; start < windows; start++) {
            int end = Math.min(kgrams.length, start + w);
            int min = start;
            for (int i = start + 1; i < end; i++) {
                if (kgrams[i] <= kgrams[min]) {
                    min = i;
                }
            }
            if (min != last) {
                out.add(new Fingerprint(kgrams[min], min));
                last = min;
            }
        }
        return out;
    }
}
