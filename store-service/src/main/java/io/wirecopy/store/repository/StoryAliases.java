package io.wirecopy.store.repository;

import io.wirecopy.store.entity.StoryEntity;
import org.hibernate.StatelessSession;

/** Merged stories keep answering for their ids: this follows the aliases to the story that answers now. */
public final class StoryAliases {

    /** A longer chain is no chain merges make: it is refused rather than followed. */
    static final int MAX_HOPS = 64;

    private StoryAliases() {
    }

    /** The story that answers for {@code storyId}: itself, or the last story of its merge chain. */
    public static String resolve(StatelessSession s, String storyId) {
        String current = storyId;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            StoryEntity story = s.get(StoryEntity.class, current);
            if (story == null || story.mergedInto == null) {
                return current;
            }
            current = story.mergedInto;
        }
        throw new IllegalStateException("story alias chain from " + storyId + " is longer than " + MAX_HOPS);
    }
}
