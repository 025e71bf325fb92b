package io.wirecopy.dedupe.service;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4FastDecompressor;

/**
 * An article as dedupe stores it durably, one record per article and written once: what decisions
 * know of it ({@link KnownArticle}), its text (compressed; read back only to align with it or to show a
 * passage's place in it), and the keys it was indexed under: its LSH bucket in every band and the
 * winnowed fingerprints it posted (those its original lacks). The in-memory index is rebuilt from these
 * keys without reading a text; a record without them ({@code null}: written by an older version) is
 * indexed again from its text.
 */
public record ArticleRecord(KnownArticle about, byte[] packedText, long[] buckets, long[] fingerprints) {

    private static final LZ4Compressor COMPRESSOR = LZ4Factory.fastestInstance().fastCompressor();
    private static final LZ4FastDecompressor DECOMPRESSOR = LZ4Factory.fastestInstance().fastDecompressor();

    /** How a text is packed: the first byte says. */
    private static final byte STORED = 0;
    private static final byte LZ4 = 2;

    /**
     * A text packs as one flag byte and its UTF-8 bytes: LZ4-compressed after their length (about 60% of
     * them for news text, in microseconds either way), or stored when that is not smaller.
     */
    static ArticleRecord of(KnownArticle about, String text, long[] buckets, long[] fingerprints) {
        return new ArticleRecord(about, pack(text), buckets, fingerprints);
    }

    public String text() {
        return unpack(packedText);
    }

    static byte[] pack(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] packed = new byte[5 + COMPRESSOR.maxCompressedLength(utf8.length)];
        packed[0] = LZ4;
        ByteBuffer.wrap(packed, 1, 4).putInt(utf8.length);
        int n = COMPRESSOR.compress(utf8, 0, utf8.length, packed, 5, packed.length - 5);
        if (5 + n >= utf8.length + 1) {
            byte[] stored = new byte[utf8.length + 1];
            stored[0] = STORED;
            System.arraycopy(utf8, 0, stored, 1, utf8.length);
            return stored;
        }
        return Arrays.copyOf(packed, 5 + n);
    }

    static String unpack(byte[] packed) {
        if (packed[0] == STORED) {
            return new String(packed, 1, packed.length - 1, StandardCharsets.UTF_8);
        }
        if (packed[0] != LZ4) {
            throw new IllegalStateException("a stored text packed as " + packed[0]);
        }
        byte[] utf8 = new byte[ByteBuffer.wrap(packed, 1, 4).getInt()];
        DECOMPRESSOR.decompress(packed, 5, utf8, 0, utf8.length);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
