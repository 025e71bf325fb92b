package io.wirecopy.shared.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;

/**
 * The envelope every event carries: {@code eventId}, {@code type} (the record's simple name, written
 * by Jackson), {@code schemaVersion} and {@code occurredAt}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ArticleIngested.class, name = "ArticleIngested"),
        @JsonSubTypes.Type(value = ArticleDeduplicated.class, name = "ArticleDeduplicated"),
        @JsonSubTypes.Type(value = StoriesMerged.class, name = "StoriesMerged"),
        @JsonSubTypes.Type(value = ArticleRevised.class, name = "ArticleRevised"),
        @JsonSubTypes.Type(value = QuotesRendered.class, name = "QuotesRendered")
})
public sealed interface Event permits ArticleIngested, DedupeEvent {

    /** Deterministic: the same fact always has the same id, so consumers can apply it once. */
    String eventId();

    int schemaVersion();

    OffsetDateTime occurredAt();
}
