package io.wirecopy.ingest.service;

/** Input that ingest refuses: an HTTP status from the contract and a detail that says what and where. */
public class IngestException extends RuntimeException {

    public enum Kind {
        /** 400: unreadable or empty input. */
        BAD_INPUT(400, "Bad input"),
        /** 413: over the size limit. */
        TOO_LARGE(413, "Payload too large"),
        /** 415: a content type ingest does not take. */
        UNSUPPORTED_TYPE(415, "Unsupported media type"),
        /** 429: a quota is reached (subscriptions). */
        QUOTA(429, "Quota reached");

        public final int status;
        public final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }
    }

    private final Kind kind;

    public IngestException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public static IngestException bad(String detail) {
        return new IngestException(Kind.BAD_INPUT, detail);
    }

    public Kind kind() {
        return kind;
    }
}
