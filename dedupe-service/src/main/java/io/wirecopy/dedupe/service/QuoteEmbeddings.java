package io.wirecopy.dedupe.service;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentence embeddings of a quote, quantized to one signed byte per dimension (a unit vector's
 * components times 127): 384 bytes a sentence, kept in the quote's record as Base64. The similarity of
 * two quotes is the largest cosine of a sentence of one and a sentence of the other, so a remark
 * rendered in one sentence is found inside a longer quote.
 */
final class QuoteEmbeddings {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“‘'(\\[])");

    private QuoteEmbeddings() {
    }

    /** The quote's first {@code max} sentences of four words or more (the whole quote when it has none). */
    static List<String> sentences(String text, int max) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            if (s.strip().split("\\s+").length >= 4 && out.size() < max) {
                out.add(s.strip());
            }
        }
        if (out.isEmpty()) {
            out.add(text.strip());
        }
        return out;
    }

    static byte[] quantize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        double scale = norm == 0 ? 0 : 127 / Math.sqrt(norm);
        byte[] q = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            q[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] * scale)));
        }
        return q;
    }

    /** Cosine of two quantized vectors. */
    static double cosine(byte[] a, byte[] b) {
        long dot = 0;
        long na = 0;
        long nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt((double) na * nb);
    }

    /** The largest cosine between a sentence of {@code a} and one of {@code b}. */
    static double similarity(byte[][] a, byte[][] b) {
        double best = 0;
        for (byte[] x : a) {
            for (byte[] y : b) {
                best = Math.max(best, cosine(x, y));
            }
        }
        return best;
    }

    static String encode(byte[][] sentences) {
        if (sentences.length == 0) {
            return "";
        }
        int dim = sentences[0].length;
        byte[] all = new byte[sentences.length * dim];
        for (int i = 0; i < sentences.length; i++) {
            System.arraycopy(sentences[i], 0, all, i * dim, dim);
        }
        return dim + ":" + Base64.getEncoder().encodeToString(all);
    }

    static byte[][] decode(String encoded) {
        int colon = encoded.indexOf(':');
        if (colon <= 0) {
            return new byte[0][];
        }
        int dim = Integer.parseInt(encoded.substring(0, colon));
        byte[] all = Base64.getDecoder().decode(encoded.substring(colon + 1));
        byte[][] out = new byte[all.length / dim][dim];
        for (int i = 0; i < out.length; i++) {
            System.arraycopy(all, i * dim, out[i], 0, dim);
        }
        return out;
    }
}
