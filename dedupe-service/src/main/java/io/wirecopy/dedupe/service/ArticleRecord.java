package io.wirecopy.dedupe.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An article as dedupe stores it durably, one record per article and written once: what decisions
 * know of it ({@link KnownArticle}), its text (deflated; read back only to align with it or to show a
 * passage's place in it), and the keys it was indexed under: its LSH bucket in every band and the
 * winnowed fingerprints it posted (those its original lacks). The in-memory index is rebuilt from these
 * keys without reading a text; a record without them ({@code null}: written by an older version) is
 * indexed again from its text.
 */
public record ArticleRecord(KnownArticle about, byte[] packedText, long[] buckets, long[] fingerprints) {

    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    /** A text packs as one flag byte ({@code 0} stored, {@code 1} deflated) and its UTF-8 bytes. */
    static ArticleRecord of(KnownArticle about, String text, long[] buckets, long[] fingerprints) {
        return new ArticleRecord(about, pack(text), buckets, fingerprints);
    }

    public String text() {
        return unpack(packedText);
    }

    static byte[] pack(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(utf8);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 2 + 16);
        out.write(1);
        byte[] buffer = new byte[Math.max(64, utf8.length / 2)];
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
            if (out.size() > utf8.length) {
                break; // incompressible: stored as it is
            }
        }
        if (out.size() > utf8.length) {
            byte[] stored = new byte[utf8.length + 1];
            System.arraycopy(utf8, 0, stored, 1, utf8.length);
            return stored;
        }
        return out.toByteArray();
    }

    static String unpack(byte[] packed) {
        if (packed[0] == 0) {
            return new String(packed, 1, packed.length - 1, StandardCharsets.UTF_8);
        }
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(packed, 1, packed.length - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 3);
        byte[] buffer = new byte[Math.max(256, packed.length * 3)];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a stored text is truncated");
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored text is corrupt", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
