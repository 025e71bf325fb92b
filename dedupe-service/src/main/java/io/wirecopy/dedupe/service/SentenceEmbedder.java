package io.wirecopy.dedupe.service;

/** Turns a sentence into a unit-length vector; close vectors, close meanings. */
public interface SentenceEmbedder {

    float[] embed(String sentence);

    /** Several sentences at once, in their order (a model may run them as one batch). */
    default java.util.List<float[]> embedAll(java.util.List<String> sentences) {
        java.util.List<float[]> out = new java.util.ArrayList<>(sentences.size());
        for (String s : sentences) {
            out.add(embed(s));
        }
        return out;
    }

    /** Whether it can embed now (a model that failed to load cannot, and renderings are left out). */
    default boolean available() {
        return true;
    }

    /** The quantized all-MiniLM-L6-v2 that ships inside its jar, run in-process on ONNX Runtime. */
    static SentenceEmbedder miniLm() {
        return MiniLmEmbedder.INSTANCE;
    }
}
