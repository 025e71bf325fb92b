package io.wirecopy.dedupe.service;

/** Turns a sentence into a unit-length vector; close vectors, close meanings. */
public interface SentenceEmbedder {

    float[] embed(String sentence);

    /** Whether it can embed now (a model that failed to load cannot, and renderings are left out). */
    default boolean available() {
        return true;
    }

    /** The quantized all-MiniLM-L6-v2 that ships inside its jar, run in-process on ONNX Runtime. */
    static SentenceEmbedder miniLm() {
        return MiniLmEmbedder.INSTANCE;
    }
}
