package io.wirecopy.testing.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Any number of distinct base stories for corpora larger than the 32 hand-written ones: made-up words
 * drawn from a Zipf distribution (as word frequencies in news are), sentences of 8 to 27 words,
 * 5 to 12 paragraphs (about 300 words a story), and in about one paragraph of three a quote of 14 to
 * 29 words that {@link WireCorpus} may lift into other stories. Stories of one topic (about twelve
 * stories each) share four names and six stock phrases, as stories of one news beat do. The same seed
 * and count give the same stories.
 */
public final class SyntheticStories {

    private static final int VOCABULARY = 30_000;
    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
            "z", "br", "ch", "dr", "gr", "kl", "pr", "sh", "st", "tr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
    private static final String[] CODAS = {"", "", "", "n", "r", "s", "l", "m", "nd", "st"};
    private static final String[] VERBS = {"said", "told reporters", "added", "wrote in a statement", "warned"};

    private final Random random;
    private final String[] words;
    private final double[] cumulative;

    private SyntheticStories(long seed) {
        this.random = new Random(seed);
        Set<String> vocabulary = new LinkedHashSet<>();
        while (vocabulary.size() < VOCABULARY) {
            vocabulary.add(word(1 + random.nextInt(3)));
        }
        this.words = vocabulary.toArray(String[]::new);
        this.cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= sum;
        }
    }

    /** {@code count} stories with ids {@code syn-0 ...}, in topics {@code beat-0 ...}. */
    public static List<BaseStory> generate(long seed, int count) {
        return new SyntheticStories(seed).stories(count);
    }

    private List<BaseStory> stories(int count) {
        List<BaseStory> stories = new ArrayList<>(count);
        int topics = Math.max(1, count / 12);
        List<String[]> names = new ArrayList<>();
        List<String[]> phrases = new ArrayList<>();
        for (int t = 0; t < topics; t++) {
            String[] n = new String[4];
            for (int i = 0; i < n.length; i++) {
                n[i] = capital(word(2)) + " " + capital(word(2 + random.nextInt(2)));
            }
            String[] p = new String[6];
            for (int i = 0; i < p.length; i++) {
                p[i] = String.join(" ", draw(4 + random.nextInt(4)));
            }
            names.add(n);
            phrases.add(p);
        }
        for (int s = 0; s < count; s++) {
            int topic = random.nextInt(topics);
            String[] n = names.get(topic);
            String[] p = phrases.get(topic);
            List<String> paragraphs = new ArrayList<>();
            int paragraphCount = 5 + random.nextInt(8);
            for (int i = 0; i < paragraphCount; i++) {
                if (i > 0 && random.nextInt(3) == 0) {
                    paragraphs.add("\"" + sentenceBody(14 + random.nextInt(16), p) + ",\" " + n[random.nextInt(n.length)]
                            + " " + VERBS[random.nextInt(VERBS.length)] + ".");
                } else {
                    StringBuilder paragraph = new StringBuilder();
                    int sentences = 1 + random.nextInt(3);
                    for (int k = 0; k < sentences; k++) {
                        String body = sentenceBody(8 + random.nextInt(20), p);
                        if (random.nextInt(3) == 0) {
                            body = body + " " + n[random.nextInt(n.length)];
                        }
                        paragraph.append(k == 0 ? "" : " ").append(body).append('.');
                    }
                    paragraphs.add(paragraph.toString());
                }
            }
            String title = capital(String.join(" ", draw(5 + random.nextInt(7))));
            stories.add(new BaseStory("syn-" + s, "beat-" + topic, title, List.copyOf(paragraphs)));
        }
        return stories;
    }

    /** A capitalised run of Zipf words, with one of the topic's stock phrases in one sentence of three. */
    private String sentenceBody(int length, String[] phrases) {
        List<String> w = new ArrayList<>(Arrays.asList(draw(length)));
        if (random.nextInt(3) == 0) {
            w.add(random.nextInt(w.size() + 1), phrases[random.nextInt(phrases.length)]);
        }
        return capital(String.join(" ", w));
    }

    private String[] draw(int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble());
            out[i] = words[Math.min(VOCABULARY - 1, at < 0 ? -at - 1 : at)];
        }
        return out;
    }

    private String word(int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        return w.append(CODAS[random.nextInt(CODAS.length)]).toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
