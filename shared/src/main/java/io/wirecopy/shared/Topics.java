package io.wirecopy.shared;

/** Kafka topic names of the contract (CONTRACT.md, "Topics"). */
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

    private Topics() {
    }
}
