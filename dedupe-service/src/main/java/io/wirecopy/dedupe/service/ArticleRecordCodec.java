package io.wirecopy.dedupe.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Reuse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of an {@link ArticleRecord}: a version byte, the {@link KnownArticle} fields (its modification time
 * only when it has one, under a flag older records lack), the bucket and fingerprint keys as 8-byte values and
 * the packed text. About 1.2 KB plus the compressed text for a 300-word article (JSON with the text and
 * five index tables took 6 KB).
 *
 * <p>A record that starts with <code>{</code> is the JSON an older version stored: it is read with its
 * text and no index keys (sequence number -1), and the engine indexes it again. A near copy's record written before
 * {@link #ALL_FINGERPRINTS} is read without fingerprints, and the engine files it under all of its text's again.
 */
public final class ArticleRecordCodec {

    private static final int VERSION = 1;
    private static final int INDEXED = 1;
    private static final int ORIGINAL = 2;
    private static final int PUBLISHED = 4;
    private static final int KEYS = 8;
    private static final int MODIFIED = 16;
    /** Set on every record with keys since near copies post all their fingerprints; a copy's record without it posted fewer. */
    static final int ALL_FINGERPRINTS = 32;

    private ArticleRecordCodec() {
    }

    public static byte[] encode(ArticleRecord record) {
        KnownArticle a = record.about();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + record.packedText().length
                + 8 * (length(record.buckets()) + length(record.fingerprints())));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(a.seq());
            string(out, a.id());
            string(out, a.storyId());
            string(out, a.contentHash());
            string(out, a.source());
            int flags = (a.indexed() ? INDEXED : 0) | (a.original() != null ? ORIGINAL : 0)
                    | (a.publishedAt() != null ? PUBLISHED : 0) | (record.buckets() != null ? KEYS : 0)
                    | (a.modifiedAtMillis() != null ? MODIFIED : 0) | (record.buckets() != null ? ALL_FINGERPRINTS : 0);
            out.writeByte(flags);
            out.writeLong(a.seenAtMillis());
            if (a.original() != null) {
                string(out, a.original());
            }
            if (a.publishedAt() != null) {
                out.writeLong(a.publishedAt().toEpochSecond());
                out.writeInt(a.publishedAt().getNano());
                out.writeInt(a.publishedAt().getOffset().getTotalSeconds());
            }
            if (a.modifiedAtMillis() != null) {
                out.writeLong(a.modifiedAtMillis());
            }
            reuse(out, a.reuse());
            if (record.buckets() != null) {
                longs(out, record.buckets());
                longs(out, record.fingerprints());
            }
            out.writeInt(record.packedText().length);
            out.write(record.packedText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The record; {@code id} (the store's key) names it in errors and is the id of an older version's JSON record. */
    public static ArticleRecord decode(String id, byte[] data) {
        return decode(id, data, true);
    }

    /**
     * The record, its text left out ({@code packedText} null) unless {@code withText}: rebuilding the
     * index reads every record and no text. An older version's JSON record always comes with its text.
     */
    public static ArticleRecord decode(String id, byte[] data, boolean withText) {
        if (data.length > 0 && data[0] == '{') {
            return legacy(id, data);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalStateException("article record of " + id + ": unknown version " + version);
            }
            int seq = in.readInt();
            String articleId = string(in);
            String storyId = string(in);
            String contentHash = string(in);
            String source = string(in);
            int flags = in.readUnsignedByte();
            long seenAt = in.readLong();
            String original = (flags & ORIGINAL) != 0 ? string(in) : null;
            OffsetDateTime published = null;
            if ((flags & PUBLISHED) != 0) {
                long second = in.readLong();
                int nano = in.readInt();
                published = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nano),
                        ZoneOffset.ofTotalSeconds(in.readInt()));
            }
            Long modified = (flags & MODIFIED) != 0 ? in.readLong() : null;
            Reuse reuse = reuse(in);
            long[] buckets = null;
            long[] fingerprints = null;
            if ((flags & KEYS) != 0) {
                buckets = longs(in);
                fingerprints = longs(in);
                if ((flags & ORIGINAL) != 0 && (flags & ALL_FINGERPRINTS) == 0) {
                    fingerprints = null; // a near copy an older version filed under what its original lacked only
                }
            }
            byte[] text = null;
            if (withText) {
                text = new byte[in.readInt()];
                in.readFully(text);
            }
            return new ArticleRecord(new KnownArticle(seq, articleId, storyId, contentHash, source, (flags & INDEXED) != 0,
                    seenAt, original, reuse, published, modified), text, buckets, fingerprints);
        } catch (IOException e) {
            throw new IllegalStateException("article record of " + id + " is truncated", e);
        }
    }

    /** The JSON {@code ArticleState} of versions before the in-memory index. */
    private static ArticleRecord legacy(String id, byte[] data) {
        try {
            JsonNode n = EventJson.mapper().readTree(data);
            Reuse reuse = n.hasNonNull("reuse") ? EventJson.mapper().treeToValue(n.get("reuse"), Reuse.class) : Reuse.NONE;
            OffsetDateTime published = n.hasNonNull("publishedAt") ? OffsetDateTime.parse(n.get("publishedAt").asText()) : null;
            KnownArticle about = new KnownArticle(-1, id, n.get("storyId").asText(), n.get("contentHash").asText(),
                    n.hasNonNull("source") ? n.get("source").asText() : null, n.get("indexed").asBoolean(),
                    n.get("seenAtMillis").asLong(), n.hasNonNull("original") ? n.get("original").asText() : null, reuse,
                    published, null);
            return ArticleRecord.of(about, n.get("text").asText(), null, null);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("article record of " + id + " is neither this version's nor JSON", e);
        }
    }

    private static void reuse(DataOutputStream out, Reuse reuse) throws IOException {
        out.writeDouble(reuse.share());
        out.writeShort(reuse.sources().size());
        for (Reuse.Source s : reuse.sources()) {
            string(out, s.articleId());
            string(out, s.storyId());
            string(out, s.source());
            out.writeDouble(s.share());
        }
    }

    private static Reuse reuse(DataInputStream in) throws IOException {
        double share = in.readDouble();
        int n = in.readUnsignedShort();
        if (n == 0 && share == 0) {
            return Reuse.NONE;
        }
        List<Reuse.Source> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sources.add(new Reuse.Source(string(in), string(in), string(in), in.readDouble()));
        }
        return new Reuse(share, sources);
    }

    private static void longs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static long[] longs(DataInputStream in) throws IOException {
        long[] values = new long[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    private static int length(long[] values) {
        return values == null ? 0 : values.length;
    }

    /** Length + 1 (0 for null) and UTF-8. */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(0);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length + 1);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == 0) {
            return null;
        }
        byte[] utf8 = new byte[n - 1];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
