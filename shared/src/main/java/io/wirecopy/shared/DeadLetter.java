package io.wirecopy.shared;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers a dead-lettered record gets (docs/contract.md, "Topics"), as Kafka Connect's DLQ does: why
 * ({@link Topics#HEADER_ERROR_REASON}, {@link Topics#HEADER_ERROR_CLASS}) and where it was read
 * ({@link Topics#HEADER_ERROR_TOPIC}, {@link Topics#HEADER_ERROR_PARTITION}, {@link Topics#HEADER_ERROR_OFFSET}).
 * The reason is cut to {@value #MAX_REASON_CHARS} chars: it names the fault, the record itself is kept.
 */
public record DeadLetter(String reason, String errorClass, String topic, int partition, long offset) {

    public static final int MAX_REASON_CHARS = 2000;

    public DeadLetter {
        reason = reason == null ? "unknown" : reason.length() > MAX_REASON_CHARS ? reason.substring(0, MAX_REASON_CHARS) + "…" : reason;
        errorClass = errorClass == null ? "unknown" : errorClass;
    }

    /** Header name to UTF-8 value, in contract order. */
    public Map<String, byte[]> headers() {
        Map<String, byte[]> h = new LinkedHashMap<>();
        h.put(Topics.HEADER_ERROR_REASON, utf8(reason));
        h.put(Topics.HEADER_ERROR_CLASS, utf8(errorClass));
        h.put(Topics.HEADER_ERROR_TOPIC, utf8(topic));
        h.put(Topics.HEADER_ERROR_PARTITION, utf8(Integer.toString(partition)));
        h.put(Topics.HEADER_ERROR_OFFSET, utf8(Long.toString(offset)));
        return h;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
