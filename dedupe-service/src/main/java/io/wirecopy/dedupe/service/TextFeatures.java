package io.wirecopy.dedupe.service;

import io.wirecopy.shared.similarity.Shingles;
import io.wirecopy.shared.similarity.Winnowing;
import io.wirecopy.shared.text.TextNormalizer;
import java.util.List;

/**
 * What dedupe computes from one text: tokens with their spans, the shingle set, and the winnowed
 * fingerprints of its seed k-grams.
 */
record TextFeatures(List<TextNormalizer.Token> spans, List<String> tokens, long[] shingles,
        List<Winnowing.Fingerprint> fingerprints) {

    static TextFeatures of(String text, int shingleWords, int seedWords, int window) {
        List<TextNormalizer.Token> spans = TextNormalizer.tokenSpans(text);
        List<String> tokens = spans.stream().map(TextNormalizer.Token::text).toList();
        return new TextFeatures(spans, tokens, Shingles.set(tokens, shingleWords),
                Winnowing.fingerprints(Shingles.sequence(tokens, seedWords), window));
    }
}
