package io.wirecopy.dedupe.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Dedupe tuning, {@code wirecopy.dedupe.*}. The defaults are the values the quality report
 * ({@code bench/run quality}) was measured with; README lists them with the numbers behind them.
 * Changing shingle size, permutations, bands, rows or seed changes every signature: do it only with
 * empty state.
 */
@ConfigMapping(prefix = "wirecopy.dedupe")
public interface DedupeConfig {

    Near near();

    Containment containment();

    Passages passages();

    Reuse reuse();

    Quotes quotes();

    Versions versions();

    /** New versions of an article already decided: the same id with another text. */
    interface Versions {
        /**
         * Word-shingle Jaccard with the latest version at or above which a new version is a correction (nearly the
         * same text), below which a rewrite.
         */
        @WithDefault("0.8")
        double correction();

        /** Versions remembered per article; beyond it the oldest are forgotten (and counted). */
        @WithDefault("20")
        int max();
    }

    /**
     * Key shards: 0 (the default) decides every article in one task, its postings in memory; N from 1 splits the
     * postings over N shards (partitions of {@code news.dedupe.requests}, spread over the instances running dedupe)
     * behind a sequencer and a spine of one partition each, with the same decisions (docs/scaling.md). Set it once,
     * with empty state: the shards are the requests topic's partitions. Articles are not forgotten in this mode.
     */
    @WithDefault("0")
    int shards();

    /** How long an article's text and index entries are kept for comparison. Older articles are forgotten. */
    @WithDefault("P30D")
    Duration retention();

    /** How often expired articles are removed (wall-clock). */
    @WithDefault("PT10M")
    Duration pruneInterval();

    /**
     * Remembered articles whose word and shingle hashes are kept in memory (the most recently used), so
     * a candidate is verified and aligned without reading and tokenising its text again. About 5 KB each
     * for a 300-word article.
     */
    @WithDefault("20000")
    int featureCache();

    /** Whole-article near-duplicates: shingles, MinHash, LSH, verification. */
    interface Near {
        /** Words per shingle. */
        @WithDefault("5")
        int shingleWords();

        /** MinHash permutations (signature length); at least bands × rows. */
        @WithDefault("128")
        int permutations();

        /** LSH bands. */
        @WithDefault("42")
        int bands();

        /** LSH rows per band. 42 × 3 makes a pair with Jaccard 0.5 a candidate with probability 0.996. */
        @WithDefault("3")
        int rows();

        /** Seed of the MinHash salts. */
        @WithDefault("20140616")
        long seed();

        /** A candidate with shingle Jaccard at or above this is a copy. */
        @WithDefault("0.5")
        double jaccard();

        /** A candidate whose smaller shingle set is contained at or above this in the other is a copy (trimmed or extended). */
        @WithDefault("0.7")
        double containment();

        /** Containment counts only when the smaller text has at least this many shingles. */
        @WithDefault("25")
        int containmentMinShingles();

        /** Articles per LSH bucket looked at; a bucket fuller than this is boilerplate. */
        @WithDefault("200")
        int maxBucketSize();

        /**
         * Candidates sharing a single LSH band that are verified at most (those sharing two or more
         * always are): pages alike only in a site's template share one band now and then.
         */
        @WithDefault("20")
        int maxWeakCandidates();
    }

    /**
     * Copies LSH does not propose (a brief or lead of a long story, the full story after a short
     * first version): the earlier articles sharing most winnowed fingerprints, verified by containment
     * ({@code near.containment}, {@code near.containment-min-shingles}).
     */
    interface Containment {
        /** Fingerprints an earlier article must share to be verified as containing or contained. */
        @WithDefault("4")
        int minSharedFingerprints();

        /** Earlier articles verified per article this way, those sharing most fingerprints first. */
        @WithDefault("10")
        int maxCandidates();
    }

    /** Reuse degree: how much of each article is in earlier articles of other sources. */
    interface Reuse {
        /** Earlier articles listed per article, those sharing most first (the share counts them all). */
        @WithDefault("10")
        int maxSources();
    }

    /** Shared passages: winnowed fingerprints, postings, alignment. */
    interface Passages {
        /** Words per fingerprinted k-gram and per alignment seed. */
        @WithDefault("4")
        int seedWords();

        /** Winnowing window: any shared run of window + seedWords - 1 words is seen. */
        @WithDefault("5")
        int window();

        /** A fingerprint indexed for more articles than this is boilerplate or a stock phrase and ignored. */
        @WithDefault("20")
        int maxDocumentFrequency();

        /** Fingerprints an earlier article must share to be aligned with. */
        @WithDefault("1")
        int minSharedFingerprints();

        /** Earlier articles aligned per article, the ones sharing most fingerprints first. */
        @WithDefault("20")
        int maxCandidates();

        /** Largest skip, in words on either side, across a small edit. */
        @WithDefault("4")
        int maxGap();

        /** Equal words needed after an edit to continue across it. */
        @WithDefault("3")
        int anchorWords();

        /** Shortest passage reported, in words. */
        @WithDefault("10")
        int minWords();

        /**
         * A passage shorter than this, in words, whose every fingerprint earlier articles of {@code stock-articles}
         * stories or more carry, is a stock phrase and not reported.
         */
        @WithDefault("15")
        int stockMaxWords();

        /** Stories whose earlier articles must carry every fingerprint of a short passage to make it a stock phrase. */
        @WithDefault("5")
        int stockArticles();

        /** Whether passages between two articles of the same source count (they are mostly the source's own template). */
        @WithDefault("false")
        boolean sameSource();
    }

    /** Quotes: who said what, the same quote in other articles, the same remark in other words. */
    interface Quotes {
        /** Whether quotes are found at all (off: decisions carry none). */
        @WithDefault("true")
        boolean enabled();

        /**
         * Two quotes are one when the word 3-grams they share cover at least this part of the shorter one's
         * words (small edits, truncation and partial quoting leave most of it covered).
         */
        @WithDefault("0.6")
        double minCoverage();

        /** ... and cover at least this many of its words. */
        @WithDefault("5")
        int minSharedWords();

        /** A word 3-gram in more quotes than this is a stock phrase and no evidence. */
        @WithDefault("50")
        int maxGramQuotes();

        Renderings renderings();

        /** The same remark in other words: sentence embeddings (all-MiniLM-L6-v2, quantized, in-process). */
        interface Renderings {
            /** Whether renderings are sought (off: no model is loaded and no embedding computed). */
            @WithDefault("true")
            boolean enabled();

            /**
             * Cosine similarity of two sentences' embeddings from which two quotes of one speaker are one remark
             * (the sweep of {@code bench/run quotes}: the best recall at precision 0.9 or more, with the next).
             */
            @WithDefault("0.65")
            double threshold();

            /**
             * The same, between quotes of articles that share text with each other (coverage of one event),
             * when the two are each other's closest among the speaker's quotes in the two articles.
             */
            @WithDefault("0.55")
            double eventThreshold();

            /** How far apart in time (published, else seen) two quotes may be to be compared. */
            @WithDefault("P7D")
            Duration window();

            /** Sentences of a quote embedded, at most (its first). */
            @WithDefault("4")
            int maxSentences();

            /** Earlier quotes of the speaker compared per quote, the most recent first. */
            @WithDefault("100")
            int maxCandidates();

            /**
             * The model's work for one article, at most, in sentences: a sentence counts once, and once more per 200
             * characters it has (8 at most; a long sentence costs the model up to nine short ones). The quotes that
             * would pass it wait for a later article that needs them; an article of a thousand quotes holds the step
             * for half a second, not a minute.
             */
            @WithDefault("160")
            int sentencesPerArticle();
        }
    }
}
