package io.wirecopy.dedupe.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wirecopy.shared.text.TextNormalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Golden values: a change here changes every stored signature, bucket and fingerprint. */
class HashingAndShinglesTest {

    private static final List<String> FOX = TextNormalizer.tokens("The quick brown fox jumps");

    @Test
    void wordHashesAreGolden() {
        assertThat(Hash64.word("wire")).isEqualTo(0x5344a413e17e3607L);
        assertThat(Hash64.word("")).isEqualTo(0xefd01f60ba992926L);
        assertThat(Hash64.words(FOX, 0, 3)).isEqualTo(0x5239b0f7bad4dd50L);
    }

    @Test
    void splitMixIsTheReferenceStream() {
        // SplitMix64 seeded with 0: first output of the reference implementation (Steele, Lea, Flood 2014)
        assertThat(Hash64.splitMix(0, 0)).isEqualTo(0xe220a8397b1dcdafL);
        assertThat(Hash64.mix(0)).isZero();
    }

    @Test
    void shinglesAreGoldenAndInTextOrder() {
        assertThat(Shingles.sequence(FOX, 3))
                .containsExactly(0x5239b0f7bad4dd50L, 0x5aaa8b6391d5b288L, 0xca27ab798bce5179L);
        assertThat(Shingles.sequence(FOX, 6)).containsExactly(Hash64.words(FOX, 0, 5));
        assertThat(Shingles.sequence(List.of(), 3)).isEmpty();
    }

    @Test
    void shingleSetsAreSortedAndDistinct() {
        List<String> t = TextNormalizer.tokens("a b c a b c a b c");
        assertThat(Shingles.sequence(t, 3)).hasSize(7);
        long[] set = Shingles.set(t, 3);
        assertThat(set).hasSize(3).isSorted();
    }

    @Test
    void jaccardAndContainmentOnKnownSets() {
        long[] a = {1, 2, 3, 4};
        long[] b = {3, 4, 5, 6, 7, 8};
        assertThat(SetSimilarity.intersection(a, b)).isEqualTo(2);
        assertThat(SetSimilarity.jaccard(a, b)).isEqualTo(2.0 / 8);
        assertThat(SetSimilarity.containment(a, b)).isEqualTo(0.5);
        assertThat(SetSimilarity.containment(b, a)).isEqualTo(0.5);
        assertThat(SetSimilarity.jaccard(a, new long[0])).isZero();
        // a trimmed copy is fully contained in its original
        assertThat(SetSimilarity.containment(new long[] {2, 3}, a)).isEqualTo(1.0);
    }

    @Test
    void minHashSignatureIsGolden() {
        long[] sig = new MinHash(128, 42).signature(Shingles.set(FOX, 3));
        assertThat(sig).hasSize(128);
        assertThat(new long[] {sig[0], sig[1], sig[2], sig[3]}).containsExactly(
                0x290cb0626501aa6fL, 0xe832019f27ba8449L, 0x223b9f587dc0c3efL, 0xdec6510bfe0249b3L);
    }

    @Test
    void minHashEstimatesJaccardWithinItsStandardError() {
        MinHash minHash = new MinHash(256, 7);
        Random random = new Random(11);
        for (int overlap : new int[] {100, 300, 500, 800}) {
            long[] a = new long[1000];
            long[] b = new long[1000];
            for (int i = 0; i < 1000; i++) {
                a[i] = random.nextLong();
                b[i] = i < overlap ? a[i] : random.nextLong();
            }
            double exact = SetSimilarity.jaccard(Shingles.distinctSorted(a), Shingles.distinctSorted(b));
            double sigma = Math.sqrt(exact * (1 - exact) / 256);
            assertThat(MinHash.estimate(minHash.signature(a), minHash.signature(b))).isCloseTo(exact, within(4 * sigma));
        }
    }

    @Test
    void lshBucketsAreGoldenAndTheCurveIsSteep() {
        Lsh lsh = new Lsh(42, 3);
        long[] buckets = lsh.buckets(new MinHash(128, 42).signature(Shingles.set(FOX, 3)));
        assertThat(buckets).hasSize(42);
        assertThat(new long[] {buckets[0], buckets[1], buckets[2]})
                .containsExactly(0xb14aed21fb957bbaL, 0x5fd3d4f70b1f9eb2L, 0x8e7fe79d3b0db027L);
        long[] other = buckets.clone();
        other[7] = ~other[7];
        assertThat(Lsh.sharedBands(buckets, buckets)).isEqualTo(42);
        assertThat(Lsh.sharedBands(buckets, other)).isEqualTo(41);
        assertThat(Lsh.sharedBands(buckets, lsh.buckets(new MinHash(128, 42).signature(Shingles.set(List.of("x", "y", "z"), 3)))))
                .isZero();
        assertThat(lsh.candidateProbability(0.5)).isGreaterThan(0.996);
        assertThat(lsh.candidateProbability(0.1)).isLessThan(0.05);
    }

    @Test
    void winnowingMatchesThePaper() {
        // Schleimer, Wilkerson, Aiken (2003), figure 2: hashes of "adorunrunrunadorunrun", window 4
        long[] hashes = {77, 74, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77, 74, 42, 17, 98};
        assertThat(Winnowing.fingerprints(hashes, 4)).extracting(Winnowing.Fingerprint::hash)
                .containsExactly(17L, 17L, 8L, 39L, 17L);
        assertThat(Winnowing.fingerprints(hashes, 4)).extracting(Winnowing.Fingerprint::position)
                .containsExactly(3, 6, 8, 11, 15);
        assertThat(Winnowing.fingerprints(new long[] {5, 3}, 4)).containsExactly(new Winnowing.Fingerprint(3, 1));
    }

    @Test
    void winnowingGuaranteesAFingerprintForEverySharedRun() {
        Random random = new Random(3);
        int k = 4;
        int w = 5;
        for (int trial = 0; trial < 200; trial++) {
            long[] a = random.longs(60).toArray();
            long[] b = random.longs(60).toArray();
            int run = w; // w + k - 1 tokens shared means w shared k-gram hashes
            int at = random.nextInt(60 - run);
            int bt = random.nextInt(60 - run);
            System.arraycopy(a, at, b, bt, run);
            List<Long> fa = Winnowing.fingerprints(a, w).stream().map(Winnowing.Fingerprint::hash).toList();
            List<Long> fb = Winnowing.fingerprints(b, w).stream().map(Winnowing.Fingerprint::hash).toList();
            assertThat(fa).as("trial %d, k=%d", trial, k).containsAnyElementsOf(fb);
        }
    }

    @Test
    void tokensHashedStraightFromTheTextAreTheHashesOfTheTokens() {
        for (String text : java.util.List.of("", "   ", "Kerry SAID: \"We're open to any constructive process.\"",
                "Rouhani’s ‘remark’ — “if Iraq asks”, 1,200 troops; ½ of them", "Ça va? Straße ÉTÉ naïve 東京 ١٢٣ x\u00ADy",
                "it's o'clock don't 'quoted' rock'n'roll", "ＡＢＣ full-width, ﬁ ligature, İstanbul", "a\u200Bb c\uFEFFd")) {
            assertThat(Hash64.tokens(text)).as(text)
                    .containsExactly(Hash64.each(io.wirecopy.shared.text.TextNormalizer.tokens(text)));
        }
    }
}
