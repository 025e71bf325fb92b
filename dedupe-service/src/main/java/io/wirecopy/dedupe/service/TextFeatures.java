package io.wirecopy.dedupe.service;

import com.carrotsearch.hppc.LongHashSet;
import io.wirecopy.dedupe.similarity.Hash64;
import io.wirecopy.dedupe.similarity.Shingles;
import io.wirecopy.dedupe.similarity.Winnowing;
import io.wirecopy.shared.text.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * What dedupe computes from one text: its words' hashes, the shingle set, the seed k-grams and their
 * winnowed fingerprints, and the words' places in the text. Each is made when first asked for. A
 * remembered article's features start from its cached word and shingle hashes ({@link FeatureCache});
 * its text is read and tokenised again only to place a passage in it.
 */
final class TextFeatures {

    private final Supplier<String> text;
    private final int shingleWords;
    private final int seedWords;
    private final int window;
    private List<TextNormalizer.Token> spans;
    private long[] wordHashes;
    private long[] shingles;
    private long[] seedGrams;
    private List<Winnowing.Fingerprint> fingerprints;
    private long[] distinctFingerprints;
    private long[] openingShingles;

    private TextFeatures(Supplier<String> text, long[] wordHashes, long[] shingles, int shingleWords, int seedWords,
            int window) {
        this.text = text;
        this.wordHashes = wordHashes;
        this.shingles = shingles;
        this.shingleWords = shingleWords;
        this.seedWords = seedWords;
        this.window = window;
    }

    static TextFeatures of(String text, int shingleWords, int seedWords, int window) {
        TextFeatures f = new TextFeatures(() -> text, null, null, shingleWords, seedWords, window);
        f.spans = TextNormalizer.tokenSpans(text);
        return f;
    }

    /** The features of a remembered text, read back: its words hashed straight from it, their places found when asked. */
    static TextFeatures remembered(String text, int shingleWords, int seedWords, int window) {
        return new TextFeatures(() -> text, Hash64.tokens(text), null, shingleWords, seedWords, window);
    }

    /** The features of a text whose word and shingle hashes are known; the text itself is read only for {@link #spans()}. */
    static TextFeatures known(FeatureCache.Words words, Supplier<String> text, int shingleWords, int seedWords, int window) {
        return new TextFeatures(text, words.words(), words.shingles(), shingleWords, seedWords, window);
    }

    /** Where each word is in the text. */
    List<TextNormalizer.Token> spans() {
        if (spans == null) {
            spans = TextNormalizer.tokenSpans(text.get());
        }
        return spans;
    }

    /** The words' hashes ({@link Hash64#word}), in text order: what the aligner compares. */
    long[] words() {
        if (wordHashes == null) {
            long[] hashes = new long[spans.size()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = Hash64.word(spans.get(i).text());
            }
            wordHashes = hashes;
        }
        return wordHashes;
    }

    int size() {
        return words().length;
    }

    /** The distinct shingle hashes, sorted. */
    long[] shingles() {
        if (shingles == null) {
            shingles = Shingles.set(words(), shingleWords);
        }
        return shingles;
    }

    List<Winnowing.Fingerprint> fingerprints() {
        if (fingerprints == null) {
            fingerprints = Winnowing.fingerprints(seedGrams(), window);
        }
        return fingerprints;
    }

    /** The fingerprints' hashes, each once, in text order (looked up by the decision, then posted by the index). */
    long[] distinctFingerprints() {
        if (distinctFingerprints == null) {
            List<Winnowing.Fingerprint> fps = fingerprints();
            LongHashSet seen = new LongHashSet(fps.size());
            long[] out = new long[fps.size()];
            int n = 0;
            for (Winnowing.Fingerprint fp : fps) {
                if (seen.add(fp.hash())) {
                    out[n++] = fp.hash();
                }
            }
            distinctFingerprints = Arrays.copyOf(out, n);
        }
        return distinctFingerprints;
    }

    /** The hashes of every seed k-gram, in text order: what fingerprints are winnowed from and alignment seeds on. */
    long[] seedGrams() {
        if (seedGrams == null) {
            seedGrams = Shingles.sequence(words(), seedWords);
        }
        return seedGrams;
    }

    /** The shingles of the text's first {@code openingWords} words, computed once (a text is verified against many; its one caller asks with one length). */
    long[] openingShingles(int openingWords) {
        if (openingShingles == null) {
            long[] w = words();
            openingShingles = Shingles.set(Arrays.copyOf(w, Math.min(w.length, openingWords)), shingleWords);
        }
        return openingShingles;
    }

    /** What the {@link FeatureCache} keeps of these features. */
    FeatureCache.Words cached() {
        return new FeatureCache.Words(words(), shingles());
    }
}
