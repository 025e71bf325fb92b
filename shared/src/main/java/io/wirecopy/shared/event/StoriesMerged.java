package io.wirecopy.shared.event;

import static io.wirecopy.shared.event.Validation.matches;
import static io.wirecopy.shared.event.Validation.required;

import java.time.OffsetDateTime;

/**
 * On {@code news.dedupe}, keyed by the bridging article's id: story {@code mergedStoryId} is folded
 * into {@code survivingStoryId}, because {@code bridgingArticleId} is a copy in both.
 */
public record StoriesMerged(
        String eventId,
        int schemaVersion,
        OffsetDateTime occurredAt,
        String survivingStoryId,
        String mergedStoryId,
        String bridgingArticleId) implements DedupeEvent {

    public static final int SCHEMA_VERSION = 1;

    public StoriesMerged {
        matches("StoriesMerged", "eventId", eventId, Validation.EVENT_ID);
        Validation.schemaVersion("StoriesMerged", schemaVersion, SCHEMA_VERSION);
        required("StoriesMerged", "occurredAt", occurredAt);
        matches("StoriesMerged", "survivingStoryId", survivingStoryId, Validation.STORY_ID);
        matches("StoriesMerged", "mergedStoryId", mergedStoryId, Validation.STORY_ID);
        matches("StoriesMerged", "bridgingArticleId", bridgingArticleId, Validation.ARTICLE_ID);
        if (survivingStoryId.equals(mergedStoryId)) {
            throw new IllegalArgumentException("StoriesMerged: a story cannot merge into itself (" + mergedStoryId + ")");
        }
    }

    public static StoriesMerged of(String survivingStoryId, String mergedStoryId, String bridgingArticleId,
            OffsetDateTime occurredAt) {
        return new StoriesMerged(EventIds.of("StoriesMerged", survivingStoryId, mergedStoryId), SCHEMA_VERSION,
                occurredAt, survivingStoryId, mergedStoryId, bridgingArticleId);
    }
}
