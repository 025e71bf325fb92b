package io.wirecopy.dedupe.service;

import io.wirecopy.shared.similarity.Hash64;
import io.wirecopy.shared.similarity.Shingles;
import io.wirecopy.shared.similarity.Winnowing;
import io.wirecopy.shared.text.TextNormalizer;
import java.util.List;

/**
 * What dedupe computes from one text: tokens with their spans, the shingle set, and the winnowed
 * fingerprints of its seed k-grams. Tokens are made at once; the rest when first asked for (aligning
 * a passage needs only the tokens), each word hashed once for both.
 */
final class TextFeatures {

    private final List<TextNormalizer.Token> spans;
    private final List<String> tokens;
    private final int shingleWords;
    private final int seedWords;
    private final int window;
    private long[] wordHashes;
    private long[] shingles;
    private long[] seedGrams;
    private List<Winnowing.Fingerprint> fingerprints;

    private TextFeatures(String text, int shingleWords, int seedWords, int window) {
        this.spans = TextNormalizer.tokenSpans(text);
        this.tokens = spans.stream().map(TextNormalizer.Token::text).toList();
        this.shingleWords = shingleWords;
        this.seedWords = seedWords;
        this.window = window;
    }

    static TextFeatures of(String text, int shingleWords, int seedWords, int window) {
        return new TextFeatures(text, shingleWords, seedWords, window);
    }

    List<TextNormalizer.Token> spans() {
        return spans;
    }

    List<String> tokens() {
        return tokens;
    }

    /** The distinct shingle hashes, sorted. */
    long[] shingles() {
        if (shingles == null) {
            shingles = Shingles.set(wordHashes(), shingleWords);
        }
        return shingles;
    }

    List<Winnowing.Fingerprint> fingerprints() {
        if (fingerprints == null) {
            fingerprints = Winnowing.fingerprints(seedGrams(), window);
        }
        return fingerprints;
    }

    /** The hashes of every seed k-gram, in text order: what fingerprints are winnowed from and alignment seeds on. */
    long[] seedGrams() {
        if (seedGrams == null) {
            seedGrams = Shingles.sequence(wordHashes(), seedWords);
        }
        return seedGrams;
    }

    private long[] wordHashes() {
        if (wordHashes == null) {
            wordHashes = Hash64.each(tokens);
        }
        return wordHashes;
    }
}
