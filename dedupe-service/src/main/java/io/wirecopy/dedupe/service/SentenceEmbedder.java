package io.wirecopy.dedupe.service;

/** Turns a sentence into a unit-length vector; close vectors, close meanings. */
public interface SentenceEmbedder {

    float[] embed(String sentence);

    /** The quantized all-MiniLM-L6-v2 that ships inside its jar, run in-process on ONNX Runtime. */
    static SentenceEmbedder miniLm() {
        return MiniLmEmbedder.INSTANCE;
    }
}
