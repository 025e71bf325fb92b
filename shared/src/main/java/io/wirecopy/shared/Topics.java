package io.wirecopy.shared;

/** Kafka topic names of the contract (docs/contract.md, "Topics"). */
public final class Topics {
    /** Raw input: feed documents and single articles, any key. */
    public static final String INGEST = "news.ingest";
    /** Records from {@link #INGEST} that could not be used, unchanged, with error headers. */
    public static final String INGEST_DLQ = "news.ingest.dlq";
    /** {@code ArticleIngested}, keyed by article id. */
    public static final String ARTICLES = "news.articles";
    /** {@code ArticleDeduplicated} and {@code StoriesMerged}, keyed by article id. */
    public static final String DEDUPE = "news.dedupe";

    /** Records of {@link #ARTICLES} dedupe can never decide, unchanged, with error headers and where they came from. */
    public static final String ARTICLES_DLQ = "news.articles.dlq";
    /** Records of {@link #DEDUPE} the store can never apply, unchanged, with error headers and where they came from. */
    public static final String DEDUPE_DLQ = "news.dedupe.dlq";

    /** Ingest's feed subscriptions, compacted, keyed by subscription id (ingest's own state; created by ingest). */
    public static final String SUBSCRIPTIONS = "news.ingest.subscriptions";

    /** Header of a DLQ record: what was wrong, for a person. */
    public static final String HEADER_ERROR_REASON = "error.reason";
    /** Header of a DLQ record: the class of the failure. */
    public static final String HEADER_ERROR_CLASS = "error.class";
    /** Header of a DLQ record: the topic the record was read from. */
    public static final String HEADER_ERROR_TOPIC = "error.topic";
    /** Header of a DLQ record: its partition there (decimal). */
    public static final String HEADER_ERROR_PARTITION = "error.partition";
    /** Header of a DLQ record: its offset there (decimal). */
    public static final String HEADER_ERROR_OFFSET = "error.offset";
    /** Header of an ingest record naming its format. */
    public static final String HEADER_CONTENT_TYPE = "content-type";

    /**
     * {@code max.message.bytes} of {@link #INGEST}, {@link #ARTICLES} and {@link #DEDUPE} (and of dedupe's
     * changelogs): 16 MiB. Every hop carries what the one before let through: a body of at most
     * {@code INGEST_MAX_BODY_BYTES} (5 MiB) gives articles of at most
     * {@link io.wirecopy.shared.event.Article#MAX_TEXT_CHARS} characters (ingest checks, else 413), whose
     * {@code ArticleIngested} is under 2 MiB (3 bytes a character at most), and an {@code ArticleDeduplicated} is that
     * article plus passages, cut to fit this limit.
     */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    /**
     * {@code max.message.bytes} of the dead-letter topics, and the producers' {@code max.request.size}: 17 MiB, so
     * a record of {@link #MAX_MESSAGE_BYTES} still fits with its error headers.
     */
    public static final int MAX_DLQ_MESSAGE_BYTES = MAX_MESSAGE_BYTES + 1024 * 1024;

    /** Every topic of the contract, as the tests, devstack and compose create them. */
    public static final java.util.List<String> ALL = java.util.List.of(INGEST, INGEST_DLQ, ARTICLES, DEDUPE, ARTICLES_DLQ,
            DEDUPE_DLQ);

    /** The {@code max.message.bytes} a topic of the contract is created with. */
    public static int maxMessageBytes(String topic) {
        return topic.endsWith(".dlq") ? MAX_DLQ_MESSAGE_BYTES : MAX_MESSAGE_BYTES;
    }

    private Topics() {
    }
}
